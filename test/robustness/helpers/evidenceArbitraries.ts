// fast-check generators for evidence documents and for the edits a user makes
// to them: Chinese text, emoji and characters outside the BMP, CRLF or LF,
// frontmatter, clause headings from the real catalog (full-width spellings too),
// references, links (good, missing, leaving the folder), inline control comments.
import fc from 'fast-check';
import { builtinCatalogs } from '../../../server/src/node/builtinCatalogs';

const catalog = builtinCatalogs()[0];
export const CLAUSE_IDS = catalog.clauses.map((c) => c.id);
const TITLES = new Map(catalog.clauses.map((c) => [c.id, c.title.zh]));

const FULL_WIDTH: Record<string, string> = {
  '0': '０',
  '1': '１',
  '2': '２',
  '3': '３',
  '4': '４',
  '5': '５',
  '6': '６',
  '7': '７',
  '8': '８',
  '9': '９',
  '.': '．',
};

/** The id as authors write it: canonical, full-width, 。, trailing dot, flat template number, unknown. */
const idSpelling = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CLAUSE_IDS) },
  { weight: 1, arbitrary: fc.constantFrom(...CLAUSE_IDS).map((id) => [...id].map((ch) => FULL_WIDTH[ch] ?? ch).join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...CLAUSE_IDS).map((id) => id.replace(/\./g, '。')) },
  { weight: 1, arbitrary: fc.constantFrom(...CLAUSE_IDS).map((id) => id + '.') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `5.${n}`) },
  { weight: 1, arbitrary: fc.constantFrom('5.9.9', '5.1.1.9', '1.1', '3.2', '5.4') },
);

const cjk = fc.constantFrom(
  '本公司设立客户服务中心',
  '负责售后服务工作',
  '岗位职责明确',
  '，',
  '。',
  '服务网点覆盖全省',
  '投诉处理时限为24小时',
  '顾客满意度调查每季度一次',
  '😀',
  '👩‍🔧',
  '𠀀',
  '𠮷野家',
  '🇨🇳',
  'ｗｉｄｅ',
  ' ',
  '\t',
  'TODO',
  '待补充',
  '××',
  'a) ',
  '（b）',
  'c）',
  '§5.1.4.1',
  '§５．１．２',
  '§5.9.9',
  '*强调*',
  '`代码`',
  '<br>',
);

const link = fc.constantFrom(
  '[证据](附件/证据.pdf)',
  '[缺失](附件/缺失.pdf)',
  '[越界](../../../etc/passwd)',
  '![图](附件/图.png)',
  '<https://example.invalid/证据>',
  '[网址](https://example.invalid/a b)',
  '[锚点](#5.1.1)',
  '[空]()',
);

const inline = fc.array(fc.oneof({ weight: 5, arbitrary: cjk }, { weight: 1, arbitrary: link }), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.boolean(), idSpelling, fc.boolean()).map(([level, sect, id, withTitle]) => {
  const canonical = id
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/\.$/, '');
  const title = withTitle ? ' ' + (TITLES.get(canonical) ?? '编制目的') : '';
  return `${'#'.repeat(level)} ${sect ? '§' : ''}${id}${title}`;
});

/** One block of a document, as lines (joined later with the document's line ending). */
const block: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 4, arbitrary: heading.map((h) => [h, '']) },
  { weight: 4, arbitrary: inline.map((t) => [t, '']) },
  {
    weight: 2,
    arbitrary: fc.array(inline, { minLength: 1, maxLength: 4 }).map((items) => [...items.map((t, i) => `${i % 2 ? '-' : `${'abc'[i % 3]})`} ${t}`), '']),
  },
  { weight: 1, arbitrary: fc.constantFrom(...CLAUSE_IDS).map((id) => [`<!-- clause: ${id} -->`, '#### 无编号标题', '']) },
  { weight: 1, arbitrary: fc.constantFrom(['<!-- evidence-disable-next-line -->'], ['<!-- evidence-disable weak-thin -->'], ['<!-- evidence-enable -->']) },
  { weight: 1, arbitrary: inline.map((t) => ['```', `## 5.1.1 代码里的 ${t}`, '```', '']) },
  { weight: 1, arbitrary: inline.map((t) => [`> ${t}`, `> > ## 5.1.2 引用`, '']) },
  { weight: 1, arbitrary: inline.map((t) => [t, '===', '']) },
  { weight: 1, arbitrary: fc.constant(['| 条款 | 证据 |', '| --- | --- |', '| 5.1.1 | [证据](附件/证据.pdf) |', '']) },
);

const frontmatter: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 1, arbitrary: fc.constant([]) },
  {
    weight: 4,
    arbitrary: fc
      .record({
        standard: fc.constantFrom('GB/T 27922-2011', 'GB/T27922-2011', 'ＧＢ／Ｔ　２７９２２－２０１１', 'GB/T 9999-2000', '[broken'),
        index: fc.boolean(),
        updated: fc.constantFrom(undefined, '2020-01-01', '2026-10-01', 'not a date'),
        na: fc.constantFrom(undefined, ['5.2: 仅线上销售'], ['5.3.1:'], ['5.9.9: 未知条款'], ['5.2.6: ""']),
      })
      .map((f) => [
        '---',
        `standard: ${f.standard}`,
        ...(f.index ? ['index: true'] : []),
        ...(f.updated ? [`updated: ${f.updated}`] : []),
        ...(f.na ? ['not_applicable:', ...f.na.map((l) => `  ${l}`)] : []),
        '---',
      ]),
  },
);

export interface GeneratedDoc {
  eol: '\n' | '\r\n';
  text: string;
}

export const evidenceDocument: fc.Arbitrary<GeneratedDoc> = fc
  .tuple(fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'), frontmatter, fc.array(block, { maxLength: 14 }), fc.boolean())
  .map(([eol, fm, blocks, finalEol]) => {
    const lines = [...fm, ...blocks.flat()];
    return { eol, text: lines.join(eol) + (finalEol ? eol : '') };
  });

/** Text a user types or pastes, in the document's line ending (`\n` is replaced when applied). */
export const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') }, // a pure deletion
  { weight: 4, arbitrary: cjk },
  { weight: 2, arbitrary: link },
  { weight: 2, arbitrary: heading.map((h) => `\n${h}\n`) },
  { weight: 2, arbitrary: block.map((b) => b.join('\n')) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '---\n', '#', '.', '．', '5', '§', '[', ']', '(', ')', '`', '```\n', '<!--', '-->', '\\', '*', ' ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 4 }).map((s) => s.replace(/\r/g, '')) },
);

export type Op = { kind: 'edit'; edits: { from: number; len: number; text: string }[] } | { kind: 'fix'; pick: number };

export const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.record({ from: fc.nat(), len: fc.oneof(fc.constant(0), fc.nat({ max: 8 }), fc.nat({ max: 200 })), text: insertion }), {
        minLength: 1,
        maxLength: 3,
      })
      .map((edits) => ({ kind: 'edit' as const, edits })),
  },
  { weight: 1, arbitrary: fc.nat().map((pick) => ({ kind: 'fix' as const, pick })) },
);
