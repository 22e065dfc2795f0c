// Property test through the real server over stdio (see helpers/fuzzServer.ts
// for what is checked after every step). The normal suite runs a small seeded
// sample; `npm run fuzz` runs the nightly size (FUZZ_RUNS, FUZZ_OPS, FUZZ_SEED,
// FUZZ_MIN_EDITS) and fails if fewer edits than FUZZ_MIN_EDITS were made.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { makeWorkspace, removeWorkspace } from '../lsp/helpers/fixture';
import { LspSession } from '../lsp/helpers/lspSession';
import { evidenceDocument, op } from './helpers/evidenceArbitraries';
import { FUZZ_WORKSPACE, ServerFuzzer } from './helpers/fuzzServer';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const OPS = Number(process.env.FUZZ_OPS ?? 12);
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 27922);
const MIN_EDITS = Number(process.env.FUZZ_MIN_EDITS ?? 0);

describe(`server under random documents and edits (seed ${SEED}, ${RUNS} runs × ≤${OPS} ops)`, function () {
  this.timeout(Math.max(60000, RUNS * OPS * 400));
  let session: LspSession;
  let root: string;

  before(async () => {
    root = makeWorkspace(FUZZ_WORKSPACE);
    session = await LspSession.start({ root, locale: 'en' });
  });
  after(async () => {
    await session?.stop();
    if (root) removeWorkspace(root);
  });

  it('never crashes or stops answering, keeps the client’s text, keeps ranges inside, and its quick fixes work', async () => {
    const fuzzer = new ServerFuzzer(session, root);
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(evidenceDocument, fc.array(op, { minLength: 1, maxLength: OPS }), (doc, ops) => fuzzer.run(doc, ops)),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const s = fuzzer.stats;
    console.log(`      ${s.runs} documents, ${s.edits} edits, ${s.fixes} quick fixes applied (${s.fixesTried} tried) in ${Date.now() - started} ms`);
    assert.ok(s.edits >= MIN_EDITS, `only ${s.edits} edits, wanted ${MIN_EDITS}`);
    assert.ok(s.fixes > 0, 'no quick fix was exercised');
  });
});
