// The facts kept from one parse (markdownFacts.ts): heading content spans, text
// runs inside links, bare URLs placed in the source, and which targets are local files.
import { strict as assert } from 'node:assert';
import { collectFacts } from '../../server/src/core/parse/markdownFacts';

describe('markdown facts', () => {
  it('a heading content span leaves out the markers and the closing #s', () => {
    assert.deepEqual(collectFacts('# 甲乙 ##\n').headings, [{ level: 1, start: 0, end: 7, contentStart: 2, contentEnd: 4 }]);
    assert.deepEqual(collectFacts('### *甲* 乙\n').headings, [{ level: 3, start: 0, end: 9, contentStart: 4, contentEnd: 9 }]);
    assert.deepEqual(collectFacts('##\n').headings, [{ level: 2, start: 0, end: 2, contentStart: 2, contentEnd: 2 }]);
  });

  it('text of a reference link is a run in a link, and a URL in it is no second link', () => {
    const f = collectFacts('[见 http://a.com/x][r]\n\n[r]: 记录.pdf\n');
    assert.deepEqual(
      f.runs.map((r) => [r.value, r.inLink, r.inHeading]),
      [['见 http://a.com/x', true, false]],
    );
    assert.deepEqual(
      f.links.map((l) => [l.kind, l.url, l.local]),
      [['definition', '记录.pdf', true]],
    );
    assert.deepEqual(f.refs, [{ start: 0, identifier: 'r' }]);
  });

  it('an image reference is a reference with no runs of its own', () => {
    const f = collectFacts('![照片][p]\n\n[p]: 照片.jpg\n');
    assert.deepEqual([f.runs, f.refs], [[], [{ start: 0, identifier: 'p' }]]);
  });

  it('a bare URL is placed in the source even where entities and escapes make the text shorter', () => {
    const linkAt = (md: string) => collectFacts(md).links.map((l) => [l.url, l.start, l.end, md.slice(l.start, l.end)]);
    assert.deepEqual(linkAt('见 https://a.com/记录\n'), [['https://a.com/记录', 2, 18, 'https://a.com/记录']]);
    assert.deepEqual(linkAt('&amp; https://a.com\n'), [['https://a.com', 6, 19, 'https://a.com']]);
    // The text reads http://a.com/_b where the source has \_: the URL is not in the source; its place in the text is kept.
    assert.deepEqual(linkAt('x http://a.com/\\_b\n'), [['http://a.com/_b', 2, 17, 'http://a.com/\\_']]);
    assert.deepEqual(linkAt('# 标题 http://a.com\n'), []);
  });

  it('local targets: relative paths; not anchors, empty targets, schemes or protocol-relative URLs', () => {
    const local = (url: string) => collectFacts(`[x](<${url}>)\n`).links[0].local;
    assert.deepEqual(
      ['记录.pdf', 'docs/a:b.pdf', '../附件/x.xlsx', '', '#5.1', 'mailto:qa@example.com', 'HTTPS://a.com', '//cdn/x.pdf', 'file:///x.pdf'].map(local),
      [true, true, true, false, false, false, false, false, false],
    );
  });
});
