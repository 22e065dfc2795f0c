// Text measures at their edges: the ends of the full-width block, every dash
// that names a standard, dotted numbers as one word, and title bigrams.
import { strict as assert } from 'node:assert';
import { foldFullWidth, standardKey } from '../../server/src/core/text/normalize';
import { LineIndex, rankClauses } from '../../server/src/core';
import { grams, titleScore } from '../../server/src/core/text/similarity';
import { countWords } from '../../server/src/core/text/textLength';
import { freshRegistry } from './fixture';

describe('text folding and measures', () => {
  it('full width: the whole block ！ to ～ folds to ASCII, the code points beside it and astral characters stay', () => {
    assert.equal(foldFullWidth('！～\uFF00\uFF5F\u3000𠀀５'), '!~\uFF00\uFF5F 𠀀5');
  });

  it('standard names: every look-alike dash is a hyphen; spaces and slashes are dropped; other marks stay', () => {
    assert.deepEqual(['a\u2010b', 'a\u2015b', 'a\u2212b', 'a\uFE58b', 'a\uFE63b', 'a\uFF0Db', 'a\u2016b', 'a\u2009/ \tb'].map(standardKey), [
      'A-B',
      'A-B',
      'A-B',
      'A-B',
      'A-B',
      'A-B',
      'A\u2016B',
      'AB',
    ]);
  });

  it('text length: a dotted number or version is one word, a dot before a space ends it; full-width letters and digits are a word', () => {
    assert.equal(countWords('3.5 版本 1．5 v2.0.1 3. 5'), 7);
    assert.equal(countWords('ＩＳＯ９００１'), 1);
  });

  it('title bigrams: one character is its own gram; Latin words and numbers stay whole and pair with their neighbours', () => {
    assert.deepEqual(
      [grams('服务'), grams('服'), grams('ISO 9001 认证'), grams('售后 ABC'), grams('——')].map((g) => [...g]),
      [['服务'], ['服'], ['iso', 'iso9001', '9001', '9001认', '认证'], ['售后', '后abc', 'abc'], []],
    );
  });
});

describe('title similarity and line offsets at their edges', () => {
  it('title score: a title that is the clause title in both languages plus a glued word scores the bigram Dice of the titles, 12/13', () => {
    // 投诉处理 Complaint handling: 7 grams (投诉 诉处 处理 理complaint complaint complainthandling handling); 5.3.2's
    // titles give 6 of them; Dice = 2·6 / (7 + 6), above 0.9 × the share found in its text (6/7).
    const [catalog] = freshRegistry().all();
    assert.equal(titleScore(catalog, '投诉处理 Complaint handling', '5.3.2'), 12 / 13);
    assert.deepEqual(
      rankClauses(catalog, '投诉处理 Complaint handling', 1).map((m) => [m.clause.id, m.score]),
      [['5.3.2', 12 / 13]],
    );
    assert.equal(titleScore(catalog, '投诉处理', '9.9.9'), 0);
  });

  it('line offsets: the first line is no negative line, and the line just past the last is the end of the text', () => {
    const idx = new LineIndex('ab\r\n𠀀c');
    assert.deepEqual([idx.offsetAt({ line: 0, character: 1 }), idx.offsetAt({ line: 1, character: 2 }), idx.offsetAt({ line: 2, character: 0 })], [1, 6, 7]);
  });

  it('line ends: an empty line between two lone CRs ends where it starts; a CRLF at offset 0 makes the document CRLF', () => {
    const idx = new LineIndex('a\r\rb');
    assert.deepEqual([idx.lineEnd(0), idx.lineEnd(1), idx.lineEnd(2)], [1, 2, 4]);
    assert.deepEqual([idx.lineText(0), idx.lineText(1), idx.lineText(2)], ['a', '', 'b']);
    assert.equal(new LineIndex('\r\n第一行\n第二行').eol(), '\r\n');
    assert.equal(new LineIndex('第一行\n第二行\r\n').eol(), '\n');
  });
});
