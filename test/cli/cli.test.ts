// evidence-lint spawned as a process on real files, as CI runs it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RULE_IDS } from '../../server/src/core';

const CLI = resolve(__dirname, '../../dist/cli.js');
const EXAMPLES = resolve(__dirname, '../../examples');

function lint(args: string[], cwd = resolve(__dirname, '../..')) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const COMPLETE = readFileSync(join(EXAMPLES, '01-售后服务体系.md'), 'utf8');

describe('evidence-lint CLI', () => {
  it('--format json follows spec §7 and reports every rule on the example set', () => {
    const r = lint(['examples', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    assert.deepEqual([...new Set(out.diagnostics.map((d: { rule: string }) => d.rule))].sort(), [...RULE_IDS].sort());
    const d = out.diagnostics[0];
    assert.deepEqual(Object.keys(d).sort(), ['clause', 'file', 'message', 'range', 'rule', 'severity']);
    assert.match(d.file, /^examples\/[^\\]+\.md$/);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity));
    const [cov] = out.coverage;
    assert.equal(cov.standard, 'GB/T 27922-2011');
    assert.equal(cov.root, 'examples');
    assert.deepEqual(Object.keys(cov.summary).sort(), ['covered', 'leaves', 'missing', 'notApplicable', 'percent', 'weak']);
    assert.equal(cov.clauses[0].id, '5');
    assert.ok(
      cov.clauses.every((c: { id: string; title: string; status: string; locations: unknown[] }) => c.id && c.title && c.status && Array.isArray(c.locations)),
    );
    assert.equal(cov.score.estimate, true);
  });

  it('--format json gives every clause its points and confidence, and the clause-6 score fields', () => {
    const out = JSON.parse(lint(['examples', '--format', 'json']).stdout);
    const [cov] = out.coverage;
    // Worked out by hand in examples/说明.txt: applicable 100 − 35/6 (5.2.6 删减); 4 leaves missing, 4 weak at half.
    assert.deepEqual(cov.score, {
      value: 78.4,
      base: 78.4,
      earned: 73.83,
      applicable: 94.17,
      deductions: 1,
      bonus: 1,
      level: 'Compliant',
      label: 'Compliant (estimate)',
      estimate: true,
    });
    assert.equal(cov.clauses.length, 43);
    for (const c of cov.clauses) {
      assert.equal(typeof c.points, 'number', c.id);
      assert.ok(['verified', 'single-source', 'seed-only', 'inferred'].includes(c.confidence), c.id);
    }
    const pick = (id: string) => cov.clauses.find((c: { id: string }) => c.id === id);
    assert.deepEqual([pick('5').points, pick('5.1').points, pick('5.2').points, pick('5.3').points], [94.17, 40, 29.17, 25]);
    assert.deepEqual([pick('5.1.2.2').points, pick('5.3.1').points, pick('5.3.1').earned, pick('5.3.1').confidence], [5, 12.5, 6.25, 'inferred']);
    assert.deepEqual([pick('5.1.1.3').points, pick('5.1.1.3').countsFor], [0, '5.1.1.2']);
    assert.deepEqual(
      pick('5.2.4').locations.map((l: { line: number }) => l.line),
      [43, 49],
      '5.2.4.1 counts for 5.2.4',
    );
  });

  it('text output: file:line:col severity rule message, grouped, with a summary and level estimate', () => {
    const r = lint(['examples', '--locale', 'zh-CN']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^examples\/00-总览\.md:2:1 warning missing-clause 条款 5\.2\.5 /m);
    assert.match(r.stdout, /\n\nexamples\/01-售后服务体系\.md:/);
    assert.match(r.stdout, /适用条款 \d+ 项中已覆盖 \d+ 项/);
    assert.match(
      r.stdout,
      /预估等级: 达标级\n {2}特别扣分项 1 项 · 特别加分项 1 项（扣加分前得分 78\.4）\n {2}适用条款 29 项中，6 项的目录内容为推断，8 项仅有单一来源。\n/,
    );
  });

  it('text output: a YAML error in the header is told in Chinese on the line of the problem (an unclosed quote on line 3)', () => {
    const r = lint(['examples', '--locale', 'zh-CN']);
    assert.deepEqual(
      r.stdout.split('\n').filter((l) => l.includes('frontmatter-invalid')),
      ['examples/05-草稿.md:3:8 error frontmatter-invalid 第 3 行：引号没有闭合，请补上结尾的引号，或删去开头的引号。'],
    );
  });

  it('sarif output is SARIF 2.1.0 with one rule entry per rule id', () => {
    const r = lint(['examples', '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.deepEqual(
      run.tool.driver.rules.map((x: { id: string }) => x.id),
      [...RULE_IDS],
    );
    assert.ok(run.tool.driver.rules.every((x: { shortDescription: { text: string } }) => x.shortDescription.text.length > 0));
    const res = run.results[0];
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
    // Related sections come from the core: 5.1.3.1's section in 01 points to its other one in 04 (line 13).
    const duplicate = run.results.find(
      (x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        x.ruleId === 'duplicate-section' && x.locations[0].physicalLocation.artifactLocation.uri.endsWith(encodeURIComponent('01-售后服务体系.md')),
    );
    assert.deepEqual(
      duplicate.relatedLocations.map((l: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }) => [
        decodeURIComponent(l.physicalLocation.artifactLocation.uri),
        l.physicalLocation.region.startLine,
      ]),
      [['examples/04-附录.md', 13]],
    );
  });

  it('--coverage html writes a self-contained report to --out and still prints diagnostics', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'evidence-out-')), 'report.html');
    const r = lint(['examples', '--coverage', 'html', '--out', out, '--locale', 'zh-CN']);
    assert.equal(r.code, 1);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script|<link /);
    assert.match(html, /适用性声明/);
    assert.match(html, /5\.2\.6/);
    assert.match(html, /class="st missing"/);
    assert.match(r.stdout, /missing-clause/);
  });

  it('--coverage markdown and json print the report', () => {
    assert.match(lint(['examples', '--coverage', 'markdown']).stdout, /^# Evidence coverage: GB\/T 27922-2011/);
    const json = JSON.parse(lint(['examples', '--coverage', 'json']).stdout);
    assert.equal(json[0].standard, 'GB/T 27922-2011');
  });

  it('exits 0 on a set without errors', () => {
    const dir = workspace({ 'a.md': '---\nstandard: GB/T 27922-2011\n---\n## 5.1 体系\n' });
    const r = lint([dir, '--quiet']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });

  it('exits 2 with a one-line message for a bad flag, an unreadable path, a broken config, an unknown standard', () => {
    const bad = lint(['--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^evidence-lint: --format must be one of text, json, sarif, not "xml"/);
    assert.equal(lint(['no/such/dir']).code, 2);
    const broken = workspace({ 'evidence.config.yaml': 'minChars: [\n', 'a.md': COMPLETE });
    const b = lint([broken]);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /evidence\.config\.yaml:\d+:\d+: YAML/);
    const unknown = workspace({ 'evidence.config.yaml': 'standard: ISO 1\n' });
    const u = lint([unknown]);
    assert.equal(u.code, 2);
    assert.match(u.stderr, /unknown standard "ISO 1"/);
    const missingCatalog = workspace({ 'evidence.config.yaml': 'catalogs: [nope.yaml]\n' });
    assert.match(lint([missingCatalog]).stderr, /nope\.yaml:1:1: cannot read catalog/);
  });

  it('--cache keeps parse results in .evidence-cache/ and never serves a changed file from it', () => {
    const dir = workspace({ 'a.md': '---\nstandard: GB/T 27922-2011\n---\n## 5.1 体系\n' });
    const first = lint([dir, '--cache', '--format', 'json']);
    assert.ok(existsSync(join(dir, '.evidence-cache', 'parse-cache.br')));
    const second = lint([dir, '--cache', '--format', 'json']);
    assert.equal(second.stdout, first.stdout);
    writeFileSync(join(dir, 'a.md'), '---\nstandard: GB/T 27922-2011\n---\n## 5.1 体系\n见 §5.9.9\n');
    const third = JSON.parse(lint([dir, '--cache', '--format', 'json']).stdout);
    assert.deepEqual(
      third.diagnostics.filter((d: { rule: string }) => d.rule === 'unknown-clause').map((d: { clause: string }) => d.clause),
      ['5.9.9'],
    );
  });

  it('skips binary and oversized files with a notice, and decodes GB18030', () => {
    const gbk = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, ...Buffer.from('standard: GB/T 27922-2011\n---\n## 5.1 '), 0xcc, 0xe5, 0xcf, 0xb5, 0x0a]);
    const dir = workspace({ 'bin.md': 'x\u0000y', 'big.md': 'x'.repeat(100), 'evidence.config.yaml': 'maxFileSize: 50\n' });
    writeFileSync(join(dir, 'gbk.md'), gbk);
    const r = lint([dir, '--format', 'json']);
    assert.match(r.stderr, /bin\.md: skipped \(binary/);
    assert.match(r.stderr, /big\.md: skipped \(too-large/);
    assert.match(r.stderr, /gbk\.md: decoded as gb18030/);
    const out = JSON.parse(r.stdout);
    assert.equal(out.coverage[0].clauses.find((c: { id: string }) => c.id === '5.1').locations.length, 1);
  });
});
