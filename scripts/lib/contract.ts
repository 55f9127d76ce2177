/**
 * Checks the whole content tree against the data contract before the build, and collects
 * every error instead of stopping at the first: schema errors of each file (src/schemas),
 * then what only the tree shows — duplicate slugs, a report whose path does not match its
 * region, department and year, a report whose region or department is not registered.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { Departments, Regions, Report, reportStem } from '../../src/schemas';
import { contractErrors, type ContractError } from '../../src/schemas/errors';

interface Loaded<T> {
  file: string;
  data: T | null;
}

function load<T>(dir: string, shownAs: string, path: string, schema: z.ZodType<T>, errors: ContractError[]): Loaded<T> {
  const file = join(shownAs, path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, path), 'utf8'));
  } catch (e) {
    const found = existsSync(join(dir, path)) ? `无法解析：${(e as Error).message}` : '文件不存在';
    errors.push({ file, path: '(根)', expected: '有效的 JSON', found });
    return { file, data: null };
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    errors.push(...contractErrors(file, raw, result.error));
    return { file, data: null };
  }
  return { file, data: result.data };
}

function duplicates<T>(items: T[], key: (t: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => seen.set(key(item), [...(seen.get(key(item)) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

/** The report files of a content tree (`reports/…/*.json`), relative to it, sorted. */
export function reportFiles(dir: string): string[] {
  const reportsDir = join(dir, 'reports');
  return existsSync(reportsDir)
    ? readdirSync(reportsDir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith('.json'))
        .map((d) => relative(dir, join(d.parentPath, d.name)))
        .sort()
    : [];
}

/** `shownAs`: how the tree is named in messages (default content, the committed tree). */
export function checkContent(dir: string, shownAs = 'content'): ContractError[] {
  const errors: ContractError[] = [];
  const regions = load(dir, shownAs, 'regions.json', Regions, errors);
  const departments = load(dir, shownAs, 'departments.json', Departments, errors);

  for (const [slug, at] of duplicates(regions.data ?? [], (r) => r.slug)) {
    for (const i of at.slice(1)) {
      errors.push({
        file: regions.file,
        path: `[${i}].slug`,
        expected: `不重复的地区标识（第 ${at[0]} 项已用）`,
        found: `"${slug}"（重复）`,
      });
    }
  }
  for (const [key, at] of duplicates(departments.data ?? [], (d) => `${d.region}/${d.slug}`)) {
    for (const i of at.slice(1)) {
      errors.push({
        file: departments.file,
        path: `[${i}].slug`,
        expected: `同一地区内不重复的部门标识（第 ${at[0]} 项已用）`,
        found: `"${key}"（重复）`,
      });
    }
  }

  const files = reportFiles(dir);
  const regionSlugs = new Set((regions.data ?? []).map((r) => r.slug));
  const deptKeys = new Set((departments.data ?? []).map((d) => `${d.region}/${d.slug}`));
  for (const path of files) {
    const { file, data } = load(dir, shownAs, path, Report, errors);
    if (!data) continue;
    const want = `reports/${data.region}/${data.department.slug}/${reportStem(data)}.json`;
    if (path !== want) {
      errors.push({
        file,
        path: '(根)',
        expected: `文件位置与内容一致：${join(shownAs, want)}（region、department.slug、year、documentType）`,
        found: `位于 ${file}`,
      });
    }
    if (regions.data && !regionSlugs.has(data.region)) {
      errors.push({ file, path: 'region', expected: 'regions.json 中登记的地区', found: `"${data.region}"（未登记）` });
    }
    const key = `${data.region}/${data.department.slug}`;
    if (departments.data && !deptKeys.has(key)) {
      errors.push({
        file,
        path: 'department.slug',
        expected: 'departments.json 中登记的部门',
        found: `"${key}"（未登记）`,
      });
    }
  }
  return errors;
}
