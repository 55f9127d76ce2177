import type { Table } from '../schemas';
import { cellRef, plainLabel, TABLE_NAMES, totalRow, type SectionFigure } from './access';
import { notApplicable, sumCheck, type Ref } from './compare';
import { changeCheck } from './percent';
import { against, metaFor, quotedRef, shareAgainst } from './narrative-figures';
import { blank, cell, classRow, fiscalFunctionRow, SOURCES, threePublicKey, threePublicRow } from './narrative-rows';
import type { CheckResult } from './schema';
import { expenditureName, incomeItem, type TwoSided } from './structure';

/**
 * The figures of one narrative section (一 to 九) against the tables they quote, in the order
 * the section quotes them: the base of a share or a change is the total quoted before it
 * (see narrative.ts for which table each section speaks of).
 */

/** The tables the narrative quotes, as narrative.ts finds them in the report. */
export interface Tables {
  summary?: TwoSided;
  fiscal?: TwoSided;
  expenditure?: Table;
  general?: Table;
  economic?: Table;
  threePublic?: Table;
}

/** `percents`: the section states its changes as amounts the figure reader names (else `text-change` reads them). */
export function sectionAgainstTables(
  section: string,
  figures: SectionFigure[],
  t: Tables,
  percents: boolean,
): CheckResult[] {
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
        const row = key && tp ? threePublicRow(tp, key) : undefined;
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
  return out;
}
