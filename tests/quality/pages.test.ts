import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../support/file-tree';
import { classifyPath, describeSamples, findPages, pagePathOf, samplePages } from './lib/pages';

describe('page discovery and types', () => {
  it('maps files to page paths', () => {
    expect(pagePathOf('index.html')).toBe('');
    expect(pagePathOf(path.join('r', 'a', 'index.html'))).toBe('r/a/');
    expect(pagePathOf('404.html')).toBe('404.html');
  });

  it('classifies every URL pattern of the site', () => {
    expect(classifyPath('')).toBe('home');
    expect(classifyPath('r/jinzhong/')).toBe('region');
    expect(classifyPath('r/jinzhong/keji/')).toBe('department');
    expect(classifyPath('r/jinzhong/keji/2024/')).toBe('report');
    expect(classifyPath('r/jinzhong/keji/2024-final/')).toBe('report');
    expect(classifyPath('r/jinzhong/keji/2024/budget-vs-actual/')).toBe('budget-vs-actual');
    expect(classifyPath('r/jinzhong/keji/2024-final/t/fa-income/')).toBe('table');
    expect(classifyPath('r/jinzhong/keji/2024/t/three-public/')).toBe('table');
    expect(classifyPath('r/jinzhong/keji/2024/p/zhaoshang/')).toBe('project');
    expect(classifyPath('compare/')).toBe('compare');
    expect(classifyPath('quality/')).toBe('quality');
    expect(classifyPath('glossary/')).toBe('glossary');
    expect(classifyPath('search/')).toBe('search');
    expect(classifyPath('data/')).toBe('data');
    expect(classifyPath('changes/')).toBe('changes');
    expect(classifyPath('embed/jinzhong/keji/2024/t/income/')).toBe('embed-table');
    expect(classifyPath('embed/jinzhong/keji/2024/c/balance/')).toBe('embed-chart');
    expect(classifyPath('404.html')).toBe('404');
    expect(classifyPath('r/')).toBe('browse');
    expect(classifyPath('new-kind/x/')).toBe('other:new-kind');
  });

  describe('on a small site', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'quality-pages-'));
      const files: Record<string, string> = {
        'index.html': 'home',
        '404.html': 'not found',
        'r/a/b/2024/index.html': 'short report',
        'r/a/c/2024/index.html': 'a much longer report page',
        'r/index.html': 'regions',
        'new-kind/index.html': 'a page of no known type',
        '_astro/x.css': 'body{}',
      };
      writeTree(dir, files);
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('samples the largest page of each type and lists missing types', async () => {
      const pages = await findPages(dir);
      expect(pages.map((p) => p.path)).toEqual(['', '404.html', 'new-kind/', 'r/', 'r/a/b/2024/', 'r/a/c/2024/']);
      const samples = samplePages(pages);
      const byType = new Map(samples.map((s) => [s.type, s]));
      expect(byType.get('report')?.page?.path).toBe('r/a/c/2024/');
      expect(byType.get('report')?.count).toBe(2);
      expect(byType.get('browse')?.page?.path).toBe('r/');
      expect(byType.get('other:new-kind')?.page?.path).toBe('new-kind/');
      expect(byType.get('table')?.page).toBeUndefined();
      const note = describeSamples(samples);
      expect(note).toContain('table        MISSING — no page like /r/<region>/<dept>/<year>/t/<key>/');
      expect(note).toContain('report       /r/a/c/2024/  (2 pages of this type)');
    });
  });
});
