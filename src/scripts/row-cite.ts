/**
 * Citation of one table row: when the address names a row of a table that offers row
 * citations (`#<row>` on a `table[data-cite-col]`), fill the 引用本行 block of the page's
 * citation with the row's label, value and unit, and the prefilled 报告本行问题 link.
 * An enhancement: the row link and its :target mark work without it.
 */
import { citeRow, describeRow } from '../lib/citation';
import { issueHref, parseIssueTarget } from '../lib/issue';

function targetedRow(): { row: HTMLTableRowElement; table: HTMLTableElement } | null {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return null;
  const row = document.getElementById(id);
  if (!(row instanceof HTMLTableRowElement)) return null;
  const table = row.closest('table');
  if (!table?.dataset.citeTitle) return null;
  return { row, table };
}

function update(): void {
  const block = document.querySelector<HTMLElement>('.row-cite');
  if (!block) return;
  const found = targetedRow();
  if (!found) {
    block.hidden = true;
    return;
  }
  const { row, table } = found;
  const col = Number(table.dataset.citeCol);
  const header = row.querySelector('th');
  const cell = Number.isInteger(col) ? row.children[col] : undefined;
  const rowData = {
    label: header?.textContent?.trim() ?? '',
    column: table.dataset.citeLabel,
    value: cell?.textContent?.trim() || null,
    unit: table.dataset.citeUnit,
  };
  const url = `${(block.dataset.url ?? '').split('#')[0]}#${row.id}`;
  const text = block.querySelector('.cite-text');
  if (text) {
    text.textContent = citeRow({
      author: block.dataset.author ?? '',
      title: table.dataset.citeTitle ?? '',
      published: block.dataset.published ?? '',
      url,
      row: rowData,
    });
  }
  const issue = block.querySelector<HTMLElement>('.row-cite__issue');
  const target = parseIssueTarget(block.dataset.issue);
  if (issue && target) {
    const link = issue.querySelector('a');
    link?.setAttribute(
      'href',
      issueHref(target, {
        report: block.dataset.report ?? '',
        page: url,
        table: table.dataset.citeTitle,
        row: describeRow(rowData),
      }),
    );
    issue.hidden = false;
  }
  block.hidden = false;
}

update();
window.addEventListener('hashchange', update);
