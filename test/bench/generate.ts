// Deterministic synthetic evidence sets in Chinese for the benchmark: clause
// sections with sub-items, links to attachments that exist and some that do
// not, lists, tables and frontmatter, about 10 KB a document.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';

const PHRASES = [
  '本公司设立客户服务中心，负责售后服务的统一管理',
  '每季度开展一次服务质量抽查，并形成书面记录',
  '服务网点覆盖全部销售区域，网点信息每月更新',
  '技术人员均持有相应的职业资格证书，证书在有效期内',
  '投诉处理实行首问负责制，处理结果在三个工作日内回访',
  '年度培训计划经总经理批准后实施，签到表和考核成绩存档',
  '售后服务手册为受控文件，版本号和发布日期可追溯',
  '顾客满意度调查每半年进行一次，调查报告含分析和改进措施',
];

/** mulberry32: a tiny seeded PRNG, so every run generates the same files. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedSet {
  root: string;
  files: string[];
  bytes: number;
}

function documentText(i: number, random: () => number, targetBytes: number): string {
  const leaves = builtinCatalogs()[0].leaves();
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const parts = [`---\nstandard: GB/T 27922-2011\nowner: 张三\nupdated: 2026-0${1 + (i % 9)}-15\n---\n\n# 证据文件 ${i}\n`];
  let size = Buffer.byteLength(parts[0]);
  let k = 0;
  while (size < targetBytes) {
    const leaf = leaves[(i * 7 + k++) % leaves.length];
    const lines = [`\n## ${leaf.id} ${leaf.title.zh}\n`];
    for (let p = 0; p < 3; p++) lines.push(`${pick(PHRASES)}，${pick(PHRASES)}。详见 §${pick(leaves).id}。\n`);
    for (const item of leaf.items ?? []) lines.push(`${item.key}) ${item.text.zh}\n`);
    lines.push(`\n- [记录 ${k}](../附件/${i % 50}.pdf)\n- [缺失的记录](附件/missing-${i}-${k}.pdf)\n- 任务：检查记录完整性\n`);
    lines.push(`\n| 记录 | 日期 | 负责人 |\n| --- | --- | --- |\n| ${pick(PHRASES)} | 2026-03-0${1 + (k % 9)} | 李四 |\n`);
    const text = lines.join('');
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('');
}

/** Writes a set of `count` documents (≈ bytesEach) under `root`, plus the attachments that exist. */
export function generateSet(root: string, count: number, bytesEach = 10_000, seed = 42): GeneratedSet {
  const random = rng(seed);
  const files: string[] = [];
  let bytes = 0;
  mkdirSync(join(root, '附件'), { recursive: true });
  for (let a = 0; a < 50; a++) writeFileSync(join(root, '附件', `${a}.pdf`), 'pdf');
  for (let i = 0; i < count; i++) {
    const file = join(root, `d${i % 10}`, `evidence-${String(i).padStart(4, '0')}.md`);
    mkdirSync(dirname(file), { recursive: true });
    const text = documentText(i, random, bytesEach);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { root, files, bytes };
}
