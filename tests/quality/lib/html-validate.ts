/**
 * HTML validation with the Nu HTML Checker (vnu.jar from the `vnu-jar` npm
 * package), run on the machine's Java (17+) in one JVM over every file at
 * once, with `--errors-only --format json`.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface VnuMessage {
  /** Absolute path of the checked file (or the URL vnu gave, if not a file). */
  file: string;
  type: string;
  subType?: string;
  line?: number;
  column?: number;
  message: string;
  extract?: string;
}

interface RawMessage {
  type?: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message?: string;
  extract?: string;
}

/** Path of vnu.jar inside node_modules. */
export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
}

/**
 * Parses vnu's `--format json` output into messages. Errors and fatal
 * non-document errors (unreadable file, I/O) are kept; info and warnings are
 * dropped (they are not printed with --errors-only anyway).
 */
export function parseVnuJson(output: string): VnuMessage[] {
  const trimmed = output.trim();
  if (trimmed === '') return [];
  const start = trimmed.indexOf('{');
  let parsed: { messages?: RawMessage[] };
  try {
    parsed = JSON.parse(start > 0 ? trimmed.slice(start) : trimmed) as { messages?: RawMessage[] };
  } catch {
    throw new Error(`could not parse the Nu HTML Checker's output as JSON:\n${trimmed.slice(0, 2000)}`);
  }
  const messages: VnuMessage[] = [];
  for (const raw of parsed.messages ?? []) {
    if (raw.type !== 'error' && raw.type !== 'non-document-error') continue;
    let file = raw.url ?? '(unknown)';
    if (file.startsWith('file:')) file = fileURLToPath(file);
    messages.push({
      file,
      type: raw.type,
      ...(raw.subType === undefined ? {} : { subType: raw.subType }),
      ...(raw.lastLine === undefined ? {} : { line: raw.lastLine }),
      ...(raw.firstColumn === undefined && raw.lastColumn === undefined
        ? {}
        : { column: raw.firstColumn ?? raw.lastColumn }),
      message: raw.message ?? '(no message)',
      ...(raw.extract === undefined ? {} : { extract: raw.extract }),
    });
  }
  return messages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0));
}

export interface VnuOptions {
  /** Java executable; default `$JAVA` or `java` on the PATH. */
  java?: string;
}

/**
 * Validates HTML files and/or directories (every `.html` file inside) in one
 * JVM. Resolves with the error messages; rejects when Java or vnu cannot run.
 */
export async function validateHtml(targets: readonly string[], options: VnuOptions = {}): Promise<VnuMessage[]> {
  if (targets.length === 0) return [];
  const java = options.java ?? process.env.JAVA ?? 'java';
  const args = [
    '-Xss2m',
    '-jar',
    vnuJarPath(),
    '--errors-only',
    '--format',
    'json',
    '--skip-non-html',
    '--exit-zero-always',
    ...targets,
  ];
  const output = await new Promise<string>((resolve, reject) => {
    execFile(java, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const hint =
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? `Java was not found (${java}); the Nu HTML Checker needs Java 11 or later (e.g. apt-get install -y openjdk-17-jre-headless), or set JAVA`
            : `the Nu HTML Checker failed: ${error.message}`;
        reject(new Error(`${hint}\n${stderr}`));
        return;
      }
      // vnu writes its JSON report to stderr.
      resolve(stderr.trim() !== '' ? stderr : stdout);
    });
  });
  return parseVnuJson(output);
}

/** One readable line per message, with paths relative to `root`. */
export function formatVnuMessages(messages: readonly VnuMessage[], root?: string): string[] {
  return messages.map((message) => {
    const file = root === undefined ? message.file : path.relative(root, message.file) || message.file;
    const where =
      message.line === undefined
        ? file
        : `${file}:${message.line}${message.column === undefined ? '' : `:${message.column}`}`;
    const extract =
      message.extract === undefined ? '' : ` — near: ${message.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}`;
    return `${where}: ${message.message}${extract}`;
  });
}
