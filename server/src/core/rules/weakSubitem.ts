import type { SetContext, SetSection } from '../analysis/setContext';
import type { SubItem } from '../catalog/catalog';
import { beforeTrailingComments, insertBlocksEdit, safePlace } from '../fixes/insertionPlace';
import type { Fix } from '../types';
import { defineRule, ruleText } from './rule';

const say = ruleText({
  en: {
    message: 'Section {0} does not address sub-item {1} of the clause.',
    inferred:
      "Section {0} does not mention aspect(s) {1} ({2}). These aspects are inferred from company material that follows the standard; they are not the standard's text.",
    fix: 'Add lines for sub-items {0}',
  },
  zh: {
    message: '章节 {0} 未涉及条款子项 {1}。',
    inferred: '章节 {0} 未提及 {1}（{2}）。这些方面是根据遵循本标准的企业资料推断的，并非标准原文。',
    fix: '补充子项 {0} 的条目',
  },
});

/** An item is addressed by a line starting with its marker, or by one of its keywords. */
export function unaddressedItems(items: SubItem[], markers: Set<string>, plainText: string): SubItem[] {
  return items.filter((item) => !markers.has(item.key) && !(item.keywords ?? []).some((k) => plainText.includes(k)));
}

/** Unaddressed sub-items the standard prints make a section weak; unaddressed inferred aspects are only a hint. */
export const weakSubitem = defineRule({
  id: 'weak-subitem',
  defaultSeverity: 'warning',
  description: { en: 'A section does not address every a) b) c) sub-item of its clause.', zh: '章节未逐项涉及条款的 a) b) c) 子项。' },
  docs: 'a leaf section does not address every a) b) c) sub-item; quick fix adds the missing item lines. Unaddressed inferred aspects (5.3.1, 5.3.2) are only `info` and do not make the section weak',
  explain: {
    why: {
      en: 'Where a clause lists a) b) c) items, an auditor checks each of them; a section that leaves one out covers the clause only in part.',
      zh: '条款列出 a) b) c) 子项时，审核员会逐项检查；漏掉任何一项，该条款只算部分覆盖。',
    },
    fix: {
      en: 'Address every sub-item (the quick fix adds a line for each missing one to fill in). Sub-items the catalog infers are reported as info only and do not make the section weak.',
      zh: '逐项说明每个子项（快速修复会为缺少的子项各加一行待填写）。目录中推断的子项仅作提示，不会使章节变为薄弱。',
    },
    example: '#### 5.1.3.2 内部保障\n\n本公司每年开展技术培训和业务技能培训……',
    note: { en: 'B) 服务文化培训 and c) 评优、奖励、晋升和员工关怀 are not mentioned.', zh: '没有提到 b) 服务文化培训和 c) 评优、奖励、晋升和员工关怀。' },
  },
  scope: 'section',
  check(ctx, reporter, s): boolean {
    const items = s.clause?.items;
    if (!items?.length) return false;
    const { facts, heading, id } = s.candidate;
    const missing = unaddressedItems(items, facts.subItemMarkers, facts.plainText);
    const keysOf = (list: SubItem[]) => list.map((i) => `${i.key})`).join(' ');
    const inferred = missing.filter((i) => i.confidence === 'inferred');
    if (inferred.length > 0) {
      const aspects = inferred.map((i) => i.text.zh.replace(/^（推断）/, '').replace(/。$/, '')).join('；');
      reporter.report(
        weakSubitem,
        { path: s.doc.path, range: heading.range, message: say(ctx, 'inferred', id, keysOf(inferred), aspects), clause: id },
        'info',
      );
    }
    const printed = missing.filter((i) => i.confidence !== 'inferred');
    if (printed.length === 0) return false;
    const keys = keysOf(printed);
    return reporter.report(weakSubitem, {
      path: s.doc.path,
      range: heading.range,
      message: say(ctx, 'message', id, keys),
      clause: id,
      fixes: [addItemsFix(ctx, s, printed, keys)],
    });
  },
});

function addItemsFix(ctx: SetContext, s: SetSection, missing: SubItem[], keys: string): Fix {
  const { doc, candidate } = s;
  // After the section's own text, above the comments that belong to the next heading, outside any open block.
  let at = safePlace(doc, beforeTrailingComments(doc, candidate.ownRange.end));
  // Never above the section's own heading (into the section before): right below the heading line instead.
  if (at.line <= candidate.heading.range.end.line)
    at = { line: candidate.heading.range.end.line, character: doc.lines.lineText(candidate.heading.range.end.line).length };
  // Inserted text is evidence, written in the standard's language whatever the UI locale.
  const edit = insertBlocksEdit(
    doc,
    at,
    missing.map((i) => `${i.key}) ${i.text.zh}`),
  );
  return { title: say(ctx, 'fix', keys), edits: [edit] };
}
