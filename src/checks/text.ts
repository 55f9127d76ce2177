import Decimal from 'decimal.js';
import { nameSimilarity, plainLabel, tableOf, TABLE_NAMES, tableName } from './access';
import type { Report } from '../schemas';
import { dec, fmt, halfStep, note, notApplicable, OUTCOME, result, statusOf, toWan, type Ref } from './compare';
import { BOTH_DOCUMENTS, metaOf, subjectId, type CheckDefinition } from './define';
import { sectionNo } from './narrative-figures';
import { projectItems } from './projects';
import type { CheckFigure, CheckResult } from './schema';
import { passages, smallNumber, type Passage } from './text-scan';

/**
 * Checks on the running text: computations it spells out (2期 × 150人 × 3天 × 200元 against
 * the amount it gives), counts of projects against the items listed and the tables, and
 * defects a reader should be warned about (a sentence that stops, a document that calls itself
 * 部门预算 in one place and 单位预算 in another).
 */

const fig = (ref: Ref, role: CheckFigure['role'], unit: CheckFigure['unit'] = '万元'): CheckFigure => {
  const { step: _step, ...rest } = ref;
  return { ...rest, unit, role };
};

// ---- computations spelled out --------------------------------------------------------------

const QUANTITY = /(\d+|[一二两三四五六七八九十]{1,3})\s*(期|次|场|批|人|名|天|日|个|户|家|份|台|套|辆|班)/g;
const PRICE =
  /每[\u4e00-\u9fa5]{0,6}?(\d+(?:\.\d+)?)\s*(万元|元)|(\d+(?:\.\d+)?)\s*(万元|元)\s*\/\s*(?:人|天|次|期|场)/g;
const TOTAL = /(?:共计|合计|总计|共|计)\s*(\d+(?:\.\d+)?)\s*(万元|元)/;

interface Term {
  factors: { n: number; word: string; raw: string }[];
  price: { value: string; unit: string; raw: string };
}

interface Product {
  passage: Passage;
  clause: string;
  offset: number;
  /** One term per unit price: 2期 × 150人 × 3天 × 200元, or 15份 × 432元 + 15套 × 240元. */
  terms: Term[];
  total: { value: string; unit: string; raw: string; offset: number };
}

/** The counts in `text`, the first of each kind ("2期 … 一期是三天，二期共计" counts 期 once). */
function countsIn(text: string): Term['factors'] {
  const factors: Term['factors'] = [];
  const words = new Set<string>();
  for (const m of text.matchAll(QUANTITY)) {
    const n = smallNumber(m[1]!);
    if (n === null || words.has(m[2]!)) continue;
    words.add(m[2]!);
    factors.push({ n, word: m[2]!, raw: m[0] });
  }
  return factors;
}

/** Clauses (numbered items, sentences) that give quantities, a unit price and a total. */
export function products(passage: Passage): Product[] {
  const out: Product[] = [];
  let offset = 0;
  for (const clause of passage.text.split(/(?<=[；;。])|(?=\d+、)/)) {
    const start = offset;
    offset += clause.length;
    const total = TOTAL.exec(clause);
    if (!total) continue;
    const before = clause.slice(0, total.index);
    const prices = [...before.matchAll(PRICE)];
    if (prices.length === 0) continue;
    // One price: every count before the total multiplies it. Several: each price takes the
    // counts printed since the previous one.
    const terms: Term[] = prices.map((price, k) => {
      const from = prices.length === 1 ? 0 : k === 0 ? 0 : prices[k - 1]!.index + prices[k - 1]![0].length;
      const text = prices.length === 1 ? before.replace(price[0], ' ') : before.slice(from, price.index);
      return {
        factors: countsIn(text),
        price: { value: price[1] ?? price[3]!, unit: price[2] ?? price[4]!, raw: price[0] },
      };
    });
    if (terms.some((t) => t.factors.length === 0) || (terms.length === 1 && terms[0]!.factors.length < 2)) continue;
    out.push({
      passage,
      clause,
      offset: start,
      terms,
      total: { value: total[1]!, unit: total[2]!, raw: total[0], offset: start + total.index },
    });
  }
  return out;
}

export const textProducts: CheckDefinition = {
  id: 'text-product',
  theme: 'narrative',
  documents: BOTH_DOCUMENTS,
  title: '文字中列出的计算与其金额一致',
  rule: '文字中写明数量和单价（如期数×人数×天数×每人每天标准）并给出合计金额的，数量与单价之积应等于该金额；合计金额按其印出的末位四舍五入。',
  run(report) {
    const found = passages(report).flatMap(products);
    if (found.length === 0)
      return [notApplicable(metaOf(textProducts, ''), '文字中没有写明数量、单价和合计金额的计算。')];
    return found.map((p, k) => {
      const place = p.passage.at(p.total.offset);
      const meta = metaOf(textProducts, subjectId(k + 1), `${p.passage.where}：“${p.clause.slice(0, 40)}…”的计算`);
      const total = toWan(p.total.value, p.total.unit)!;
      const product = p.terms.reduce(
        (sum, t) => sum.plus(t.factors.reduce((a, f) => a.times(f.n), dec(toWan(t.price.value, t.price.unit)!.value))),
        new Decimal(0),
      );
      const stated: Ref = {
        label: `${p.passage.where} ${p.total.raw}`,
        value: total.value,
        step: total.step,
        ...place,
      };
      const parts: CheckFigure[] = p.terms.flatMap((t) => [
        ...t.factors.map((f) =>
          fig({ label: `${p.passage.where} ${f.raw}`, value: String(f.n), ...place }, 'part', null),
        ),
        fig(
          { label: `${p.passage.where} ${t.price.raw}`, value: toWan(t.price.value, t.price.unit)!.value, ...place },
          'part',
        ),
      ]);
      const formula = p.terms
        .map((t) => `${t.factors.map((f) => `${f.n}${f.word}`).join('×')}×${t.price.value}${t.price.unit}`)
        .join('＋');
      const computed = fig({ label: formula, value: fmt(product, 2) }, 'computed');
      const difference = dec(total.value).minus(product);
      const tolerance = halfStep(stated);
      const status = statusOf(difference, tolerance);
      const message =
        status === 'pass'
          ? `一致：${formula}＝${fmt(product.times(10000), 0)}元，即${p.total.raw.replace(/^\D+/, '')}。`
          : `${OUTCOME[status]}：${formula}＝${fmt(product.times(10000), 0)}元（${fmt(product, 2)}万元），文字写的是${p.total.raw}，相差${fmt(difference.abs())}万元。`;
      return result(meta, status, [fig(stated, 'stated'), ...parts, computed], difference, tolerance, message);
    });
  },
};

// ---- counts --------------------------------------------------------------------------------

const COUNT_TOTAL = /(纳入绩效目标管理的(?:二级)?项目|实行绩效管理的项目|公开项目绩效目标)(\d+)个/g;
const COUNT_PART = /([\u4e00-\u9fa5]{2,10}类)项目(\d+)个/g;

export const projectCounts: CheckDefinition = {
  id: 'text-count',
  theme: 'narrative',
  title: '文字中的项目个数与所列各项、报表一致',
  rule: '文字说“项目N个”的，其后“其中”所列各类项目的个数之和应为N；纳入（实行）绩效管理的项目个数应等于项目支出表（本年预算）的项目个数，公开项目绩效目标的个数应等于所附项目绩效目标表的张数。',
  run(report) {
    const out: CheckResult[] = [];
    const table = tableOf(report, 'projects');
    const forms = report.performance.projects;
    for (const passage of passages(report).filter((p) => p.section)) {
      const totals = [...passage.text.matchAll(COUNT_TOTAL)];
      totals.forEach((m, k) => {
        const end = totals[k + 1]?.index ?? passage.text.length;
        const stated: CheckFigure = {
          label: `${passage.where} ${m[1]}${m[2]}个`,
          value: m[2]!,
          unit: null,
          role: 'stated',
          ...passage.at(m.index),
        };
        const subject = subjectId(`s${sectionNo(passage.section ?? '')}`, out.length + 1);
        // The categories listed after it, up to the next stated total.
        const after = passage.text.slice(m.index + m[0].length, end);
        const parts = /^[^。]*。?其中/.test(after) ? [...after.matchAll(COUNT_PART)] : [];
        if (parts.length > 0) {
          const sum = parts.reduce((a, p) => a + Number(p[2]), 0);
          const partFigures = parts.map((p): CheckFigure => ({
            label: `${passage.where} ${p[1]}项目${p[2]}个`,
            value: p[2]!,
            unit: null,
            role: 'part',
            ...passage.at(m.index + m[0].length + p.index),
          }));
          const ok = sum === Number(m[2]);
          out.push(
            result(
              metaOf(projectCounts, `${subject}--parts`, `${passage.where}：${m[1]}${m[2]}个＝各类项目个数之和`),
              ok ? 'pass' : 'fail',
              [stated, ...partFigures, { label: '各类项目个数之和', value: String(sum), unit: null, role: 'computed' }],
              new Decimal(Number(m[2]) - sum),
              null,
              ok
                ? `一致：${parts.map((p) => p[2]).join('＋')}＝${sum}个。`
                : `不一致：说${m[2]}个，其中所列各类为${parts.map((p) => p[2]).join('＋')}＝${sum}个。`,
              0,
            ),
          );
        }
        const published = m[1] === '公开项目绩效目标';
        const meta = metaOf(
          projectCounts,
          `${subject}--${published ? 'forms' : 'table'}`,
          `${passage.where}：${m[1]}${m[2]}个与${published ? '所附绩效目标表' : '项目支出表'}核对`,
        );
        const count = published ? forms.length : table ? projectItems(table).length : null;
        if (count === null || (published && forms.length === 0)) {
          out.push(
            notApplicable(meta, published ? '本报告没有附项目绩效目标表。' : `本报告没有${TABLE_NAMES.projects}。`),
          );
          return;
        }
        const ok = count === Number(m[2]);
        const what = published ? '所附项目绩效目标表' : `${TABLE_NAMES.projects}中的项目`;
        out.push(
          result(
            meta,
            ok ? 'pass' : 'fail',
            [
              stated,
              {
                label: what,
                value: String(count),
                unit: null,
                role: 'reference',
                ...(published ? {} : { table: 'projects' as const }),
              },
            ],
            new Decimal(Number(m[2]) - count),
            null,
            ok ? `一致：${what}共${count}个。` : `不一致：说${m[2]}个，${what}共${count}个。`,
            0,
          ),
        );
      });
    }
    return out.length > 0 ? out : [notApplicable(metaOf(projectCounts, ''), '文字中没有说明项目个数。')];
  },
};

// ---- text defects --------------------------------------------------------------------------

const STOPS = /(?:主要)?(?:原因[是为]?|用于|包括|如下)[：:]?\s*[。；;]/g;
const SELF = /(部门|单位)预算(?!支出经济|经济|单位)/g;

export const textDefects: CheckDefinition = {
  id: 'text-defect',
  theme: 'narrative',
  documents: BOTH_DOCUMENTS,
  title: '文字完整、自称一致',
  rule: '句子不应在“主要原因是”“用于”之后直接结束；同一份文件不应在一处自称部门预算、在另一处自称单位预算。两者都不是数字错误，只作提示。',
  run(report) {
    const out: CheckResult[] = [];
    const all = passages(report).filter((p) => p.section);
    all.forEach((p) => {
      for (const m of p.text.matchAll(STOPS)) {
        const quote = p.text.slice(Math.max(0, m.index - 16), m.index + m[0].length);
        out.push(
          note(
            metaOf(textDefects, subjectId('stop', out.length + 1), `${p.where}：句子不完整`),
            `提示：“…${quote}”——句子在“${m[0].replace(/[。；;\s]/g, '')}”之后直接结束，缺少应有的内容。`,
            '原文缺字，不涉及数字，无法核对。',
            [{ label: `${p.where} “…${quote}”`, value: null, unit: null, role: 'stated', ...p.at(m.index) }],
          ),
        );
      }
    });
    const names = [report.source.title, ...report.narrative.map((s) => s.title)].map((text) => ({ text, at: {} }));
    const hits = new Map<string, CheckFigure>();
    for (const p of [...all, ...names.map((n) => ({ text: n.text, at: () => ({}), where: '标题' }))]) {
      for (const m of p.text.matchAll(SELF)) {
        const kind = m[1]!;
        if (!hits.has(kind))
          hits.set(kind, {
            label: `${p.where} “${p.text.slice(Math.max(0, m.index - 8), m.index + m[0].length)}”`,
            value: null,
            unit: null,
            role: kind === '部门' ? 'stated' : 'reference',
            ...p.at(m.index),
          });
      }
    }
    const meta = metaOf(textDefects, 'self-name', '文件自称部门预算还是单位预算');
    if (hits.size === 2)
      out.push(
        note(
          meta,
          '提示：同一份文件既自称“部门预算”，又自称“单位预算”。部门预算汇总部门及所属单位，单位预算只含本单位，读者应留意报表的口径。',
          '称谓不一致不涉及数字，只作提示。',
          [...hits.values()],
        ),
      );
    else if (hits.size === 1)
      out.push(result(meta, 'pass', [...hits.values()], null, null, `一致：通篇自称${[...hits.keys()][0]}预算。`));
    else out.push(notApplicable(meta, '文字中没有自称部门预算或单位预算。'));
    return out;
  },
};

// ---- one 科目 code, one name ----------------------------------------------------------------

/** Names the narrative gives a 类 (function-amount subjects) that are near, but not equal to, the tables' name. */
function textNames(report: Report): CheckResult[] {
  const classes = report.tables.flatMap((t) =>
    t.rows
      .filter((r) => r.code?.length === 3)
      .map((r) => ({ table: t, row: r, name: plainLabel(r.label.split(' | ')[0] ?? '') })),
  );
  const out: CheckResult[] = [];
  const seen = new Set<string>();
  for (const s of report.narrative)
    for (const f of s.figures) {
      if (f.claim !== 'function-amount' || !f.subject) continue;
      const name = plainLabel(f.subject);
      if (seen.has(name) || classes.some((c) => c.name === name)) continue;
      seen.add(name);
      const near = [
        ...new Map(classes.filter((c) => nameSimilarity(c.name, name) >= 0.8).map((c) => [c.row.code, c])).values(),
      ];
      if (near.length !== 1) continue;
      const c = near[0]!;
      out.push(
        note(
          metaOf(codeNames, subjectId('text', c.row.code!), `科目${c.row.code}：说明与报表名称不同`),
          `提示：说明（${s.number}）写作“${name}”，报表中科目${c.row.code}为“${c.name}”。`,
          '名称不同不影响金额（金额已按报表科目核对），只作提示。',
          [
            { label: `说明（${s.number}）“${name}”`, value: null, unit: null, role: 'stated', line: f.line },
            {
              label: `${tableName(c.table)} ${c.row.code} ${c.name}`,
              value: null,
              unit: null,
              role: 'reference',
              table: c.table.key,
              rowId: c.row.id,
              line: c.row.sourceLines[0],
            },
          ],
        ),
      );
    }
  return out;
}

export const codeNames: CheckDefinition = {
  id: 'code-name',
  theme: 'hierarchy',
  title: '同一科目编码名称一致',
  rule: '同一个政府收支分类科目编码在各表中、在说明和报表中应使用同一个名称；名称不同（如沿用旧的“类”名、写错字）时提示。',
  run(report) {
    const byCode = new Map<string, { name: string; ref: CheckFigure }[]>();
    for (const t of report.tables)
      for (const r of t.rows) {
        if (!r.code) continue;
        const name = plainLabel(r.label.split(' | ')[0] ?? r.label).replace(/^\d+/, '');
        const list = byCode.get(r.code) ?? [];
        if (!list.some((x) => x.name === name))
          list.push({
            name,
            ref: {
              label: `${tableName(t)} ${r.code} ${name}`,
              value: null,
              unit: null,
              role: 'reference',
              table: t.key,
              rowId: r.id,
              line: r.sourceLines[0],
            },
          });
        byCode.set(r.code, list);
      }
    if (byCode.size === 0) return [notApplicable(metaOf(codeNames, ''), '表中没有科目编码。')];
    const differing = [...byCode].filter(([, names]) => names.length > 1);
    const inText = textNames(report);
    if (differing.length === 0 && inText.length === 0)
      return [
        result(metaOf(codeNames, ''), 'pass', [], null, null, `一致：${byCode.size}个科目编码在各表中名称相同。`),
      ];
    return [
      ...inText,
      ...differing.map(([code, names]) =>
        note(
          metaOf(codeNames, subjectId(code), `科目${code}：各表名称不同`),
          `提示：科目${code}在各表中名称不同：${names.map((n) => `“${n.name}”`).join('、')}。`,
          '名称不同不影响金额，可能是沿用旧名称或录入差错，只作提示。',
          names.map((n, i) => ({ ...n.ref, role: i === 0 ? 'stated' : 'reference' })),
        ),
      ),
    ];
  },
};

export const TEXT_CHECKS = [textProducts, projectCounts, textDefects, codeNames];
