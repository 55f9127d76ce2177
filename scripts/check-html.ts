/**
 * Validates every HTML page of a build with the Nu HTML Checker (vnu.jar, one
 * JVM for all files, errors only). The same check runs in the e2e tests.
 *
 *   npm run check:html [-- <dir or file> ...]     (default: dist/)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatVnuMessages, validateHtml } from '../tests/quality/lib/html-validate';

async function main(): Promise<number> {
  const targets = process.argv.slice(2);
  if (targets.length === 0) targets.push(process.env.OUT_DIR?.trim() || 'dist');
  for (const target of targets) {
    if (!existsSync(target)) {
      console.error(`${target} not found${target === 'dist' ? ': build first (npm run build)' : ''}.`);
      return 2;
    }
  }
  const started = Date.now();
  const messages = await validateHtml(targets.map((target) => path.resolve(target)));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const line of formatVnuMessages(messages, process.cwd())) console.log(line);
  const files = new Set(messages.map((message) => message.file)).size;
  console.log(
    messages.length === 0
      ? `Nu HTML Checker: no errors (${seconds} s).`
      : `Nu HTML Checker: ${messages.length} error(s) in ${files} file(s) (${seconds} s).`,
  );
  return messages.length === 0 ? 0 : 1;
}

process.exitCode = await main();
