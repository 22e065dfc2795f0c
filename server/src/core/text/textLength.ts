// Length of evidence text as an auditor reads it: each CJK character counts 1,
// each run of Latin letters or digits (a word, a number, a dotted number) counts 1.
const UNITS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{Script=Latin}\p{Nd}]+(?:[.．]\p{Nd}+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  UNITS.lastIndex = 0;
  while (UNITS.exec(text) !== null) n++;
  return n;
}
