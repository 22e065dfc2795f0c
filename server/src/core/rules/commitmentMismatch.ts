// 5.1.7.2: service commitments stated "accurately and consistently" in every
// document. A figure that differs from the one a commitment section states
// (same kind, same scope) is reported on both places; where no commitment
// states the kind, documents that disagree with each other are.
import type { Reporter } from '../analysis/reporter';
import type { SetContext } from '../analysis/setContext';
import { claimLabel, fileLabel } from '../claims/claimLabel';
import { useCommittedValue } from '../claims/useCommittedValue';
import { setClaims, type LocatedClaim } from '../claims/setClaims';
import type { RelatedLocation } from '../types';
import { MAX_RELATED } from './duplicateSection';
import { defineRule, ruleText } from './rule';

const DOCS =
  '5.1.7.2 (服务承诺 "表述准确一致"): a figure of the same kind and scope stated differently from the 5.1.7.2 section, reported on both places with related information; where no 5.1.7.2 section states the kind, documents that disagree. E.g. the commitment says `市区 24 小时内上门`, the manual `市区用户 48 小时内上门` → warning on both lines; `二十四小时` against `24 小时` or `一天` is no mismatch, nor is `市区 24 小时` against `郊县 48 小时`. Quick fix: "use the committed value" (replaces the number only, in the unit as written)';

const say = ruleText({
  en: {
    message: '{0} is {1} here, but the service commitment ({2}) states {3}.',
    committed: 'The service commitment ({0}) states {1} as {2}, but {3} other statement(s) say {4}.',
    documents: '{0} is {1} here, but {2} states {3}.',
    related: 'Stated as {0}',
    fix: 'Use the committed value {0}',
  },
  zh: {
    message: '此处{0}为 {1}，与服务承诺（{2}）中的 {3} 不一致。',
    committed: '服务承诺（{0}）中{1}为 {2}，另有 {3} 处表述为 {4}。',
    documents: '此处{0}为 {1}，而 {2} 中为 {3}。',
    related: '此处表述为 {0}',
    fix: '使用承诺值 {0}',
  },
});

export const commitmentMismatch = defineRule({
  id: 'commitment-mismatch',
  defaultSeverity: 'warning',
  description: {
    en: 'A service commitment (response time, warranty period, hotline hours, …) is stated with another figure than in the 5.1.7.2 commitment, or documents disagree.',
    zh: '服务承诺（响应时限、保修期、热线时间等）的表述与 5.1.7.2 服务承诺中的数值不一致，或各文件之间不一致。',
  },
  docs: DOCS,
  explain: {
    why: {
      en: 'Service commitments must be stated accurately and consistently (5.1.7.2). Two different figures for the same commitment (24 hours here, 48 hours there) are a finding, and a risk towards customers.',
      zh: '服务承诺应表述准确一致（5.1.7.2）。同一承诺出现两个不同的数字（此处 24 小时、彼处 48 小时）会被判为不符合，对顾客也有风险。',
    },
    fix: {
      en: 'Decide which figure is right and use it everywhere (the quick fix writes the committed value in place of the other).',
      zh: '确定正确的数字并在各处统一（快速修复会把不一致处改为承诺值）。',
    },
    example: '#### 5.1.7.2 服务承诺\n\n市区 24 小时内上门服务。\n\n<!-- 售后服务手册.md -->\n市区用户 48 小时内上门。',
    note: { en: 'The two places state different call-out times.', zh: '两处的上门时限不一致。' },
  },
  scope: 'set',
  check: check,
});

function check(ctx: SetContext, reporter: Reporter): void {
  const t = (key: Parameters<typeof say>[1], ...args: (string | number)[]) => say(ctx, key, ...args);
  const clause = ctx.catalog.data.claims?.commitmentClause;
  const related = (others: LocatedClaim[]): RelatedLocation[] =>
    others.slice(0, MAX_RELATED).map((o) => ({ path: o.doc.path, range: o.claim.range, message: t('related', o.claim.text) }));
  for (const group of setClaims(ctx).groups) {
    const label = claimLabel(group.kind, group.scopes, ctx.locale);
    for (const [s, others] of group.conflicts) {
      const texts = distinct(others.map((o) => o.claim.text)).join(' / ');
      let message: string;
      if (!group.committed) message = t('documents', label, s.claim.text, distinct(others.map((o) => fileLabel(ctx.root, o.doc.path))).join(', '), texts);
      else if (s.committed) message = t('committed', clause ?? '', label, s.claim.text, others.length, texts);
      else message = t('message', label, s.claim.text, clause ?? '', texts);
      const fix = group.committed && !s.committed ? useCommittedValue(s, others, (committed) => t('fix', committed)) : undefined;
      // No `clause`: related information points to the other statements, not to the clause's sections.
      reporter.report(commitmentMismatch, {
        path: s.doc.path,
        range: s.claim.range,
        message,
        related: related(others),
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  }
}

function distinct(xs: string[]): string[] {
  return [...new Set(xs)];
}
