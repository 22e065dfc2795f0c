// Every example of the CommonMark spec (npm commonmark-spec) goes through the
// engine: parsed as an evidence document, alone and after a frontmatter that
// makes it one, and analysed as a folder. Nothing may throw. The test's mocha
// timeout guards against a hang; no duration is asserted.
import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import { parseEvidenceDocument } from '../../server/src/core';
import { analyze, FM } from '../helpers/analyze';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const spec: { tests: { markdown: string; section: string; number: number }[] } = require('commonmark-spec');

describe('CommonMark spec examples through the engine', function () {
  this.timeout(120000);

  it(`has the spec's examples (${spec.tests.length})`, () => {
    assert.ok(spec.tests.length >= 600, `only ${spec.tests.length} examples`);
  });

  it('parses and analyses every example without an exception', () => {
    const failures: string[] = [];
    let slowest = { ms: 0, n: 0 };
    for (const ex of spec.tests) {
      // The spec file shows tabs as →.
      const md = ex.markdown.replace(/→/g, '\t');
      for (const [label, text] of [
        ['plain', md],
        ['evidence', FM + md],
        ['crlf evidence', (FM + md).replace(/\n/g, '\r\n')],
      ] as const) {
        const started = performance.now();
        try {
          parseEvidenceDocument(`/ws/${ex.number}.md`, text);
          const result = analyze({ 'a.md': text, 'b.md': FM + '## 5.1.1 组织架构\n\n见 §5.1.1.1\n' });
          for (const d of result.diagnostics) {
            const lines = (result.texts[d.path.slice(4)] ?? '').split(/\r?\n/).length;
            if (d.range.start.line > d.range.end.line || d.range.end.line >= lines + 1)
              failures.push(`example ${ex.number} (${label}): diagnostic ${d.rule} outside the document`);
          }
        } catch (e) {
          failures.push(`example ${ex.number} (${ex.section}, ${label}): ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
        }
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, n: ex.number };
      }
    }
    assert.deepEqual(failures, []);
    // Reported so a creeping slowdown is visible in the log.
    console.log(`      slowest example: #${slowest.n} ${slowest.ms.toFixed(1)} ms`);
  });
});
