import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, normalizeText, searchTerms, segmentWords } from './text';

describe('normalizeText', () => {
  it('turns full-width brackets, quotes and other punctuation into spaces', () => {
    expect(normalizeText('因公出国（境）费')).toBe('因公出国 境 费');
    expect(normalizeText('“三公”经费')).toBe('三公 经费');
    expect(normalizeText('《招商引资》、公务用车。')).toBe('招商引资 公务用车');
    expect(normalizeText('"行政运行"')).toBe('行政运行');
  });

  it('maps full-width letters and digits to half-width, lower case, and collapses spaces', () => {
    expect(normalizeText('２０１１３０８')).toBe('2011308');
    expect(normalizeText('T100000013　 ＡＢＣ')).toBe('t100000013 abc');
    expect(normalizeText('  三公 \n 经费  ')).toBe('三公 经费');
  });

  it('drops symbols and circled numbers become digits', () => {
    expect(normalizeText('≥95%')).toBe('95');
    expect(normalizeText('①公务用车购置费')).toBe('1公务用车购置费');
  });
});

describe('normalizeQuery', () => {
  it('cuts a long query to MAX_QUERY_LENGTH characters', () => {
    const long = '招商引资'.repeat(40);
    expect(Array.from(normalizeQuery(long))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('is empty for punctuation only', () => {
    expect(normalizeQuery('（）“”')).toBe('');
  });
});

describe('segmentWords', () => {
  it('splits Chinese into words as the browser will split a query', () => {
    expect(segmentWords('三公经费')).toEqual(['三公', '经费']);
    expect(segmentWords('因公出国（境）费')).toEqual(['因公', '出国', '境', '费']);
    expect(segmentWords('2011308 招商引资').slice(0, 1)).toEqual(['2011308']);
  });
});

describe('searchTerms', () => {
  it('lists each word of the phrases once, in order, separated by spaces', () => {
    expect(searchTerms(['三公经费', null, '“三公”经费', undefined, '公务接待费'])).toBe('三公 经费 公务 接待 费');
  });

  it('covers every word a query for any of the phrases is split into', () => {
    const terms = new Set(searchTerms(['公务用车购置及运行费', '招商引资']).split(' '));
    for (const q of ['公务用车', '招商引资', '运行费']) {
      for (const word of segmentWords(q)) expect(terms).toContain(word);
    }
  });
});
