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
      '**5.1.1.1** · 简称：售后服务部门及职能岗位（标准原文此条无标题）  \n*目录可信度：已核实*\n\n设立或指定专门从事售后服务工作的部门，并有合理的职能划分和岗位设置。',
    );
  });

  it('keeps a title the standard prints as the title', () => {
    const text = clauseText(catalog.get('5.1.1')!, 'en', localizer('en'));
    assert.ok(text.startsWith('**5.1.1 Organizational structure**  \n*Catalog confidence: verified*'), text);
  });

  it('says that a section tagged 5.1.1.3 counts as evidence for 5.1.1.2, never missing and without points', () => {
    const text = clauseText(catalog.get('5.1.1.3')!, 'zh-CN', localizer('zh-CN'));
    assert.equal(text.split('\n\n')[2], '非独立要求：标为 5.1.1.3 的章节计为 5.1.1.2 的证据；本条不单独报缺失，也不单独计分。');
  });
});
