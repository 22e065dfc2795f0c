// The figures one document states (issue 14): each with its kind from the
// catalog, its normalised value, the scope words around it and its range.
// Read from text runs only: code blocks, HTML comments and headings say nothing.
import type { ClaimKind, ClaimScope, ClaimsData } from '../catalog/catalog';
import type { ParsedDocument } from '../parse/evidenceDocument';
import type { Range } from '../types';
import { findValues, type ClaimValue, type ValueFamily, type ValueMatch } from './claimValue';
import { plainTextOf, type PlainText } from './plainText';

export interface ClaimNumber {
  /** Source offsets of the number as written. */
  start: number;
  end: number;
  range: Range;
  /** What one unit as written is worth in the value's family (天 → 24 hours). */
  factor: number;
}

export interface Claim {
  kind: ClaimKind;
  /** Scope words found with the figure, by scope id order of the catalog. */
  scopes: ClaimScope[];
  value: ClaimValue;
  /** The figure as written (24 小时内, 二十四小时, 7×24). */
  text: string;
  start: number;
  end: number;
  range: Range;
  numbers: ClaimNumber[];
}

const FAMILIES: Record<ClaimKind['unit'], ValueFamily[]> = {
  time: ['h', 'workday', 'month'],
  percent: ['percent'],
  people: ['people'],
  schedule: ['schedule'],
};

/** Sentences end at 。!?; and line breaks (full-width forms are folded first); their parts at , and 、. */
const SENTENCE = /[^。!?;\n]+/g;
const SEGMENT = /[^,、]+/g;
/** Most parts state no figure: skip them before running the value patterns. */
const HAS_NUMBER = /[\d零〇一二两三四五六七八九十百千半]/;

interface PhraseHit {
  start: number;
  end: number;
  kinds: ClaimKind[];
}

/** Every claim of a document, in source order. */
export function extractClaims(doc: ParsedDocument, data: ClaimsData): Claim[] {
  const plain = plainTextOf(doc);
  // Full-width forms folded one for one, so offsets stay those of the plain text.
  const text = plain.text.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
  const out: Claim[] = [];
  for (const m of text.matchAll(SENTENCE)) extractSentence(text, m.index, m.index + m[0].length, data, plain, doc, out);
  return out;
}

/** The catalog's words compiled once: most parts name none of them and are skipped after one test. */
interface Words {
  phrases: string[];
  phrase: RegExp;
  scope: RegExp;
}

const compiled = new WeakMap<ClaimsData, Words>();

function wordsOf(data: ClaimsData): Words {
  let words = compiled.get(data);
  if (!words) {
    const phrases = [...new Set(data.kinds.flatMap((k) => k.phrases))];
    const anyOf = (list: string[]) => (list.length ? new RegExp(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : /$^/);
    words = { phrases, phrase: anyOf(phrases), scope: anyOf((data.scopes ?? []).flatMap((s) => s.words)) };
    compiled.set(data, words);
  }
  return words;
}

function extractSentence(text: string, from: number, to: number, data: ClaimsData, plain: PlainText, doc: ParsedDocument, out: Claim[]): void {
  const words = wordsOf(data);
  const sentence = text.slice(from, to);
  const topical = (k: ClaimKind) => k.topic === undefined || k.topic.some((w) => sentence.includes(w));
  // The phrase of the part before carries over: 上门时间：市区24小时，郊县48小时.
  let carried: PhraseHit[] = [];
  for (const part of sentence.matchAll(SEGMENT)) {
    const segmentStart = from + part.index;
    const segment = part[0];
    const values = HAS_NUMBER.test(segment) ? findValues(segment) : [];
    let continued = false;
    const masked = mask(segment, values);
    const phrases = words.phrase.test(masked) ? findPhrases(masked, data.kinds, words.phrases, topical) : [];
    const scopes = values.length > 0 && words.scope.test(masked) ? (data.scopes ?? []).filter((s) => s.words.some((w) => masked.includes(w))) : [];
    for (const v of values) {
      if (isEarlierValue(segment, v)) continue;
      const kind = kindOf(v, phrases, carried);
      if (kind) out.push(claimOf(kind, scopes, v, segmentStart, plain, doc));
      if (kind && phrases.length === 0) continued = true;
    }
    // A part without a phrase continues the one before only right after it (郊县48小时);
    // a part that says something else (来电全程录音) ends the statement.
    if (phrases.length > 0) carried = phrases;
    else if (!continued) carried = [];
  }
}

/** Phrase occurrences, longest first where they overlap (保修期 over 保修), keeping kinds whose topic the sentence has. */
function findPhrases(segment: string, kinds: ClaimKind[], phrases: string[], topical: (k: ClaimKind) => boolean): PhraseHit[] {
  const hits: { start: number; end: number; phrase: string }[] = [];
  for (const phrase of phrases) {
    for (let at = segment.indexOf(phrase); at >= 0; at = segment.indexOf(phrase, at + 1)) hits.push({ start: at, end: at + phrase.length, phrase });
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseHit[] = [];
  for (const h of hits) {
    if (kept.some((k) => h.start < k.end && h.end > k.start)) continue;
    // 维修完成后三天内回访: an event followed by 后 starts the clock; it is not what is measured.
    if (segment.charAt(h.end) === '后') continue;
    const applicable = kinds.filter((k) => k.phrases.includes(h.phrase) && topical(k));
    // A kind whose topic the sentence names wins over a general one (投诉…响应 is complaint feedback).
    const withTopic = applicable.filter((k) => k.topic !== undefined);
    const chosen = withTopic.length > 0 ? withTopic : applicable;
    if (chosen.length > 0) kept.push({ start: h.start, end: h.end, kinds: chosen });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The kind of the nearest phrase that can be measured in the value's unit; before the figure wins a tie. */
function kindOf(v: ValueMatch, phrases: PhraseHit[], carried: PhraseHit[]): ClaimKind | undefined {
  const fits = (h: PhraseHit) => h.kinds.find((k) => FAMILIES[k.unit].includes(v.value.family));
  let best: { kind: ClaimKind; gap: number } | undefined;
  for (const h of phrases) {
    const kind = fits(h);
    if (!kind) continue;
    const gap = h.end <= v.start ? v.start - h.end : h.start - v.end + 0.5;
    if (gap >= 0 && (!best || gap < best.gap)) best = { kind, gap };
  }
  if (best) return best.kind;
  if (phrases.length > 0) return undefined;
  // No phrase here: the last phrase of the earlier part that fits the unit.
  for (let i = carried.length - 1; i >= 0; i--) {
    const kind = fits(carried[i]);
    if (kind) return kind;
  }
  return undefined;
}

function claimOf(kind: ClaimKind, scopes: ClaimScope[], v: ValueMatch, base: number, plain: PlainText, doc: ParsedDocument): Claim {
  const start = plain.sourceStart(base + v.start);
  const end = plain.sourceEnd(base + v.end);
  return {
    kind,
    scopes,
    value: v.value,
    text: plain.text.slice(base + v.start, base + v.end),
    start,
    end,
    range: doc.lines.range(start, end),
    numbers: v.numbers.map((n) => {
      const s = plain.sourceStart(base + n.start);
      const e = plain.sourceEnd(base + n.end);
      return { start: s, end: e, range: doc.lines.range(s, e), factor: n.factor };
    }),
  };
}

/** 由72小时缩短为48小时: the value a change replaces is no longer stated. */
function isEarlierValue(segment: string, v: ValueMatch): boolean {
  return /[由从]\s*$/.test(segment.slice(0, v.start)) && /^\s*(?:缩短|延长|调整|改|提高|降低|提升|变更|减少|增加)/.test(segment.slice(v.end));
}

/** The segment with its figures blanked, so 3个工作日 does not read as the scope 工作日. */
function mask(segment: string, values: ValueMatch[]): string {
  let out = segment;
  for (const v of values) out = out.slice(0, v.start) + ' '.repeat(v.end - v.start) + out.slice(v.end);
  return out;
}
