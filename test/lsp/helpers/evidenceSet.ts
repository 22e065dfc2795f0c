// The small evidence set most LSP tests run on. Only 5.1 is in scope (5.2 and
// 5.3 are declared not applicable), so every missing-clause is about 5.1.
import { FRONTMATTER } from './fixture';

export const INDEX_MD = [
  '---',
  'standard: GB/T 27922-2011',
  'index: true',
  'not_applicable:',
  '  5.2: 测试证据集只覆盖售后服务体系',
  '  5.3: 测试证据集只覆盖售后服务体系',
  '---',
  '# 证据总览',
  '',
  '## 5.1.5 监督', // line 9
  '',
  '公司设立服务监督机制，见 §5.1.5.2 的说明与 §5.1.1.1 的组织架构。[监督制度](附件/制度.pdf)', // line 11
  '',
].join('\n');

export const A_MD =
  FRONTMATTER +
  [
    '# 组织', // line 3
    '',
    '## 5.1.1 组织架构', // line 5
    '',
    '### 5.1.1.1 售后服务部门及职能岗位', // line 7
    '',
    '设立售后服务部，负责全部售后服务工作，岗位职责明确。[组织架构图](附件/制度.pdf)',
    '',
    '## 其他', // line 11
    '',
    '### 5.1.5.2 监督奖惩与目标修正', // line 13
    '',
    '按月考核服务质量并修正目标，奖惩记录见附件。[考核记录](附件/制度.pdf)',
    '',
  ].join('\n');

export const B_MD =
  FRONTMATTER +
  ['### 5.1.7.1 服务理念', '', '以顾客为中心的服务理念，由总经理签发并向全员宣贯。[缺失的附件](附件/缺失.pdf) [理念宣贯记录](附件/制度.pdf)', ''].join('\n');

export const SET_FILES: Record<string, string> = {
  'evidence.config.yaml': 'minChars: 5\n',
  'index.md': INDEX_MD,
  'a.md': A_MD,
  'b.md': B_MD,
  '附件/制度.pdf': '%PDF-1.4 test',
  'node_modules/pkg/readme.md': FRONTMATTER + '### 5.1.9.9 不该被索引\n',
  'ignored/x.md': FRONTMATTER + '### 5.1.9.8 不该被索引\n',
  '.gitignore': 'ignored/\n',
};
