// Which heading starts, § references and tag comments are clause ids, as people
// type them: what may follow an id, bare numbers, annex letters, trailing dots.
import { strict as assert } from 'node:assert';
import { clauseTag, headingId, referenceIds } from '../../server/src/core/parse/clauseId';

const idOf = (text: string) => headingId(text)?.raw;

describe('clause id spellings', () => {
  it('heading ids: punctuation, emphasis or CJK may follow an id; an ASCII letter, digit or dot glued to it may not', () => {
    assert.deepEqual(['5.1,标题', '5.1）标题', '5.1*标题*', '５．１標題', '5.1.', '5 .1 标题', '5.1a 标题', '5.1.x', '5_x'].map(idOf), [
      '5.1',
      '5.1',
      '5.1',
      '５．１',
      '5.1.',
      '5 .1',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('heading ids: a bare number needs a space, colon or 、 after it, unless it ends the text or follows §', () => {
    assert.deepEqual(['5', '5：标题', '5、标题', '5\u3000标题', '5,标题', '5）标题'].map(idOf), ['5', '5', '5', '5', undefined, undefined]);
    assert.deepEqual(headingId('§5月'), { raw: '5', id: '5', offset: 1, section: true });
  });

  it('heading ids: an annex letter before the number belongs to the id, in ASCII or full width; a letter alone is none', () => {
    assert.deepEqual(headingId('A.5.1 附录'), { raw: 'A.5.1', id: 'A.5.1', offset: 0, section: false });
    assert.deepEqual(headingId('Ａ．５ 附录'), { raw: 'Ａ．５', id: 'A.5', offset: 0, section: false });
    assert.equal(headingId('B 标题'), undefined);
  });

  it('§ references: a dot of any width after the id ends the sentence; spaces inside the id are kept in raw', () => {
    assert.deepEqual(referenceIds('见§5.1.和§５．１．２．及§ 5 . 2'), [
      { raw: '5.1', id: '5.1', offset: 2, section: true },
      { raw: '５．１．２', id: '5.1.2', offset: 8, section: true },
      { raw: '5 . 2', id: '5.2', offset: 17, section: true },
    ]);
  });

  it('tag comments: spaces and case are free, the id is located in the untrimmed comment; text after the comment is no tag', () => {
    assert.deepEqual(clauseTag('  <!--clause:5.1-->  '), { raw: '5.1', id: '5.1', offset: 13, section: false });
    assert.deepEqual(clauseTag('<!-- Clause ： ５.１ -->'), { raw: '５.１', id: '5.1', offset: 14, section: false });
    assert.equal(clauseTag('<!-- clause: 5.1 --> x'), undefined);
    assert.equal(clauseTag('x <!-- clause: 5.1 -->'), undefined);
  });
});
