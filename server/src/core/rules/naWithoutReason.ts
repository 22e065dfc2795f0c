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
  explain: {
    why: {
      en: "Excluding a clause (删减) must be justified; an auditor accepts an exclusion only with a reason that fits the organization's business.",
      zh: '删减条款必须说明理由；只有理由符合本单位的业务实际，审核员才会接受删减。',
    },
    fix: {
      en: 'Write the reason after the clause id in `not_applicable` (the quick fix puts a placeholder there to edit).',
      zh: '在 `not_applicable` 中条款号后写明理由（快速修复会放一个占位文字供修改）。',
    },
    example: '---\nstandard: GB/T 27922-2011\nnot_applicable:\n  5.2.6:\n---',
    note: { en: '5.2.6 has no reason.', zh: '5.2.6 没有写删减理由。' },
  },
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
