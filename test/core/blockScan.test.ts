// The block scan (parse/blockScan.ts) must split a document at exactly the
// headings the real parser puts at the document level: splitting at fewer is
// still correct but parses more than an edit needs, which piecesProperty's
// comparison of pieces with a whole parse cannot see. The oracle here is the
// parser itself: the line starts of the ATX headings that are children of the
// mdast root.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { chunkStarts } from '../../server/src/core/parse/chunks';
import { scanBlocks } from '../../server/src/core/parse/blockScan';
import { parseMarkdown } from '../../server/src/core/parse/markdownParser';
import { LineIndex } from '../../server/src/core/text/lineIndex';

/** 0, then the line start of every ATX heading that is a child of the document. */
function documentLevelHeadings(text: string): number[] {
  const root: Root = parseMarkdown(text);
  const lines = new LineIndex(text);
  const starts = [0];
  for (const node of root.children) {
    if (node.type !== 'heading') continue;
    const offset = node.position!.start.offset!;
    const line = lines.lineStart(lines.positionAt(offset).line);
    // Setext headings start at their text; ATX ones at the #.
    if (text[offset] === '#' && line > 0) starts.push(line);
  }
  return starts;
}

/** Each line as F (starts afresh), H (afresh and a heading), h (a heading that is not afresh) or . */
function freshness(text: string): string {
  const { fresh, heading } = scanBlocks(text);
  return fresh.map((f, i) => (heading[i] ? (f ? 'H' : 'h') : f ? 'F' : '.')).join('');
}

describe('block scan: where a document may be split', () => {
  // Lines that open, go on in or close containers and leaf blocks, with tabs and
  // indentation around the widths that matter (1–5 columns), and headings at
  // every indentation a heading can have.
  const LINES = [
    '# 5.1 标题',
    '## 5.1.1 小节',
    ' # 一格',
    '  # 两格',
    '   # 三格',
    '    # 四格',
    '\t# 制表',
    ' \t# 空格制表',
    '#',
    '正文',
    '  正文',
    '     五格正文',
    '',
    '   ',
    '```',
    '``` 说明',
    '````',
    '~~~',
    '~~~~',
    '   ```',
    '    ```',
    '- 项目',
    '-  两格',
    '-     五格',
    '-\t项',
    '-\t\t项',
    '- \t项',
    '-',
    '- ',
    '+ 项目',
    '* 项目',
    '1. 项目',
    '1) 项目',
    '2. 项目',
    '10. 项目',
    '1.',
    '1.\t项',
    '  - 子项',
    '   继续',
    '    继续',
    '> 引用',
    '>',
    '>\t```',
    '>\t\t代码',
    '> > 深',
    '   > 三格引用',
    '    > 四格',
    '> - 引用里的项',
    '- > 项里的引用',
    '===',
    '---',
    '  ---',
    '***',
    '- - -',
    '<!-- 注释',
    '<!-- 注释 -->',
    '-->',
    '<pre>',
    '</pre>',
    '<div>',
    '<div>正文</div>',
    '<x-box>',
    '<a href="u">',
    '<?x',
    '?>',
  ];
  // micromark reads an empty list item right after indented code as paragraph
  // text, where CommonMark starts a list; the scan follows CommonMark there and
  // splits less than it could (never wrongly), so only the subset is asserted.
  const EMPTY_ITEM_AFTER_INDENTED = /(?:^|\n)(?: {4}| {0,3}\t)[^\r\n]*\r?\n(?:- ?|1\.)\r?\n/;
  const documents = fc
    .tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 24 }), fc.constantFrom('\n', '\r\n'))
    .map(([lines, eol]) => lines.join(eol) + eol)
    // A text opening with a `---` that is no frontmatter is never split (wholeOnly, below).
    .filter((text) => !text.startsWith('---'));

  it('for random documents, splits at exactly the headings the parser puts at the document level', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(documents, (text) => {
        const starts = chunkStarts(text);
        const headings = documentLevelHeadings(text);
        assert.deepEqual(
          starts.filter((s) => !headings.includes(s)),
          [],
          'a split where the parser has no document-level heading',
        );
        if (!EMPTY_ITEM_AFTER_INDENTED.test(text)) assert.deepEqual(starts, headings);
      }),
      { numRuns: Number(process.env.BLOCK_SCAN_RUNS ?? 3000), seed: 27922 },
    );
  });

  it('after frontmatter, splits at the document-level headings; nothing inside the frontmatter starts afresh', () => {
    const text = '---\n# 不是标题\nstandard: GB/T 27922-2011\n---\n# 5.1 甲\n正文\n## 5.2 乙\n';
    assert.equal(freshness(text), '....HFH');
    assert.deepEqual(chunkStarts(text), documentLevelHeadings(text));
    assert.deepEqual(chunkStarts(text), [0, 41, 52]);
  });

  it('a `---` opening no frontmatter makes the whole document one piece', () => {
    for (const text of ['---\n# 5.1 甲\n', '--- \t\r\n# 5.1 甲\n', '---']) {
      assert.equal(scanBlocks(text).wholeOnly, true, JSON.stringify(text));
      if (text.length > 3) assert.deepEqual(chunkStarts(text), [0]);
    }
    for (const text of ['----\n# 5.1 甲\n', '---x\n# 5.1 甲\n', '正文\n---\n# 5.1 甲\n', '---\nstandard: x\n---\n# 5.1 甲\n']) {
      assert.equal(scanBlocks(text).wholeOnly, false, JSON.stringify(text));
    }
    // Lists and quotes after the failed frontmatter are read as text by the parser: no container is opened.
    assert.equal(freshness('---\n- 项\n  # 5.1 甲\n'), 'FFH');
  });

  it('line starts: every kind of line break, no empty last line after a final break, none for empty text', () => {
    assert.deepEqual(scanBlocks('a\r\nb\rc\nd').lineStarts, [0, 3, 5, 7]);
    assert.deepEqual(scanBlocks('a\n').lineStarts, [0]);
    assert.deepEqual(scanBlocks('').lineStarts, []);
    assert.deepEqual(scanBlocks('').fresh, []);
  });

  it('fenced code and HTML blocks (kinds 1–5) left open at the end are reported with their start', () => {
    const openAt = (text: string) => scanBlocks(text).openAtEnd;
    assert.equal(openAt('```\n代码\n'), 0);
    assert.equal(openAt('正文\n\n~~~\n'), 4);
    assert.equal(openAt('````\n```\n'), 0, 'a shorter fence does not close');
    assert.equal(openAt('```\n~~~\n'), 0, 'another marker does not close');
    assert.equal(openAt('```\n    ```\n'), 0, 'a fence indented by 4 is code');
    assert.equal(openAt('```\n``` 说明\n'), 0, 'a closing fence takes no info string');
    assert.equal(openAt('<!-- 注释\n正文\n'), 0);
    assert.equal(openAt('<pre>\n'), 0);
    assert.equal(openAt('```\n代码\n   ```\n'), undefined);
    assert.equal(openAt('~~~\n~~~~~\n'), undefined, 'a longer fence closes');
    assert.equal(openAt('<!-- 注释 -->\n'), undefined, 'ended on its own line');
    assert.equal(openAt('<!-- 注释\n-->\n'), undefined);
    assert.equal(openAt('<div>\n'), undefined, 'kind 6 ends at a blank line or the end');
    assert.equal(openAt('- ```\n'), undefined, 'in a list item it ends with the item');
    assert.equal(openAt('> ```\n'), undefined);
  });

  it('freshness: paragraphs, lazy lines, setext underlines and indented code', () => {
    assert.equal(freshness('正文\n    # 代码\n# 5.1 甲\n'), 'F.H', 'indented text goes on in the paragraph');
    assert.equal(freshness('    代码\n# 5.1 甲\n'), 'FH');
    assert.equal(freshness('正文\n===\n正文\n'), 'F.F', 'a setext underline ends the paragraph');
    assert.equal(freshness('正文\n    ===\n正文\n'), 'F..', 'an underline indented by 4 is paragraph text');
    assert.equal(freshness('> 引用\n懒惰的行\n# 5.1 甲\n'), 'F.H');
    assert.equal(freshness('- 项\n懒惰的行\n\n正文\n'), 'F..F');
    assert.equal(freshness('- 项\n\n  接着\n正文\n'), 'F...', 'the paragraph in the item takes the lazy line');
    assert.equal(freshness('正文\n* \n正文\n'), 'F..', 'an empty item does not interrupt a paragraph');
    assert.equal(freshness('正文\n2. 项\n'), 'F.', 'only an ordered item starting at 1 interrupts a paragraph');
    assert.equal(freshness('正文\n1. 项\n'), 'FF');
    assert.equal(freshness('正文\n<x-box>\n'), 'F.', 'an HTML block of kind 7 does not interrupt a paragraph');
    assert.equal(freshness('正文\n<div>\n\n正文\n'), 'FF.F');
  });

  it('freshness: list items take lines indented to their content, with tabs counted to the next multiple of 4', () => {
    assert.equal(freshness('-\t项\n    # 甲\n   # 乙\n'), 'F.H', 'a tab after the marker is 3 columns: content at 4');
    assert.equal(freshness('-\t\t代码\n  # 甲\n'), 'F.', 'five or more columns after the marker: content at 2, the rest is code');
    assert.equal(freshness('-     代码\n  # 甲\n # 乙\n'), 'F.H');
    assert.equal(freshness('10. 项\n    # 甲\n   # 乙\n'), 'F.H');
    // An empty item's line has no content of its own: no place to split or insert before.
    assert.equal(freshness('-\n  # 甲\n'), '..', 'an item starting blank takes the next line');
    assert.equal(freshness('-\n\n  # 甲\n'), '..H', 'a blank line ends an item that started blank');
    assert.equal(freshness('>\t\t代码\n# 甲\n'), 'FH', 'a tab after > is used up one column at a time');
    assert.equal(freshness('> - 项\n>   正文\n# 甲\n'), 'F.H');
    assert.equal(freshness('   > 引用\n    > 四格\n'), 'F.', 'four columns before > is lazy paragraph text');
  });
});
