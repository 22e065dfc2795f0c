// Markdown is parsed in pieces that start at headings (chunks.ts); what the
// pieces find must be what one parse of the whole document finds, whatever
// blocks a heading-like line sits in: HTML blocks of every kind, fences opened
// in list items or quotes, lazy lines, frontmatter.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseEvidenceDocument } from '../../server/src/core';
import { chunkStarts } from '../../server/src/core/parse/chunks';
import { collectFacts } from '../../server/src/core/parse/markdownFacts';

const FM = '---\nstandard: GB/T 27922-2011\n---\n';

/** What sections are made of, from the pieces and from one parse of the whole text. */
function viaPieces(text: string) {
  const d = parseEvidenceDocument('/ws/a.md', text);
  return { headings: d.headings.map((h) => [h.level, h.start, h.end, h.text]), sections: d.sections.map((s) => s.id) };
}
function viaWhole(text: string) {
  const f = collectFacts(text);
  return f.headings.map((h) => [h.level, h.start, h.end, text.slice(h.contentStart, h.contentEnd)]);
}

describe('pieces agree with one whole-document parse', () => {
  const cases: [string, string, string[]][] = [
    ['<pre>', '<pre>\n# 5.1.1.1 幻影\n\n## 5.1.1.2 幻影\n</pre>\n\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['<script>', '<script>\n# 5.1.1.1 幻影\n\n</script>\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['<textarea>', '<TEXTAREA rows=3>\n## 5.1.1.1 幻影\n</textarea>\n## 5.1.1.3 真实\n', ['5.1.1.3']],
    ['<style>', '<style>\n# 5.1.1.1 幻影\n</style>\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['a <div> block', '<div>\n# 5.1.1.1 幻影\n</div>\n\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['a custom-tag block (kind 7)', '<evidence-box>\n# 5.1.1.1 幻影\n\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['a processing instruction', '<?php\n# 5.1.1.1 幻影\n?>\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['a declaration', '<!DOCTYPE x\n# 5.1.1.1 幻影\n>\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['CDATA', '<![CDATA[\n# 5.1.1.1 幻影\n]]>\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['a fence opened on a list-item line', '- ```\n  # 5.1.1.1 幻影\n  ```\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['a fence in a quote', '> ~~~\n> # 5.1.1.1 幻影\n# 5.1.1.3 真实\n', ['5.1.1.3']],
    ['a fence in a list item, closed by the list ending', '1. 项目\n\n   ```\n# 5.1.1.3 真实\n```\n# 5.1.1.1 幻影\n', ['5.1.1.3']],
  ];
  for (const [label, md, ids] of cases) {
    for (const [eol, fix] of [
      ['LF', (s: string) => s],
      ['CRLF', (s: string) => s.replace(/\n/g, '\r\n')],
    ] as const) {
      it(`headings inside ${label} are no sections, and the real one after it is (${eol})`, () => {
        const text = fix(FM + md);
        const pieces = viaPieces(text);
        assert.deepEqual(pieces.sections, ids);
        assert.deepEqual(pieces.headings, viaWhole(text));
      });
    }
  }

  it('splits at every document-level heading and only there', () => {
    const text = FM + '# 5.1 甲\n\n- 项\n  # 5.1.1 列表里\n\n> # 5.1.2 引用里\n\n  # 5.1.3 缩进\n\n<div>\n# 5.1.4\n\n## 5.2 乙\n';
    assert.deepEqual(
      chunkStarts(text).map((o) => text.slice(o, text.indexOf('\n', o))),
      ['---', '# 5.1 甲', '  # 5.1.3 缩进', '## 5.2 乙'],
    );
  });

  // Lines that open, close or go on in blocks, and headings in and out of them.
  const LINES = [
    '# 5.1 标题',
    '## 5.1.1 小节',
    '### 5.1.1.1 条款𠀀',
    '  ## 5.2 缩进',
    '    # 代码',
    '#',
    '正文',
    '正文 <span>',
    '',
    '```',
    '~~~',
    '````',
    '- ```',
    '  ```',
    '> ```',
    '1. ```',
    '   ```',
    '- 项目',
    '* 项目',
    '1. 项目',
    '2) 项目',
    '-',
    '  - 子项',
    '    继续',
    '> 引用',
    '>',
    '> > 深',
    '  正文',
    '<pre>',
    '</pre>',
    '<script type="x">',
    '</script>',
    '<style>',
    '</style>',
    '<textarea>',
    '</textarea>',
    '<!-- 注释',
    '-->',
    '<!-- clause: 5.1.1.2 -->',
    '<?x',
    '?>',
    '<!X',
    '>',
    '<![CDATA[',
    ']]>',
    '<div>',
    '</div>',
    '<DIV class="a">',
    '<table>',
    '<p/>',
    '<x-box>',
    '</x-box>',
    '<a href="u">',
    '---',
    '***',
    '===',
    '- - -',
    '[r]: https://example.com',
    '\t# 制表',
    '-\t项',
    '>\t```',
  ];
  const documents = fc
    .tuple(fc.boolean(), fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'))
    .map(([front, lines, eol]) => ((front ? FM : '') + lines.join('\n') + '\n').replace(/\n/g, eol));

  it('for random documents, headings and sections through pieces equal those of one whole-document parse', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(documents, (text) => {
        assert.deepEqual(viaPieces(text).headings, viaWhole(text));
      }),
      { numRuns: Number(process.env.PIECES_RUNS ?? 1500), seed: Number(process.env.PIECES_SEED ?? 10) },
    );
  });
});
