/**
 * Content collections: the committed output of the importer, validated against the data
 * contract in src/schemas. A file that does not match the schema stops the build with the
 * file and the path of the offending value.
 *
 *   content/regions.json                          → collection `regions`, id "<region>"
 *   content/departments.json                      → collection `departments`, id "<region>/<dept>"
 *
 * Reports (content/reports/<region>/<dept>/<year>.json) are not a collection: src/lib/reports.ts
 * reads and validates them once per build, so that each is in memory once (a collection is
 * held by the content layer's store and again by its data serialised into the build).
 *
 * CONTENT_DIR (default ./content) points the build at another content tree, e.g. test fixtures.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { Department, Region } from './schemas';

const CONTENT_DIR = (process.env.CONTENT_DIR?.trim() || './content').replace(/\/+$/, '');

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

export const collections = { regions, departments };
