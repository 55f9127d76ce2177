/**
 * For every check: a mutation of the clean fixture that makes it `rounding` (where rounding
 * applies: the check compares amounts) and one that makes it `not-applicable`. With the clean
 * fixture (pass) and failing.ts (fail, or note) every rule has each outcome it can give.
 */
import type { Report } from '../../schemas';
import { CLEAN_EXPENDITURE, CLEAN_OVERVIEW } from './clean';
import { withText } from './failing';
import { withSentence } from './failing-final';
import { dropTable, setCell, setFigure, setForm, setOverall } from './mutate';

type Mutation = (clean: Report) => Report;

/** Checks with nothing to round: codes, counts, words, indicator values, blanks. */
export const NO_ROUNDING = new Set([
  'kpi-department',
  'kpi-one-year',
  'kpi-required',
  'text-count',
  'text-defect',
  'code-name',
]);

/** Checks with no not-applicable case: every form has its required figures filled or missing. */
export const ALWAYS_APPLICABLE = new Set(['kpi-required']);

/** Blank every cell of one column of a table. */
const blankColumn = (r: Report, key: Report['tables'][number]['key'], column: string): Report =>
  r.tables.find((t) => t.key === key)!.rows.reduce((acc, row) => setCell(acc, key, row.id, column, null), r);

export const ROUNDING: Record<string, Mutation> = {
  balance: (r) => setCell(r, 'summary', 'r6', 'income', '100.01'),
  'grand-total': (r) => setCell(r, 'summary', 'r5', 'income', '10.01'),
  'income-items': (r) => setCell(r, 'summary', 'r1', 'income', '89.99'),
  'same-total': (r) => setCell(r, 'income', 'total', 'total', '90.01'),
  'income-expenditure-code': (r) => setCell(r, 'expenditure', '2010302', 'total', '60.01'),
  'general-income-code': (r) => setCell(r, 'general', '2010301', 'total', '40.01'),
  'function-items': (r) => setCell(r, 'summary', 'r1', 'expenditure-total', '100.01'),
  'row-sum': (r) => setCell(r, 'expenditure', '2010301', 'basic', '39.99'),
  levels: (r) => setCell(r, 'expenditure', '2010302', 'total', '60.01'),
  'basic-split': (r) => setCell(r, 'basic-economic', 'total', 'personnel', '30.01'),
  'admin-operation': (r) => setCell(r, 'admin-operation', 'total', 'total', '10.01'),
  'three-public-total': (r) => setCell(r, 'three-public', 'total', 'total', '5.01'),
  'three-public-vehicles': (r) => setCell(r, 'three-public', 'r5', 'total', '2.99'),
  'three-public-economic': (r) => setCell(r, 'basic-economic', 'r6', 'total', '3.01'),
  'project-groups': (r) => setCell(r, 'projects', 'r1', 'total', '50.01'),
  'project-total': (r) => setCell(r, 'projects-carryover', 'r2', 'total', '10.01'),
  narrative: (r) => setFigure(r, '六', 1, { value: '30.01' }),
  // 300,040元 = 30.004万元, printed 30.00 in the table
  'kpi-funds': (r) =>
    setForm(r, 'xmj', (f) => {
      f.funds.annual.total = { raw: '300,040', wan: '30.004' };
      f.funds.annual.local = { raw: '300,040', wan: '30.004' };
    }),
  // 30万元 printed without decimals stands for 29.5 … 30.5
  'kpi-cost': (r) =>
    setForm(r, 'xmj', (f) => {
      f.indicators[0]!.value = { raw: '30万元', op: null, number: '30', unit: '万元' };
      f.funds.annual.total = { raw: '302,000', wan: '30.20' };
    }),
  'kpi-period': (r) =>
    setForm(r, 'xmj', (f) => {
      f.funds.implementation.total = { raw: '30万元', wan: '30' };
      f.funds.annual.total = { raw: '302,000', wan: '30.20' };
    }),
  'kpi-sources': (r) =>
    setForm(r, 'xmj', (f) => {
      f.funds.annual.local = { raw: '30万元', wan: '30' };
      f.funds.annual.total = { raw: '302,000', wan: '30.20' };
    }),
  'kpi-overall': (r) =>
    setOverall(r, (o) => {
      o.fundsBySource[0] = { label: '合计', amount: '100' };
      o.fundsBySource[1] = { label: '一般公共预算资金', amount: '99.80' };
    }),
  'text-product': (r) => setForm(r, 'xmj', (f) => (f.overview = CLEAN_OVERVIEW.replace('100元', '101元'))),
  'text-total': (r) => withText(r, CLEAN_EXPENDITURE.replace('100.00万元', '100万元').replace('60.00', '60.30'), '三'),
  'text-change': (r) => withText(r, '“三公”经费预算5.0万元，比上年减少1.0万元，下降17.5%。', '七'),
  'text-repeat': (r) => setFigure(setFigure(r, '五', 0, { value: '89.80' }), '五', 3, { value: '90' }),
};

const noText: Mutation = (r) => {
  const next = structuredClone(r);
  for (const s of next.narrative) {
    s.paragraphs = s.paragraphs.map((p) => ({ ...p, text: '无。' }));
    s.figures = [];
  }
  for (const f of next.performance.projects) f.overview = null;
  next.source.title = '报告';
  next.narrative = next.narrative.map((s) => ({ ...s, title: '说明' }));
  return next;
};

export const NOT_APPLICABLE: Record<string, Mutation> = {
  balance: (r) => dropTable(r, 'summary'),
  'grand-total': (r) => blankColumn(r, 'summary', 'income'),
  'income-items': (r) => blankColumn(r, 'summary', 'income'),
  'same-total': (r) => dropTable(r, 'income'),
  'income-expenditure-code': (r) => dropTable(r, 'income'),
  'general-income-code': (r) => dropTable(r, 'general'),
  'function-items': (r) => dropTable(r, 'summary'),
  'row-sum': (r) => ({
    ...structuredClone(r),
    tables: r.tables.map((t) => (t.key === 'admin-operation' ? { ...t, rows: [], empty: true } : t)),
  }),
  levels: (r) => ({
    ...structuredClone(r),
    tables: r.tables.map((t) => (t.key === 'general' ? { ...t, rows: t.rows.filter((x) => x.code === null) } : t)),
  }),
  'basic-split': (r) => dropTable(r, 'basic-economic'),
  'admin-operation': (r) => dropTable(r, 'admin-operation'),
  'three-public-total': (r) => dropTable(r, 'three-public'),
  'three-public-vehicles': (r) => dropTable(r, 'three-public'),
  'three-public-economic': (r) => dropTable(r, 'three-public'),
  'project-groups': (r) => dropTable(dropTable(r, 'projects'), 'projects-carryover'),
  'project-total': (r) => dropTable(r, 'projects'),
  narrative: (r) => dropTable(r, 'basic-economic'),
  'kpi-funds': (r) => setForm(r, 'xmj', (f) => (f.funds.annual.total = { raw: '按实际', wan: null })),
  'kpi-cost': (r) =>
    setForm(r, 'xmj', (f) => (f.indicators[0]!.value = { raw: '≥90%', op: '≥', number: '90', unit: '%' })),
  'kpi-period': (r) => setForm(r, 'xmj', (f) => (f.funds.implementation.total = null)),
  'kpi-sources': (r) => setForm(r, 'xmj', (f) => (f.funds.annual.total = { raw: '按实际', wan: null })),
  'kpi-department': (r) => setForm(r, 'xmj', (f) => (f.department.code = null)),
  'kpi-overall': (r) => dropTable(r, 'summary'),
  'kpi-one-year': (r) => setForm(r, 'xmj', (f) => (f.period = '3年')),
  'text-product': noText,
  'text-count': noText,
  'text-defect': noText,
  'code-name': (r) => ({ ...structuredClone(r), tables: [] }),
  'text-total': noText,
  'text-change': noText,
  'text-repeat': noText,
};

/** A cell of a table moved by `delta` (a printed amount). */
function nudge(r: Report, key: Report['tables'][number]['key'], rowId: string, column: string, delta: string): Report {
  const table = r.tables.find((t) => t.key === key)!;
  const row = table.rows.find((x) => x.id === rowId)!;
  const value = row.cells[table.columns.findIndex((c) => c.key === column)]!;
  return setCell(r, key, rowId, column, (Number(value) + Number(delta)).toFixed(2));
}

/** The same for the final-accounts checks, on the fixture final accounts. */
export const ROUNDING_FINAL: Record<string, Mutation> = {
  'fa-balance': (r) => nudge(r, 'fa-summary', 'r7', 'expenditure-actual', '0.01'),
  'fa-tables': (r) => nudge(r, 'fa-income', 'total', 'total', '0.01'),
  'fa-rows': (r) => nudge(r, 'fa-income', 'total', 'total', '0.01'),
  'fa-three-public': (r) => nudge(r, 'fa-three-public', 'total', 'reception-actual', '0.01'),
  // 98.70% printed for a rate the rounded amounts put at 98.69%
  'fa-narrative': (r) => withSentence(r, '完成年初预算的98.69%', '完成年初预算的98.70%'),
};

export const NOT_APPLICABLE_FINAL: Record<string, Mutation> = {
  'fa-balance': (r) => dropTable(r, 'fa-summary'),
  'fa-tables': (r) => r,
  'fa-rows': (r) => dropTable(dropTable(dropTable(r, 'fa-income'), 'fa-expenditure'), 'fa-general'),
  'fa-three-public': (r) => dropTable(r, 'fa-three-public'),
  'fa-narrative': (r) => ({ ...structuredClone(r), narrative: [] }),
};
