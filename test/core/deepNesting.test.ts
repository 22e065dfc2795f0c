// Nesting past the parser's limits becomes text (markdownParser.ts): exactly the
// indentation past 64 columns and the container markers past 32 on a line turn
// into no-break spaces, and nothing else moves.
import { strict as assert } from 'node:assert';
import { defuseDeepNesting } from '../../server/src/core/parse/markdownParser';
import { parseEvidenceDocument } from '../../server/src/core';

const NBSP = '\u00a0';

describe('deep nesting becomes text at the limits, offsets kept', () => {
  it('indentation: 64 leading spaces or tabs stay, every one past them becomes a no-break space', () => {
    assert.equal(defuseDeepNesting(' '.repeat(64) + 'x'), ' '.repeat(64) + 'x');
    assert.equal(defuseDeepNesting(' '.repeat(65) + 'x'), ' '.repeat(64) + NBSP + 'x');
    assert.equal(defuseDeepNesting(' '.repeat(60) + '\t'.repeat(6) + '𠀀'), ' '.repeat(60) + '\t'.repeat(4) + NBSP + NBSP + '𠀀');
    // Every line on its own, CRLF or LF; indentation inside a line is no indentation.
    assert.equal(
      defuseDeepNesting('a\r\n' + ' '.repeat(66) + 'b\nc' + ' '.repeat(70) + 'd'),
      'a\r\n' + ' '.repeat(64) + NBSP + NBSP + 'b\nc' + ' '.repeat(70) + 'd',
    );
  });

  it('quotes: 32 markers on a line stay, the ones past them become no-break spaces', () => {
    assert.equal(defuseDeepNesting('> '.repeat(32) + '引'), '> '.repeat(32) + '引');
    assert.equal(defuseDeepNesting('> '.repeat(34) + '引'), '> '.repeat(32) + (NBSP + ' ').repeat(2) + '引');
    assert.equal(defuseDeepNesting('>'.repeat(33) + '引'), '>'.repeat(32) + NBSP + '引');
  });

  it('list markers of every kind count, up to 9 digits; the rest of the line and the other lines are untouched', () => {
    const deepBullets = '- '.repeat(16) + '* '.repeat(16) + '+ ' + '深';
    assert.equal(defuseDeepNesting(deepBullets), '- '.repeat(16) + '* '.repeat(16) + NBSP + ' 深');
    assert.equal(defuseDeepNesting('1. '.repeat(32) + '2) 项'), '1. '.repeat(32) + NBSP + NBSP + ' 项');
    assert.equal(defuseDeepNesting('123456789. '.repeat(33) + 'x'), '123456789. '.repeat(32) + NBSP.repeat(10) + ' x');
    // Ten digits are no list marker: nothing to count past it.
    const tenDigits = '- '.repeat(31) + '1234567890. ' + '- '.repeat(5) + 'x';
    assert.equal(defuseDeepNesting(tenDigits), tenDigits);
    // A marker glued to text is text.
    const glued = '- '.repeat(32) + '-x - y';
    assert.equal(defuseDeepNesting(glued), glued);
    const two = '> '.repeat(33) + 'a\r\n' + '- '.repeat(3) + 'b\n' + '>'.repeat(40);
    assert.equal(defuseDeepNesting(two), '> '.repeat(32) + NBSP + ' a\r\n' + '- '.repeat(3) + 'b\n' + '>'.repeat(32) + NBSP.repeat(8));
  });

  it('a marker at the end of a line counts; the line break after it stays', () => {
    assert.equal(defuseDeepNesting('- '.repeat(32) + '-\n正文'), '- '.repeat(32) + NBSP + '\n正文');
    assert.equal(defuseDeepNesting('- '.repeat(32) + '-'), '- '.repeat(32) + NBSP);
  });

  it('a heading behind 33 quote markers is text of the quote, not a section', () => {
    const text = '>'.repeat(33) + ' ## 5.1 体系\n' + '>'.repeat(32) + ' ## 5.2 商品\n';
    const doc = parseEvidenceDocument('/ws/a.md', text);
    assert.deepEqual(
      doc.headings.map((h) => [h.line, h.text]),
      [[1, '5.2 商品']],
    );
  });
});
