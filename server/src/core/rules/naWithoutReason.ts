import { reasonEdit } from '../fixes/notApplicable';
import type { Fix } from '../types';
import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: {
    empty: "Not-applicable entry {0} needs a justification (the standard's 删减 must be explained).",
    unknown: 'Not-applicable entry {0} names no clause of {1}.',
    fix: 'Add a justification placeholder for {0}',
    placeholder: 'Reason: why this clause does not apply',
  },
  zh: {
    empty: '不适用条款 {0} 缺少删减理由。',
    unknown: '不适用条目 {0} 不是 {1} 的条款。',
    fix: '为 {0} 填写删减理由占位',
    placeholder: '理由：说明本条款为何不适用',
  },
});

export const naWithoutReason = defineRule({
  id: 'na-without-reason',
  defaultSeverity: 'error',
  description: { en: 'A not_applicable entry has no justification.', zh: '不适用（删减）条目缺少理由。' },
  docs: 'a `not_applicable` entry without justification (quick fix: placeholder to edit); an unknown id there is `unknown-clause` (one in the config file is still reported here)',
  scope: 'set',
  check(ctx, reporter) {
    const docs = new Map(ctx.documents.map((d) => [d.path, d]));
    for (const { entry, path } of ctx.declarations) {
      if (!ctx.catalog.get(entry.id)) {
        // An unknown id in a document's frontmatter is unknown-clause's (it offers the nearest ids); the config file has no document rule.
        if (path === ctx.config.file)
          reporter.report(naWithoutReason, { path, range: entry.keyRange, message: say(ctx, 'unknown', entry.raw, ctx.catalog.id), clause: entry.id });
        continue;
      }
      if (entry.reason) continue;
      const doc = docs.get(path);
      let fixes: Fix[] | undefined;
      // Written into the YAML where the entry's value goes (never after a flow mapping's brace or into a comment); no fix if that cannot parse.
      const edit = doc && reasonEdit(doc, doc.lines.offsetAt(entry.keyRange.start), say(ctx, 'placeholder'));
      if (edit) fixes = [{ title: say(ctx, 'fix', entry.raw), edits: [edit], isPreferred: true }];
      reporter.report(naWithoutReason, { path, range: entry.range, message: say(ctx, 'empty', entry.raw), clause: entry.id, fixes });
    }
  },
});
