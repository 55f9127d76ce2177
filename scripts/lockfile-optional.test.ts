import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptionalEntries } from './lockfile-optional.mjs';

describe('package-lock.json', () => {
  it('has an entry for every optional dependency, so that npm ci accepts it', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Parameters<typeof missingOptionalEntries>[0];
    const missing = missingOptionalEntries(lock).map(([path]) => path);
    expect(missing, 'run: npm run lockfile:fix').toEqual([]);
  });
});

describe('missingOptionalEntries', () => {
  it('resolves nested before hoisted and reports each missing package once', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/a': { optionalDependencies: { x: '1.0.0', y: '2.0.0' }, dev: true },
        'node_modules/a/node_modules/x': {},
        'node_modules/b': { optionalDependencies: { y: '2.0.0', z: '3.0.0' } },
        'node_modules/z': {},
      },
    };
    expect(missingOptionalEntries(lock)).toEqual([['node_modules/y', { version: '2.0.0', dev: true, optional: true }]]);
  });
});
