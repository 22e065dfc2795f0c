// The clause text shared by hover and completion: 简称 for editorial titles, and what a countsFor line means.
import { strict as assert } from 'node:assert';
import { localizer } from '../../server/src/core';
import { clauseText } from '../../server/src/service/features/clauseMarkdown';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';

describe('clause text for hover and completion', () => {
  const [catalog] = builtinCatalogs();

  it('shows an editorial fourth-level title as 简称 beside the requirement text', () => {
    const text = clauseText(catalog.get('5.1.1.1')!, 'zh-CN', localizer('zh-CN'));
    assert.equal(
      text.split('\n\n').slice(0, 2).join('\n\n'),
      '**5.1.1.1** · 简称：售后服务部门及职能岗位（标准原文此条无标题）\n\n设立或指定专门从事售后服务工作的部门，并有合理的职能划分和岗位设置。',
    );
  });

  it('keeps a title the standard prints as the title', () => {
    const text = clauseText(catalog.get('5.1.1')!, 'en', localizer('en'));
    assert.equal(text.split('\n\n')[0], '**5.1.1 Organizational structure**');
  });

  it('marks inferred sub-items, an inferred requirement and seed-only wording in plain words, and nothing else', () => {
    const note = (id: string) => clauseText(catalog.get(id)!, 'zh-CN', localizer('zh-CN')).split('\n\n')[1];
    assert.equal(note('5.3.1'), '*本条细分要求由公开资料推断，非标准原文。*');
    assert.equal(note('5.2.2'), '*本条要求由公开资料推断，非标准原文。*');
    assert.equal(note('5.2.1.1'), '*本条文字仅见于本项目的种子资料，未在公开资料中核实。*');
    assert.equal(note('5.1.6.1').startsWith('*'), false, 'a single-source clause gets no note');
  });

  it('says that a section tagged 5.1.1.3 counts as evidence for 5.1.1.2, never missing and without points', () => {
    const text = clauseText(catalog.get('5.1.1.3')!, 'zh-CN', localizer('zh-CN'));
    assert.equal(text.split('\n\n')[2], '非独立要求：标为 5.1.1.3 的章节计为 5.1.1.2 的证据；本条不单独报缺失，也不单独计分。');
  });
});
