import { clauseTitle, type SetSection } from '../analysis/setContext';
import type { EvidenceConfig } from '../config/config';
import { rangeKey } from '../text/positions';
import type { EvidenceDiagnostic, Locale, RelatedLocation } from '../types';
import { defineRule, ruleText } from './rule';

/** Related locations per diagnostic; a clause repeated in hundreds of files must not cost n² entries. */
export const MAX_RELATED = 10;

const say = ruleText({
  en: { message: '{0} {1} has sections in {2} places; consider merging them.', related: 'Another section for {0}' },
  zh: { message: '{0} {1} 在 {2} 处都有章节，建议合并。', related: '{0} 的另一处章节' },
});

/** What was reported for a section, and what it depended on besides the section (its document is the section's). */
const reported = new WeakMap<SetSection, { message: string; config: EvidenceConfig; headKey: string; diagnostic?: EvidenceDiagnostic }>();

/** What was reported for a clause's list of sections. */
const reportedForClause = new WeakMap<SetSection[], { config: EvidenceConfig; locale: Locale; diagnostics: EvidenceDiagnostic[] }>();

/** Leaf clauses with sections in more than one place. Group sections are containers and may repeat. */

export const duplicateSection = defineRule({
  id: 'duplicate-section',
  defaultSeverity: 'info',
  description: { en: 'A clause has sections in more than one place.', zh: '同一条款在多处都有章节。' },
  docs: 'a leaf clause has sections in more than one place',
  explain: {
    why: {
      en: 'Evidence for one clause spread over several places is hard to review: an auditor may read one place and miss the other, or find them contradicting each other.',
      zh: '同一条款的证据分散在多处，审核时容易只看到一处而漏掉另一处，或发现前后矛盾。',
    },
    fix: {
      en: 'Merge the sections into one, or make sure each place covers a different aspect and they agree. The related locations list the other sections.',
      zh: '把这些章节合并为一处，或确保每处写的是不同方面且内容一致。相关位置列出了其他章节。',
    },
    example: '<!-- a.md -->\n#### 5.1.4.1 售后服务手册\n\n<!-- b.md -->\n#### 5.1.4.1 售后服务手册',
    note: { en: 'Both files have a section for 5.1.4.1.', zh: '两份文件都有 5.1.4.1 的章节。' },
  },
  scope: 'set',
  check(ctx, reporter) {
    const { locale } = ctx;
    for (const [id, sections] of ctx.byClause) {
      if (sections.length < 2 || !ctx.catalog.isLeaf(id)) continue;
      // A clause whose list is the very list of the last analysis (buildSetContext keeps it) reports the same.
      const unchanged = reportedForClause.get(sections);
      if (unchanged && unchanged.config === ctx.config && unchanged.locale === locale) {
        reporter.keep(unchanged.diagnostics);
        continue;
      }
      const from = reporter.diagnostics.length;
      const message = say(ctx, 'message', id, clauseTitle(sections[0].clause!, locale), sections.length);
      const head = sections.slice(0, MAX_RELATED + 1);
      // What the related lists are made of: the first sections' places (new objects after an edit, the same places).
      const headKey = head.map((o) => `${o.doc.path}\n${rangeKey(o.candidate.heading.range)}`).join('\n');
      let pointers: { section: SetSection; location: RelatedLocation }[] | undefined;
      let firstFew: RelatedLocation[] | undefined;
      sections.forEach((s, i) => {
        // After an edit elsewhere in the clause, a section whose message and first sections
        // are unchanged keeps its diagnostic (the same object, so nothing downstream redoes it).
        const known = reported.get(s);
        if (known && known.message === message && known.config === ctx.config && known.headKey === headKey) {
          if (known.diagnostic) reporter.keep([known.diagnostic]);
          return;
        }
        pointers ??= head.map((o) => ({ section: o, location: { path: o.doc.path, range: o.candidate.heading.range, message: say(ctx, 'related', id) } }));
        // Every section past the first few points to the same first few: share that list.
        firstFew ??= pointers.slice(0, MAX_RELATED).map((p) => p.location);
        const related =
          i < MAX_RELATED + 1
            ? pointers
                .filter((p) => p.section !== s)
                .slice(0, MAX_RELATED)
                .map((p) => p.location)
            : firstFew;
        const kept = reporter.report(duplicateSection, { path: s.doc.path, range: s.candidate.heading.range, message, clause: id, related });
        reported.set(s, { message, config: ctx.config, headKey, diagnostic: kept ? reporter.diagnostics[reporter.diagnostics.length - 1] : undefined });
      });
      reportedForClause.set(sections, { config: ctx.config, locale, diagnostics: reporter.diagnostics.slice(from) });
    }
  },
});
