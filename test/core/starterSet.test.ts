// The starter evidence set: an index document a new quality manager can fill in, and the attachments folder.
import assert from 'node:assert/strict';
import { parseEvidenceDocument, starterSet } from '../../server/src/core';
import { freshRegistry } from './fixture';

describe('starter evidence set', () => {
  const catalog = freshRegistry().resolve('GB/T 27922-2011')!;

  it('writes an index document with the standard, a guide in Chinese and one heading per clause group', () => {
    const set = starterSet(catalog, 'zh-CN', '2026-11-27');
    assert.deepEqual(set.folders, ['附件']);
    assert.equal(set.index, '00-证据索引.md');
    const lines = set.files[0].text.split('\n');
    assert.deepEqual(lines.slice(0, 7), [
      '---',
      'standard: GB/T 27922-2011',
      'index: true',
      'updated: 2026-11-27',
      '---',
      '',
      '# GB/T 27922-2011 商品售后服务评价体系',
    ]);
    assert.deepEqual(
      lines.filter((l) => l.startsWith('## ')),
      ['## 5.1 售后服务体系', '## 5.2 商品服务', '## 5.3 顾客服务'],
    );
    // The guide shows the level the tool writes for leaves, the link line and the one word for the header.
    assert.ok(lines.includes('1. 每个条款写一节，标题以条款编号开头，末级条款用四级标题，例如：#### 5.1.1.1 售后服务部门及职能岗位'));
    assert.ok(lines.includes('2. 正文写明本公司的实际做法，并链接证据文件：先把文件放进“附件”文件夹，再写一行 - [文件名](附件/文件名.pdf)'));
    assert.equal(/frontmatter/i.test(set.files[0].text), false);
  });

  it('is an index document of the standard as the parser reads it, with English text for an English UI', () => {
    const set = starterSet(catalog, 'en', '2026-11-27');
    assert.equal(set.index, '00-evidence-index.md');
    const doc = parseEvidenceDocument('/ws/00-evidence-index.md', set.files[0].text);
    assert.equal(doc.frontmatter?.standard?.value, 'GB/T 27922-2011');
    assert.equal(doc.frontmatter?.index, true);
    assert.deepEqual(
      doc.sections.map((s) => s.id),
      ['5.1', '5.2', '5.3'],
    );
  });
});
