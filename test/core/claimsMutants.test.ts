// Behaviours of claim extraction that the sentence table of claims.test.ts leaves open:
// overlaps, ranges, bound words, dates that are not durations, numeral edge cases,
// statements carried across the parts of a sentence.
import { strict as assert } from 'node:assert';
import { parseEvidenceDocument } from '../../server/src/core';
import type { ClaimsData } from '../../server/src/core/catalog/catalog';
import { parseNumber } from '../../server/src/core/claims/chineseNumber';
import { claimLabel, fileLabel } from '../../server/src/core/claims/claimLabel';
import { findValues, valueKey } from '../../server/src/core/claims/claimValue';
import { claimsOf } from '../../server/src/core/claims/claimsOf';
import { extractClaims } from '../../server/src/core/claims/extractClaims';
import type { LocatedClaim } from '../../server/src/core/claims/setClaims';
import { useCommittedValue } from '../../server/src/core/claims/useCommittedValue';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { analyze, FM, GOOD_BODY } from '../helpers/analyze';
import { claimRows } from './fixture';

const data = builtinCatalogs()[0].data.claims!;

/** Each figure as [start, end, the text it covers, its value key, its bound]. */
function figures(text: string): [number, number, string, string, string][] {
  return findValues(text).map((m) => [m.start, m.end, text.slice(m.start, m.end), valueKey(m.value), m.value.bound]);
}

const claimsIn = claimRows;

describe('claims: figures in a text (findValues)', () => {
  it('reads the 24 of 7×24 once, as part of the schedule', () => {
    assert.deepEqual(findValues('7×24小时'), [{ start: 0, end: 6, value: { family: 'schedule', numbers: [], bound: 'exact', schedule: '7×24' }, numbers: [] }]);
  });

  it('keeps figures that touch or come before one found earlier', () => {
    assert.deepEqual(figures('2小时5人'), [
      [0, 3, '2小时', 'h:2', 'exact'],
      [3, 5, '5人', 'people:5', 'exact'],
    ]);
    assert.deepEqual(figures('5人2小时'), [
      [0, 2, '5人', 'people:5', 'exact'],
      [2, 5, '2小时', 'h:2', 'exact'],
    ]);
    assert.deepEqual(figures('满意度95%,24小时上门'), [
      [3, 6, '95%', 'percent:95', 'exact'],
      [7, 11, '24小时', 'h:24', 'exact'],
    ]);
  });

  it('lists figures in text order although schedules are found first', () => {
    assert.deepEqual(figures('24小时上门,热线7×24,满意度90%'), [
      [0, 4, '24小时', 'h:24', 'exact'],
      [9, 13, '7×24', 'schedule:7×24', 'exact'],
      [17, 20, '90%', 'percent:90', 'exact'],
    ]);
  });

  it('writes service hours with two-digit hours, and the days only when written', () => {
    assert.deepEqual(figures('9:00-18:00'), [[0, 10, '9:00-18:00', 'schedule:09:00–18:00', 'exact']]);
    assert.deepEqual(figures('节假日 10:00~16:00'), [[0, 15, '节假日 10:00~16:00', 'schedule:节假日 10:00–16:00', 'exact']]);
  });

  it('a range keeps both numbers, each with its own span, even when the second is a digit of the first', () => {
    assert.deepEqual(findValues('维修0.5-5小时'), [
      {
        start: 2,
        end: 9,
        value: { family: 'h', numbers: [0.5, 5], bound: 'range' },
        numbers: [
          { start: 2, end: 5, factor: 1 },
          { start: 6, end: 7, factor: 1 },
        ],
      },
    ]);
  });

  it('a range at the start of the text: the second number is looked for after the first', () => {
    assert.deepEqual(
      findValues('0.5-5小时').map((m) => m.numbers),
      [
        [
          { start: 0, end: 3, factor: 1 },
          { start: 4, end: 5, factor: 1 },
        ],
      ],
    );
  });

  it('a range whose second number is no number is no figure', () => {
    assert.deepEqual(findValues('2-二二小时'), []);
  });

  it('reads the bound from the words before and after the figure', () => {
    const bounds = ['24小时以内', '24小时之内', '24小时内', '4小时以下', '不超过2小时', '90%以上', '90%及以上', '至少3名', '2小时'].map((t) =>
      figures(t).map(([, , written, key, bound]) => `${written} ${key} ${bound}`),
    );
    assert.deepEqual(bounds, [
      ['24小时以内 h:24 at-most'],
      ['24小时之内 h:24 at-most'],
      ['24小时内 h:24 at-most'],
      ['4小时以下 h:4 at-most'],
      ['不超过2小时 h:2 at-most'],
      ['90%以上 percent:90 at-least'],
      ['90%及以上 percent:90 at-least'],
      ['至少3名 people:3 at-least'],
      ['2小时 h:2 exact'],
    ]);
  });

  it('calendar dates are no durations: a year or day followed by a digit, after 年 or 月, or a year from 1900', () => {
    assert.deepEqual(figures('26年1月起'), []);
    assert.deepEqual(figures('月15日前'), []);
    assert.deepEqual(figures('次月5日'), []);
    assert.deepEqual(figures('1900年'), []);
    assert.deepEqual(figures('2024年'), []);
  });

  it('durations in years and days stay durations when nothing makes them a date', () => {
    assert.deepEqual(figures('保修3年'), [[2, 4, '3年', 'month:36', 'exact']]);
    assert.deepEqual(figures('3日内'), [[0, 3, '3日内', 'h:72', 'at-most']]);
    assert.deepEqual(figures('3年内 24小时'), [
      [0, 3, '3年内', 'month:36', 'at-most'],
      [4, 8, '24小时', 'h:24', 'exact'],
    ]);
    assert.deepEqual(figures('24h 3日内'), [
      [0, 3, '24h', 'h:24', 'exact'],
      [4, 7, '3日内', 'h:72', 'at-most'],
    ]);
    assert.deepEqual(figures('年检3日内完成'), [[2, 5, '3日内', 'h:72', 'at-most']]);
  });
});

describe('claims: a duration in two units or with a half is one figure (findValues)', () => {
  it('a larger unit followed by a smaller one of the same family adds up: 2年6个月, 两年零三个月, 1天12小时, 2小时30分钟', () => {
    assert.deepEqual(figures('保修2年6个月'), [[2, 7, '2年6个月', 'month:30', 'exact']]);
    assert.deepEqual(figures('两年零三个月内'), [[0, 7, '两年零三个月内', 'month:27', 'at-most']]);
    assert.deepEqual(figures('1天 12小时'), [[0, 7, '1天 12小时', 'h:36', 'exact']]);
    assert.deepEqual(figures('不超过2小时30分钟'), [[0, 10, '不超过2小时30分钟', 'h:2.5', 'at-most']]);
  });

  it('no join across a bound word, a range, another family, a smaller unit first or other text', () => {
    assert.deepEqual(figures('3年内 24小时'), [
      [0, 3, '3年内', 'month:36', 'at-most'],
      [4, 8, '24小时', 'h:24', 'exact'],
    ]);
    assert.deepEqual(figures('2小时不超过30分钟'), [
      [0, 3, '2小时', 'h:2', 'exact'],
      [3, 10, '不超过30分钟', 'h:0.5', 'at-most'],
    ]);
    assert.deepEqual(figures('1-2小时30分钟'), [
      [0, 5, '1-2小时', 'h:1–2', 'range'],
      [5, 9, '30分钟', 'h:0.5', 'exact'],
    ]);
    assert.deepEqual(figures('3个工作日2小时'), [
      [0, 5, '3个工作日', 'workday:3', 'exact'],
      [5, 8, '2小时', 'h:2', 'exact'],
    ]);
    assert.deepEqual(figures('30分钟2小时'), [
      [0, 4, '30分钟', 'h:0.5', 'exact'],
      [4, 7, '2小时', 'h:2', 'exact'],
    ]);
    assert.deepEqual(figures('1年，6个月'), [
      [0, 2, '1年', 'month:12', 'exact'],
      [3, 6, '6个月', 'month:6', 'exact'],
    ]);
  });

  it('a half before or after the unit: 一年半, 两天半以内, 一个半小时, 一个半月; a bare 月 and a half after a range are no figure', () => {
    assert.deepEqual(figures('一年半'), [[0, 3, '一年半', 'month:18', 'exact']]);
    assert.deepEqual(figures('两天半以内'), [[0, 5, '两天半以内', 'h:60', 'at-most']]);
    assert.deepEqual(figures('一个半小时'), [[0, 5, '一个半小时', 'h:1.5', 'exact']]);
    assert.deepEqual(figures('一个半月'), [[0, 4, '一个半月', 'month:1.5', 'exact']]);
    assert.deepEqual(figures('6月'), []);
    assert.deepEqual(figures('1-2年半'), []);
    assert.deepEqual(figures('2025年6月'), []);
  });

  it('a statement in two units is one claim with no number spans, and the quick fix writes the committed total into a one-unit figure', () => {
    assert.deepEqual(claimsIn('保修期为2年6个月。\n'), [['warranty-period', 'month:30', 'exact', '', '2年6个月']]);
    const doc = parseEvidenceDocument('/ws/a.md', '保修期为2年6个月。\n');
    assert.deepEqual(
      extractClaims(doc, data).map((c) => c.numbers),
      [[]],
    );
    const committed = located('/ws/承诺.md', '保修期为2年6个月。\n', true);
    const here = located('/ws/b.md', '保修期为24个月。\n', false);
    assert.deepEqual(
      useCommittedValue(here, [committed], (t) => `用 ${t}`),
      {
        title: '用 2年6个月',
        isPreferred: true,
        edits: [{ path: '/ws/b.md', range: { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } }, newText: '30' }],
      },
    );
    assert.equal(
      useCommittedValue(committed, [here], (t) => t),
      undefined,
    );
  });
});

describe('claims: headcounts (findValues)', () => {
  it('a headcount written as a range is a range, not its upper end', () => {
    assert.deepEqual(figures('服务管理人员30-40人'), [[6, 12, '30-40人', 'people:30–40', 'range']]);
    assert.deepEqual(figures('服务管理人员三至五名'), [[6, 10, '三至五名', 'people:3–5', 'range']]);
    assert.deepEqual(figures('服务管理人员不少于4人'), [[6, 11, '不少于4人', 'people:4', 'at-least']]);
  });
});

describe('claims: numbers (parseNumber)', () => {
  it('two digits stand together only as 零 and a digit after a multiplier', () => {
    assert.deepEqual(['一百零五', '一千零五十', '零', '〇'].map(parseNumber), [105, 1050, 0, 0]);
    assert.deepEqual(['五零', '二〇', '九〇', '二二', '零零', '一百零零五'].map(parseNumber), [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads decimals with more than one digit after the point', () => {
    assert.deepEqual(['0.25', '1.5', '0.5'].map(parseNumber), [0.25, 1.5, 0.5]);
  });

  it('a number with anything else before or after it is no number', () => {
    assert.deepEqual(['约12', '12小时', '1.x', '约二十', '二十余', '多'].map(parseNumber), [undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

/** A company catalog whose phrases overlap (上门 and 安装 within 上门安装) or hold regex characters. */
const COMPANY: ClaimsData = {
  kinds: [
    { id: 'onsite-time', name: { zh: '上门时限' }, clause: '5.2.4', unit: 'time', phrases: ['上门'] },
    { id: 'install-time', name: { zh: '安装时限' }, clause: '5.2.3', unit: 'time', phrases: ['安装'] },
    { id: 'onsite-install-time', name: { zh: '上门安装时限' }, clause: '5.2.3', unit: 'time', phrases: ['上门安装'] },
    { id: 'phone-response-time', name: { zh: '电话响应时限' }, clause: '5.2.2', unit: 'time', phrases: ['响应(电话)'] },
  ],
};

describe('claims: statements in sentences (extractClaims)', () => {
  it('reads a full-width space between a bound word and the figure as a space', () => {
    assert.deepEqual(claimsIn('上门时间不超过\u300024小时。\n'), [['onsite-time', 'h:24', 'at-most', '', '不超过\u300024小时']]);
  });

  it('a phrase carries over parts without one as long as each of them states a figure of its kind', () => {
    assert.deepEqual(claimsIn('上门时间：市区24小时，郊县48小时，乡镇72小时。\n'), [
      ['onsite-time', 'h:24', 'exact', 'urban', '24小时'],
      ['onsite-time', 'h:48', 'exact', 'rural', '48小时'],
      ['onsite-time', 'h:72', 'exact', 'rural', '72小时'],
    ]);
  });

  it('a part whose figure the carried phrase cannot measure ends the statement', () => {
    assert.deepEqual(claimsIn('上门时限：市区24小时，覆盖率95%，郊县48小时。\n'), [['onsite-time', 'h:24', 'exact', 'urban', '24小时']]);
  });

  it('a part with its own phrase does not take the carried one when its phrase cannot measure the figure', () => {
    assert.deepEqual(claimsIn('上门时间：市区24小时，热线2小时。\n'), [['onsite-time', 'h:24', 'exact', 'urban', '24小时']]);
  });

  it('a phrase no kind applies to (a complaint phrase outside a complaint) does not stop the carried one', () => {
    assert.deepEqual(claimsIn('上门时间：市区24小时，郊县48小时并电话回访。\n'), [
      ['onsite-time', 'h:24', 'exact', 'urban', '24小时'],
      ['onsite-time', 'h:48', 'exact', 'rural', '48小时'],
    ]);
  });

  it('the nearest phrase gives the kind: before the figure, after it, or right next to another phrase', () => {
    assert.deepEqual(claimsIn('报修后2小时内响应并于24小时内上门。\n'), [
      ['first-response-time', 'h:2', 'at-most', '', '2小时内'],
      ['onsite-time', 'h:24', 'at-most', '', '24小时内'],
    ]);
    assert.deepEqual(claimsIn('首次响应2小时内并安排技术人员上门。\n'), [['first-response-time', 'h:2', 'at-most', '', '2小时内']]);
    assert.deepEqual(claimsIn('上门修复时间24小时。\n'), [['repair-time', 'h:24', 'exact', '', '24小时']]);
  });

  it('finds the catalog phrase 400电话 (digits in a phrase are no backreference)', () => {
    assert.deepEqual(claimsIn('400电话：每天8:00-20:00。\n'), [['hotline-hours', 'schedule:每天 08:00–20:00', 'exact', '', '每天8:00-20:00']]);
  });

  it('a company phrase with regex characters is matched as written', () => {
    assert.deepEqual(claimsIn('响应（电话）2小时内。\n', COMPANY), [['phone-response-time', 'h:2', 'at-most', '', '2小时内']]);
  });

  it('the longer of two overlapping phrases wins, whichever side of the figure it stands', () => {
    assert.deepEqual(claimsIn('上门安装24小时内。\n', COMPANY), [['onsite-install-time', 'h:24', 'at-most', '', '24小时内']]);
    assert.deepEqual(claimsIn('24小时内上门安装。\n', COMPANY), [['onsite-install-time', 'h:24', 'at-most', '', '24小时内']]);
  });

  it('a part without a phrase takes the last phrase of the part before, in text order', () => {
    assert.deepEqual(claimsIn('上门维修完成时限：市区3天，郊县5天。\n'), [
      ['repair-time', 'h:72', 'exact', 'urban', '3天'],
      ['repair-time', 'h:120', 'exact', 'rural', '5天'],
    ]);
    assert.deepEqual(claimsIn('上门安装时限：市区24小时，郊县48小时。\n', COMPANY), [
      ['onsite-install-time', 'h:24', 'exact', '', '24小时'],
      ['onsite-install-time', 'h:48', 'exact', '', '48小时'],
    ]);
  });

  it('claims kept for a document are read anew for another catalog', () => {
    const doc = parseEvidenceDocument('/ws/a.md', '上门安装24小时内。\n');
    assert.deepEqual(
      claimsOf(doc, data).map((c) => c.kind.id),
      ['onsite-time'],
    );
    assert.deepEqual(
      claimsOf(doc, COMPANY).map((c) => c.kind.id),
      ['onsite-install-time'],
    );
  });

  it('a figure introduced by 由 is an earlier value only when a change verb follows it', () => {
    assert.deepEqual(claimsIn('售后服务管理师团队由4人组成并逐年增加。\n'), [['service-managers', 'people:4', 'exact', '', '4人']]);
  });
});

/** The first claim of a one-line document, as a statement of the set. */
function located(path: string, text: string, committed: boolean): LocatedClaim {
  const doc = parseEvidenceDocument(path, text);
  return { claim: extractClaims(doc, data)[0], doc, committed };
}

describe('claims: the quick fix that writes the committed figure (useCommittedValue)', () => {
  const title = (committedText: string) => `Use ${committedText}`;

  it('writes the committed number in the unit of the figure, after Chinese and astral characters', () => {
    const here = located('/ws/manual.md', '𠀀上门时间48小时内。\r\n', false);
    assert.deepEqual(useCommittedValue(here, [located('/ws/c.md', '二十四小时内上门。\n', true)], title), {
      title: 'Use 二十四小时内',
      isPreferred: true,
      edits: [{ path: '/ws/manual.md', range: { start: { line: 0, character: 6 }, end: { line: 0, character: 8 } }, newText: '24' }],
    });
    const days = located('/ws/card.md', '2天内上门。\n', false);
    assert.deepEqual(
      useCommittedValue(days, [located('/ws/c.md', '24小时内上门。\n', true)], title)?.edits.map((e) => e.newText),
      ['1'],
    );
  });

  it('offers nothing when the commitment states two values, a range against one number, or service hours', () => {
    const here = located('/ws/manual.md', '48小时内上门。\n', false);
    assert.equal(useCommittedValue(here, [located('/ws/c.md', '24小时内上门。\n', true), located('/ws/d.md', '12小时内上门。\n', true)], title), undefined);
    assert.equal(useCommittedValue(located('/ws/m.md', '4天内修复。\n', false), [located('/ws/c.md', '2-3天内修复。\n', true)], title), undefined);
    assert.equal(useCommittedValue(located('/ws/m.md', '热线每天8:00-20:00。\n', false), [located('/ws/c.md', '热线7×24小时。\n', true)], title), undefined);
  });

  it('offers nothing when a number it would write has more than two decimals', () => {
    const oneHour = located('/ws/m.md', '1小时内响应。\n', false);
    assert.equal(useCommittedValue(oneHour, [located('/ws/c.md', '20分钟内响应。\n', true)], title), undefined);
    const range = located('/ws/m.md', '1-2小时内响应。\n', false);
    assert.equal(useCommittedValue(range, [located('/ws/c.md', '20-30分钟内响应。\n', true)], title), undefined);
  });
});

describe('claims: running text of a document (plainText)', () => {
  it('paragraphs are separate sentences', () => {
    assert.deepEqual(claimsIn('上门时间\n\n24小时。\n'), []);
  });

  it('maps a figure in a run with an escape after it back to its source', () => {
    const doc = parseEvidenceDocument('/ws/a.md', '上门时间24小时内\\(市区\\)。\n');
    assert.deepEqual(
      extractClaims(doc, data).map((c) => [c.text, c.range]),
      [['24小时内', { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } }]],
    );
  });
});

describe('claims: labels (claimLabel, fileLabel)', () => {
  const onsite = data.kinds.find((k) => k.id === 'onsite-time')!;
  const scopes = data.scopes!.filter((s) => s.id === 'urban' || s.id === 'rural');

  it('lists several scopes with the separator of the language', () => {
    assert.equal(claimLabel(onsite, scopes, 'en'), 'On-site response time (urban area, suburbs and counties)');
    assert.equal(claimLabel(onsite, scopes, 'zh-CN'), '上门服务时限（市区、郊县）');
  });

  it('names a file relative to the root only when it lies inside the root folder', () => {
    assert.equal(fileLabel('/ws', '/ws/sub/a.md'), 'sub/a.md');
    assert.equal(fileLabel('/ws', '/ws2/a.md'), '/ws2/a.md');
  });
});

describe('claims: the figures of a set (setClaims, through the commitments table)', () => {
  const ATT = { files: ['附件/证据.pdf'] };
  const table = (docs: Record<string, string>) =>
    analyze(docs, ATT).coverage[0].commitments!.map((e) => [e.name, e.statements.map((s) => [s.text, s.committed])]);

  it('orders the groups by kind, then unscoped before the scopes in catalog order', () => {
    const manual = `${FM}# 售后服务手册\n\n整机保修 3 年。\n\n郊县 48 小时内上门。\n\n市区 24 小时内上门。\n\n接到报修后 24 小时内上门。\n`;
    assert.deepEqual(table({ 'manual.md': manual }), [
      ['On-site response time', [['24 小时内', false]]],
      ['On-site response time (urban area)', [['24 小时内', false]]],
      ['On-site response time (suburbs and counties)', [['48 小时内', false]]],
      ['Warranty period (whole unit)', [['3 年', false]]],
    ]);
  });

  it('a figure before the commitment section of the same document is not committed', () => {
    const doc = `${FM}# 服务承诺书\n\n郊县 48 小时内上门。\n\n#### 5.1.7.2 服务承诺\n\n市区 24 小时内上门。\n\n${GOOD_BODY}`;
    assert.deepEqual(table({ 'commitment.md': doc }), [
      ['On-site response time (urban area)', [['24 小时内', true]]],
      ['On-site response time (suburbs and counties)', [['48 小时内', false]]],
    ]);
  });

  it('with a commitment, only figures that differ from it disagree, not those that differ from another document', () => {
    const commitment = `${FM}# 服务承诺书\n\n#### 5.1.7.2 服务承诺\n\n市区 24 小时内上门。\n\n${GOOD_BODY}`;
    const manual = (figure: string) => `${FM}# 售后服务手册\n\n市区 ${figure}上门。\n`;
    const [coverage] = analyze({ 'commitment.md': commitment, 'a.md': manual('24 小时内'), 'b.md': manual('48 小时内') }, ATT).coverage;
    assert.deepEqual(
      coverage.commitments!.map((e) => e.statements.map((s) => [s.path, s.text, s.committed, s.agrees])),
      [
        [
          ['/ws/a.md', '24 小时内', false, true],
          ['/ws/b.md', '48 小时内', false, false],
          ['/ws/commitment.md', '24 小时内', true, false],
        ],
      ],
    );
  });
});
