import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog, parseEvidenceDocument } from '../../server/src/core';
import { parseNumber } from '../../server/src/core/claims/chineseNumber';
import { claimsOf } from '../../server/src/core/claims/claimsOf';
import { extractClaims } from '../../server/src/core/claims/extractClaims';
import { builtinCatalogDir, builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { claimRows, type ClaimRow } from './fixture';

const data = builtinCatalogs()[0].data.claims!;

const claimsIn = claimRows;

// Sentences in the shapes service commitments, manuals and warranty cards use.
const SENTENCES: [string, ClaimRow[]][] = [
  [
    '接到报修后，市区24小时内上门，郊县48小时内上门。',
    [
      ['onsite-time', 'h:24', 'at-most', 'urban', '24小时内'],
      ['onsite-time', 'h:48', 'at-most', 'rural', '48小时内'],
    ],
  ],
  [
    '上门服务时间：市区24小时，郊县48小时。',
    [
      ['onsite-time', 'h:24', 'exact', 'urban', '24小时'],
      ['onsite-time', 'h:48', 'exact', 'rural', '48小时'],
    ],
  ],
  ['我们承诺二十四小时上门服务。', [['onsite-time', 'h:24', 'exact', '', '二十四小时']]],
  ['一天内上门。', [['onsite-time', 'h:24', 'at-most', '', '一天内']]],
  ['接到报修后24h内上门。', [['onsite-time', 'h:24', 'at-most', '', '24h内']]],
  ['上门时间不超过 24 小时。', [['onsite-time', 'h:24', 'at-most', '', '不超过 24 小时']]],
  ['技术人员２４小时内到达现场。', [['onsite-time', 'h:24', 'at-most', '', '２４小时内']]],
  [
    '城区用户报修后2小时内电话回复，4小时内到达现场。',
    [
      ['first-response-time', 'h:2', 'at-most', 'urban', '2小时内'],
      ['onsite-time', 'h:4', 'at-most', '', '4小时内'],
    ],
  ],
  ['农村及偏远地区72小时内上门服务。', [['onsite-time', 'h:72', 'at-most', 'rural', '72小时内']]],
  [
    '大件商品48小时内送达上门安装，小件商品24小时内上门。',
    [
      ['onsite-time', 'h:48', 'at-most', 'large', '48小时内'],
      ['onsite-time', 'h:24', 'at-most', 'small', '24小时内'],
    ],
  ],
  [
    '节假日48小时内上门，工作日24小时内上门。',
    [
      ['onsite-time', 'h:48', 'at-most', 'holiday', '48小时内'],
      ['onsite-time', 'h:24', 'at-most', 'workday', '24小时内'],
    ],
  ],
  [
    '客服热线7×24小时服务，接到报修后2小时内响应。',
    [
      ['hotline-hours', 'schedule:7×24', 'exact', '', '7×24小时'],
      ['first-response-time', 'h:2', 'at-most', '', '2小时内'],
    ],
  ],
  ['全国统一服务热线400-800-1234，7天×24小时接听。', [['hotline-hours', 'schedule:7×24', 'exact', '', '7天×24小时']]],
  [
    '服务热线工作日9:00-18:00，节假日10:00–16:00。',
    [
      ['hotline-hours', 'schedule:工作日 09:00–18:00', 'exact', '', '工作日9:00-18:00'],
      ['hotline-hours', 'schedule:节假日 10:00–16:00', 'exact', '', '节假日10:00–16:00'],
    ],
  ],
  ['服务时间：周一至周五 8:30-17:30。', [['hotline-hours', 'schedule:工作日 08:30–17:30', 'exact', '', '周一至周五 8:30-17:30']]],
  ['热线服务时间：每天8:00-20:00。', [['hotline-hours', 'schedule:每天 08:00–20:00', 'exact', '', '每天8:00-20:00']]],
  ['客户来电15分钟内响应。', [['first-response-time', 'h:0.25', 'at-most', '', '15分钟内']]],
  ['30分钟内回复客户咨询。', [['first-response-time', 'h:0.5', 'at-most', '', '30分钟内']]],
  [
    '服务承诺：2小时响应、24小时上门、72小时修复。',
    [
      ['first-response-time', 'h:2', 'exact', '', '2小时'],
      ['onsite-time', 'h:24', 'exact', '', '24小时'],
      ['repair-time', 'h:72', 'exact', '', '72小时'],
    ],
  ],
  ['一般故障维修完成时间不超过3个工作日。', [['repair-time', 'workday:3', 'at-most', '', '不超过3个工作日']]],
  [
    '一般维修一个工作日内完成修复，复杂故障不超过五个工作日。',
    [
      ['repair-time', 'workday:1', 'at-most', '', '一个工作日内'],
      ['repair-time', 'workday:5', 'at-most', '', '不超过五个工作日'],
    ],
  ],
  ['维修在2-3天内完成修复。', [['repair-time', 'h:48–72', 'range', '', '2-3天内']]],
  [
    '维修完成时间：市区3天，郊县5天。',
    [
      ['repair-time', 'h:72', 'exact', 'urban', '3天'],
      ['repair-time', 'h:120', 'exact', 'rural', '5天'],
    ],
  ],
  [
    '投诉24小时内反馈，7个工作日内解决。',
    [
      ['complaint-feedback-time', 'h:24', 'at-most', '', '24小时内'],
      ['complaint-resolution-time', 'workday:7', 'at-most', '', '7个工作日内'],
    ],
  ],
  [
    '接到投诉后4小时内响应，3日内处理完毕。',
    [
      ['complaint-feedback-time', 'h:4', 'at-most', '', '4小时内'],
      ['complaint-resolution-time', 'h:72', 'at-most', '', '3日内'],
    ],
  ],
  [
    '客户投诉在2小时内受理，24小时内给出处理意见，5个工作日内解决。',
    [
      ['complaint-feedback-time', 'h:2', 'at-most', '', '2小时内'],
      ['complaint-feedback-time', 'h:24', 'at-most', '', '24小时内'],
      ['complaint-resolution-time', 'workday:5', 'at-most', '', '5个工作日内'],
    ],
  ],
  [
    '整机保修三年，主要部件保修六年。',
    [
      ['warranty-period', 'month:36', 'exact', 'whole-unit', '三年'],
      ['warranty-period', 'month:72', 'exact', 'main-parts', '六年'],
    ],
  ],
  [
    '空调整机保修6年，压缩机保修10年。',
    [
      ['warranty-period', 'month:72', 'exact', 'whole-unit', '6年'],
      ['warranty-period', 'month:120', 'exact', 'main-parts', '10年'],
    ],
  ],
  ['保修期为12个月。', [['warranty-period', 'month:12', 'exact', '', '12个月']]],
  ['质保期1年。', [['warranty-period', 'month:12', 'exact', '', '1年']]],
  ['本公司产品保修期为两年，自开具发票之日起计算。', [['warranty-period', 'month:24', 'exact', '', '两年']]],
  ['我公司郑重承诺：产品售出后实行一年包换、三年保修。', [['warranty-period', 'month:36', 'exact', '', '三年']]],
  ['2024年3月1日起保修期延长为2年。', [['warranty-period', 'month:24', 'exact', '', '2年']]],
  ['质保期内免费维修，质保期外只收取配件成本费。', []],
  ['顾客满意度≥95%。', [['satisfaction-target', 'percent:95', 'at-least', '', '≥95%']]],
  ['满意率达到90%以上。', [['satisfaction-target', 'percent:90', 'at-least', '', '达到90%以上']]],
  ['年度顾客满意度目标：不低于90％。', [['satisfaction-target', 'percent:90', 'at-least', '', '不低于90％']]],
  [
    '公司共有服务管理人员30人，其中售后服务管理师3名。',
    [
      ['service-management-staff', 'people:30', 'exact', '', '30人'],
      ['service-managers', 'people:3', 'exact', '', '3名'],
    ],
  ],
  ['配备售后服务管理师两名。', [['service-managers', 'people:2', 'exact', '', '两名']]],
  ['售后服务管理师共计4人，持证上岗。', [['service-managers', 'people:4', 'exact', '', '4人']]],
  ['服务管理人员（含总部及各网点）合计42名。', [['service-management-staff', 'people:42', 'exact', '', '42名']]],
  ['送货安装：市区当天送达，郊县次日送达。', []],
  ['GB/T 27922-2011 第5.1.7.2条要求保修期表述一致。', []],
  ['本年度共接待客户1200人次。', []],
  ['按10%的要求应配置售后服务管理师不少于4人。', [['service-managers', 'people:4', 'at-least', '', '不少于4人']]],
  ['2026年将上门服务时限由72小时缩短为48小时。', [['onsite-time', 'h:48', 'exact', '', '48小时']]],
  ['维修完成后三天内电话回访。', []],
  ['2026年1月至10月共完成维修工单2318单。', []],
  ['热线受理咨询、报修和投诉，来电全程录音，录音保存两年。', []],
  ['统一的400免费服务热线，设坐席12个，工作日8:30至20:30人工接听。', [['hotline-hours', 'schedule:工作日 08:30–20:30', 'exact', '', '工作日8:30至20:30']]],
];

describe('claims: extraction', () => {
  it(`reads ${SENTENCES.length} sentences of commitments, manuals and staffing lists`, () => {
    assert.ok(SENTENCES.length >= 40);
    for (const [sentence, expected] of SENTENCES) assert.deepEqual(claimsIn(sentence + '\n'), expected, sentence);
  });

  it('reads Chinese numerals: 二十四 = 24, 两 = 2, 十五 = 15, 一百二十 = 120, 半 = 0.5', () => {
    assert.deepEqual(['二十四', '两', '十五', '一百二十', '半', '三十', '七十二', '12'].map(parseNumber), [24, 2, 15, 120, 0.5, 30, 72, 12]);
    assert.deepEqual(['多', '二二', '一二三四五六七八九十一'].map(parseNumber), [undefined, undefined, undefined]);
    assert.equal(parseNumber('一百零五'), 105);
  });

  it('24 小时, 24h, 二十四小时 and 一天 are one value; 一个工作日 is not 24 hours', () => {
    const keys = ['24 小时上门', '24h上门', '二十四小时上门', '一天上门', '1日内上门', '一个工作日内上门'].map((s) => claimsIn(s + '\n')[0][1]);
    assert.deepEqual(keys, ['h:24', 'h:24', 'h:24', 'h:24', 'h:24', 'workday:1']);
  });

  it('reads text across inline markup, but not code blocks, inline HTML comments or headings', () => {
    const text =
      '## 上门 24 小时\n\n上门时间 24**小时**内。\n\n```\n保修期 5 年\n```\n\n<!-- 保修期 6 年 -->\n\n| 项目 | 时限 |\n|---|---|\n| 上门 | 48小时 |\n';
    assert.deepEqual(claimsIn(text), [
      ['onsite-time', 'h:24', 'at-most', '', '24小时内'],
      ['onsite-time', 'h:48', 'exact', '', '48小时'],
    ]);
  });

  it('keeps UTF-16 ranges with Chinese, CRLF and astral characters before the figure', () => {
    const text = '---\r\nstandard: GB/T 27922-2011\r\n---\r\n𠀀𠀀说明\r\n\r\n𠀀 市区**48**小时内上门。\r\n';
    const doc = parseEvidenceDocument('/ws/a.md', text);
    const [c] = extractClaims(doc, data);
    assert.equal(c.text, '48小时内');
    assert.deepEqual(c.range, { start: { line: 5, character: 7 }, end: { line: 5, character: 14 } });
    assert.deepEqual(
      c.numbers.map((n) => [n.range, text.slice(n.start, n.end), n.factor]),
      [[{ start: { line: 5, character: 7 }, end: { line: 5, character: 9 } }, '48', 1]],
    );
    assert.deepEqual(
      c.scopes.map((s) => s.id),
      ['urban'],
    );
  });

  it('the number of a figure in days carries the factor to hours', () => {
    const doc = parseEvidenceDocument('/ws/a.md', '保证 2 天内上门。\n');
    const [c] = extractClaims(doc, data);
    assert.deepEqual([c.value.numbers, c.numbers.map((n) => n.factor)], [[48], [24]]);
  });

  it('claims are computed once per document version', () => {
    const doc = parseEvidenceDocument('/ws/a.md', '24小时上门。\n');
    assert.equal(claimsOf(doc, data), claimsOf(doc, data));
  });
});

describe('claims: catalog section', () => {
  const builtinText = readFileSync(join(builtinCatalogDir(), 'gbt27922-2011.yaml'), 'utf8');
  const problems = (text: string) => {
    const r = parseCatalog(text, 'bad.yaml');
    assert.equal(r.catalog, undefined, 'catalog should be rejected');
    return r.problems.map((p) => [text.split('\n')[p.line - 1].trim(), p.message]);
  };

  it('the built-in catalog defines the kinds of the issue and the 10 % ratio of 5.1.2.2', () => {
    assert.deepEqual(
      data.kinds.map((k) => [k.id, k.unit, k.clause]),
      [
        ['onsite-time', 'time', '5.2.4'],
        ['first-response-time', 'time', '5.2.2'],
        ['repair-time', 'time', '5.2.4'],
        ['complaint-feedback-time', 'time', '5.3.2'],
        ['complaint-resolution-time', 'time', '5.3.2'],
        ['warranty-period', 'time', '5.2.5'],
        ['hotline-hours', 'schedule', '5.2.2'],
        ['satisfaction-target', 'percent', '5.3.1'],
        ['service-managers', 'people', '5.1.2.2'],
        ['service-management-staff', 'people', '5.1.2.2'],
      ],
    );
    assert.equal(data.commitmentClause, '5.1.7.2');
    assert.deepEqual(data.ratios, [{ clause: '5.1.2.2', part: 'service-managers', whole: 'service-management-staff', minPercent: 10, atLeast: 1 }]);
  });

  it('rejects a kind of an unknown clause, a ratio of an unknown kind and a unit the schema lacks, with their lines', () => {
    assert.deepEqual(
      problems(
        builtinText
          .replace('clause: "5.2.5"\n      unit: time', 'clause: "5.9.9"\n      unit: time')
          .replace('whole: service-management-staff', 'whole: staff'),
      ),
      [
        ['clause: "5.9.9"', 'claims: "5.9.9" is not a clause of this catalog'],
        ['whole: staff', 'claims: ratio whole "staff" is not a claim kind'],
      ],
    );
    assert.deepEqual(problems(builtinText.replace('unit: percent', 'unit: ratio')), [
      ['unit: ratio', '/claims/kinds/7/unit must be equal to one of the allowed values (time, percent, people, schedule)'],
    ]);
    assert.deepEqual(problems(builtinText.replace('part: service-managers', 'part: warranty-period')), [
      ['part: warranty-period', 'claims: ratio part "warranty-period" must be measured in people'],
    ]);
  });
});

describe('claims: hostile text', () => {
  it('long runs of digits, numerals and spaces in one sentence are read once, not at every position', () => {
    const text = '上门' + '9'.repeat(200_000) + ' '.repeat(200_000) + '二'.repeat(100_000) + '小时\n';
    assert.deepEqual(claimsIn(text), []);
  });
});
