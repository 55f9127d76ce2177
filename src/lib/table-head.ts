/**
 * Multi-level table headers: columns carry their header as a path (["本年收入", "合计"]);
 * this rebuilds the printed header rows with colspan/rowspan.
 */
import type { Column } from '../schemas';

export interface HeadCell {
  label: string;
  colspan: number;
  rowspan: number;
  /** `col` for a cell heading one column, `colgroup` for a group heading. */
  scope: 'col' | 'colgroup';
  /** Index of the first column under this cell. */
  first: number;
}

export function headerRows(columns: readonly Pick<Column, 'path'>[]): HeadCell[][] {
  const depth = Math.max(1, ...columns.map((c) => c.path.length));
  const rows: HeadCell[][] = Array.from({ length: depth }, () => []);
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < columns.length) {
      const path = columns[i]!.path;
      if (path.length <= level) {
        i++;
        continue;
      }
      const isLeaf = path.length === level + 1;
      let j = i + 1;
      if (!isLeaf) {
        // Group the following columns that share this prefix and go deeper.
        const prefix = path.slice(0, level + 1);
        while (
          j < columns.length &&
          columns[j]!.path.length > level + 1 &&
          prefix.every((p, k) => columns[j]!.path[k] === p)
        )
          j++;
      }
      rows[level]!.push({
        label: path[level]!,
        colspan: j - i,
        rowspan: isLeaf ? depth - level : 1,
        scope: isLeaf ? 'col' : 'colgroup',
        first: i,
      });
      i = j;
    }
  }
  return rows.filter((r) => r.length > 0);
}
