import type { Row, Table } from '../schemas';
import {
  cellRef,
  nameSimilarity,
  narrativeFigures,
  plainLabel,
  TABLE_NAMES,
  tableOf,
  totalRow,
  type SectionFigure,
} from './access';
import { notApplicable, sumCheck, type CheckMeta, type Ref } from './compare';
import { changeCheck } from './percent';
import { metaOf, type CheckDefinition } from './define';
import { against, changeSections, metaFor, NARRATIVE, quotedRef, sectionMeta, shareAgainst } from './narrative-figures';
import { kpiSection } from './narrative-kpi';
import type { CheckResult } from './schema';
import { expenditureName, incomeItem, twoSided, type TwoSided } from './structure';

/**
 * Every amount and percentage the narrative quotes, against the tables — and the shares and
 * changes it states, recomputed from the figures of the same sentence. Each figure carries
 * the claim the importer read from its words (src/schemas/narrative.ts); the section and the
 * figures before it in the same section tell which base a sentence speaks of:
 *
 * - 一: 收入总计 / 支出总计 of 收支总表; a change percentage is the change divided by the
 *   previous year, which is the sentence's own total minus the change (so 12097.96 and
 *   96.55% speak of 收入总计 432.54: 12097.96 ÷ (432.54 + 12097.96) = 96.55%);
 * - 二: each source of income against 收支总表, its share of 预算收入;
 * - 三: 支出总表 合计 / 基本支出 / 项目支出, shares of 支出预算;
 * - 四: 财政拨款收支总表 (a source includes its carry-over: 一般公共预算拨款 = 本年 + 上年结转);
 * - 五: 一般公共预算支出表 (当年支出, each 类 and its share); the change is of 当年支出;
 * - 六: 基本支出 and 人员经费 / 公用经费 of the economic-classification table;
 * - 七: the rows of 三公经费表; 九: the procurement parts; 十: see narrative-kpi.ts.
 */

const THREE_PUBLIC_SUBJECTS: { pattern: RegExp; key: string }[] = [
  { pattern: /^因公出国[（(]境[)）]费(用)?$/, key: 'abroad' },
  { pattern: /^公务接待费$/, key: 'reception' },
  { pattern: /^公务用车购置及运行(维护)?费$/, key: 'vehicles' },
  { pattern: /^公务用车购置费$/, key: 'purchase' },
  { pattern: /^公务用车运行(维护)?费$/, key: 'operation' },
];
const threePublicKey = (subject: string | null): string | undefined =>
  subject ? THREE_PUBLIC_SUBJECTS.find((s) => s.pattern.test(plainLabel(subject)))?.key : undefined;

const SOURCES: { pattern: RegExp; row: RegExp }[] = [
  { pattern: /^一般公共预算/, row: /一般公共预算/ },
  { pattern: /^政府性基金/, row: /政府性基金/ },
  { pattern: /^国有资本经营/, row: /国有资本经营/ },
  { pattern: /^财政专户/, row: /财政专户/ },
  { pattern: /^单位资金/, row: /单位资金/ },
  { pattern: /^其他资金/, row: /其他资金/ },
];

interface Tables {
  summary?: TwoSided;
  fiscal?: TwoSided;
  expenditure?: Table;
  general?: Table;
  economic?: Table;
  threePublic?: Table;
}

const blank = (label: string, table?: Table['key']): Ref => ({ label, value: null, table });

const cell = (table: Table | undefined, row: Row | undefined, column: string, label?: string): Ref | undefined =>
  table && row ? cellRef(table, row, column, label) : undefined;

/** The 类 row of a coded table by function name; a near spelling is accepted when it is unique. */
function classRow(table: Table, name: string): { row: Row; exact: boolean } | undefined {
  const classes = table.rows.filter((r) => r.code?.length === 3);
  const exact = classes.find((r) => plainLabel(r.label) === plainLabel(name));
  if (exact) return { row: exact, exact: true };
  const near = classes.filter((r) => nameSimilarity(r.label, name) >= 0.8);
  return near.length === 1 ? { row: near[0]!, exact: false } : undefined;
}

function fiscalFunctionRow(side: TwoSided, name: string): { row: Row; exact: boolean } | undefined {
  const exact = side.expenditureItems.find((r) => expenditureName(side, r) === plainLabel(name));
  if (exact) return { row: exact, exact: true };
  const near = side.expenditureItems.filter((r) => nameSimilarity(expenditureName(side, r), name) >= 0.8);
  return near.length === 1 ? { row: near[0]!, exact: false } : undefined;
}

export const narrativeFiguresCheck: CheckDefinition = {
  ...NARRATIVE,
  run(report) {
    if (report.documentType !== 'budget' || report.narrative.length === 0) {
      return [notApplicable(metaOf(narrativeFiguresCheck, ''), '本报告没有情况说明。')];
    }
    const t: Tables = {
      summary: tableOf(report, 'summary') && twoSided(tableOf(report, 'summary')!),
      fiscal: tableOf(report, 'fiscal') && twoSided(tableOf(report, 'fiscal')!),
      expenditure: tableOf(report, 'expenditure'),
      general: tableOf(report, 'general'),
      economic: tableOf(report, 'basic-economic'),
      threePublic: tableOf(report, 'three-public'),
    };
    const out: CheckResult[] = [];
    const bySection = new Map<string, SectionFigure[]>();
    for (const f of narrativeFigures(report)) bySection.set(f.section, [...(bySection.get(f.section) ?? []), f]);
    for (const [section, figures] of bySection)
      out.push(
        ...(section === '十'
          ? kpiSection(figures, report)
          : checkSection(section, figures, t, changeSections(report).has(section))),
      );
    return out;
  },
};

/** `percents`: the section states its changes as amounts the figure reader names (else `text-change` reads them). */
function checkSection(section: string, figures: SectionFigure[], t: Tables, percents: boolean): CheckResult[] {
  const out: CheckResult[] = [];
  const s = t.summary;
  const sTable = s?.table;
  const f4 = t.fiscal;
  const fTable = f4?.table;
  const noTable = (key: Table['key']) => `本报告没有${TABLE_NAMES[key]}。`;
  /** The quoted amount against a line (收入总计, 本年收入合计, 上年结转) of 收支总表 or 财政拨款收支总表. */
  const againstLine = (
    f: SectionFigure,
    key: 'summary' | 'fiscal',
    line: 'grand' | 'current' | 'carryover',
    column: string,
    label: string,
    what: string,
  ): CheckResult => against(f, cell(t[key]?.table, t[key]?.[line], column, label), what, noTable(key));
  /** The quoted amount against the 合计 row of a table. */
  const againstTotal = (
    f: SectionFigure,
    key: Table['key'],
    table: Table | undefined,
    column: string,
    label: string,
    what: string,
  ): CheckResult => against(f, cell(table, table && totalRow(table), column, label), what, noTable(key));
  // The base of the sentence so far: the last total of each kind quoted in the section.
  let side: 'income' | 'expenditure' = 'income';
  const last: Partial<Record<string, SectionFigure>> = {};
  const sourceAmounts = new Map<string, SectionFigure>();
  for (const f of figures) {
    switch (f.claim) {
      case 'income-total': {
        side = 'income';
        last.base = f;
        if (section === '一' || section === '二') {
          out.push(againstLine(f, 'summary', 'grand', 'income', '收支总表 收入总计', '与收支总表收入总计核对'));
        }
        break;
      }
      case 'expenditure-total': {
        side = 'expenditure';
        last.base = f;
        if (section === '一') {
          out.push(
            againstLine(f, 'summary', 'grand', 'expenditure-total', '收支总表 支出总计', '与收支总表支出总计核对'),
          );
        } else {
          out.push(againstTotal(f, 'expenditure', t.expenditure, 'total', '支出总表 合计', '与支出总表合计核对'));
        }
        break;
      }
      case 'income-current': {
        if (section === '四') {
          out.push(
            againstLine(
              f,
              'fiscal',
              'current',
              'income',
              '财政拨款收支总表 本年收入合计',
              '与财政拨款收支总表本年收入核对',
            ),
          );
        } else {
          out.push(
            againstLine(f, 'summary', 'current', 'income', '收支总表 本年收入合计', '与收支总表本年收入合计核对'),
          );
        }
        break;
      }
      case 'expenditure-current': {
        out.push(
          againstLine(
            f,
            'summary',
            'grand',
            'expenditure-current',
            '收支总表 支出总计（当年预算安排）',
            '与收支总表当年预算安排核对',
          ),
        );
        break;
      }
      case 'carryover': {
        if (section === '四') {
          out.push(
            againstLine(
              f,
              'fiscal',
              'carryover',
              'income',
              '财政拨款收支总表 上年财政拨款结转',
              '与财政拨款收支总表上年结转核对',
            ),
          );
        } else if (side === 'expenditure') {
          out.push(
            againstLine(
              f,
              'summary',
              'grand',
              'expenditure-carryover',
              '收支总表 支出总计（上年结转安排）',
              '与收支总表上年结转安排核对',
            ),
          );
        } else {
          out.push(againstLine(f, 'summary', 'carryover', 'income', '收支总表 上年结转', '与收支总表上年结转核对'));
        }
        break;
      }
      case 'change-amount':
      case 'gp-change-amount':
      case 'three-public-change':
        last.change = f;
        break;
      case 'change-percent':
      case 'gp-change-percent': {
        if (!percents) break;
        const base = f.claim === 'gp-change-percent' ? last.gp : last.base;
        const meta = metaFor(
          f,
          '按变动额和上年数重算',
          '增减比例＝变动额÷上年数，上年数＝本句所说的本年数减去增加额（或加上减少额）。',
        );
        if (!last.change || !base) out.push(notApplicable(meta, '同一段中找不到变动额或本年数。'));
        else
          out.push(
            changeCheck(meta, quotedRef(f), { ...quotedRef(last.change), sign: last.change.sign }, quotedRef(base)),
          );
        break;
      }
      case 'source-amount': {
        const source = SOURCES.find((x) => x.pattern.test(f.subject ?? ''));
        sourceAmounts.set(f.subject ?? '', f);
        last.amount = f;
        if (section === '四') {
          if (!f4 || !fTable) {
            out.push(against(f, undefined, '与财政拨款收支总表核对', noTable('fiscal')));
            break;
          }
          const current = source && incomeItem(f4, source.row);
          const carried = source && f4.carryoverItems.find((r) => source.row.test(r.label));
          const meta = metaFor(
            f,
            '与财政拨款收支总表（本年＋上年结转）核对',
            '说明中按资金来源列出的财政拨款，包括本年拨款和上年结转，应等于财政拨款收支总表中该来源的本年收入与上年结转之和。',
          );
          if (!source) {
            out.push(notApplicable(meta, `无法确定“${f.subject ?? ''}”对应表中哪一行。`));
            break;
          }
          const parts: Ref[] = [
            cell(
              fTable,
              current,
              'income',
              `财政拨款收支总表 本年收入·${plainLabel(current?.label.split(' | ')[0] ?? '')}`,
            ) ?? blank(`财政拨款收支总表 ${f.subject ?? ''}（本年，未列出）`, 'fiscal'),
            cell(
              fTable,
              carried,
              'income',
              `财政拨款收支总表 上年结转·${plainLabel(carried?.label.split(' | ')[0] ?? '')}`,
            ) ?? blank(`财政拨款收支总表 ${f.subject ?? ''}（上年结转，未列出）`, 'fiscal'),
          ];
          out.push(sumCheck(meta, quotedRef(f), parts));
        } else {
          let reference: Ref | undefined;
          if (/^上年结转/.test(f.subject ?? '')) reference = cell(sTable, s?.carryover, 'income', '收支总表 上年结转');
          else if (source && s) {
            const row = incomeItem(s, source.row);
            reference =
              cell(sTable, row, 'income') ??
              (sTable ? blank(`收支总表 ${f.subject ?? ''}（未列出）`, 'summary') : undefined);
          }
          out.push(
            against(
              f,
              reference,
              '与收支总表核对',
              sTable ? `收支总表中找不到“${f.subject ?? ''}”。` : noTable('summary'),
            ),
          );
        }
        break;
      }
      case 'source-share':
        out.push(
          shareAgainst(
            f,
            sourceAmounts.get(f.subject ?? '') ?? last.amount,
            last.base,
            metaFor(f, '按预算收入重算比例', '占比＝该项收入÷本段所说的预算收入。'),
            '同一段中找不到金额或预算收入总数。',
          ),
        );
        break;
      case 'basic':
      case 'project': {
        last[f.claim] = f;
        const column = f.claim === 'basic' ? 'basic' : 'project';
        const word = f.claim === 'basic' ? '基本支出' : '项目支出';
        if (section === '六') {
          out.push(
            againstTotal(
              f,
              'general',
              t.general,
              column,
              `一般公共预算支出表 合计（${word}）`,
              `与一般公共预算支出表${word}核对`,
            ),
          );
        } else {
          out.push(
            againstTotal(f, 'expenditure', t.expenditure, column, `支出总表 合计（${word}）`, `与支出总表${word}核对`),
          );
        }
        break;
      }
      case 'basic-share':
      case 'project-share':
        out.push(
          shareAgainst(
            f,
            f.claim === 'basic-share' ? last.basic : last.project,
            last.base,
            metaFor(f, '按支出预算重算比例', '占比＝该项支出÷本段所说的支出预算总数。'),
            '同一段中找不到金额或支出总数。',
          ),
        );
        break;
      case 'fiscal-total':
        last.base = f;
        out.push(
          againstLine(f, 'fiscal', 'grand', 'income', '财政拨款收支总表 收入总计', '与财政拨款收支总表收入总计核对'),
        );
        break;
      case 'gp-current': {
        last.gp = f;
        out.push(
          againstTotal(f, 'general', t.general, 'total', '一般公共预算支出表 合计', '与一般公共预算支出表合计核对'),
        );
        break;
      }
      case 'function-amount': {
        last.function = f;
        const name = f.subject ?? '';
        if (section === '四') {
          const match = f4 && fiscalFunctionRow(f4, name);
          const label = match
            ? `财政拨款收支总表 ${expenditureName(f4, match.row)}${match.exact ? '' : `（说明写作“${name}”）`}`
            : '';
          out.push(
            against(
              f,
              match && fTable ? cellRef(fTable, match.row, 'total', label) : undefined,
              '与财政拨款收支总表核对',
              fTable ? `财政拨款收支总表中找不到“${name}”。` : noTable('fiscal'),
            ),
          );
        } else {
          const g = t.general;
          const match = g && classRow(g, name);
          const label = match
            ? `一般公共预算支出表 ${match.row.code} ${plainLabel(match.row.label)}${match.exact ? '' : `（说明写作“${name}”）`}`
            : '';
          out.push(
            against(
              f,
              match && g ? cellRef(g, match.row, 'total', label) : undefined,
              '与一般公共预算支出表核对',
              g ? `一般公共预算支出表中找不到“${name}”。` : noTable('general'),
            ),
          );
        }
        break;
      }
      case 'function-share':
        out.push(
          shareAgainst(
            f,
            last.function,
            last.gp,
            metaFor(f, '按一般公共预算当年支出重算比例', '占比＝该类支出÷本段所说的一般公共预算当年支出。'),
            '同一段中找不到金额或当年支出总数。',
          ),
        );
        break;
      case 'personnel':
      case 'public': {
        last[f.claim] = f;
        const e = t.economic;
        const word = f.claim === 'personnel' ? '人员经费' : '公用经费';
        if (e?.empty) {
          out.push(notApplicable(metaFor(f, `与经济科目表${word}核对`), '基本支出经济科目表注明无数据，无从核对。'));
        } else {
          out.push(
            againstTotal(f, 'basic-economic', e, f.claim, `经济科目表 合计（${word}）`, `与经济科目表${word}核对`),
          );
        }
        break;
      }
      case 'three-public-total': {
        last.threePublic = f;
        out.push(againstTotal(f, 'three-public', t.threePublic, 'total', '“三公”经费表 合计', '与“三公”经费表核对'));
        break;
      }
      case 'three-public-item': {
        const tp = t.threePublic;
        const key = threePublicKey(f.subject);
        const row =
          key && tp
            ? tp.rows.find((r) => THREE_PUBLIC_SUBJECTS.find((x) => x.key === key)!.pattern.test(plainLabel(r.label)))
            : undefined;
        out.push(
          against(
            f,
            row && tp
              ? cellRef(tp, row, 'total', `“三公”经费表 ${plainLabel(row.label)}`)
              : tp && key
                ? blank(`“三公”经费表 ${f.subject ?? ''}（未列出）`, 'three-public')
                : undefined,
            '与“三公”经费表核对',
            tp ? `“三公”经费表中找不到“${f.subject ?? ''}”。` : noTable('three-public'),
          ),
        );
        break;
      }
      default:
        break;
    }
  }
  out.push(...internalSums(section, figures));
  return out;
}

/** Sums the narrative states within itself: 基本支出 = 人员 + 公用, 三公 parts, procurement. */
function internalSums(section: string, figures: SectionFigure[]): CheckResult[] {
  const out: CheckResult[] = [];
  const find = (claim: SectionFigure['claim']): SectionFigure | undefined => figures.find((f) => f.claim === claim);
  const meta = (subject: string, title: string, rule: string): CheckMeta => sectionMeta(section, subject, title, rule);
  if (section === '六') {
    const basic = find('basic');
    const personnel = find('personnel');
    const pub = find('public');
    if (basic && personnel && pub) {
      out.push(
        sumCheck(
          meta('split', '基本支出＝人员经费＋公用经费', '说明中的基本支出应等于其所说的人员经费与公用经费之和。'),
          quotedRef(basic),
          [quotedRef(personnel), quotedRef(pub)],
        ),
      );
    }
  }
  if (section === '七') {
    const total = find('three-public-total');
    const items = figures.filter((f) => f.claim === 'three-public-item');
    const byKey = new Map(items.map((f) => [threePublicKey(f.subject), f]));
    const parts = [
      'abroad',
      'reception',
      ...(byKey.has('purchase') || byKey.has('operation') ? ['purchase', 'operation'] : ['vehicles']),
    ]
      .map((k) => byKey.get(k))
      .filter((f): f is SectionFigure => f !== undefined);
    if (total && parts.length > 0) {
      out.push(
        sumCheck(
          meta('three-public-sum', '“三公”经费＝各项之和', '说明中的“三公”经费总数应等于其所列各项之和。'),
          quotedRef(total),
          parts.map(quotedRef),
        ),
      );
    }
    const change = find('three-public-change');
    const itemChanges = figures.filter((f) => f.claim === 'three-public-item-change');
    if (change && itemChanges.length > 0) {
      const signed = (f: SectionFigure): Ref => ({ ...quotedRef(f), value: f.sign === '-' ? `-${f.value}` : f.value });
      out.push(
        sumCheck(
          meta(
            'three-public-change',
            '“三公”经费增减额＝各项增减额之和',
            '说明中“三公”经费比上年的增减额，应等于各项增减额之和（减少记为负数；未写增减额的项目视为与上年相同）。',
          ),
          signed(change),
          itemChanges.map(signed),
        ),
      );
    }
  }
  if (section === '九') {
    const total = find('procurement-total');
    const parts = (['procurement-goods', 'procurement-works', 'procurement-services'] as const)
      .map(find)
      .filter((f): f is SectionFigure => f !== undefined);
    if (total && parts.length > 0) {
      out.push(
        sumCheck(
          meta(
            'procurement',
            '政府采购预算总额＝货物＋工程＋服务',
            '说明中的政府采购预算总额应等于货物、工程、服务三类之和。',
          ),
          quotedRef(total),
          parts.map(quotedRef),
        ),
      );
    }
  }
  return out;
}

export const NARRATIVE_CHECKS = [narrativeFiguresCheck];
