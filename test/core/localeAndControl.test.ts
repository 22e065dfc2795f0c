// Locale names, message placeholders and the inline-control summary the front ends use.
import { strict as assert } from 'node:assert';
import { localizer, normalizeLocale, parseEvidenceDocument } from '../../server/src/core';
import { joinLines } from './fixture';

describe('locale and inline control API', () => {
  it('locale: every Chinese tag means zh-CN; anything else, or nothing, means English', () => {
    assert.deepEqual(
      ['zh', 'zh-TW', 'zh_CN', 'ZH-hans', 'zhx', 'en-US', 'xzh-CN', '', undefined].map((l) => normalizeLocale(l)),
      ['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'en', 'en', 'en', 'en', 'en'],
    );
  });

  it('messages: placeholders are filled in order; a missing argument leaves nothing behind', () => {
    assert.equal(
      localizer('en')('hover.countsFor', '5.1.1.3', '5.1.1.2'),
      'Not a requirement of its own: a section tagged 5.1.1.3 counts as evidence for 5.1.1.2; it is never reported missing and carries no points.',
    );
    assert.equal(
      localizer('en')('hover.countsFor', '5.1.1.3'),
      'Not a requirement of its own: a section tagged 5.1.1.3 counts as evidence for ; it is never reported missing and carries no points.',
    );
    assert.equal(localizer('zh-CN')('cli.problems', 3, 1, 1, 1), '共 3 个问题（错误 1，警告 1，提示 1）');
  });

  it('inline control: a document without control comments says so; one with any does not', () => {
    assert.equal(parseEvidenceDocument('/ws/a.md', joinLines('# x', '<!-- 普通注释 -->')).control.isEmpty, true);
    assert.equal(parseEvidenceDocument('/ws/a.md', joinLines('# x', '<!-- evidence-enable -->')).control.isEmpty, false);
  });
});
