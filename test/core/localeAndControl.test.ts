// Locale names, message placeholders and the inline-control summary the front ends use.
import { strict as assert } from 'node:assert';
import { localizer, normalizeLocale, parseEvidenceDocument } from '../../server/src/core';
import { joinLines } from './fixture';

describe('locale and inline control API', () => {
  it('locale: every Chinese tag means zh-CN; anything else, or nothing, means English', () => {
    assert.deepEqual(['zh', 'zh-TW', 'zh_CN', 'ZH-hans', 'zhx', 'en-US', 'xzh-CN', '', undefined].map((l) => normalizeLocale(l)), ['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'en', 'en', 'en', 'en', 'en']);
  });

  it('messages: placeholders are filled in order; a missing argument leaves nothing behind', () => {
    assert.equal(localizer('en')('missing-clause', '5.1.1.1', '部门'), 'Clause 5.1.1.1 部门 has no evidence section in this set.');
    assert.equal(localizer('en')('missing-clause', '5.1.1.1'), 'Clause 5.1.1.1  has no evidence section in this set.');
    assert.equal(localizer('zh-CN')('missing-clause.fixAll', 3), '插入全部 3 个缺失章节');
  });

  it('inline control: a document without control comments says so; one with any does not', () => {
    assert.equal(parseEvidenceDocument('/ws/a.md', joinLines('# x', '<!-- 普通注释 -->')).control.isEmpty, true);
    assert.equal(parseEvidenceDocument('/ws/a.md', joinLines('# x', '<!-- evidence-enable -->')).control.isEmpty, false);
  });
});
