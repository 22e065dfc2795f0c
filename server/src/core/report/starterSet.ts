// The starter evidence set "create starter evidence set" writes into an empty
// folder: an index document with the standard, one heading per clause group and
// a short guide, and the attachments folder the guide links into.
import type { Catalog } from '../catalog/catalog';
import type { Locale } from '../types';

export interface StarterSet {
  /** Files to create, by path relative to the folder ('/' separated). */
  files: { path: string; text: string }[];
  /** Folders to create (relative): where the records are put and linked from. */
  folders: string[];
  /** The index document, opened after creation. */
  index: string;
}

export const ATTACHMENTS_FOLDER = '附件';

const GUIDE = {
  zh: [
    '<!--',
    '如何填写：',
    '1. 每个条款写一节，标题以条款编号开头，末级条款用四级标题，例如：#### 5.1.1.1 售后服务部门及职能岗位',
    '2. 正文写明本公司的实际做法，并链接证据文件：先把文件放进“附件”文件夹，再写一行 - [文件名](附件/文件名.pdf)',
    '3. 不适用的条款写在文件头（本文件最上方两行 --- 之间）的 not_applicable: 下，并写明理由。',
    '左侧“条款覆盖”树列出缺失的条款；单击一个缺失条款即可插入它的章节。',
    '-->',
  ],
  en: [
    '<!--',
    'How to fill this in:',
    '1. One section per clause: a heading that starts with the clause id; leaf clauses use level-4 headings, e.g. #### 5.1.1.1 After-sales department and roles',
    '2. Say what the company actually does, and link the evidence: put the file into the "附件" folder, then write a line - [file name](附件/file.pdf)',
    '3. List clauses that do not apply under not_applicable: in the header (between the two --- lines at the top), each with a reason.',
    'The "Clause coverage" tree on the left lists the missing clauses; click one to insert its section.',
    '-->',
  ],
};

export function starterSet(catalog: Catalog, locale: Locale, today: string): StarterSet {
  const zh = locale !== 'en';
  const title = (t: { zh: string; en?: string }) => (zh ? t.zh : (t.en ?? t.zh));
  const roots = catalog.data.standard.roots;
  let groups = catalog.clauses.filter((c) => c.parent !== undefined && roots.includes(c.parent));
  if (groups.length === 0) groups = catalog.clauses.filter((c) => roots.includes(c.id));
  const lines = [
    '---',
    `standard: ${catalog.id}`,
    'index: true',
    `updated: ${today}`,
    '---',
    '',
    `# ${catalog.id} ${title(catalog.data.standard.title)}`,
    '',
    ...GUIDE[zh ? 'zh' : 'en'],
    '',
  ];
  for (const g of groups) lines.push(`## ${g.id} ${title(g.title)}`, '');
  const index = zh ? '00-证据索引.md' : '00-evidence-index.md';
  return { files: [{ path: index, text: lines.join('\n') }], folders: [ATTACHMENTS_FOLDER], index };
}
