import { isSampleLink, linkProblem } from './linkTargets';
import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: {
    message: 'Section {0} links to no evidence (no link or image to a file or URL).',
    broken: 'Section {0} links only to files that do not exist ({1}); a broken link is no evidence.',
  },
  zh: {
    message: '章节 {0} 没有链接任何证据（无指向文件或网址的链接或图片）。',
    broken: '章节 {0} 只链接了不存在的文件（{1}）；失效链接不算证据。',
  },
});

export const weakNoEvidence = defineRule({
  id: 'weak-no-evidence',
  defaultSeverity: 'warning',
  description: {
    en: 'A section links to no evidence file or URL, or only to files that do not exist.',
    zh: '章节没有链接任何证据文件或网址，或只链接了不存在的文件。',
  },
  docs: 'a leaf section links to no file or URL, or only to files that do not exist',
  scope: 'section',
  check(ctx, reporter, s): boolean {
    const { facts, heading, id } = s.candidate;
    if (facts.referencedLinks > 0) return false;
    // A link to a file that does not exist is no evidence; the stub's sample link is no link at all.
    const links = facts.links.filter((l) => !isSampleLink(l));
    const broken = links.filter((l) => linkProblem(ctx, s.doc.path, l) !== undefined);
    if (broken.length < links.length) return false;
    const message = broken.length > 0 ? say(ctx, 'broken', id, broken.map((l) => l.url).join('、')) : say(ctx, 'message', id);
    return reporter.report(weakNoEvidence, { path: s.doc.path, range: heading.range, message, clause: id });
  },
});
