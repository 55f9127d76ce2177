/**
 * Contract errors in plain Chinese: each zod issue becomes "where (JSON path), what was
 * expected, what was found", so a maintainer who hand-edited a file can fix every problem
 * from one message. Pure; used by the content check before the build (scripts/lib/contract.ts).
 */
import type { z } from 'zod';

export interface ContractError {
  /** File relative to the repository, e.g. content/reports/a/b/2024.json. */
  file: string;
  /** JSON path, e.g. tables[0].rows[3].cells[2]; "(根)" for the whole file. */
  path: string;
  expected: string;
  found: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是或否（true/false）',
  object: '对象 {…}',
  array: '列表 […]',
  null: 'null',
  undefined: '（无）',
  bigint: '整数',
};

/** Patterns of the contract, said in words. */
const PATTERNS: [RegExp, string][] = [
  [/\\d\+\(\\\.\\d\+\)\?\$/, '金额的十进制文本，如 "432.54"（不能写成数字，以免变成浮点数）'],
  [/a-z0-9\]\+\(-\[a-z0-9\]\+\)\*\$/, '小写英文字母、数字和连字符组成的标识，如 "xingzheng-shenpi"'],
  [/0-9a-f\]\{64\}/, '64 位小写十六进制的 SHA-256 校验值'],
  [/\^\[a-z0-9-\]\+\$/, '小写英文字母、数字和连字符'],
  [
    /\\w\.-\]\+\\\.\(txt\|pdf\)/,
    '英文字母、数字、下划线、点和连字符组成并以 .txt 或 .pdf 结尾的文件名（不能有空格或汉字）',
  ],
];

export function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(根)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** A found value, shortened: 432.54（数字）, "abc"（文本）, 缺少此字段. */
export function describeFound(value: unknown): string {
  if (value === undefined) return '缺少此字段';
  if (value === null) return 'null';
  const kind = Array.isArray(value) ? 'array' : typeof value;
  if (kind === 'object' || kind === 'array') return TYPE_NAMES[kind]!;
  const shown = JSON.stringify(value) ?? typeof value;
  const short = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  return `${short}（${TYPE_NAMES[kind] ?? kind}）`;
}

function describePattern(pattern: string | undefined): string {
  if (!pattern) return '规定的格式';
  return PATTERNS.find(([re]) => re.test(pattern))?.[1] ?? `符合格式 ${pattern}`;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_format':
      return describePattern('pattern' in issue ? String(issue.pattern) : undefined);
    case 'invalid_value':
      return `以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `至少 ${String(issue.minimum)} 项`
        : `不小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `至多 ${String(issue.maximum)} 项`
        : `不大于 ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `没有这些字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return '允许的几种写法之一';
    default:
      return issue.message;
  }
}

export function contractErrors(file: string, data: unknown, error: z.ZodError): ContractError[] {
  return error.issues.map((issue) => {
    const found = valueAt(data, issue.path);
    const amountAsNumber = issue.code === 'invalid_type' && issue.expected === 'string' && typeof found === 'number';
    return {
      file,
      path: jsonPath(issue.path),
      expected: amountAsNumber
        ? `文本（金额写成带引号的十进制文本，如 "${String(found)}"，不能是数字）`
        : expectedOf(issue),
      found:
        issue.code === 'invalid_type' && issue.expected === 'int' && typeof found === 'number'
          ? `${found}（带小数的数字）`
          : describeFound(found),
    };
  });
}

export function formatContractErrors(errors: readonly ContractError[]): string {
  const files = new Set(errors.map((e) => e.file)).size;
  const lines = errors.map((e) => `  ${e.file}  ${e.path}\n      应为：${e.expected}\n      实际：${e.found}`);
  return `内容不符合数据约定：${files} 个文件中共 ${errors.length} 处错误，构建已停止，未写入任何输出。\n${lines.join('\n')}`;
}
