// A document parsed again after an edit reuses what did not change (its pieces'
// facts, its frontmatter) and reads anew what did; reference definitions are
// shared by every piece but counted once.
import { strict as assert } from 'node:assert';
import { parseEvidenceDocument } from '../../server/src/core';
import { joinCrlf, joinLines, range } from './fixture';

const FM = ['---', 'standard: GB/T 27922-2011', 'owner: 张三', '---'];

describe('document versions and pieces', () => {
  it('versions: an edit below the frontmatter keeps the earlier frontmatter; an edit inside it reads it anew', () => {
    const first = parseEvidenceDocument('/ws/a.md', joinLines(...FM, '## 5.1 体系', '正文'));
    const body = parseEvidenceDocument('/ws/a.md', joinLines(...FM, '## 5.1 体系', '正文改了'), first);
    assert.equal(body.frontmatter, first.frontmatter);
    const owner = parseEvidenceDocument('/ws/a.md', joinLines('---', 'standard: GB/T 27922-2011', 'owner: 李四', '---', '## 5.1 体系', '正文'), first);
    assert.equal(owner.frontmatter?.owner, '李四');
    // Without the earlier text the frontmatter cannot be compared, so it is read anew.
    const noText = parseEvidenceDocument('/ws/a.md', joinLines('---', 'standard: GB/T 27922-2011', 'owner: 王五', '---', '## 5.1 体系'), {
      chunks: first.chunks,
      frontmatter: first.frontmatter,
    });
    assert.equal(noText.frontmatter?.owner, '王五');
  });

  it('versions: unchanged pieces keep their facts, the edited one is parsed again', () => {
    const text = (middle: string) => joinLines(...FM, '## 5.1 体系', '正文', '## 5.2 商品', middle, '## 5.3 服务');
    const first = parseEvidenceDocument('/ws/a.md', text('甲'));
    const second = parseEvidenceDocument('/ws/a.md', text('乙'), first);
    assert.deepEqual(
      second.chunks.map((c, i) => c.facts === first.chunks[i].facts),
      [true, true, false, true],
    );
    assert.equal(second.sections[1].facts.plainText, '乙');
  });

  it('pieces: a reference in an early piece resolves against a definition at the end, which is one link of the last section', () => {
    const doc = parseEvidenceDocument('/ws/a.md', joinCrlf('## 5.1 体系', '见[记录][r]。', '## 5.2 商品', '正文', '', '[r]: 附件/记录.pdf'));
    assert.deepEqual(
      doc.links.map((l) => [l.url, l.kind, l.range]),
      [['附件/记录.pdf', 'definition', range(5, 5, 5, 14)]],
    );
    assert.deepEqual(
      doc.sections.map((s) => [s.id, s.facts.referencedLinks, s.facts.links.length]),
      [
        ['5.1', 1, 0],
        ['5.2', 0, 1],
      ],
    );
  });
});

describe('positions of what is found inside text', () => {
  it('bare URLs and § references after escapes and entities are located in the source; in headings and link texts they are no links', () => {
    const doc = parseEvidenceDocument(
      '/ws/a.md',
      joinLines(
        '## 5.1 体系 https://h.example/x',
        '\\*见 https://a.example/c，&amp; www.b.example/d。[链接 https://c.example](x.pdf)',
        '&lt;§5.1.1 和 \\[§５.２',
      ),
    );
    assert.deepEqual(
      doc.links.map((l) => [l.url, l.local, l.range]),
      [
        ['https://a.example/c', false, range(1, 4, 1, 23)],
        ['www.b.example/d', false, range(1, 30, 1, 45)],
        ['x.pdf', true, range(1, 69, 1, 74)],
      ],
    );
    assert.deepEqual(
      doc.references.map((r) => [r.raw, r.id, r.range]),
      [
        ['5.1.1', '5.1.1', range(2, 5, 2, 10)],
        ['５.２', '5.2', range(2, 16, 2, 19)],
      ],
    );
  });
});

describe('piece starts', () => {
  it('pieces: a document that starts with a heading has no empty piece before it', () => {
    const doc = parseEvidenceDocument('/ws/a.md', joinLines('## 5.1 体系', '正文', '## 5.2 商品'));
    assert.deepEqual(
      doc.chunks.map((c) => c.start),
      [0, 13],
    );
  });
});
