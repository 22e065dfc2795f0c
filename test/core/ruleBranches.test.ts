// The central branch of each rule, on both sides of its condition, over small inline documents.
import { strict as assert } from 'node:assert';
import { analyze, applyEdits, type AnalyzeOptions } from '../helpers/analyze';
import { ATTACHMENT, FRONTMATTER, joinLines, LINK, range, TEXT } from './fixture';

const run = (text: string, options: AnalyzeOptions = {}, files: Record<string, string> = {}) =>
  analyze({ 'a.md': text, ...files }, { ...ATTACHMENT, ...options });
const brief = (a: ReturnType<typeof analyze>, rule: string) => a.of(rule).map((d) => [d.severity, d.range, d.message]);
const status = (a: ReturnType<typeof analyze>, id: string) => a.coverage[0].clauses.find((c) => c.id === id)!.status;

describe('rule branches', () => {
  describe('weak-thin', () => {
    const text = joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', '本公司设有客服部。', '', LINK);

    it('weak-thin: own text exactly minChars long is enough; one short of it is reported with both figures', () => {
      assert.deepEqual(brief(run(text, { config: { minChars: 8 } }), 'weak-thin'), []);
      const a = run(text, { config: { minChars: 9 } });
      assert.deepEqual(brief(a, 'weak-thin'), [['warning', range(3, 0, 3, 15), 'Section 5.1.1.1 has only 8 characters of evidence text (minimum 9).']]);
      assert.equal(status(a, '5.1.1.1'), 'weak');
    });
  });

  describe('weak-no-evidence', () => {
    const section = (...body: string[]) => joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', ...body);

    it('weak-no-evidence: text without any link is reported on the heading', () => {
      const a = run(section());
      assert.deepEqual(brief(a, 'weak-no-evidence'), [
        [
          'warning',
          range(3, 0, 3, 15),
          'Section 5.1.1.1 links to no evidence (no link or image to a file or URL). Put the record file into the 附件/ folder and link it on a line of its own: - [文件名](附件/文件名.pdf)',
        ],
      ]);
      assert.equal(status(a, '5.1.1.1'), 'weak');
    });

    it('weak-no-evidence: the message shows in zh how to link a file', () => {
      assert.deepEqual(brief(run(section(), { locale: 'zh-CN' }), 'weak-no-evidence'), [
        [
          'warning',
          range(3, 0, 3, 15),
          '章节 5.1.1.1 没有链接任何证据（无指向文件或网址的链接或图片）。请把记录文件放进 附件/ 文件夹，并单独一行链接：- [文件名](附件/文件名.pdf)',
        ],
      ]);
    });

    it('weak-no-evidence: a reference-style link, a bare URL or one working file link beside a broken one is evidence', () => {
      assert.deepEqual(brief(run(section('见[记录][r]。', '', '[r]: 附件/证据.pdf')), 'weak-no-evidence'), []);
      assert.deepEqual(brief(run(section('见 https://example.com/记录')), 'weak-no-evidence'), []);
      const mixed = run(section('- [缺](附件/缺.pdf)', LINK));
      assert.deepEqual(brief(mixed, 'weak-no-evidence'), []);
      assert.equal(status(mixed, '5.1.1.1'), 'covered');
    });

    it('weak-no-evidence: a reference-style link whose definition sits elsewhere in the document is evidence', () => {
      const a = run(joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', '见[记录][r]。', '', '## 附录', '', '[r]: 附件/证据.pdf'));
      assert.deepEqual(brief(a, 'weak-no-evidence'), []);
      assert.equal(status(a, '5.1.1.1'), 'covered');
    });

    it('weak-no-evidence: only broken links are listed by their targets', () => {
      const a = run(section('- [甲](附件/甲.pdf)', '- [乙](附件/乙.pdf)'));
      assert.deepEqual(brief(a, 'weak-no-evidence'), [
        ['warning', range(3, 0, 3, 15), 'Section 5.1.1.1 links only to files that do not exist (附件/甲.pdf、附件/乙.pdf); a broken link is no evidence.'],
      ]);
    });
  });

  describe('weak-subitem', () => {
    const section = (...body: string[]) => joinLines(...FRONTMATTER, '#### 5.1.3.2 内部保障', '', TEXT, '', LINK, '', ...body);

    it('weak-subitem: a printed sub-item neither marked nor named makes the section weak, with a fix adding its line', () => {
      const a = run(section('a) 每年开展技术培训。', '', '（b）开展专题培训。'));
      assert.deepEqual(
        a.of('weak-subitem').map((d) => [d.severity, d.range, d.message, d.fixes]),
        [
          [
            'warning',
            range(3, 0, 3, 17),
            'Section 5.1.3.2 does not address sub-item c) of the clause.',
            [
              {
                title: 'Add lines for sub-items c)',
                edits: [{ path: '/ws/a.md', range: range(11, 10, 11, 10), newText: '\n\nc) 有效的评优、奖励、晋升和员工关怀机制。' }],
              },
            ],
          ],
        ],
      );
      assert.equal(status(a, '5.1.3.2'), 'weak');
    });

    it('weak-subitem: several missing items are listed together, in the message and the fix title', () => {
      const a = run(section('a) 每年开展技术培训。'));
      assert.deepEqual(
        a.of('weak-subitem').map((d) => [d.message, d.fixes![0].title]),
        [['Section 5.1.3.2 does not address sub-item b) c) of the clause.', 'Add lines for sub-items b) c)']],
      );
    });

    it('weak-subitem: every unaddressed inferred aspect is named, without its inferred mark or final stop', () => {
      const a = run(joinLines(...FRONTMATTER, '### 5.3.2 投诉处理', '', TEXT, '', LINK));
      assert.deepEqual(
        a.of('weak-subitem').map((d) => d.message),
        [
          "Section 5.3.2 does not mention aspect(s) a) b) c) d) e) (受理投诉并详细记录，派单处理，处理后回访；投诉响应及解决时限；重大投诉或特殊情况按危机事件处理，并上报；投诉处理及应急预案，并进行演练；投诉率、投诉解决率目标及统计). These aspects are inferred from company material that follows the standard; they are not the standard's text.",
        ],
      );
    });

    it('weak-subitem: a keyword of the item addresses it as well as its marker', () => {
      const a = run(section('a) 每年开展技术培训。', '', 'b) 开展专题培训。', '', '设有评优制度。'));
      assert.deepEqual(a.of('weak-subitem'), []);
      assert.equal(status(a, '5.1.3.2'), 'covered');
    });

    it('weak-subitem: an unaddressed inferred aspect is capped at info, never raised above its configured severity', () => {
      const text = joinLines(...FRONTMATTER, '### 5.3.2 投诉处理', '', TEXT, '', LINK);
      const capped = run(text, { config: { rules: { 'weak-subitem': 'error' } } });
      assert.deepEqual(
        capped.of('weak-subitem').map((d) => [d.severity, d.range]),
        [['info', range(3, 0, 3, 14)]],
      );
      assert.equal(status(capped, '5.3.2'), 'covered');
      const lower = run(text, { config: { rules: { 'weak-subitem': 'hint' } } });
      assert.deepEqual(
        lower.of('weak-subitem').map((d) => d.severity),
        ['hint'],
      );
    });
  });

  describe('container sections', () => {
    const missingAt = (docs: Record<string, string>) =>
      analyze(docs, ATTACHMENT)
        .of('missing-clause')
        .filter((d) => d.clause === '5.2.4')
        .map((d) => [d.path, d.range.start.line]);

    it('container: an empty heading whose deeper section follows inside it is a container, not a second empty section', () => {
      assert.deepEqual(missingAt({ 'a.md': joinLines(...FRONTMATTER, '### 5.2.4 维修', '#### 5.2.4.1 维修响应', '') }), [['/ws/a.md', 4]]);
    });

    it("container: a deeper section in another document, of another clause, at the same level or after the heading's range does not make it one", () => {
      assert.deepEqual(missingAt({ 'a.md': joinLines(...FRONTMATTER, '### 5.2.4 维修'), 'b.md': joinLines(...FRONTMATTER, '#### 5.2.4.1 维修响应') }), [
        ['/ws/a.md', 3],
        ['/ws/b.md', 3],
      ]);
      assert.deepEqual(missingAt({ 'a.md': joinLines(...FRONTMATTER, '### 5.2.4 维修', '#### 5.2.5.1 保修') }), [['/ws/a.md', 3]]);
      assert.deepEqual(missingAt({ 'a.md': joinLines(...FRONTMATTER, '#### 5.2.4 维修', '#### 5.2.4.1 维修响应') }), [
        ['/ws/a.md', 3],
        ['/ws/a.md', 4],
      ]);
      assert.deepEqual(missingAt({ 'a.md': joinLines(...FRONTMATTER, '### 5.2.4 维修', '## 其他', '#### 5.2.4.1 维修响应') }), [
        ['/ws/a.md', 3],
        ['/ws/a.md', 5],
      ]);
    });

    it('container: a section before an empty one does not make it a container', () => {
      assert.deepEqual(missingAt({ 'a.md': joinLines(...FRONTMATTER, '#### 5.2.4.1 维修响应', '### 5.2.4 维修') }), [
        ['/ws/a.md', 3],
        ['/ws/a.md', 4],
      ]);
    });
  });

  describe('stale-evidence', () => {
    const dated = (date: string) => joinLines('---', 'standard: GB/T 27922-2011', `updated: ${date}`, '---', '#### 5.1.1.1 部门', '', TEXT, '', LINK);

    it('stale-evidence: a review exactly staleAfterDays ago is not stale; a day earlier is, on the date', () => {
      assert.deepEqual(brief(run(dated('2026-11-16'), { config: { staleAfterDays: 10 } }), 'stale-evidence'), []);
      assert.deepEqual(brief(run(dated('2026-11-15'), { config: { staleAfterDays: 10 } }), 'stale-evidence'), [
        ['info', range(2, 0, 2, 19), 'This document was last reviewed on 2026-11-15, more than 10 days ago.'],
      ]);
    });
  });

  describe('na-without-reason', () => {
    const na = (...entries: string[]) =>
      joinLines('---', 'standard: GB/T 27922-2011', 'not_applicable:', ...entries, '---', '#### 5.1.1.1 部门', '', TEXT, '', LINK);
    const fixOf = (a: ReturnType<typeof analyze>) => a.of('na-without-reason').map((d) => [d.range, d.message, d.fixes?.[0].title, d.fixes?.[0].edits]);

    it('na-without-reason: an entry without a value gets a quoted reason appended after one space', () => {
      const a = run(na('  5.2.6:'));
      assert.deepEqual(fixOf(a), [
        [
          range(3, 2, 3, 8),
          "Not-applicable entry 5.2.6 needs a justification (the standard's 删减 must be explained).",
          'Add a justification placeholder for 5.2.6',
          [{ path: '/ws/a.md', range: range(3, 8, 3, 8), newText: ' "Reason: why this clause does not apply"' }],
        ],
      ]);
      assert.deepEqual(
        a.of('na-without-reason')[0].fixes!.map((f) => f.isPreferred),
        [true],
      );
      assert.equal(status(a, '5.2.6'), 'missing', 'an entry without a reason excludes nothing');
    });

    it('na-without-reason: after a trailing space no second space is added; an empty quoted value is replaced', () => {
      assert.deepEqual(fixOf(run(na('  5.2.6: ')))[0][3], [
        { path: '/ws/a.md', range: range(3, 9, 3, 9), newText: '"Reason: why this clause does not apply"' },
      ]);
      assert.deepEqual(fixOf(run(na('  5.2.6: ""')))[0][3], [
        { path: '/ws/a.md', range: range(3, 9, 3, 11), newText: '"Reason: why this clause does not apply"' },
      ]);
    });

    it('na-without-reason: when a group and its leaf are both declared, the first reason stands for the leaf', () => {
      const a = run(na('  "5.2": 仅销售软件', '  5.2.6: 不回收'));
      assert.deepEqual(a.of('na-without-reason'), []);
      const reason = (id: string) => a.coverage[0].clauses.find((c) => c.id === id)!.notApplicableReason;
      assert.deepEqual([reason('5.2.6'), reason('5.2.5')], ['仅销售软件', '仅销售软件']);
    });

    it('na-without-reason: an entry naming no clause is unknown-clause on its key (not na-without-reason), and excludes nothing', () => {
      const a = run(na('  5.9.9: 不涉及'));
      assert.deepEqual(a.of('na-without-reason'), []);
      assert.deepEqual(
        a.of('unknown-clause').map((d) => [d.severity, d.range, d.message, d.fixes]),
        [['error', range(3, 2, 3, 7), 'Not-applicable entry 5.9.9 names no clause of GB/T 27922-2011.', undefined]],
      );
      assert.equal(a.coverage[0].summary.notApplicable, 0);
    });

    it('na-without-reason: an unknown id in the config file is still reported there (the config has no document rule)', () => {
      const file = '/ws/evidence.config.yaml';
      const entry = { raw: '5.9.9', id: '5.9.9', reason: '不涉及', keyRange: range(1, 2, 1, 7), range: range(1, 2, 1, 12) };
      const a = run(joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', LINK), { config: { file, notApplicable: [entry] } });
      assert.deepEqual(
        a.diagnostics.filter((d) => d.path === file).map((d) => [d.rule, d.path, d.range, d.message]),
        [['na-without-reason', file, range(1, 2, 1, 7), 'Not-applicable entry 5.9.9 names no clause of GB/T 27922-2011.']],
      );
    });
  });

  describe('no-clause-section', () => {
    const message = (reason: string) =>
      `This document names GB/T 27922-2011, but none of its headings is a clause section, so it counts for nothing: ${reason}`;

    it('no-clause-section: a document without headings says so on its standard: line', () => {
      const a = run(joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', LINK), {}, { 'b.md': joinLines(...FRONTMATTER, '只有正文。') });
      assert.deepEqual(
        a.of('no-clause-section').map((d) => [d.path, d.severity, d.range, d.message]),
        [['/ws/b.md', 'info', range(1, 0, 1, 25), message('it has no headings.')]],
      );
    });

    it("no-clause-section: headings with the document's own numbers are named, at most three", () => {
      const own = joinLines(...FRONTMATTER, '## 1 总则', '## 2 范围', '### 2.1 适用', '### 2.2 不适用');
      const a = run(joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', LINK), {}, { 'b.md': own });
      assert.deepEqual(
        a.of('no-clause-section').map((d) => d.message),
        [
          message(
            "its headings carry the document's own numbers (1, 2, 2.1), outside the catalog's ids (5.…), and no clause tag; put <!-- clause: id --> on the line above or below each heading.",
          ),
        ],
      );
    });

    it('no-clause-section: unnumbered headings are untagged; an index document or a document with a section is not reported', () => {
      const a = run(
        joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', LINK),
        {},
        {
          'b.md': joinLines(...FRONTMATTER, '## 概述'),
          'c.md': joinLines('---', 'standard: GB/T 27922-2011', 'index: true', '---', '## 概述'),
        },
      );
      assert.deepEqual(
        a.of('no-clause-section').map((d) => [d.path, d.message]),
        [['/ws/b.md', message('no heading starts with a clause id or carries a <!-- clause: id --> tag.')]],
      );
    });
  });

  describe('title-mismatch', () => {
    it('title-mismatch: a title naming an ancestor, or the clause that counts for this one, is no mismatch', () => {
      const ancestor = run(joinLines(...FRONTMATTER, '#### 5.1.1.1 组织架构', '', TEXT, '', LINK));
      assert.deepEqual(ancestor.of('title-mismatch'), []);
      const countsFor = run(joinLines(...FRONTMATTER, '#### 5.1.1.2 自建或委托网点', '', TEXT, '', LINK));
      assert.deepEqual(countsFor.of('title-mismatch'), []);
      const target = run(joinLines(...FRONTMATTER, '#### 5.1.1.3 服务网点覆盖与管理', '', TEXT, '', LINK));
      assert.deepEqual(target.of('title-mismatch'), [], 'titled like the leaf it counts for');
    });

    it('title-mismatch: a group titled like one of its leaves is no mismatch', () => {
      const a = run(joinLines(...FRONTMATTER, '### 5.1.1 售后服务部门及职能岗位', '#### 5.1.1.1 部门', '', TEXT, '', LINK));
      assert.deepEqual(a.of('title-mismatch'), []);
    });

    it('title-mismatch: a title of an unrelated clause is reported from the id to the end of the title, with a fix to that clause', () => {
      const a = run(joinLines(...FRONTMATTER, '#### 5.1.1.1 投诉处理', '', TEXT, '', LINK));
      assert.deepEqual(
        a.of('title-mismatch').map((d) => [d.severity, d.range, d.message, d.fixes]),
        [
          [
            'warning',
            range(3, 5, 3, 17),
            'The title "投诉处理" belongs to 5.3.2, not 5.1.1.1 After-sales department with functions and posts: is the number wrong?',
            [
              {
                title: 'Change 5.1.1.1 to 5.3.2 Complaint handling',
                edits: [{ path: '/ws/a.md', range: range(3, 5, 3, 12), newText: '5.3.2' }],
                isPreferred: true,
              },
            ],
          ],
        ],
      );
    });
  });

  describe('unknown-clause', () => {
    it('unknown-clause: an id with no flat alias and no fitting title is an error without a fix', () => {
      const a = run(joinLines(...FRONTMATTER, '#### 5.1.9.9 杂项', '', TEXT, '', LINK));
      assert.deepEqual(
        a.of('unknown-clause').map((d) => [d.severity, d.range, d.message, d.fixes]),
        [['error', range(3, 5, 3, 12), '5.1.9.9 is not a clause of GB/T 27922-2011.', undefined]],
      );
    });

    it("unknown-clause: a clause tag or a § heading outside the catalog's id space is still judged, and reported", () => {
      const a = run(joinLines(...FRONTMATTER, '<!-- clause: 9.1 -->', '#### 杂项', '', TEXT, '', LINK, '', '## §3.1 总则', '', TEXT));
      assert.deepEqual(
        a.of('unknown-clause').map((d) => [d.severity, d.range, d.message]),
        [
          ['error', range(3, 13, 3, 16), '9.1 is not a clause of GB/T 27922-2011.'],
          ['error', range(10, 4, 10, 7), '3.1 is not a clause of GB/T 27922-2011.'],
        ],
      );
    });

    it('unknown-clause: a title that fits a clause only weakly (below 0.6) offers it first, but not as the preferred fix', () => {
      const a = run(joinLines(...FRONTMATTER, '#### 5.1.9.9 网点管理制度', '', TEXT, '', LINK));
      const fixes = a.of('unknown-clause')[0].fixes!;
      assert.deepEqual(fixes[0], {
        title: 'Change 5.1.9.9 to 5.1.1.2 Service outlets cover the sales area and are managed',
        edits: [{ path: '/ws/a.md', range: range(3, 5, 3, 12), newText: '5.1.1.2' }],
      });
      assert.ok(fixes.length <= 3);
      assert.deepEqual(
        fixes.filter((f) => f.isPreferred),
        [],
      );
    });

    it('unknown-clause: offers the nearest ids under the same parent, nearest number first, at most 3 (heading, § reference, not_applicable key; CRLF, 𠀀)', () => {
      const text = [
        '---',
        'standard: GB/T 27922-2011',
        'not_applicable:',
        '  "5.2.9": 𠀀不涉及',
        '---',
        '#### 5.1.1.1 部门',
        '',
        TEXT,
        '',
        LINK,
        '',
        '𠀀见 §5.1.1.9',
        '',
        '#### 5.1.7.9 𠀀',
        '',
        TEXT,
        '',
        LINK,
        '',
      ].join('\r\n');
      const a = run(text, { locale: 'zh-CN' });
      const offered = (d: { fixes?: { title: string; edits: { path: string; range: unknown; newText: string }[]; isPreferred?: boolean }[] }) =>
        d.fixes!.map((f) => [f.title, f.edits, f.isPreferred]);
      const at = (line: number, from: number, to: number, ids: string[], titles: string[], raw: string) =>
        ids.map((id, i) => [`将 ${raw} 改为 ${id} ${titles[i]}`, [{ path: '/ws/a.md', range: range(line, from, line, to), newText: id }], undefined]);
      assert.deepEqual(
        a.of('unknown-clause').map((d) => [d.range, d.message, offered(d)]),
        [
          [
            range(13, 5, 13, 12),
            '5.1.7.9 不是 GB/T 27922-2011 的条款。',
            at(13, 5, 12, ['5.1.7.3', '5.1.7.2', '5.1.7.1'], ['服务文化宣传', '服务承诺', '服务理念'], '5.1.7.9'),
          ],
          [
            range(11, 5, 11, 12),
            '引用 §5.1.1.9 不是 GB/T 27922-2011 的条款。',
            at(11, 5, 12, ['5.1.1.3', '5.1.1.2', '5.1.1.1'], ['自建或委托网点', '服务网点覆盖与管理', '售后服务部门及职能岗位'], '5.1.1.9'),
          ],
          [
            range(3, 2, 3, 9),
            '不适用条目 5.2.9 不是 GB/T 27922-2011 的条款。',
            at(3, 2, 9, ['5.2.6', '5.2.5', '5.2.4'], ['废弃商品回收', '质量保证', '维修'], '5.2.9'),
          ],
        ],
      );
    });

    it('unknown-clause: in a clause tag, the nearest ids replace the id inside the tag, the clause the title names first and preferred (𠀀)', () => {
      const text = joinLines(...FRONTMATTER, '<!-- clause: 5.1.1.9 -->', '#### 𠀀服务网点覆盖', '', TEXT, '', LINK);
      const a = run(text);
      const [d] = a.of('unknown-clause');
      assert.deepEqual(
        d.fixes!.map((f) => [f.edits, f.isPreferred]),
        ['5.1.1.2', '5.1.1.3', '5.1.1.1'].map((id, i) => [[{ path: '/ws/a.md', range: range(3, 13, 3, 20), newText: id }], i === 0 ? true : undefined]),
      );
      const fixed = applyEdits(a.texts, d.fixes![0].edits)['a.md'];
      assert.ok(fixed.includes('<!-- clause: 5.1.1.2 -->\n#### 𠀀服务网点覆盖\n'), fixed);
      assert.deepEqual(run(fixed).of('unknown-clause'), []);
    });

    it('unknown-clause: a flat template number goes to its clause unless the title clearly names another', () => {
      const fixOf = (title: string) =>
        run(joinLines(...FRONTMATTER, `### 5.11 ${title}`, '', TEXT, '', LINK))
          .of('unknown-clause')
          .map((d) => [d.message, d.fixes![0].edits[0].newText]);
      const flat = '5.11 is not a clause of GB/T 27922-2011; it looks like the flat template number of 5.1.3.2 Internal assurance.';
      assert.deepEqual(fixOf('内部保障'), [[flat, '5.1.3.2']]);
      assert.deepEqual(fixOf('杂项'), [[flat, '5.1.3.2']]);
      assert.deepEqual(fixOf('投诉处理'), [[flat, '5.3.2']]);
    });

    it('unknown-clause: an unknown id whose title names a clause offers that clause', () => {
      const a = run(joinLines(...FRONTMATTER, '#### 5.1.9.9 投诉处理', '', TEXT, '', LINK));
      assert.deepEqual(
        a.of('unknown-clause').map((d) => [d.fixes![0].title, d.fixes![0].edits, d.fixes!.map((f) => f.isPreferred === true)[0]]),
        [['Change 5.1.9.9 to 5.3.2 Complaint handling', [{ path: '/ws/a.md', range: range(3, 5, 3, 12), newText: '5.3.2' }], true]],
      );
      assert.deepEqual(a.of('unknown-clause')[0].fixes!.filter((f) => f.isPreferred).length, 1, 'only the confident match is preferred');
    });
  });

  describe('broken-attachment', () => {
    const linking = (...links: string[]) => joinLines(...FRONTMATTER, '#### 5.1.1.1 部门', '', TEXT, '', ...links);

    it('broken-attachment: query, fragment and percent-encoding are left out of the file name; a stray % is literal', () => {
      const a = run(linking('- [甲](附件/证据.pdf?v=2#页3)', '- [乙](%E9%99%84%E4%BB%B6/%E8%AF%81%E6%8D%AE.pdf)', '- [丙](附件/100%.pdf)'), {
        files: ['附件/证据.pdf', '附件/100%.pdf'],
      });
      assert.deepEqual(a.of('broken-attachment'), []);
    });

    it("broken-attachment: a sibling folder whose name starts like the workspace's is outside; the folder itself is inside", () => {
      const a = run(linking('- [甲](../wsx/a.pdf)', '- [乙](.)'));
      assert.deepEqual(brief(a, 'broken-attachment'), [
        [
          'error',
          range(7, 6, 7, 18),
          'Attachment "../wsx/a.pdf" lies outside the workspace folder, so it is not read and is no evidence: copy the file into the 附件/ folder beside this document and link 附件/a.pdf instead.',
        ],
      ]);
    });

    it('broken-attachment: a link leaving the folder, relative or absolute, is outside; a missing file is missing', () => {
      const a = run(linking('- [甲](../外部.pdf)', '- [乙](/etc/passwd)', '- [丙](附件/缺.pdf)', '- [丁](/ws/附件/证据.pdf)'));
      assert.deepEqual(brief(a, 'broken-attachment'), [
        [
          'error',
          range(7, 6, 7, 15),
          'Attachment "../外部.pdf" lies outside the workspace folder, so it is not read and is no evidence: copy the file into the 附件/ folder beside this document and link 附件/外部.pdf instead.',
        ],
        [
          'error',
          range(8, 6, 8, 17),
          'Attachment "/etc/passwd" lies outside the workspace folder, so it is not read and is no evidence: copy the file into the 附件/ folder beside this document and link 附件/passwd instead.',
        ],
        ['error', range(9, 6, 9, 14), 'Attachment "附件/缺.pdf" does not exist.'],
      ]);
    });

    it('broken-attachment: a link outside the folder says in zh to copy the file into 附件/ and link it from there', () => {
      const a = run(linking('- [甲](../资料/𠀀合同%20扫描.pdf#页2)'), { locale: 'zh-CN' });
      assert.deepEqual(brief(a, 'broken-attachment'), [
        [
          'error',
          range(7, 6, 7, 28),
          '附件“../资料/𠀀合同%20扫描.pdf#页2”位于工作区文件夹之外，不会读取，也不算证据：请把该文件复制到本文档旁的 附件/ 文件夹，改为链接 附件/𠀀合同 扫描.pdf。',
        ],
      ]);
    });
  });
});
