/**
 * The robustness corpus: each case is a damaged or unusual input made from a seed, a real PDF
 * or by hand, with the outcome it must have. `imported` cases list the warnings the import
 * must give; `refused` cases the message (it always starts with the file's name). Every case
 * is also held to the rules in corpus.test.ts: no internal error, no stack trace, nothing
 * written when refused, no figure that differs from the seed's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/sources';
import type { CaseInput } from './support/sandbox';
import { seedBytes, seedEntry, seedText } from './support/sandbox';
import * as m from './support/mutate';

export interface Case {
  id: string;
  /** What the case is, in words. */
  what: string;
  input: () => CaseInput;
  expect:
    | { outcome: 'refused'; message: RegExp }
    | {
        outcome: 'imported';
        /** Report (region/dept/year) compared figure by figure with the committed seed report. */
        report: string;
        /** The seed report to compare with, when the case writes it under another path. */
        seed?: string;
        /** Every pattern must match some new warning (not in the seed's report). */
        warnings: RegExp[];
        /** Figures the case may add (a row printed twice); by default none. */
        extraFigures?: RegExp;
      };
}

export const REAL_DOCS = join(root, '../shared/real-docs');
export const hasRealDocs = existsSync(REAL_DOCS);

const INCOME = /^## 2024年预算收入总表/;
const EXPENDITURE = /^## 2024年预算支出总表/;
/** 003 prints its titles without markdown. */
const EXPENDITURE_003 = /^2024年预算支出总表$/;
const REPORT_004 = 'jinzhong/xingzheng-shenpi/2024';
const REPORT_003 = 'jincheng/jingji-anjian/2024';

/** A case that replaces seed `prefix` by a changed copy of it. */
function replacing(prefix: string, file: string, bytes: () => string | Uint8Array): () => CaseInput {
  return () => {
    const entry = seedEntry(prefix);
    return { file, bytes: bytes(), entry, replaces: entry.file };
  };
}

const imported004 = (warnings: RegExp[] = []) => ({ outcome: 'imported' as const, report: REPORT_004, warnings });

const SEEDS: [string, string, boolean][] = [
  ['000', 'jinzhong/chanye-guihua/2024', true],
  ['001', 'zonggai/xincailiao/2023', true],
  ['002', 'jinzhong/chanye-guihua/2024', false],
  ['003', REPORT_003, true],
  ['004', REPORT_004, true],
];

/** Every seed cut at two seeded random points. Budget documents lose a required part: refused. */
const cuts: Case[] = SEEDS.flatMap(([prefix, report, budget]) =>
  [1, 2].map((s): Case => {
    const cut = () => m.cutAt(seedText(prefix), s * 7 + Number(prefix));
    return {
      id: `cut-${prefix}-${s}`,
      what: `seed ${prefix} cut after ${cut().at} characters`,
      input: replacing(prefix, `cut-${prefix}-${s}.txt`, () => cut().text),
      expect: budget
        ? {
            outcome: 'refused',
            message:
              /^cut-\d{3}-\d\.txt：文件不完整：目录（第 \d+ 行）列出“第[三四]部分 .+”，正文中没有这一部分；.*正文在第 \d+ 行结束。请取得完整的文件后再导入$/,
          }
        : // The KPI-only document: the forms before the cut are imported unchanged, the rest are gone
          // (the CLI lists the reports it deletes).
          { outcome: 'imported', report, warnings: [] },
    };
  }),
);

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">链接</a>';

export const CASES: Case[] = [
  ...cuts,
  {
    id: 'shuffle-income',
    what: 'the rows of 收入总表 in a shuffled order: imported as printed, every figure where it was',
    input: replacing('004', 'shuffle-income.txt', () => m.shuffleRows(seedText('004'), INCOME, 1)),
    expect: imported004(),
  },
  {
    id: 'shuffle-expenditure',
    what: 'the rows of 支出总表 of 003 shuffled',
    input: replacing('003', 'shuffle-expenditure.txt', () => m.shuffleRows(seedText('003'), EXPENDITURE_003, 2)),
    expect: { outcome: 'imported', report: REPORT_003, warnings: [] },
  },
  {
    id: 'repeat-row',
    what: 'a 项 row of 收入总表 printed twice: kept as printed, warned with both lines',
    input: replacing('004', 'repeat-row.txt', () => m.repeatRow(seedText('004'), INCOME, 3).text),
    expect: {
      ...imported004([
        /^table-duplicate-row@146: 第146行：“2024年预算收入总表”中“2010306 政务公开审批”一行与第145行完全相同，可能是重复印刷/,
      ]),
      extraFigures: /^income\/2010306政务公开审批#2\//,
    },
  },
  {
    id: 'repeat-total',
    what: 'the 合计 row of 支出总表 printed twice',
    input: replacing('004', 'repeat-total.txt', () => m.repeatRow(seedText('004'), EXPENDITURE, 0).text),
    expect: {
      ...imported004([/^table-duplicate-row@\d+: 第\d+行：“2024年预算支出总表”中“合计”一行与第\d+行完全相同/]),
      extraFigures: /^expenditure\/合计#2\//,
    },
  },
  {
    id: 'spaced-digits-table',
    what: 'every amount of 收入总表 written "2 0 6 . 0 0": kept as printed text, each cell warned with its line',
    input: replacing('004', 'spaced-digits-table.txt', () => m.mapRows(seedText('004'), INCOME, m.spaceDigits)),
    expect: imported004([
      /^table-number-as-text@142: 第142行起：“2024年预算收入总表”的“本年收入\/合计”列有 10 个数字带空格或写成全角（如“2 0 6 \. 0 0”），按原文保留为文字，未作为数字读取、核对或作图/,
    ]),
  },
  {
    id: 'spaced-digits-everywhere',
    what: 'every amount in the whole document with spaces between its characters',
    input: replacing('004', 'spaced-digits-everywhere.txt', () => m.spaceDigits(seedText('004'))),
    expect: imported004([
      /^table-number-as-text@\d+: 第\d+行起：“2024年预算收支总表”的“.+”列有 \d+ 个数字带空格或写成全角（如“[\d .]+”）/,
      /^table-number-as-text@\d+: 第\d+行起：“2024年预算支出总表”的“.+”列有 \d+ 个数字带空格或写成全角（如“[\d .]+”）/,
    ]),
  },
  {
    id: 'full-width-table',
    what: 'full-width digits and punctuation in 收入总表 (２０６．００): warned per cell, never read as another number',
    input: replacing('004', 'full-width-table.txt', () => m.mapRows(seedText('004'), INCOME, m.fullWidth)),
    expect: imported004([
      /^table-number-as-text@142: 第142行起：“2024年预算收入总表”的“本年收入\/一般公共预算”列有 10 个数字带空格或写成全角（如“２０６．００”）/,
    ]),
  },
  {
    id: 'full-width-everywhere',
    what: 'full-width digits and punctuation in the whole document: every such column warned, no figure read',
    input: replacing('003', 'full-width-everywhere.txt', () => m.fullWidth(seedText('003'))),
    expect: {
      outcome: 'imported',
      report: REPORT_003,
      warnings: [/^table-number-as-text@\d+: 第\d+行起：“２０２４年预算支出总表”的“.+”列有 \d+ 个数字带空格或写成全角/],
    },
  },
  {
    id: 'yuan-under-wanyuan',
    what: '收入总表 amounts in 元 under 单位：万元: refused, naming both lines',
    input: replacing('004', 'yuan-under-wanyuan.txt', () => m.mapRows(seedText('004'), INCOME, m.toYuan)),
    expect: {
      outcome: 'refused',
      message:
        /^yuan-under-wanyuan\.txt：第 142 行“收入总表 合计（本年收入）”2060000\.00 是 第 130 行“收支总表 本年收入合计”206\.00 的 10000 倍：表头单位为万元，金额似乎按元填写/,
    },
  },
  {
    id: 'yuan-under-wanyuan-003',
    what: '支出总表 of 003 in 元 under 单位：万元',
    input: replacing('003', 'yuan-under-wanyuan-003.txt', () => m.mapRows(seedText('003'), EXPENDITURE_003, m.toYuan)),
    expect: { outcome: 'refused', message: /^yuan-under-wanyuan-003\.txt：第 \d+ 行“支出总表 .*的 10000 倍/ },
  },
  {
    id: 'missing-unit-line',
    what: 'the line 单位：万元 of 收入总表 removed: read in the unit of the other tables, warned, figures unchanged',
    input: replacing('004', 'missing-unit-line.txt', () => m.dropUnitLine(seedText('004'), INCOME).text),
    expect: imported004([
      /^table-unit-not-printed@\d+: 第\d+行：“2024年预算收入总表”没有印出金额单位（如“单位：万元”），按“万元”读取；请核对原文。$/,
    ]),
  },
  {
    id: 'ten-mb-line',
    what: 'a 10 MB line appended after the glossary',
    input: replacing('004', 'ten-mb-line.txt', () => `${seedText('004')}\n${'预算'.repeat(1_750_000)}\n`),
    expect: imported004(),
  },
  {
    id: 'ten-mb-line-in-narrative',
    what: 'a 10 MB line inside the narrative part',
    input: replacing('004', 'ten-mb-narrative.txt', () =>
      m.replaceOnce(seedText('004'), '\n第三部分', `\n${'1'.repeat(10_000_000)}\n第三部分`),
    ),
    expect: imported004(),
  },
  {
    id: 'empty',
    what: 'an empty file',
    input: replacing('004', 'empty.txt', () => ''),
    expect: { outcome: 'refused', message: /^empty\.txt：文件为空$/ },
  },
  {
    id: 'blank',
    what: 'a file of spaces and line ends only',
    input: replacing('004', 'blank.txt', () => ' \n\n\t\n　\n'),
    expect: { outcome: 'refused', message: /^blank\.txt：文件为空$/ },
  },
  {
    id: 'binary-random',
    what: '4 KB of seeded random bytes',
    input: replacing('004', 'binary-random.txt', () => {
      const r = m.prng(17);
      return Uint8Array.from({ length: 4096 }, () => Math.floor(r() * 256));
    }),
    expect: { outcome: 'refused', message: /^binary-random\.txt：(不是文本文件|无法识别文件编码)/ },
  },
  {
    id: 'binary-png',
    what: 'a PNG image named .txt',
    input: replacing('004', 'binary-png.txt', () =>
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    ),
    expect: { outcome: 'refused', message: /^binary-png\.txt：不是文本文件：是 PNG 图片$/ },
  },
  {
    id: 'nul-in-text',
    what: 'a seed with one NUL byte in line 200',
    input: replacing('004', 'nul-in-text.txt', () => {
      const lines = seedText('004').split('\n');
      lines[199] += '\u0000';
      return lines.join('\n');
    }),
    expect: { outcome: 'refused', message: /^nul-in-text\.txt：不是文本文件：第 200 行含有控制字符 0x00/ },
  },
  {
    id: 'gbk',
    what: 'the seed in GBK: decoded, same report, one warning naming the encoding',
    input: replacing('004', 'gbk.txt', () => m.encodeGbk(seedText('004'))),
    expect: imported004([/^source-encoding@null: 文件编码为 GB18030（GBK）/]),
  },
  {
    id: 'gb18030-four-byte',
    what: 'GB18030 with a four-byte character (𠀀, U+20000) in the narrative',
    input: replacing('004', 'gb18030.txt', () => {
      const at = '预算收入206.00万元';
      const [head, tail] = seedText('004').split(at) as [string, string];
      // 0x95 0x32 0x82 0x36 is U+20000 in GB18030.
      return Buffer.concat([m.encodeGbk(head), Buffer.from([0x95, 0x32, 0x82, 0x36]), m.encodeGbk(`${at}${tail}`)]);
    }),
    expect: imported004([/^source-encoding@null: 文件编码为 GB18030/]),
  },
  {
    id: 'utf16le-bom',
    what: 'UTF-16LE with BOM',
    input: replacing('004', 'utf16le.txt', () => m.encodeUtf16(seedText('004'), 'le', true)),
    expect: imported004([/^source-encoding@null: 文件编码为 UTF-16LE/]),
  },
  {
    id: 'utf16be-bom',
    what: 'UTF-16BE with BOM',
    input: replacing('004', 'utf16be.txt', () => m.encodeUtf16(seedText('004'), 'be', true)),
    expect: imported004([/^source-encoding@null: 文件编码为 UTF-16BE/]),
  },
  {
    id: 'utf16le-no-bom',
    what: 'UTF-16LE without BOM (recognised by its zero bytes)',
    input: replacing('004', 'utf16le-nobom.txt', () => m.encodeUtf16(seedText('004'), 'le', false)),
    expect: imported004([/^source-encoding@null: 文件编码为 UTF-16LE/]),
  },
  {
    id: 'latin1',
    what: 'Latin-1 bytes that are valid in no accepted encoding: refused, naming the encodings tried',
    input: replacing('004', 'latin1.txt', () => Buffer.from('Budget café résumé\nsection 2\n', 'latin1')),
    expect: {
      outcome: 'refused',
      message: /^latin1\.txt：无法识别文件编码：既不是 UTF-8、UTF-16，也不是 GB18030（GBK）/,
    },
  },
  {
    id: 'utf8-bom',
    what: 'UTF-8 with BOM',
    input: replacing('004', 'utf8-bom.txt', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes('004')])),
    expect: imported004([/^source-encoding@null: 文件以 UTF-8 BOM 开头/]),
  },
  {
    id: 'crlf',
    what: 'CRLF line ends: same lines, same numbers',
    input: replacing('003', 'crlf.txt', () => seedText('003').replace(/\n/g, '\r\n')),
    expect: { outcome: 'imported', report: REPORT_003, warnings: [/^source-encoding@null: 换行符为 CRLF/] },
  },
  {
    id: 'other-year',
    what: 'a 2024 document registered as 2023',
    input: () => {
      const entry = seedEntry('004');
      return { file: 'other-year.txt', bytes: seedBytes('004'), entry: { ...entry, year: 2023 }, replaces: entry.file };
    },
    expect: {
      outcome: 'refused',
      message: /^other-year\.txt：标题中的年度是 2024 年，但 manifest\.json 登记为 2023 年/,
    },
  },
  {
    id: 'added-twice',
    what: 'the same document registered twice under two names',
    input: () => ({ file: 'twice.txt', bytes: seedBytes('001'), entry: seedEntry('001') }),
    expect: {
      outcome: 'refused',
      message:
        /^content\/sources\/manifest\.json：同一文件不能登记两次\n {2}第 6 项与第 2 项的内容（sha256 [0-9a-f]{12}…）相同/,
    },
  },
  {
    id: 'name-with-spaces-and-chinese',
    what: 'a new file named “2024年 部门 预算.txt” given by name: recognised, and refused until registered',
    input: () => ({ file: '2024年 部门 预算.txt', bytes: seedBytes('004'), byName: true }),
    expect: { outcome: 'refused', message: /2024年 部门 预算\.txt：是(部门|单位)预算，但尚未登记/ },
  },
  {
    id: 'name-with-spaces-added',
    what: 'the seed added with `import --add` from a file named “2024年 部门 预算.txt”: registered under a safe name, same figures',
    input: () => ({
      file: '2024年 部门 预算.txt',
      bytes: seedBytes('004'),
      add: true,
      replaces: seedEntry('004').file,
    }),
    // Registered afresh: a new ASCII file name and a slug from the name's pinyin.
    expect: { ...imported004(), report: 'jinzhong/xingzhengshenpiju/2024', seed: REPORT_004 },
  },
  {
    id: 'name-with-spaces-registered',
    what: 'the same file registered under its name with spaces and Chinese characters: the manifest names the rule',
    input: replacing('004', '2024年 部门 预算.txt', () => seedBytes('004')),
    expect: {
      outcome: 'refused',
      message:
        /^content\/sources\/manifest\.json：不符合数据格式\n {2}\[4\]\.file：应为英文字母、数字、下划线、点和连字符组成并以 \.txt 或 \.pdf 结尾的文件名（不能有空格或汉字），实际为"2024年 部门 预算\.txt"（文本）$/,
    },
  },
  {
    id: 'hostile-narrative',
    what: 'HTML, <script>, onerror= and javascript: in the narrative: imported verbatim (escaped where shown)',
    input: replacing('004', 'hostile-narrative.txt', () =>
      m.replaceOnce(seedText('004'), '行政审批局预算收入206.00万元', `行政审批局${HOSTILE}预算收入206.00万元`),
    ),
    expect: imported004(),
  },
  {
    id: 'hostile-row-label',
    what: 'CSV formula prefixes (= + - @) and HTML in row labels: labels kept as printed',
    input: replacing('004', 'hostile-row-label.txt', () =>
      seedText('004')
        .replace('\t政务公开审批\t', '\t=HYPERLINK("http://x","政务公开审批")\t')
        .replace('\t法治建设\t', '\t+法治建设<img src=x onerror=alert(1)>\t')
        .replace('\t人民防空\t', '\t@人民防空\t'),
    ),
    expect: { ...imported004(), extraFigures: /^income\/(2010306=HYPERLINK|2040612\+法治建设|2030603@人民防空)/ },
  },
  {
    id: 'hostile-department-name',
    what: 'HTML and javascript: in the registered department name and title',
    input: () => {
      const entry = seedEntry('004');
      const dept = { ...entry.departments[0]!, shortName: `<b onmouseover=alert(1)>行政审批局</b>` };
      return {
        file: 'hostile-name.txt',
        bytes: seedBytes('004'),
        entry: { ...entry, title: `${entry.title}<script>alert(1)</script>`, departments: [dept] },
        replaces: entry.file,
      };
    },
    expect: imported004(),
  },
  {
    id: 'sha-mismatch',
    what: 'a registered source edited after registration (its sha256 no longer matches)',
    input: () => ({
      ...replacing('003', seedEntry('003').file, () => seedText('003').replace('单位：万元', '单位：元'))(),
      sha256: seedEntry('003').sha256,
    }),
    expect: { outcome: 'refused', message: /^003_43d6a0f702d07029\.txt：内容与登记的 sha256 不符/ },
  },
  {
    id: 'manifest-not-json',
    what: 'manifest.json cut in the middle by a bad edit',
    input: () => ({
      ...replacing('004', 'manifest-cut.txt', () => seedBytes('004'))(),
      edits: {
        'sources/manifest.json': readFileSync(join(root, 'content/sources/manifest.json'), 'utf8').slice(0, 500),
      },
    }),
    expect: { outcome: 'refused', message: /^content\/sources\/manifest\.json：不是有效的 JSON/ },
  },
  {
    id: 'pdf-truncated',
    what: 'a real PDF cut to 40 % of its bytes, given by name',
    input: () => {
      const pdf = realPdf('shanghai/2025-putuo-commerce-commission-budget.pdf');
      return { file: 'truncated.pdf', bytes: pdf.subarray(0, Math.floor(pdf.length * 0.4)), byName: true };
    },
    expect: { outcome: 'refused', message: /^.*truncated\.pdf：PDF 文件已损坏或不完整，无法读取/ },
  },
  {
    id: 'pdf-encrypted',
    what: 'a real PDF whose trailer names an /Encrypt dictionary',
    input: () => ({
      file: 'encrypted.pdf',
      bytes: m.withEncryptEntry(realPdf('shanghai/2026-putuo-justice-bureau-budget.pdf')),
      byName: true,
    }),
    expect: { outcome: 'refused', message: /^.*encrypted\.pdf：PDF 已加密（需要密码才能打开），请提供未加密的文件$/ },
  },
  {
    id: 'pdf-scan',
    what: 'a hand-made PDF page that holds only an image (a scan without text)',
    input: () => ({ file: 'scan.pdf', bytes: m.imageOnlyPdf(), byName: true }),
    expect: { outcome: 'refused', message: /^.*scan\.pdf：PDF 中没有可提取的文字/ },
  },
];

/** A few bytes of a real PDF, or the whole file. */
export function realPdf(name: string): Buffer {
  return readFileSync(join(REAL_DOCS, name));
}
