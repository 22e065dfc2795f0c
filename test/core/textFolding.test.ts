// Text measures at their edges: the ends of the full-width block, every dash
// that names a standard, dotted numbers as one word, and title bigrams.
import { strict as assert } from 'node:assert';
import { foldFullWidth, standardKey } from '../../server/src/core/text/normalize';
import { grams } from '../../server/src/core/text/similarity';
import { countWords } from '../../server/src/core/text/textLength';

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
