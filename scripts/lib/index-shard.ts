/**
 * One shard of the search index (scripts/index-search.ts): a Pagefind process indexes a list
 * of pages and writes their bundle. Each shard runs in a process of its own
 * (`indexShardInProcess`): Pagefind's Node API keeps one indexing service per process, and a
 * process of its own returns its memory when the shard is written and lets shards run side
 * by side.
 *
 *   tsx scripts/lib/index-shard.ts <site folder> <bundle folder> <file listing the pages, JSON>
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { exited } from './exited';

/** Selectors never indexed, whatever the page templates say: charts and forms. */
export const EXCLUDE_SELECTORS = ['svg', 'figure.chart', '[role="img"]', 'form'];

export function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/** Files read and sent to Pagefind at a time (bounded to keep memory flat). */
const BATCH = 32;

/** Indexes `files` (paths relative to `site`) with Pagefind and writes the bundle to `outputPath`. */
async function indexShard(site: string, files: string[], outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (errors.length > 0 || !index) fail('createIndex()', errors);
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      const contents = await Promise.all(batch.map((sourcePath) => readFile(path.join(site, sourcePath), 'utf8')));
      // A batch is sent at once (Pagefind parses while the next page arrives); the bundle is
      // the same bytes on every build all the same (tested).
      const added = await Promise.all(
        batch.map((sourcePath, j) => index.addHTMLFile({ sourcePath, content: contents[j]! })),
      );
      const problems = added.flatMap((a, j) => a.errors.map((e) => `${files[i + j]}: ${e}`));
      if (problems.length > 0) fail('addHTMLFile()', problems);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('writeFiles()', written.errors);
  } finally {
    await pagefind.close();
  }
}

const self = fileURLToPath(import.meta.url);
const tsx = path.resolve(path.dirname(self), '../../node_modules/.bin/tsx');

/** `indexShard` in a child process; fails with the child's own messages. */
export async function indexShardInProcess(site: string, files: string[], outputPath: string): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'index-shard-'));
  const list = path.join(dir, 'pages.json');
  try {
    await writeFile(list, JSON.stringify(files));
    const child = spawn(tsx, [self, site, outputPath, list], { stdio: ['ignore', 'inherit', 'pipe'] });
    await exited(child, `search index shard ${outputPath}`, { stderr: true });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [site, outputPath, list] = process.argv.slice(2);
  if (!site || !outputPath || !list) {
    console.error('usage: tsx scripts/lib/index-shard.ts <site folder> <bundle folder> <pages.json>');
    process.exitCode = 2;
  } else {
    readFile(list, 'utf8')
      .then((text) => indexShard(site, JSON.parse(text) as string[], outputPath))
      .catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
      });
  }
}
