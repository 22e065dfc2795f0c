// Figures in a piece of text: durations, percentages, headcounts and service
// hours, normalised so that 24 小时, 24h, 二十四小时 and 一天 compare equal.
import { NUMBER_SOURCE, parseNumber } from './chineseNumber';

/** What a normalised number counts: hours, working days (never converted), months, %, people; or a schedule. */
export type ValueFamily = 'h' | 'workday' | 'month' | 'percent' | 'people' | 'schedule';

export type Bound = 'exact' | 'at-most' | 'at-least' | 'range';

export interface ClaimValue {
  family: ValueFamily;
  /** One number, or the two ends of a range, in the family's unit. */
  numbers: number[];
  bound: Bound;
  /** Normalised service hours (7×24, 工作日 09:00–18:00) for the schedule family. */
  schedule?: string;
}

/** A number as written, with what one of its units is worth in the family's unit. */
export interface NumberSpan {
  start: number;
  end: number;
  factor: number;
}

export interface ValueMatch {
  start: number;
  end: number;
  value: ClaimValue;
  numbers: NumberSpan[];
}

// A number starts where no digit or numeral stands before it: a long run of digits is tried once, not at every position.
const N = `(?<![\\d.零〇一二两三四五六七八九十百千])${NUMBER_SOURCE}`;
const AT_MOST_BEFORE = ['不超过', '不多于', '不大于', '不超出', '不晚于', '最长', '最多', '最迟', '小于等于', '小于', '≤', '<=', '<'];
const AT_LEAST_BEFORE = ['不少于', '不低于', '不小于', '至少', '最少', '大于等于', '大于', '高于', '超过', '达到', '≥', '>=', '>'];
const PRE = `(?<pre>${[...AT_MOST_BEFORE, ...AT_LEAST_BEFORE].map(escape).join('|')})?`;
const POST = '(?<post>以内|之内|内|及以上|以上|以下)?';
const RANGE = `(?:\\s{0,4}[-–—~至到]\\s{0,4}(?<b>${N}))?`;

const TIME_UNITS: Record<string, [ValueFamily, number]> = {
  个工作日: ['workday', 1],
  工作日: ['workday', 1],
  个自然日: ['h', 24],
  自然日: ['h', 24],
  日历日: ['h', 24],
  天: ['h', 24],
  日: ['h', 24],
  个小时: ['h', 1],
  小时: ['h', 1],
  钟头: ['h', 1],
  hours: ['h', 1],
  hour: ['h', 1],
  hrs: ['h', 1],
  hr: ['h', 1],
  h: ['h', 1],
  分钟: ['h', 1 / 60],
  个星期: ['h', 168],
  星期: ['h', 168],
  周: ['h', 168],
  // A bare 月 is a month of the year (1月至10月); a duration says 个月 (or 个半月, below).
  个月: ['month', 1],
  年: ['month', 12],
  月: ['month', 1],
};
// 一个半小时 and 一个半月 (个半 before the unit), 一年半 and 两天半 (半 after it): half a unit more.
const TIME = new RegExp(
  `${PRE}\\s{0,4}(?<a>${N})(?<halfBefore>个半)?${RANGE}\\s{0,4}(?<unit>${Object.keys(TIME_UNITS).map(escape).join('|')})(?![A-Za-z])(?<halfAfter>半(?![年月日天周小时个分钟]))?${POST}`,
  'g',
);
const PERCENT = new RegExp(`${PRE}\\s{0,4}(?<a>(?<![\\d.])\\d+(?:\\.\\d+)?)${RANGE}\\s{0,4}%${POST}`, 'g');
// 30-40 人 is a range, not 40 people.
const PEOPLE = new RegExp(`${PRE}\\s{0,4}(?<a>${N})${RANGE}\\s{0,4}(?:名|人|位)(?!次|民|工|均|数|类)(?<post>及以上|以上)?`, 'g');
// 7×24 (also 7天×24小时, 7*24h): round-the-clock service.
const ROUND_THE_CLOCK = /(?<![\d.])(?<a>\d{1,2})\s{0,4}天?\s{0,4}[×xX*]\s{0,4}(?<b>\d{1,2})\s{0,4}(?:小时|h(?![A-Za-z]))?/g;
const DAYS: Record<string, string> = {
  周一至周五: '工作日',
  周一到周五: '工作日',
  '周一~周五': '工作日',
  工作日: '工作日',
  每天: '每天',
  每日: '每天',
  全年: '每天',
  全天: '每天',
  周一至周日: '每天',
  周一到周日: '每天',
  节假日: '节假日',
};
const HOURS = new RegExp(
  `(?:(?<days>${Object.keys(DAYS).map(escape).join('|')})\\s{0,4})?(?<h1>\\d{1,2}):(?<m1>\\d{2})\\s{0,4}[-–—~至到]\\s{0,4}(?<h2>\\d{1,2}):(?<m2>\\d{2})`,
  'g',
);

/**
 * The figures in `text` (already folded to half-width), in order, none overlapping.
 * Schedules go first, so the 24 of 7×24 is not read as a duration.
 */
export function findValues(text: string): ValueMatch[] {
  const found: ValueMatch[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  const add = (m: ValueMatch | undefined) => {
    if (m && !taken(m.start, m.end)) found.push(m);
  };
  for (const m of text.matchAll(ROUND_THE_CLOCK)) {
    add({
      start: m.index,
      end: m.index + m[0].length,
      value: { family: 'schedule', numbers: [], bound: 'exact', schedule: `${m.groups!.a}×${m.groups!.b}` },
      numbers: [],
    });
  }
  for (const m of text.matchAll(HOURS)) {
    const g = m.groups!;
    const days = g.days ? DAYS[g.days] + ' ' : '';
    const schedule = `${days}${g.h1.padStart(2, '0')}:${g.m1}–${g.h2.padStart(2, '0')}:${g.m2}`;
    add({ start: m.index, end: m.index + m[0].length, value: { family: 'schedule', numbers: [], bound: 'exact', schedule }, numbers: [] });
  }
  for (const m of durations(text)) add(m);
  for (const m of text.matchAll(PERCENT)) add(numeric(m, 'percent', 1));
  for (const m of text.matchAll(PEOPLE)) add(numeric(m, 'people', 1));
  return found.sort((a, b) => a.start - b.start);
}

/** A duration as matched, with the words around it that decide whether it joins the next one. */
interface Duration {
  match: ValueMatch;
  pre?: string;
  post?: string;
  half: boolean;
  factor: number;
}

/**
 * Durations, with one written in two units read as one figure: 2年6个月 is 30 months, 1小时30分钟 is
 * 1.5 h. Such a figure, and one with a half (一年半), keeps no number spans: the quick fix cannot
 * rewrite it in place.
 */
function durations(text: string): ValueMatch[] {
  const found: Duration[] = [];
  for (const m of text.matchAll(TIME)) {
    const g = m.groups!;
    const [family, factor] = TIME_UNITS[g.unit];
    const half = g.halfBefore !== undefined || g.halfAfter !== undefined;
    // A bare 月 counts only as 个半月; 3月 is a month of the year.
    if (g.unit === '月' && g.halfBefore === undefined) continue;
    if (isDate(text, m, family, factor)) continue;
    const match = numeric(m, family, factor, half);
    if (!match) continue;
    const previous = found[found.length - 1];
    if (previous && joins(text, previous, match, g.pre, factor)) {
      const total = round(previous.match.value.numbers[0] + match.value.numbers[0]);
      previous.match = {
        start: previous.match.start,
        end: match.end,
        value: { family, numbers: [total], bound: boundOf(previous.pre, g.post) },
        numbers: [],
      };
      previous.post = g.post;
      previous.half = previous.half || half;
      previous.factor = factor;
      continue;
    }
    found.push({ match, pre: g.pre, post: g.post, half, factor });
  }
  return found.map((d) => d.match);
}

/** Whether `next` continues `previous` in a smaller unit of the same family, with nothing but spaces between. */
function joins(text: string, previous: Duration, next: ValueMatch, nextPre: string | undefined, nextFactor: number): boolean {
  return (
    previous.post === undefined &&
    !previous.half &&
    nextPre === undefined &&
    previous.match.value.bound !== 'range' &&
    next.value.bound !== 'range' &&
    previous.match.value.family === next.value.family &&
    nextFactor < previous.factor &&
    /^\s{0,4}$/.test(text.slice(previous.match.end, next.start))
  );
}

function numeric(m: RegExpMatchArray, family: ValueFamily, factor: number, half = false): ValueMatch | undefined {
  const g = m.groups!;
  const a = parseNumber(g.a);
  const b = g.b !== undefined ? parseNumber(g.b) : undefined;
  if (a === undefined || (g.b !== undefined && b === undefined)) return undefined;
  // The match may begin with spaces before the number when no bound word is written.
  const lead = m[0].length - m[0].trimStart().length;
  const start = m.index! + lead;
  const aStart = m.index! + m[0].indexOf(g.a, (g.pre?.length ?? 0) + lead);
  const numbers: NumberSpan[] = [{ start: aStart, end: aStart + g.a.length, factor }];
  if (b !== undefined) {
    const bStart = m.index! + m[0].indexOf(g.b, aStart - m.index! + g.a.length);
    numbers.push({ start: bStart, end: bStart + g.b.length, factor });
  }
  const bound: Bound = b !== undefined ? 'range' : boundOf(g.pre, g.post);
  const values = b !== undefined ? [a, b] : [a];
  if (half) {
    // 一个半 is one and a half; a half after a range or a fraction (1.5年半) is no figure.
    if (b !== undefined || !Number.isInteger(a)) return undefined;
    return { start, end: m.index! + m[0].length, value: { family, numbers: [round((a + 0.5) * factor)], bound }, numbers: [] };
  }
  return { start, end: m.index! + m[0].length, value: { family, numbers: values.map((x) => round(x * factor)), bound }, numbers };
}

function boundOf(pre: string | undefined, post: string | undefined): Bound {
  if ((pre && AT_MOST_BEFORE.includes(pre)) || post === '以内' || post === '之内' || post === '内' || post === '以下') return 'at-most';
  if ((pre && AT_LEAST_BEFORE.includes(pre)) || post === '以上' || post === '及以上') return 'at-least';
  return 'exact';
}

/** 2024年, 3月1日, 2025年6月: calendar dates, not durations. */
function isDate(text: string, m: RegExpMatchArray, family: ValueFamily, factor: number): boolean {
  const unit = m.groups!.unit;
  if (unit !== '年' && unit !== '日') return false;
  const end = m.index! + m[0].length - (m.groups!.post?.length ?? 0);
  // 2025年6月 is a date; 2年6个月 is a duration in two units.
  if (/\d/.test(text.charAt(end)) && !(unit === '年' && /^\d+\s{0,4}个月/.test(text.slice(end)))) return true;
  const before = text.slice(Math.max(0, m.index! - 2), m.index);
  if (/\d[年月]$/.test(before) || /[年月]$/.test(before)) return true;
  return family === 'month' && factor === 12 && Number(m.groups!.a) >= 1900;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The key under which two values are the same statement (a bound word alone does not change it). */
export function valueKey(v: ClaimValue): string {
  return v.family === 'schedule' ? `schedule:${v.schedule}` : `${v.family}:${v.numbers.join('–')}`;
}
