/**
 * The Frictionless Data Package (v2) describing every download: one JSON resource per
 * report (validated by /data/schema.json), one tabular CSV resource per table with a Table
 * Schema built from the table's columns, each report's change log and the JSON Schema
 * itself. The site ZIP holds exactly these files beside the package. The source documents
 * are not resources of the package: each is in its report's ZIP and at /data/sources/
 * (./bundles, inSiteArchive), listed with its SHA-256 in the report's `source.files`.
 */
import { reportStem, type Report, type Table } from '../schemas';
import { csvHeader, ROW_ID_HEADER } from './csv';
import { reportTitle } from './report-meta';
import { reportHistoryPath, reportJsonPath, SCHEMA_PATH, tableCsvPath, tableId } from './routes';
import { DATA_LICENCE, SITE_NAME } from './site';

/** Paths in the package are relative to /data/, where datapackage.json lives. */
const relative = (sitePath: string): string => sitePath.replace(/^\/data\//, '');

export interface TableField {
  name: string;
  title: string;
  type: 'string' | 'number';
  description?: string;
}

export function tableSchema(table: Table): {
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string[];
} {
  const names = csvHeader(table);
  const fields: TableField[] = [
    {
      name: ROW_ID_HEADER,
      title: ROW_ID_HEADER,
      type: 'string',
      description: '行的锚点编号，对应报告页面上的 #<表键>-<行号>',
    },
    ...table.columns.map((c, i) => ({
      name: names[i + 1]!,
      title: c.path.join(' / '),
      type: c.kind === 'amount' ? ('number' as const) : ('string' as const),
      ...(c.kind === 'amount' ? { description: `金额，单位：${table.unit}` } : {}),
    })),
  ];
  const ids = table.rows.map((r) => r.id);
  const unique = new Set(ids).size === ids.length;
  return { fields, missingValues: [''], ...(unique ? { primaryKey: [ROW_ID_HEADER] } : {}) };
}

const resourceName = (r: Report, suffix?: string): string =>
  [r.region, r.department.slug, reportStem(r), suffix].filter(Boolean).join('-');

export function dataPackage(reports: readonly Report[], options: { homepage?: string } = {}): object {
  const resources: object[] = reports.flatMap((r): object[] => [
    {
      name: resourceName(r),
      title: reportTitle(r),
      path: relative(reportJsonPath(r)),
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      jsonSchema: relative(SCHEMA_PATH),
      sources: [{ title: r.source.title }],
    },
    ...r.tables.map((t) => ({
      name: resourceName(r, tableId(t)),
      title: `${r.department.name} ${t.title}`,
      path: relative(tableCsvPath(r, tableId(t))),
      type: 'table',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: tableSchema(t),
      sources: [{ title: r.source.title }],
    })),
    {
      name: resourceName(r, 'history'),
      title: `${r.department.name}${r.year}年数据的更新记录`,
      description: '每次导入的变化，一行一条（JSON Lines）：新增、修改（原值和新值及其原文行号）、删除的数字和更正。',
      path: relative(reportHistoryPath(r)),
      format: 'jsonl',
      mediatype: 'application/jsonl',
      encoding: 'utf-8',
    },
  ]);
  resources.push({
    name: 'report-schema',
    title: '报告 JSON 的 JSON Schema',
    path: relative(SCHEMA_PATH),
    format: 'json',
    mediatype: 'application/schema+json',
    encoding: 'utf-8',
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'yusuan-gongkai',
    title: `${SITE_NAME}：部门预算数据`,
    description:
      '各部门公开的部门预算文件整理成的结构化数据。每份报告一个 JSON 文件（符合 schema.json），每张预算表一个 CSV 文件（UTF-8 带 BOM，金额照录原文，空白格为空），每份报告的更新记录。原文不在包内：每份报告的 ZIP 里有它的原文，也可以在 sources/ 下逐个下载，报告 JSON 的 source.files 列出文件名和 SHA-256。',
    ...(options.homepage ? { homepage: options.homepage } : {}),
    licenses: [{ name: 'CC-BY-4.0', path: DATA_LICENCE.url, title: DATA_LICENCE.name }],
    resources,
  };
}

/** The text of /data/datapackage.json (also inside the site ZIP). */
export const dataPackageText = (reports: readonly Report[], options: { homepage?: string } = {}): string =>
  JSON.stringify(dataPackage(reports, options), null, 2) + '\n';
