import { readFileSync } from 'node:fs';
import { toLines, type SourceLine } from '../lines';
import { splitParts, type DocumentParts } from '../sections';

/** The committed seed documents, by their number prefix. */
export const SEEDS = {
  '000': '000_e5ad8ceb5a34aa09.txt',
  '001': '001_4bc610c22ba99209.txt',
  '002': '002_3aab7c5310fa3d60.txt',
  '003': '003_43d6a0f702d07029.txt',
  '004': '004_20b680868d62449d.txt',
} as const;
export type SeedId = keyof typeof SEEDS;

export function seedText(id: SeedId): string {
  return readFileSync(new URL(`../../../content/sources/${SEEDS[id]}`, import.meta.url), 'utf8');
}

export function seedLines(id: SeedId): SourceLine[] {
  return toLines(seedText(id));
}

export function seedParts(id: Exclude<SeedId, '002'>): DocumentParts {
  return splitParts(seedLines(id));
}
