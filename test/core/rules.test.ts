import { strict as assert } from 'node:assert';
import { analyze, applyEdits, FM, fullSet, GOOD_BODY } from '../helpers/analyze';

const ATT = { files: ['附件/证据.pdf'] };
const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('rules', () => {
  describe('missing-clause', () => {
    it('reports a missing leaf on its nearest ancestor heading, with an insert fix; the stub stays missing, reported as still empty', () => {
      const text = fullSet(['5.1.6.4']);
      const a = analyze({ 'a.md': text }, ATT);
      const [d] = a.of('missing-clause');
      assert.equal(a.of('missing-clause').length, 1);
      assert.equal(d.clause, '5.1.6.4');
      assert.equal(d.severity, 'warning');
      assert.equal(d.message, 'Clause 5.1.6.4 Service standardization has no evidence section in this set.');
      assert.equal(d.range.start.line, lineOf(text, '### 5.1.6 '));
      const fixed = applyEdits(a.texts, d.fixes![0].edits);
      assert.match(
        fixed['a.md'],
        /#### 5\.1\.6\.4 服务标准化\n\n<!-- 标准要求：重视服务标准化工作，鼓励参与国家、行业有关标准的制定工作。 -->\n\n典型证据（请逐项替换为本单位的实际做法，并链接记录文件）：\n\n- \[ \] 待补充：企业服务标准\n- \[ \] 待补充：参与国家\/行业标准起草的证明\n- \[文件名\]\(附件\/文件名\.pdf\)\n\n### 5\.1\.7 /,
      );
      const after = analyze(fixed, ATT);
      assert.deepEqual(
        after.diagnostics.map((x) => [x.rule, x.range.start.line, x.message, x.fixes]),
        [
          [
            'missing-clause',
            lineOf(fixed['a.md'], '#### 5.1.6.4'),
            'The section for 5.1.6.4 Service standardization is still empty: write the evidence here (what is done, with links to the records). Until then the clause counts as missing.',
            undefined,
          ],
        ],
        'one diagnostic on the stub, no weak-* noise, no second insertion offered',
      );
      assert.equal(after.coverage[0].clauses.find((c) => c.id === '5.1.6.4')!.status, 'missing');
      assert.deepEqual(
        after.coverage[0].clauses.find((c) => c.id === '5.1.6.4')!.locations.map((l) => l.line),
        [lineOf(fixed['a.md'], '#### 5.1.6.4')],
      );
    });

    it('an inserted section carries the requirement, the typical evidence as a checklist and a sample link, and counts as empty until written (CRLF)', () => {
      const text = fullSet(['5.1.6.4']).replace(/\n/g, '\r\n');
      const a = analyze({ 'a.md': text }, ATT);
      const stubbed = applyEdits(a.texts, a.of('missing-clause')[0].fixes![0].edits)['a.md'];
      const stub = [
        '#### 5.1.6.4 服务标准化',
        '',
        '<!-- 标准要求：重视服务标准化工作，鼓励参与国家、行业有关标准的制定工作。 -->',
        '',
        '典型证据（请逐项替换为本单位的实际做法，并链接记录文件）：',
        '',
        '- [ ] 待补充：企业服务标准',
        '- [ ] 待补充：参与国家/行业标准起草的证明',
        '- [文件名](附件/文件名.pdf)',
        '',
        '### 5.1.7 ',
      ].join('\r\n');
      assert.ok(stubbed.includes(stub), stubbed);
      const status = (docs: Record<string, string>) => analyze(docs, ATT).coverage[0].clauses.find((c) => c.id === '5.1.6.4')!.status;
      const inserted = analyze({ 'a.md': stubbed }, ATT);
      assert.deepEqual(
        inserted.diagnostics.map((d) => [d.rule, d.clause]),
        [['missing-clause', '5.1.6.4']],
        'still empty: no broken-attachment for the sample link, no weak-* noise',
      );
      assert.equal(status({ 'a.md': stubbed }), 'missing');
      const written = stubbed.replace(
        '- [ ] 待补充：企业服务标准',
        '本公司制定了《售后服务规范》企业标准（Q/XX 001—2025），覆盖安装、维修、投诉处理各环节，每年评审一次。\r\n- [企业服务标准](附件/证据.pdf)',
      );
      const partly = analyze({ 'a.md': written }, ATT);
      assert.deepEqual(
        partly.diagnostics.map((d) => [d.rule, d.range.start.line]),
        [['weak-placeholder', lineOf(written.replace(/\r/g, ''), '待补充：参与国家')]],
        'the checklist line left is still a placeholder',
      );
      assert.equal(status({ 'a.md': written }), 'weak');
      const done = written.replace('- [ ] 待补充：参与国家/行业标准起草的证明\r\n', '').replace('- [文件名](附件/文件名.pdf)\r\n', '');
      assert.deepEqual(analyze({ 'a.md': done }, ATT).diagnostics, []);
      assert.equal(status({ 'a.md': done }), 'covered');
    });

    it('marks inferred sub-items and an inferred requirement as inferred in the inserted section, never as the standard', () => {
      const text = fullSet(['5.3.2', '5.2.2']);
      const a = analyze({ 'a.md': text }, ATT);
      const fixed = applyEdits(a.texts, a.of('missing-clause')[0].fixes![1].edits)['a.md'];
      assert.ok(fixed.includes('<!-- 要求（由公开资料推断，非标准原文）：（推断范围）技术咨询、使用/操作培训、安装调试指导、远程诊断。 -->'), fixed);
      assert.ok(
        fixed.includes('\n\na) 受理投诉并详细记录，派单处理，处理后回访。（推断，非标准原文）\n\nb) 投诉响应及解决时限。（推断，非标准原文）\n\n'),
        fixed,
      );
      assert.equal(fixed.includes('标准要求：（推断'), false);
    });

    it('falls back to the standard: line of the index document when no ancestor has a section', () => {
      const a = analyze({ 'b.md': FM + '#### 5.1.1.1 部门\n\n' + GOOD_BODY, 'a.md': '---\nindex: true\nstandard: GB/T 27922-2011\n---\n' }, ATT);
      const d = a.of('missing-clause').find((x) => x.clause === '5.3.2')!;
      assert.equal(d.path, '/ws/a.md');
      assert.deepEqual(d.range, r(2, 0, 2, 25));
      assert.equal(a.of('missing-clause').length, 29);
      assert.equal(
        d.message,
        'Clause 5.3.2 Complaint handling has no evidence section in this set. It is reported on the standard: line of the index document because the set has no section for any clause above it to report it on.',
      );
      const zh = analyze(
        { 'b.md': FM + '#### 5.1.1.1 部门\n\n' + GOOD_BODY, 'a.md': '---\r\nindex: true\r\nstandard: GB/T 27922-2011\r\n---\r\n' },
        { ...ATT, locale: 'zh-CN' },
      );
      assert.deepEqual(
        zh
          .of('missing-clause')
          .filter((x) => x.clause === '5.3.2')
          .map((x) => [x.path, x.range, x.message]),
        [
          [
            '/ws/a.md',
            r(2, 0, 2, 25),
            '条款 5.3.2 投诉处理 在本证据集中没有证据章节。本证据集也没有其任何上级条款的章节，因此此问题标在索引文档文件头的 standard 行上。',
          ],
        ],
      );
    });

    it('inserts all missing sections as one edit, with headings for missing groups, and clears them', () => {
      const text = fullSet(['5.2.1', '5.2.1.1', '5.2.1.2', '5.2.1.3', '5.2.1.4', '5.2.1.5', '5.1.6.2']);
      const a = analyze({ 'a.md': text }, ATT);
      assert.equal(a.of('missing-clause').length, 6);
      const all = a.of('missing-clause')[0].fixes![1];
      assert.match(all.title, /Insert all 6 missing sections/);
      const fixed = applyEdits(a.texts, all.edits);
      assert.equal((fixed['a.md'].match(/^### 5\.2\.1 商品信息$/gm) ?? []).length, 1);
      assert.ok(fixed['a.md'].indexOf('#### 5.1.6.2') < fixed['a.md'].indexOf('#### 5.1.6.3'));
      const after = analyze(fixed, ATT);
      assert.deepEqual(
        after.of('missing-clause').map((d) => [d.clause, d.fixes]),
        ['5.1.6.2', '5.2.1.1', '5.2.1.2', '5.2.1.3', '5.2.1.4', '5.2.1.5'].map((id) => [id, undefined]),
        'every stub is a place to write, none offers another insertion',
      );
      assert.equal(after.diagnostics.filter((d) => d.severity === 'error').length, 0);
    });

    it('inserts above the comments that belong to the next heading', () => {
      const text = fullSet(['5.1.1.1']).replace('#### 5.1.1.2', '<!-- evidence-disable weak-thin -->\n#### 5.1.1.2');
      const a = analyze({ 'a.md': text }, ATT);
      const fixed = applyEdits(a.texts, a.of('missing-clause')[0].fixes![0].edits)['a.md'];
      assert.match(fixed, /- \[文件名\]\(附件\/文件名\.pdf\)\n\n<!-- evidence-disable weak-thin -->\n#### 5\.1\.1\.2/);
    });

    it("inserts above the comments that belong to the next heading after an ancestor's own text too", () => {
      const text = fullSet(['5.1.1.1']).replace('#### 5.1.1.2', '<!-- evidence-disable-next-line -->\n#### 5.1.1.2');
      const a = analyze({ 'a.md': text }, ATT);
      const fixed = applyEdits(a.texts, a.of('missing-clause')[0].fixes![0].edits)['a.md'];
      assert.match(fixed, /- \[文件名\]\(附件\/文件名\.pdf\)\n\n<!-- evidence-disable-next-line -->\n#### 5\.1\.1\.2/);
    });

    it('inserts above an unclosed code fence or comment instead of into it', () => {
      for (const opener of ['```', '<!-- 草稿']) {
        const text = fullSet(['5.3.2']) + `\n${opener}\n未闭合的内容\n`;
        const a = analyze({ 'a.md': text }, ATT);
        const fixed = applyEdits(a.texts, a.of('missing-clause')[0].fixes![0].edits);
        assert.ok(fixed['a.md'].indexOf('### 5.3.2') < fixed['a.md'].indexOf(opener), opener);
        // The stub is a real section (not swallowed by the fence): it is the place to write.
        assert.deepEqual(
          analyze(fixed, ATT)
            .of('missing-clause')
            .map((d) => [d.range.start.line, d.fixes]),
          [[lineOf(fixed['a.md'], '### 5.3.2'), undefined]],
          opener,
        );
      }
    });

    it('ends a section at the line of the next heading, so an insertion never splits a quoted heading', () => {
      const text = fullSet(['5.1.2.2']).replace('### 5.1.3 ', '> ### 5.1.3 ');
      const a = analyze({ 'a.md': text }, ATT);
      const [edit] = a.of('missing-clause')[0].fixes![0].edits;
      assert.equal(edit.range.start.character, text.split('\n')[edit.range.start.line].length, 'inserted at a line end');
      const fixed = applyEdits(a.texts, [edit])['a.md'];
      assert.match(fixed, /#### 5\.1\.2\.2 售后服务管理师配置\n\n[^#]*\n- \[文件名\]\(附件\/文件名\.pdf\)\n\n> ### 5\.1\.3 资源配置\n/);
    });

    it('never comes between a disable-next-line comment and the line it aims at', () => {
      const text = fullSet(['5.1.1.2']).replace(
        '- [证据](附件/证据.pdf)\n\n#### 5.1.1.3',
        '- [证据](附件/证据.pdf)\n<!-- evidence-disable-next-line -->注：见附件\n#### 5.1.9.9 其他',
      );
      const a = analyze({ 'a.md': text }, ATT);
      assert.deepEqual(a.of('unknown-clause'), []);
      const d = a.of('missing-clause').find((x) => x.clause === '5.1.1.2')!;
      const after = analyze(applyEdits(a.texts, d.fixes![0].edits), ATT);
      assert.deepEqual(after.of('unknown-clause'), []);
      assert.equal(after.of('missing-clause').filter((x) => x.clause === '5.1.1.2').length, 0);
    });

    it('does not take an unclosed --- for frontmatter when placing a section', () => {
      const text = '---\n说明\n\n## 5.1 售后服务体系\n\n### 5.1.1 组织架构\n';
      const a = analyze({ 'a.md': text }, { ...ATT, config: { standard: 'GB/T 27922-2011' } });
      const d = a.of('missing-clause').find((x) => x.clause === '5.1.1.1')!;
      assert.deepEqual(d.fixes![0].edits[0].range.start, { line: 5, character: 14 });
    });

    it('keeps CRLF line endings in the inserted section', () => {
      const text = fullSet(['5.1.7.3']).replace(/\n/g, '\r\n');
      const a = analyze({ 'a.md': text }, ATT);
      const fixed = applyEdits(a.texts, a.of('missing-clause')[0].fixes![0].edits)['a.md'];
      assert.equal(fixed.replace(/\r\n/g, '').includes('\n'), false);
      assert.ok(fixed.includes('#### 5.1.7.3 服务文化宣传\r\n'));
    });
  });

  describe('unknown-clause', () => {
    it('reports unknown section ids and § references; known ones pass', () => {
      const text = fullSet() + '\n#### 5.1.9.1 其他\n\n' + GOOD_BODY + '\n见 §5.4.1 与 §5.1.1.1\n';
      const a = analyze({ 'a.md': text }, ATT);
      assert.deepEqual(
        a.of('unknown-clause').map((d) => [d.clause, d.severity, d.range.start.line]),
        [
          ['5.1.9.1', 'error', lineOf(text, '5.1.9.1')],
          ['5.4.1', 'error', lineOf(text, '§5.4.1')],
        ],
      );
      assert.deepEqual(a.of('unknown-clause')[1].range.start.character, 3);
    });

    it('recognises a flat template number and offers the clause its title matches', () => {
      const text = fullSet(['5.1.2.2']) + '\n#### 5.8 售后服务管理师配置\n\n' + GOOD_BODY;
      const [d] = analyze({ 'a.md': text }, ATT).of('unknown-clause');
      assert.match(d.message, /flat template number of 5\.1\.2\.2/);
      assert.equal(d.fixes![0].edits[0].newText, '5.1.2.2');
    });

    it("ignores the document's own numbering outside the id space", () => {
      const a = analyze({ 'a.md': fullSet() + '\n## 1 编制目的\n\n### 3.2 职责\n' }, ATT);
      assert.deepEqual(a.diagnostics, []);
    });
  });

  describe('noncanonical-id', () => {
    it('reports full-width, ideographic and trailing-dot ids with a fix to the canonical id', () => {
      const text = fullSet()
        .replace('#### 5.1.2.1 ', '#### ５．１．２．１ ')
        .replace('#### 5.1.4.2 ', '#### 5.1.4.2. ')
        .replace('#### 5.1.7.1 ', '#### 5。1。7。1 ');
      const a = analyze({ 'a.md': text }, ATT);
      assert.deepEqual(
        a.of('noncanonical-id').map((d) => d.fixes![0].edits[0].newText),
        ['5.1.2.1', '5.1.4.2', '5.1.7.1'],
      );
      const first = a.of('noncanonical-id')[0];
      assert.deepEqual(first.range, r(lineOf(text, '５．１'), 5, lineOf(text, '５．１'), 12));
      assert.equal(a.of('missing-clause').length, 0, 'non-canonical ids still count as evidence');
      assert.equal(
        analyze(
          applyEdits(
            a.texts,
            a.of('noncanonical-id').flatMap((d) => d.fixes![0].edits),
          ),
          ATT,
        ).diagnostics.length,
        0,
      );
    });
  });

  describe('title-mismatch', () => {
    it('asks whether the number is wrong, naming the clause the title belongs to (zh)', () => {
      const text = FM + '## 5.3 服务网点覆盖与管理\n\n' + GOOD_BODY;
      assert.deepEqual(
        analyze({ 'a.md': text }, { ...ATT, locale: 'zh-CN' })
          .of('title-mismatch')
          .map((d) => d.message),
        ['标题"服务网点覆盖与管理"对应 5.1.1.2，不是 5.3 顾客服务，编号是否写错？'],
      );
    });

    it('reports a heading whose title belongs to another clause, with a fix to that clause', () => {
      const text = fullSet(['5.1.1.2']).replace('## 5.3 顾客服务', '## 5.3 服务网点覆盖与管理\n\n## 5.3 顾客服务');
      const [d, ...rest] = analyze({ 'a.md': text }, ATT).of('title-mismatch');
      assert.equal(rest.length, 0);
      assert.equal(d.clause, '5.3');
      assert.equal(d.message, 'The title "服务网点覆盖与管理" belongs to 5.1.1.2, not 5.3 Customer service: is the number wrong?');
      assert.equal(d.fixes![0].edits[0].newText, '5.1.1.2');
    });

    it('accepts free titles that paraphrase the clause', () => {
      const text = fullSet()
        .replace('#### 5.1.1.1 售后服务部门及职能岗位', '#### 5.1.1.1 售后服务部门设置与岗位职责')
        .replace('#### 5.1.3.2 内部保障', '#### 5.1.3.2 培训与激励');
      assert.deepEqual(analyze({ 'a.md': text }, ATT).of('title-mismatch'), []);
    });
  });

  describe('duplicate-section', () => {
    it('reports a leaf with sections in two documents, each pointing to the other', () => {
      const a = analyze({ 'a.md': fullSet(), 'b.md': FM + '#### 5.1.3.1 经费\n\n' + GOOD_BODY }, ATT);
      const ds = a.of('duplicate-section');
      assert.deepEqual(
        ds.map((d) => [d.path, d.severity]),
        [
          ['/ws/a.md', 'info'],
          ['/ws/b.md', 'info'],
        ],
      );
      assert.equal(ds[1].related![0].path, '/ws/a.md');
    });

    it('does not report repeated group headings', () => {
      assert.deepEqual(analyze({ 'a.md': fullSet(), 'b.md': FM + '## 5.1 售后服务体系\n' }, ATT).of('duplicate-section'), []);
    });
  });

  describe('weakness rules', () => {
    const weak = (body: string, id = '5.1.1.1') => {
      const text = fullSet().replace(
        new RegExp(`(#### ${id.replace(/\./g, '\\.')} [^\\n]*\\n)\\n${GOOD_BODY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        `$1\n${body}`,
      );
      assert.notEqual(text, fullSet(), 'fixture replaced');
      return analyze({ 'a.md': text }, ATT);
    };

    it('weak-thin: under minChars of own text, links and markup left out', () => {
      const a = weak('设有客服中心。[很长的链接文字不算正文内容的一部分](附件/证据.pdf)\n');
      assert.deepEqual(
        a.of('weak-thin').map((d) => [d.clause, d.message]),
        [['5.1.1.1', 'Section 5.1.1.1 has only 6 characters of evidence text (minimum 40).']],
      );
      assert.equal(a.coverage[0].clauses.find((c) => c.id === '5.1.1.1')!.status, 'weak');
      assert.deepEqual(analyze({ 'a.md': fullSet() }, { ...ATT, config: { minChars: 5 } }).of('weak-thin'), []);
    });

    it('weak-placeholder: each placeholder with its exact range', () => {
      const a = weak(GOOD_BODY + '\n补充说明：待补充。TODO 附上记录，xxx公司（略）\n');
      assert.deepEqual(
        a.of('weak-placeholder').map((d) => a.texts['a.md'].split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)),
        ['待补充', 'TODO', 'xxx', '（略）'],
      );
    });

    it('weak-no-evidence: text without any link; a reference-style link counts', () => {
      assert.equal(weak(GOOD_BODY.replace('- [证据](附件/证据.pdf)', '')).of('weak-no-evidence').length, 1);
      assert.equal(weak(GOOD_BODY.replace('- [证据](附件/证据.pdf)', '见[记录][r]。\n\n[r]: https://example.com/r')).of('weak-no-evidence').length, 0);
    });

    it('weak-subitem: by markers or keywords; the fix adds the missing item lines', () => {
      const section = (body: string) => analyze({ 'a.md': fullSet(['5.1.3.2']) + '\n#### 5.1.3.2 内部保障\n\n' + GOOD_BODY + body }, ATT);
      const a = section('\n（a）技术培训记录\n\nb) 服务文化培训\n');
      const [d] = a.of('weak-subitem');
      assert.match(d.message, /sub-item c\)/);
      const fixed = applyEdits(a.texts, d.fixes![0].edits);
      assert.match(fixed['a.md'], /b\) 服务文化培训\n\nc\) 有效的评优、奖励、晋升和员工关怀机制。\n/);
      assert.equal(analyze(fixed, ATT).of('weak-subitem').length, 0);
      assert.equal(section('\n技术培训、服务文化培训和评优奖励都有记录。\n').of('weak-subitem').length, 0);
    });

    it('only judges leaf sections; a sound second section keeps the clause covered', () => {
      const a = analyze({ 'a.md': fullSet(), 'b.md': FM + '#### 5.1.1.1 部门\n\n设立了部门，TODO\n' }, ATT);
      assert.equal(a.of('weak-placeholder').length, 1);
      assert.equal(a.coverage[0].clauses.find((c) => c.id === '5.1.1.1')!.status, 'covered');
      assert.equal(a.of('weak-thin').filter((d) => d.clause === '5.1').length, 0);
    });
  });

  describe('broken-attachment', () => {
    it('reports missing files and links leaving the folder; URLs and anchors pass', () => {
      const text = fullSet() + '\n见[a](附件/无.pdf)、[b](../../etc/passwd)、[c](https://example.com)、[d](#5)、![e](附件/%E8%AF%81%E6%8D%AE.pdf)\n';
      const a = analyze({ 'a.md': text }, ATT);
      assert.deepEqual(
        a.of('broken-attachment').map((d) => [d.severity, d.message]),
        [
          ['error', 'Attachment "附件/无.pdf" does not exist.'],
          [
            'error',
            'Attachment "../../etc/passwd" lies outside the workspace folder, so it is not read and is no evidence: copy the file into the 附件/ folder beside this document and link 附件/passwd instead.',
          ],
        ],
      );
      const line = lineOf(text, '附件/无.pdf');
      assert.deepEqual(a.of('broken-attachment')[0].range, r(line, 5, line, 13));
    });
  });

  it('broken-attachment ranges count UTF-16 units on a CRLF line with 𠀀 and an emoji', () => {
    const text = (fullSet() + '\n𠀀😀见[记录](附件/缺.pdf)\n').replace(/\n/g, '\r\n');
    const [d] = analyze({ 'a.md': text }, ATT).of('broken-attachment');
    const line = lineOf(text, '附件/缺.pdf');
    assert.deepEqual(d.range, r(line, 10, line, 18));
    assert.equal(text.split('\r\n')[line].slice(10, 18), '附件/缺.pdf');
  });

  describe('na-without-reason and not-applicable handling', () => {
    it('a group entry excludes all its leaves; an empty reason or unknown id is an error', () => {
      const fm = '---\nstandard: GB/T 27922-2011\nnot_applicable:\n  5.2.1: 不涉及\n  5.2.6: ""\n  5.9.9: 理由\n  5.2.3:\n---\n';
      const a = analyze({ 'a.md': fm + fullSet(['5.2.1', '5.2.1.1', '5.2.1.2', '5.2.1.3', '5.2.1.4', '5.2.1.5', '5.2.6', '5.2.3']).slice(FM.length) }, ATT);
      assert.deepEqual(
        a.of('na-without-reason').map((d) => [d.clause, d.range.start.line]),
        [
          ['5.2.6', 4],
          ['5.2.3', 6],
        ],
      );
      assert.deepEqual(
        a.of('unknown-clause').map((d) => [d.clause, d.range.start.line]),
        [['5.9.9', 5]],
      );
      assert.equal(a.coverage[0].summary.notApplicable, 5);
      assert.deepEqual(
        a.of('missing-clause').map((d) => d.clause),
        ['5.2.3', '5.2.6'],
      );
      const fixed = applyEdits(
        a.texts,
        a.of('na-without-reason').flatMap((d) => d.fixes?.[0]?.edits ?? []),
      );
      assert.match(fixed['a.md'], /5\.2\.6: "Reason: why this clause does not apply"\n/);
      assert.match(fixed['a.md'], /5\.2\.3: "Reason: why this clause does not apply"\n/);
      const after = analyze(fixed, ATT);
      assert.deepEqual(after.of('na-without-reason'), []);
      assert.deepEqual(after.of('frontmatter-invalid'), []);
    });

    it('reads not_applicable from the config file too', () => {
      const a = analyze(
        { 'a.md': fullSet(['5.2.6']) },
        {
          ...ATT,
          config: {
            file: '/ws/evidence.config.yaml',
            notApplicable: [{ raw: '5.2.6', id: '5.2.6', reason: '不回收', keyRange: r(0, 0, 0, 5), range: r(0, 0, 0, 10) }],
          },
        },
      );
      assert.deepEqual(a.diagnostics, []);
      assert.equal(a.coverage[0].clauses.find((c) => c.id === '5.2.6')!.status, 'not-applicable');
    });
  });

  describe('stale-evidence', () => {
    it('reports an updated date older than staleAfterDays on its line', () => {
      const fm = '---\nstandard: GB/T 27922-2011\nupdated: 2025-11-20\n---\n';
      const text = fm + fullSet().slice(FM.length);
      assert.deepEqual(
        analyze({ 'a.md': text }, ATT)
          .of('stale-evidence')
          .map((d) => [d.severity, d.range]),
        [['info', r(2, 0, 2, 19)]],
      );
      assert.deepEqual(analyze({ 'a.md': text }, { ...ATT, config: { staleAfterDays: 400 } }).of('stale-evidence'), []);
    });
  });

  describe('frontmatter-invalid', () => {
    it('reports broken YAML and still analyses the document', () => {
      const text = '---\nstandard: GB/T 27922-2011\nowner: [张三\n---\n' + fullSet().slice(FM.length);
      const a = analyze({ 'a.md': text }, ATT);
      assert.equal(a.of('frontmatter-invalid').length, 1);
      assert.equal(a.of('missing-clause').length, 0);
    });

    it('reports an unclosed quote on the line where it opens, UTF-16 exact, in zh and en (CRLF too)', () => {
      for (const eol of ['\n', '\r\n']) {
        const text = ['---', 'standard: GB/T 27922-2011', 'owner: "𠀀张三', 'updated: 2026-01-01', '---', ''].join(eol) + fullSet().slice(FM.length);
        const zh = analyze({ 'a.md': text }, { ...ATT, locale: 'zh-CN' });
        assert.deepEqual(
          zh.of('frontmatter-invalid').map((d) => [d.range, d.message]),
          [[r(2, 7, 2, 12), '第 3 行：引号没有闭合，请补上结尾的引号，或删去开头的引号。']],
        );
        assert.deepEqual(
          analyze({ 'a.md': text }, ATT)
            .of('frontmatter-invalid')
            .map((d) => d.message),
          ['Line 3: a quote is opened but never closed; add the closing quote, or remove the opening one.'],
        );
      }
    });

    it('translates the YAML errors a writer meets into plain sentences on the line of the problem', () => {
      const cases: [string[], ReturnType<typeof r>, string][] = [
        [['owner: [张三'], r(2, 7, 2, 10), '第 3 行：[ 或 { 没有闭合，请补上 ] 或 }，或改为每行一项“- 内容”。'],
        [['owner: 张三', 'owner: 李四'], r(3, 0, 3, 1), '第 4 行：此字段在文件头中已经写过，每个字段只写一次。'],
        [['not_applicable:', '  5.2.6: 无', ' 5.3: 无'], r(4, 0, 4, 1), '第 5 行：缩进与上下行不一致，同一层的字段应从同一列开始。'],
        [['owner: 张三: 质量部'], r(2, 7, 2, 8), '第 3 行：一行中出现两个“字段: 值”，值里含冒号时请加引号。'],
        [['owner', 'organization: 某公司'], r(2, 0, 2, 5), '第 3 行：字段名跨了多行，或上一行缺少冒号。'],
        [['not_applicable:', '\t5.2.6: 无'], r(3, 0, 3, 1), '第 4 行：用制表符（Tab）缩进了，请改用空格。'],
        [['owner: - 张三', '- 李四'], r(2, 7, 2, 8), '第 3 行：此处有不应出现的符号，请检查冒号、短横线和引号。'],
        [['owner 张三'], r(2, 0, 2, 8), '第 3 行：字段名后缺少冒号，应写成“字段: 值”。'],
        [['%YAML 1.2'], r(2, 0, 2, 1), '第 3 行：文件头的写法不符合 YAML 格式，请检查冒号、引号和缩进。'],
      ];
      for (const [lines, range, message] of cases) {
        const text = ['---', 'standard: GB/T 27922-2011', ...lines, '---', ''].join('\n');
        assert.deepEqual(
          analyze({ 'a.md': text }, { ...ATT, locale: 'zh-CN' })
            .of('frontmatter-invalid')
            .map((d) => [d.range, d.message]),
          [[range, message]],
          lines.join(' / '),
        );
      }
    });

    it('reports an unknown standard and leaves the document out of every set', () => {
      const a = analyze({ 'a.md': '---\nstandard: ISO 9999\n---\n## 5.1 x\n' }, ATT);
      assert.match(a.of('frontmatter-invalid')[0].message, /Unknown standard "ISO 9999"; known: GB\/T 27922-2011/);
      assert.equal(a.coverage.length, 0);
    });

    it('recognises spelling variants of the standard as one set', () => {
      const a = analyze(
        { 'a.md': fullSet(), 'b.md': '---\nstandard: ＧＢ／Ｔ　２７９２２－２０１１\n---\n', 'c.md': '---\nstandard: gb/t 27922—2011\n---\n' },
        ATT,
      );
      assert.equal(a.coverage.length, 1);
      // b and c belong to the set; being empty, each gets its one no-clause-section hint.
      assert.deepEqual(
        a.diagnostics.map((d) => [d.rule, d.path, d.severity]),
        [
          ['no-clause-section', '/ws/b.md', 'info'],
          ['no-clause-section', '/ws/c.md', 'info'],
        ],
      );
    });
  });

  describe('configuration and inline control', () => {
    it('rules can be set off or to another severity', () => {
      const text = fullSet(['5.1.6.4']);
      assert.equal(analyze({ 'a.md': text }, { ...ATT, config: { rules: { 'missing-clause': 'off' } } }).diagnostics.length, 0);
      assert.equal(analyze({ 'a.md': text }, { ...ATT, config: { rules: { 'missing-clause': 'error' } } }).of('missing-clause')[0].severity, 'error');
    });

    it('evidence-disable … evidence-enable and disable-next-line silence rules, and a silenced weakness does not make a clause weak', () => {
      const text = fullSet()
        .replace(
          '#### 5.1.1.1 售后服务部门及职能岗位\n\n' + GOOD_BODY,
          '<!-- evidence-disable weak-thin weak-no-evidence -->\n#### 5.1.1.1 售后服务部门及职能岗位\n\n短。\n<!-- evidence-enable weak-thin weak-no-evidence -->\n',
        )
        .replace('#### 5.1.1.2', '<!-- evidence-disable-next-line -->\n#### 5.1.1.2')
        .replace('#### 5.1.1.2 服务网点覆盖与管理\n\n' + GOOD_BODY, '#### 5.1.1.2 服务网点覆盖与管理\n\n短。\n');
      const a = analyze({ 'a.md': text }, ATT);
      assert.deepEqual(
        a.diagnostics.map((d) => d.rule),
        [],
      );
      assert.equal(a.coverage[0].clauses.find((c) => c.id === '5.1.1.1')!.status, 'covered');
      const enabledAgain = analyze({ 'a.md': text.replace('#### 5.1.1.3 自建或委托网点\n\n' + GOOD_BODY, '#### 5.1.1.3 自建或委托网点\n\n短。\n') }, ATT);
      assert.deepEqual(
        enabledAgain.diagnostics.map((d) => [d.rule, d.clause]),
        [
          ['weak-thin', '5.1.1.3'],
          ['weak-no-evidence', '5.1.1.3'],
        ],
      );
    });
  });

  describe('messages', () => {
    it('are available in zh-CN', () => {
      const a = analyze({ 'a.md': fullSet(['5.1.6.4']) }, { ...ATT, locale: 'zh-CN' });
      assert.equal(a.of('missing-clause')[0].message, '条款 5.1.6.4 服务标准化 在本证据集中没有证据章节。');
      assert.equal(a.of('missing-clause')[0].fixes![0].title, '插入 5.1.6.4 服务标准化 章节');
    });
  });
});
