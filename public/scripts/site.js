/*
 * Optional enhancements; every page is complete without them.
 * - Large-text mode: remember the header checkbox between pages (the mode itself is CSS only).
 * - Copy buttons: copy a citation's text to the clipboard.
 */
/* global document, window */
(function () {
  'use strict';
  var KEY = 'yusuan-large-text';
  var box = document.getElementById('large-text');
  if (box) {
    try {
      if (localStorage.getItem(KEY) === '1') box.checked = true;
      box.addEventListener('change', function () {
        if (box.checked) localStorage.setItem(KEY, '1');
        else localStorage.removeItem(KEY);
      });
    } catch (error) {
      // Storage unavailable (private mode, blocked): the checkbox still works on this page.
      void error;
    }
  }

  var buttons = document.querySelectorAll('button[data-copy]');
  Array.prototype.forEach.call(buttons, function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentNode.querySelector('.copy-status');
    if (!target) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = target.textContent.trim();
      var done = function (message) {
        if (status) status.textContent = message;
      };
      var select = function () {
        var range = document.createRange();
        range.selectNodeContents(target);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        done('已选中，请按 Ctrl+C（手机上长按）复制。');
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () {
          done('已复制。');
        }, select);
      } else select();
    });
  });
})();
