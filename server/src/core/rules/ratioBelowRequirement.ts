// 5.1.2.2: 售后服务管理师 at 10 % of the service-management headcount. When the
// set states both headcounts, too few is reported on the clause's section with
// the figures. An absent headcount says nothing.
import type { Reporter } from '../analysis/reporter';
import type { SetContext, SetSection } from '../analysis/setContext';
import type { ClaimRatio } from '../catalog/catalog';
import { localized } from '../claims/claimLabel';
import { setClaims, type LocatedClaim } from '../claims/setClaims';
import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: { message: '{0}: {1}, fewer than {2} % of {3} ({4}); at least {5} required.', related: '{0}: {1}' },
  zh: { message: '{0} {1} 名，少于{3}（{4} 名）的 {2}%，至少需要 {5} 名。', related: '{0}：{1}' },
});

export const ratioBelowRequirement = defineRule({
  id: 'ratio-below-requirement',
  defaultSeverity: 'warning',
  description: {
    en: 'Fewer 售后服务管理师 than 10 % of the service-management headcount (5.1.2.2), by the figures the evidence states.',
    zh: '按证据所述人数，售后服务管理师少于服务管理人员总数的 10%（5.1.2.2）。',
  },
  docs: '5.1.2.2: the set states both headcounts and 售后服务管理师 are fewer than 10 % of 服务管理人员, rounded up and at least 1; reported on the 5.1.2.2 section with the figures. E.g. `服务管理人员 30 名` with `售后服务管理师 2 名` → at least 3 required; 3 is enough. An absent headcount is no diagnostic',
  explain: {
    why: {
      en: "5.1.2.2 asks for 售后服务管理师 in proportion to the service-management staff; when the set's own figures fall short, an auditor will count them too.",
      zh: '5.1.2.2 要求按服务管理人员的比例配置售后服务管理师；证据集自身的数字达不到要求时，审核员同样会算出来。',
    },
    fix: {
      en: 'Check the headcounts. If they are right, plan the certification of more 售后服务管理师; if they are out of date, correct them.',
      zh: '核对人数。如果人数正确，请安排更多人员取得售后服务管理师资格；如果人数已过时，请改正。',
    },
    example: '#### 5.1.2.2 售后服务管理师配置\n\n服务管理人员 30 名，其中售后服务管理师 2 名。',
    note: { en: 'At least 3 required.', zh: '至少需要 3 名。' },
  },
  scope: 'set',
  check,
});

function check(ctx: SetContext, reporter: Reporter): void {
  const data = ctx.catalog.data.claims;
  if (!data?.ratios) return;
  const { all } = setClaims(ctx);
  for (const ratio of data.ratios) {
    const sections = ctx.evidence.get(ratio.clause) ?? [];
    const part = headcount(all, ratio.part, sections);
    const whole = headcount(all, ratio.whole, sections);
    if (!part || !whole) continue;
    const required = requiredCount(ratio, whole.claim.value.numbers[0]);
    const stated = part.claim.value.numbers[0];
    if (stated >= required) continue;
    const kinds = new Map(data.kinds.map((k) => [k.id, k]));
    const { locale } = ctx;
    const section = sections[0];
    reporter.report(ratioBelowRequirement, {
      path: section ? section.doc.path : part.doc.path,
      range: section ? section.candidate.heading.range : part.claim.range,
      clause: ratio.clause,
      message: say(
        ctx,
        'message',
        localized(kinds.get(ratio.part)!.name, locale),
        stated,
        ratio.minPercent,
        localized(kinds.get(ratio.whole)!.name, locale),
        whole.claim.value.numbers[0],
        required,
      ),
      related: [part, whole].map((s) => ({
        path: s.doc.path,
        range: s.claim.range,
        message: say(ctx, 'related', localized(s.claim.kind.name, locale), s.claim.text),
      })),
    });
  }
}

/** minPercent of the whole, rounded up, and at least `atLeast`. */
export function requiredCount(ratio: ClaimRatio, whole: number): number {
  // The epsilon keeps 70 × 10 / 100 = 7.000000000000001 at 7.
  return Math.max(ratio.atLeast ?? 0, Math.ceil((whole * ratio.minPercent) / 100 - 1e-9));
}

/**
 * The headcount the clause's own sections state, else the set's: a plain figure over a bound
 * (3人 over 不少于2人, a requirement), and the largest (a total over its parts: 18人（8人、10人）).
 */
function headcount(all: LocatedClaim[], kind: string, sections: readonly SetSection[]): LocatedClaim | undefined {
  const stated = all.filter((s) => s.claim.kind.id === kind && s.claim.value.numbers.length === 1);
  const inSection = stated.filter((s) =>
    sections.some((x) => x.doc === s.doc && s.claim.range.start.line >= x.candidate.range.start.line && s.claim.range.start.line <= x.candidate.range.end.line),
  );
  const pool = inSection.length > 0 ? inSection : stated;
  const plain = pool.filter((s) => s.claim.value.bound === 'exact');
  return (plain.length > 0 ? plain : pool).reduce<LocatedClaim | undefined>(
    (best, s) => (!best || s.claim.value.numbers[0] > best.claim.value.numbers[0] ? s : best),
    undefined,
  );
}
