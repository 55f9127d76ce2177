/**
 * Hand-edited content that breaks the contract: the check before the build lists every
 * error at once, each with file, JSON path, what was expected and what was found.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/contract';
import { root } from '../../scripts/lib/sources';
import type { Department, Report } from '../../src/schemas';
import { formatContractErrors } from '../../src/schemas/errors';
import { CONTENT } from './support/sandbox';

const dir = mkdtempSync(join(tmpdir(), 'contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edit<T>(path: string, change: (json: T) => void): void {
  const file = join(dir, path);
  const json = JSON.parse(readFileSync(file, 'utf8')) as T;
  change(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
}

describe('content contract errors', () => {
  it('the committed content has none', () => {
    expect(checkContent(join(root, 'content'))).toEqual([]);
  });

  it('lists all five kinds of error at once, in Chinese, with file, path, expected and found', () => {
    cpSync(CONTENT, dir, { recursive: true });
    const report = 'reports/jinzhong/xingzheng-shenpi/2024.json';
    edit<Report>(report, (r) => {
      (r.tables[1]!.rows[0]!.cells as unknown[])[0] = 206.0 + 0.5; // a float amount
      delete (r.department as Partial<Report['department']>).name; // a missing field
      (r.tables[2] as { key: string }).key = 'spending'; // an unknown table key
    });
    edit<Department[]>('departments.json', (d) => void d.push({ ...d[0]! })); // a duplicate slug
    // A report whose path does not match its content (another year).
    renameSync(
      join(dir, 'reports/jincheng/jingji-anjian/2024.json'),
      join(dir, 'reports/jincheng/jingji-anjian/2023.json'),
    );

    const errors = checkContent(dir);
    const where = errors.map((e) => `${e.file} ${e.path}`);
    expect(where).toEqual([
      'content/departments.json [10].slug',
      'content/reports/jincheng/jingji-anjian/2023.json (根)',
      `content/${report} department.name`,
      `content/${report} tables[1].rows[0].cells[0]`,
      `content/${report} tables[2].key`,
    ]);
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(byPath['tables[1].rows[0].cells[0]']).toMatchObject({
      expected: '文本（金额写成带引号的十进制文本，如 "206.5"，不能是数字）',
      found: '206.5（数字）',
    });
    expect(byPath['department.name']).toMatchObject({ expected: '文本', found: '缺少此字段' });
    expect(byPath['tables[2].key']!.expected).toMatch(/^以下之一："summary"、"income"/);
    expect(byPath['tables[2].key']!.found).toBe('"spending"（文本）');
    expect(byPath['[10].slug']).toMatchObject({ found: '"jincheng/jingji-anjian"（重复）' });
    expect(byPath['(根)']!.expected).toBe(
      '文件位置与内容一致：content/reports/jincheng/jingji-anjian/2024.json（region、department.slug、year、documentType）',
    );

    const message = formatContractErrors(errors);
    expect(message.split('\n')[0]).toBe('内容不符合数据约定：3 个文件中共 5 处错误，构建已停止，未写入任何输出。');
    expect(message).toContain(
      '      应为：文本（金额写成带引号的十进制文本，如 "206.5"，不能是数字）\n      实际：206.5（数字）',
    );
  });

  it('a decimal written as a number where a decimal string is expected says so', () => {
    cpSync(CONTENT, dir, { recursive: true });
    const report = 'reports/zonggai/xincailiao/2023.json';
    edit<Report>(report, (r) => void ((r.procurement as unknown as Record<string, unknown>).total = 1.5));
    const errors = checkContent(dir).filter((e) => e.file === `content/${report}`);
    expect(errors).toEqual([
      {
        file: `content/${report}`,
        path: 'procurement.total',
        expected: '文本（金额写成带引号的十进制文本，如 "1.5"，不能是数字）',
        found: '1.5（数字）',
      },
    ]);
  });
});
