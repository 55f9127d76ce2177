import type { SectionFigure } from './access';
import { sumCheck, type CheckMeta, type Ref } from './compare';
import { quotedRef, sectionMeta } from './narrative-figures';
import { threePublicKey } from './narrative-rows';
import type { CheckResult } from './schema';

/** Sums the narrative states within itself: 基本支出 = 人员 + 公用, 三公 parts, procurement. */
export function internalSums(section: string, figures: SectionFigure[]): CheckResult[] {
  const out: CheckResult[] = [];
  const find = (claim: SectionFigure['claim']): SectionFigure | undefined => figures.find((f) => f.claim === claim);
  const meta = (subject: string, title: string, rule: string): CheckMeta => sectionMeta(section, subject, title, rule);
  if (section === '六') {
    const basic = find('basic');
    const personnel = find('personnel');
    const pub = find('public');
    if (basic && personnel && pub) {
      out.push(
        sumCheck(
          meta('split', '基本支出＝人员经费＋公用经费', '说明中的基本支出应等于其所说的人员经费与公用经费之和。'),
          quotedRef(basic),
          [quotedRef(personnel), quotedRef(pub)],
        ),
      );
    }
  }
  if (section === '七') {
    const total = find('three-public-total');
    const items = figures.filter((f) => f.claim === 'three-public-item');
    const byKey = new Map(items.map((f) => [threePublicKey(f.subject), f]));
    const parts = [
      'abroad',
      'reception',
      ...(byKey.has('purchase') || byKey.has('operation') ? ['purchase', 'operation'] : ['vehicles']),
    ]
      .map((k) => byKey.get(k))
      .filter((f): f is SectionFigure => f !== undefined);
    if (total && parts.length > 0) {
      out.push(
        sumCheck(
          meta('three-public-sum', '“三公”经费＝各项之和', '说明中的“三公”经费总数应等于其所列各项之和。'),
          quotedRef(total),
          parts.map(quotedRef),
        ),
      );
    }
    const change = find('three-public-change');
    const itemChanges = figures.filter((f) => f.claim === 'three-public-item-change');
    if (change && itemChanges.length > 0) {
      const signed = (f: SectionFigure): Ref => ({ ...quotedRef(f), value: f.sign === '-' ? `-${f.value}` : f.value });
      out.push(
        sumCheck(
          meta(
            'three-public-change',
            '“三公”经费增减额＝各项增减额之和',
            '说明中“三公”经费比上年的增减额，应等于各项增减额之和（减少记为负数；未写增减额的项目视为与上年相同）。',
          ),
          signed(change),
          itemChanges.map(signed),
        ),
      );
    }
  }
  if (section === '九') {
    const total = find('procurement-total');
    const parts = (['procurement-goods', 'procurement-works', 'procurement-services'] as const)
      .map(find)
      .filter((f): f is SectionFigure => f !== undefined);
    if (total && parts.length > 0) {
      out.push(
        sumCheck(
          meta(
            'procurement',
            '政府采购预算总额＝货物＋工程＋服务',
            '说明中的政府采购预算总额应等于货物、工程、服务三类之和。',
          ),
          quotedRef(total),
          parts.map(quotedRef),
        ),
      );
    }
  }
  return out;
}
