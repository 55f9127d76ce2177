import { describe, expect, it } from 'vitest';
import { embedTableHeight, iframeSnippet } from './embed';

describe('embed snippet', () => {
  it('is one iframe with the page, an accessible title and a fixed height', () => {
    expect(
      iframeSnippet({ src: 'https://a.example/embed/x/y/2024/t/income/', title: '某部门 "收入" <表>', height: 480 }),
    ).toBe(
      '<iframe src="https://a.example/embed/x/y/2024/t/income/" title="某部门 &quot;收入&quot; &lt;表&gt;" width="100%" height="480" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it('suggests a height that grows with the rows, within bounds', () => {
    expect(embedTableHeight({ rows: [] })).toBe(280);
    expect(embedTableHeight({ rows: Array(5).fill(null) as never[] })).toBe(400);
    expect(embedTableHeight({ rows: Array(100).fill(null) as never[] })).toBe(720);
  });
});
