/**
 * Content collections: the committed output of the importer, validated against the data
 * contract in src/schemas. A report that does not match the schema stops the build with
 * the file and the path of the offending value.
 *
 *   content/reports/<region>/<dept>/<year>.json   → collection `reports`, id "<region>/<dept>/<year>"
 *   content/regions.json                          → collection `regions`, id "<region>"
 *   content/departments.json                      → collection `departments`, id "<region>/<dept>"
 *
 * CONTENT_DIR (default ./content) points the build at another content tree, e.g. test fixtures.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { Department, Region, Report } from './schemas';

const CONTENT_DIR = (process.env.CONTENT_DIR?.trim() || './content').replace(/\/+$/, '');

const reports = defineCollection({
  loader: glob({
    pattern: '*/*/*.json',
    base: `${CONTENT_DIR}/reports`,
    generateId: ({ entry }) => entry.replace(/\.json$/, ''),
  }),
  schema: Report,
});

const regions = defineCollection({
  loader: file(`${CONTENT_DIR}/regions.json`),
  schema: Region,
});

const departments = defineCollection({
  loader: file(`${CONTENT_DIR}/departments.json`, {
    parser: (text) =>
      (JSON.parse(text) as { region: string; slug: string }[]).map((d) => ({ id: `${d.region}/${d.slug}`, ...d })),
  }),
  schema: Department,
});

export const collections = { reports, regions, departments };
