import { clauseTitle } from '../analysis/setContext';
import { insertSectionsEdits } from '../fixes/insertSection';
import type { Fix, Range } from '../types';
import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: {
    message: 'Clause {0} {1} has no evidence section in this set.',
    atStandard:
      'Clause {0} {1} has no evidence section in this set. It is reported on the standard: line of the index document because the set has no section for any clause above it to report it on.',
    empty:
      'The section for {0} {1} is still empty: write the evidence here (what is done, with links to the records). Until then the clause counts as missing.',
    fix: 'Insert section for {0} {1}',
    fixAll: 'Insert all {0} missing sections',
  },
  zh: {
    message: '条款 {0} {1} 在本证据集中没有证据章节。',
    atStandard: '条款 {0} {1} 在本证据集中没有证据章节。本证据集也没有其任何上级条款的章节，因此此问题标在索引文档文件头的 standard 行上。',
    empty: '{0} {1} 的章节仍是空的：请在此写明做法并链接记录文件。在此之前该条款按缺失计。',
    fix: '插入 {0} {1} 章节',
    fixAll: '插入全部 {0} 个缺失章节',
  },
});

/**
 * Missing leaves (spec §5). A leaf whose sections are all still empty is reported on
 * each of them: the place to write is there already. A leaf with no section at all is
 * reported on the heading of the nearest ancestor that has a section, else on the
 * `standard:` line of the index document, with fixes that insert its section.
 */
export const missingClause = defineRule({
  id: 'missing-clause',
  defaultSeverity: 'warning',
  description: { en: 'A leaf clause of the evidence set has no evidence.', zh: '证据集中某个末级条款没有证据。' },
  docs: 'a leaf clause of the set has no evidence: no section (reported on the nearest ancestor\'s heading, else on the index document\'s `standard:` line; quick fixes insert it, or all missing sections at once), or only empty sections (reported on each: "still empty")',
  explain: {
    why: {
      en: 'Every applicable leaf requirement needs evidence. An auditor walks the clauses one by one; a clause with nothing written is a finding, and it earns no points in the score.',
      zh: '每一条适用的末级要求都需要证据。审核员会逐条核对；没有写任何内容的条款就是一项不符合，也不得分。',
    },
    fix: {
      en: 'Use the quick fix to insert the section (or insert all missing sections at once), then replace its checklist with what your organization does and link the record files. If the clause does not apply to you, declare it under `not_applicable` in the header with a reason.',
      zh: '用快速修复插入该章节（或一次插入全部缺失章节），再把其中的清单逐项替换为本单位的实际做法，并链接记录文件。如果该条款不适用，请在文件头的 `not_applicable` 中声明并写明理由。',
    },
    example: '## 5.1 售后服务体系\n\n### 5.1.6 改进\n\n#### 5.1.6.1 市场信息反馈机制\n\n……',
    note: { en: '5.1.6.2 服务研究 has no section: reported on the 5.1.6 heading.', zh: '5.1.6.2 服务研究没有章节：问题标在 5.1.6 标题上。' },
  },
  scope: 'coverage',
  check(ctx, reporter, coverage, verdicts) {
    const { catalog, locale } = ctx;
    const missing = coverage.clauses.filter((c) => c.isLeaf && c.status === 'missing' && c.countsFor === undefined).map((c) => catalog.get(c.id)!);
    if (missing.length === 0 || !reporter.severity(missingClause)) return;
    const sectionless = missing.filter((leaf) => !ctx.evidence.has(leaf.id));
    const fixAll: Fix | undefined =
      sectionless.length > 1 ? { title: say(ctx, 'fixAll', sectionless.length), edits: insertSectionsEdits(ctx, sectionless) } : undefined;
    for (const leaf of missing) {
      const title = clauseTitle(leaf, locale);
      const sections = ctx.evidence.get(leaf.id);
      if (sections) {
        for (const s of sections) {
          if (verdicts.get(s.candidate) !== 'empty') continue;
          reporter.report(missingClause, { path: s.doc.path, range: s.candidate.heading.range, message: say(ctx, 'empty', leaf.id, title), clause: leaf.id });
        }
        continue;
      }
      const ancestor = catalog.ancestors(leaf.id).find((a) => ctx.byClause.has(a.id));
      let path: string;
      let range: Range;
      let key: 'message' | 'atStandard' = 'message';
      if (ancestor) {
        const section = ctx.byClause.get(ancestor.id)![0];
        path = section.doc.path;
        range = section.candidate.heading.range;
      } else {
        const index = ctx.indexDocument;
        path = index.path;
        range = index.frontmatter?.standard?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        key = 'atStandard';
      }
      const fixes: Fix[] = [{ title: say(ctx, 'fix', leaf.id, title), edits: insertSectionsEdits(ctx, [leaf]), isPreferred: true }];
      if (fixAll) fixes.push(fixAll);
      reporter.report(missingClause, { path, range, message: say(ctx, key, leaf.id, title), clause: leaf.id, fixes });
    }
  },
});
