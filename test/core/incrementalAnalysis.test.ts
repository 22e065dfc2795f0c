// An analysis that reuses the previous one (analyzeFolder(input, previous), as the server does
// on every edit) must give exactly what a fresh analysis of the same documents gives, and keep
// the diagnostics of what the edit did not touch as the same objects.
import { strict as assert } from 'node:assert';
import {
  analyzeFolder,
  DEFAULT_CONFIG,
  parseEvidenceDocument,
  type EvidenceConfig,
  type FolderResult,
  type Locale,
  type ParsedDocument,
} from '../../server/src/core';
import { FM, folderInput, GOOD_BODY, ROOT } from '../helpers/analyze';

/** 14 documents that each have a section for 5.1.1.1 (more than the 10 related places shown) and one for 5.1.1.2. */
function documents(): Record<string, string> {
  const docs: Record<string, string> = {};
  for (let i = 0; i < 14; i++) {
    const name = `d${String(i).padStart(2, '0')}.md`;
    docs[name] =
      `${FM}# 文件 ${i}\n\n#### 5.1.1.1 售后服务机构\n\n${GOOD_BODY}\n#### 5.1.1.2 售后服务人员\n\n${i % 2 ? GOOD_BODY : '待补充\n'}\n整机保修 ${i % 4 === 0 ? 2 : 3} 年。详见 §5.1.1.1。\n`;
  }
  return docs;
}

/** Duplicate sections as errors: a config object of its own, as a settings change gives the server. */
const STRICT: EvidenceConfig = { ...DEFAULT_CONFIG, rules: { ...DEFAULT_CONFIG.rules, 'duplicate-section': 'error' } };

/** Everything a front end shows of a result (diagnostics with their related places, coverage), as plain data. */
function shown(result: FolderResult): unknown {
  return JSON.parse(
    JSON.stringify({ diagnostics: [...result.diagnostics, ...result.sets.flatMap((s) => s.diagnostics)], coverage: result.sets.map((s) => s.coverage) }),
  );
}

describe('incremental analysis (the previous result reused after an edit)', () => {
  const texts = documents();
  const parsed = () => Object.entries(texts).map(([name, text]) => parseEvidenceDocument(`${ROOT}/${name}`, text));

  /** Edits one document and checks the reusing analysis against a fresh one; returns both results. */
  function edit(
    before: ParsedDocument[],
    previous: FolderResult,
    name: string,
    change: (text: string) => string,
    locale: Locale = 'zh-CN',
    config = DEFAULT_CONFIG,
  ) {
    const path = `${ROOT}/${name}`;
    const at = before.findIndex((d) => d.path === path);
    const old = before[at];
    const after = [...before];
    const text = change(old.text);
    if (text === '') after.splice(at, 1);
    // The same text keeps the same document object (nothing of it changed).
    else if (text !== old.text) after[at] = parseEvidenceDocument(path, text, old);
    const reused = analyzeFolder(folderInput(after, { locale, config }), previous);
    const fresh = analyzeFolder(
      folderInput(
        after.map((d) => parseEvidenceDocument(d.path, d.text)),
        { locale, config },
      ),
    );
    assert.deepEqual(shown(reused), shown(fresh));
    return { after, reused };
  }

  it('gives what a fresh analysis gives after edits at the front, in the middle and at the end of a clause list, a removal and a locale change', () => {
    let docs = parsed();
    let result = analyzeFolder(folderInput(docs));
    const steps: [string, (t: string) => string, Locale?, EvidenceConfig?][] = [
      // The first document's heading moves down a line: every related list points at it.
      ['d00.md', (t) => t.replace('# 文件 0\n', '# 文件 0\n\n说明。\n')],
      // A section in the middle loses its number: 5.1.1.1 has one section fewer (the count in every message).
      ['d06.md', (t) => t.replace('#### 5.1.1.1 售后服务机构', '#### 售后服务机构')],
      // The last document states another warranty period.
      ['d13.md', (t) => t.replace('整机保修 3 年', '整机保修 5 年')],
      // The same text again: nothing changes.
      ['d07.md', (t) => t],
      // A document is deleted.
      ['d01.md', () => ''],
      // A section comes back at the front.
      ['d00.md', (t) => t.replace('# 文件 0\n', '# 文件 0\n\n#### 5.1.1.1 售后服务机构\n\n补充。\n')],
      // The same documents in English.
      ['d02.md', (t) => t, 'en'],
      // Duplicate sections become errors.
      ['d02.md', (t) => t, 'en', STRICT],
    ];
    for (const [name, change, locale, config] of steps) {
      const next = edit(docs, result, name, change, locale, config);
      docs = next.after;
      result = next.reused;
    }
    assert.ok(
      result.sets[0].diagnostics.some((d) => d.rule === 'duplicate-section' && d.severity === 'error' && d.message.includes('has sections in 13 places')),
    );
  });

  it('keeps the diagnostics of a section whose clause list changed only after its first places as the same objects', () => {
    const docs = parsed();
    const first = analyzeFolder(folderInput(docs));
    const { reused } = edit(docs, first, 'd13.md', (t) => t.replace('#### 5.1.1.2 售后服务人员', '#### 5.1.1.2 售后服务人员\n\n另见附件。'));
    const duplicates = (r: FolderResult, path: string) => r.sets[0].diagnostics.filter((d) => d.rule === 'duplicate-section' && d.path === `${ROOT}/${path}`);
    // d03's 5.1.1.1 diagnostic: same message (still 14 places), same first places: the very object.
    assert.equal(duplicates(reused, 'd03.md').length, 2);
    duplicates(reused, 'd03.md').forEach((d, i) => assert.equal(d, duplicates(first, 'd03.md')[i]));
    // d13 itself was parsed again: its 5.1.1.2 section is a new one, so is its diagnostic.
    const edited = duplicates(reused, 'd13.md').find((d) => d.clause === '5.1.1.2')!;
    assert.notEqual(
      edited,
      duplicates(first, 'd13.md').find((d) => d.clause === '5.1.1.2'),
    );
  });

  it('recomputes every message when a section is added at the front (the count and the first places change)', () => {
    const docs = parsed();
    const first = analyzeFolder(folderInput(docs));
    const { reused } = edit(docs, first, 'd00.md', (t) => `${t}\n#### 5.1.1.1 售后服务机构\n\n又一处。\n`);
    const d05 = reused.sets[0].diagnostics.find((d) => d.rule === 'duplicate-section' && d.path === `${ROOT}/d05.md` && d.clause === '5.1.1.1')!;
    assert.match(d05.message, /15 处/);
    assert.deepEqual(
      d05.related!.map((r) => `${r.path.slice(ROOT.length + 1)}:${r.range.start.line}`),
      ['d00.md:5', 'd00.md:17', 'd01.md:5', 'd02.md:5', 'd03.md:5', 'd04.md:5', 'd06.md:5', 'd07.md:5', 'd08.md:5', 'd09.md:5'],
    );
  });

  it('points a kept diagnostic to a section added at the end of a short clause list', () => {
    const weak = `${FM}# 文件\n\n#### 5.1.2.1 售后服务管理人员\n\n本公司设有专职的售后服务管理人员。\n`;
    const docs = [
      parseEvidenceDocument(`${ROOT}/a.md`, weak),
      parseEvidenceDocument(`${ROOT}/b.md`, weak),
      parseEvidenceDocument(`${ROOT}/c.md`, `${FM}# 其他\n`),
    ];
    const first = analyzeFolder(folderInput(docs));
    const { reused } = edit(docs, first, 'c.md', () => weak);
    const related = (r: FolderResult) =>
      r.sets[0].diagnostics.find((d) => d.rule === 'weak-no-evidence' && d.path === `${ROOT}/a.md`)!.related!.map((x) => x.path.slice(ROOT.length + 1));
    assert.deepEqual(related(first), ['b.md']);
    assert.deepEqual(related(reused), ['b.md', 'c.md']);
  });
});
