import { describe, expect, it } from 'vitest';
import { linkTerms, mergeGlossaries, termId } from './glossary';

describe('termId', () => {
  it('drops quotes and spaces', () => {
    expect(termId('“三公”经费')).toBe('三公经费');
    expect(termId('基本支出')).toBe('基本支出');
  });
});

describe('linkTerms', () => {
  const terms = ['基本支出', '项目支出', '“三公”经费', '政府性基金预算', '一般公共预算'];

  it('links the first occurrence of each term only', () => {
    const segments = linkTerms('其中：基本支出17.54万元，项目支出415万元；基本支出主要用于…', terms);
    expect(segments).toEqual([
      { text: '其中：' },
      { text: '基本支出', term: '基本支出' },
      { text: '17.54万元，' },
      { text: '项目支出', term: '项目支出' },
      { text: '415万元；基本支出主要用于…' },
    ]);
  });

  it('matches quoted terms with or without quotes', () => {
    expect(linkTerms('“三公”经费预算', terms)[0]).toEqual({ text: '“三公”经费', term: '三公经费' });
    expect(linkTerms('三公经费预算', terms)[0]).toEqual({ text: '三公经费', term: '三公经费' });
  });

  it('prefers longer terms and never overlaps', () => {
    const segments = linkTerms('政府性基金预算和一般公共预算', ['基金预算', ...terms]);
    expect(segments.filter((s) => s.term).map((s) => s.text)).toEqual(['政府性基金预算', '一般公共预算']);
  });

  it('skips terms already linked and records the new ones', () => {
    const skip = new Set(['基本支出']);
    const segments = linkTerms('基本支出和项目支出', terms, skip);
    expect(segments).toEqual([{ text: '基本支出和' }, { text: '项目支出', term: '项目支出' }]);
    expect([...skip]).toEqual(['基本支出', '项目支出']);
  });

  it('returns the text unchanged when nothing matches', () => {
    expect(linkTerms('无', terms)).toEqual([{ text: '无' }]);
    expect(linkTerms('', terms)).toEqual([{ text: '' }]);
  });
});

describe('mergeGlossaries', () => {
  it('merges equal definitions and keeps different ones apart', () => {
    const e = (term: string, definition: string) => ({
      number: '一',
      term,
      definition,
      sourceLines: [1, 1] as [number, number],
    });
    const merged = mergeGlossaries([
      { entries: [e('基本支出', '甲'), e('“三公”经费', '丙')], label: 'A', path: '/a/' },
      { entries: [e('基本支出', '甲 '), e('三公经费', '丁')], label: 'B', path: '/b/' },
    ]);
    expect(merged).toEqual([
      {
        id: '基本支出',
        term: '基本支出',
        definitions: [
          {
            text: '甲',
            sources: [
              { label: 'A', path: '/a/' },
              { label: 'B', path: '/b/' },
            ],
          },
        ],
      },
      {
        id: '三公经费',
        term: '“三公”经费',
        definitions: [
          { text: '丙', sources: [{ label: 'A', path: '/a/' }] },
          { text: '丁', sources: [{ label: 'B', path: '/b/' }] },
        ],
      },
    ]);
  });
});
