// Numbers as service texts write them: 24, 0.5, 二十四, 两, 一百二十, 半.

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number in Arabic digits or Chinese numerals (below 10 000); undefined when it is neither. */
export function parseNumber(raw: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  if (raw === '半') return 0.5;
  if (raw.length > 10 || !/^[零〇一二两三四五六七八九十百千]+$/.test(raw)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of raw) {
    if (ch in DIGIT) {
      // Two digits stand together only as 零 and a digit after a multiplier (一百零五); 二二, 五零 and 二〇 are no number.
      if (digit !== undefined && (digit !== 0 || DIGIT[ch] === 0)) return undefined;
      digit = DIGIT[ch];
      continue;
    }
    // 十 alone or at the start is 1×10 (十五 = 15).
    total += (digit ?? 1) * MULTIPLIER[ch];
    digit = undefined;
  }
  return total + (digit ?? 0);
}

/** The character class of a number token, for regular expressions. */
export const NUMBER_SOURCE = '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+|半)';
