// Folding of full-width forms and look-alike punctuation that Chinese input
// methods produce, so ids and standard names compare as ASCII.

/** Full-width ASCII variants (U+FF01..U+FF5E) to ASCII, ideographic space to space. */
export function foldFullWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Key under which spelling variants of a standard's name compare equal. */
export function standardKey(name: string): string {
  return foldFullWidth(name)
    .replace(DASHES, '-')
    .replace(/[\s/]+/g, '')
    .toUpperCase();
}
