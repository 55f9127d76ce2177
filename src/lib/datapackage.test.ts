import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../tests/fixtures/final-accounts/build';
import { dataPackage } from './datapackage';

describe('data package', () => {
  it('names the budget and the final accounts of one year apart', () => {
    const pkg = dataPackage(buildFixture().reports) as { resources: { name: string; title: string; path: string }[] };
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(pkg.resources.find((r) => r.name === 'ceshiqu-shegong-2024-final')).toMatchObject({
      title: '测试区社会工作部2024年决算',
      path: 'ceshiqu/shegong/2024-final.json',
    });
  });
});
