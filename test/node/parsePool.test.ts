// The parse pool: worker threads give each text the same pieces' facts as a
// parse on the main thread; a pool that is closed or lost leaves the texts to
// the caller; EVIDENCE_PARSE_WORKERS sets the pool's size.
import { strict as assert } from 'node:assert';
import { parsePieces } from '../../server/src/core/parse/pieces';
import { openParsePool, parseWorkerCount } from '../../server/src/node/parsePool';
import { fullSet } from '../helpers/analyze';

const TEXTS = [
  fullSet(),
  '# 标题\r\n\r\n正文 𠀀 见[记录][r]\r\n\r\n## 5.1 组织\r\n\r\n- [附件](附件/a.pdf)\r\n\r\n[r]: 附件/r.pdf\r\n',
  '---\nstandard: GB/T 27922-2011\n---\n\n# 𠀀𠀀 证据\n\n```\n# 不是标题\n```\n\n## 5.2 管理\n\n<!-- clause: 5.2 -->\n',
  '',
];

describe('parse pool', () => {
  it('parses texts in worker threads to the same facts and frontmatter as the main thread', async () => {
    const pool = openParsePool(2);
    assert.ok(pool, 'the worker script is found next to the pool');
    try {
      // More texts than one message takes, so both workers get some.
      const texts = [...TEXTS, ...TEXTS, ...TEXTS, ...TEXTS, ...TEXTS];
      const pieces = await pool.parse(texts);
      assert.deepEqual(pieces, texts.map(parsePieces));
      assert.equal(pieces.filter((p) => p?.frontmatter).length, 10, 'fullSet and the third text have frontmatter');
    } finally {
      pool.close();
    }
  });

  it('leaves the texts to the caller once the pool is closed', async () => {
    const pool = openParsePool(1)!;
    pool.close();
    assert.deepEqual(await pool.parse(TEXTS), [undefined, undefined, undefined, undefined]);
  });

  it('takes its size from EVIDENCE_PARSE_WORKERS, 0 meaning the main thread', () => {
    assert.equal(parseWorkerCount({ EVIDENCE_PARSE_WORKERS: '0' }), 0);
    assert.equal(parseWorkerCount({ EVIDENCE_PARSE_WORKERS: ' 3 ' }), 3);
    const byCores = parseWorkerCount({});
    assert.equal(parseWorkerCount({ EVIDENCE_PARSE_WORKERS: 'many' }), byCores);
    assert.equal(parseWorkerCount({ EVIDENCE_PARSE_WORKERS: '-1' }), byCores);
  });
});
