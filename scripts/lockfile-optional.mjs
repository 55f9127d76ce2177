#!/usr/bin/env node
/**
 * Adds lock entries for platform-specific optional dependencies that npm left
 * out of package-lock.json.
 *
 * Why: the package registry this project installs from serves some native
 * packages only for Linux (e.g. @astrojs/compiler-binding-*, @pagefind/*).
 * `npm install` then writes a lockfile without the other platforms' optional
 * packages, and `npm ci` refuses it ("Missing: …@ from lock file"). A stub
 * entry (version, optional) is enough: `npm ci` accepts the lockfile and skips
 * optional packages it cannot install on this platform.
 *
 * Run after regenerating package-lock.json from scratch:
 *   npm run lockfile:fix
 * Entries added this way survive later `npm install` runs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Returns the lock's missing optional entries as [path, entry] pairs, resolved
 * like Node resolves modules (nested node_modules first, then hoisted).
 * @param {{ packages: Record<string, { optionalDependencies?: Record<string, string>, dev?: boolean }> }} lock
 * @returns {Array<[string, { version: string, dev?: boolean, optional: true }]>}
 */
export function missingOptionalEntries(lock) {
  const packages = lock.packages;
  /** @type {Map<string, { version: string, dev?: boolean, optional: true }>} */
  const missing = new Map();
  for (const [key, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      let found = false;
      for (let dir = key; ;) {
        const candidate = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
        if (packages[candidate] !== undefined) {
          found = true;
          break;
        }
        if (dir === '') break;
        const cut = dir.lastIndexOf('/node_modules/');
        dir = cut === -1 ? '' : dir.slice(0, cut);
      }
      const target = `node_modules/${name}`;
      if (!found && !missing.has(target)) {
        missing.set(target, { version, ...(entry.dev ? { dev: true } : {}), optional: true });
      }
    }
  }
  return [...missing];
}

/**
 * @param {string} file
 * @returns {number} how many entries were added
 */
export function fixLockfile(file) {
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const missing = missingOptionalEntries(lock);
  if (missing.length === 0) return 0;
  const entries = [...Object.entries(lock.packages), ...missing];
  entries.sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  lock.packages = Object.fromEntries(entries);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  return missing.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'package-lock.json';
  const added = fixLockfile(file);
  console.log(`lockfile-optional: ${added} optional entr${added === 1 ? 'y' : 'ies'} added to ${file}`);
}
