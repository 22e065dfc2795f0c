import { defineRule, ruleText } from './rule';

export const frontmatterText = ruleText({
  en: {
    yamlUnclosedQuote: 'Line {0}: a quote is opened but never closed; add the closing quote, or remove the opening one.',
    yamlUnclosedBracket: 'Line {0}: a [ or { is opened but never closed; add the closing ] or }, or write the list one "- item" per line.',
    yamlMissingColon: 'Line {0}: a key is not followed by a colon; write it as "key: value".',
    yamlBadIndent: 'Line {0}: the indentation does not match the lines around it; keys of the same level start in the same column.',
    yamlDuplicateKey: 'Line {0}: this key is already written above in the header; write each key once.',
    yamlNestedInline: 'Line {0}: two "key: value" pairs on one line; put a value that contains a colon in quotes.',
    yamlMultilineKey: 'Line {0}: a key runs over more than one line, or the line above lacks its colon.',
    yamlTabIndent: 'Line {0}: indented with a tab; indent with spaces.',
    yamlUnexpected: 'Line {0}: a character that does not belong here; check the colons, dashes and quotes.',
    yamlSyntax: 'Line {0}: the header is not valid YAML ({1}); check the colons, quotes and indentation.',
    yamlTooComplex: 'Frontmatter is too complex to read safely: {0}',
    wrongType: 'Frontmatter key "{0}" must be a {1}.',
    badDate: 'Frontmatter key "{0}" must be an ISO date (YYYY-MM-DD), not "{1}".',
    unknownStandard: 'Unknown standard "{0}"; known: {1}.',
  },
  zh: {
    yamlUnclosedQuote: '第 {0} 行：引号没有闭合，请补上结尾的引号，或删去开头的引号。',
    yamlUnclosedBracket: '第 {0} 行：[ 或 { 没有闭合，请补上 ] 或 }，或改为每行一项“- 内容”。',
    yamlMissingColon: '第 {0} 行：字段名后缺少冒号，应写成“字段: 值”。',
    yamlBadIndent: '第 {0} 行：缩进与上下行不一致，同一层的字段应从同一列开始。',
    yamlDuplicateKey: '第 {0} 行：此字段在文件头中已经写过，每个字段只写一次。',
    yamlNestedInline: '第 {0} 行：一行中出现两个“字段: 值”，值里含冒号时请加引号。',
    yamlMultilineKey: '第 {0} 行：字段名跨了多行，或上一行缺少冒号。',
    yamlTabIndent: '第 {0} 行：用制表符（Tab）缩进了，请改用空格。',
    yamlUnexpected: '第 {0} 行：此处有不应出现的符号，请检查冒号、短横线和引号。',
    yamlSyntax: '第 {0} 行：文件头的写法不符合 YAML 格式，请检查冒号、引号和缩进。',
    yamlTooComplex: '文件头过于复杂，无法安全读取：{0}',
    wrongType: '文件头字段“{0}”的类型应为 {1}。',
    badDate: '文件头字段“{0}”应为 ISO 日期（YYYY-MM-DD），而不是“{1}”。',
    unknownStandard: '未知标准“{0}”；已知标准：{1}。',
  },
});

/** Frontmatter problems found while parsing; an unknown standard is reported where sets are formed (analyzeFolder). */
export const frontmatterInvalid = defineRule({
  id: 'frontmatter-invalid',
  defaultSeverity: 'error',
  description: { en: 'The frontmatter is not valid YAML or a key has the wrong type.', zh: '文件头不是有效 YAML，或字段类型错误。' },
  docs: 'invalid YAML, a key of the wrong type, or an unknown standard; the rest of the document is still analysed',
  explain: {
    why: {
      en: 'The header tells which standard a document belongs to, who owns it and which clauses do not apply. If it cannot be read, those declarations are lost.',
      zh: '文件头说明文件属于哪个标准、由谁负责、哪些条款不适用。文件头无法读取时，这些声明全部失效。',
    },
    fix: {
      en: 'Correct the line the message names: close quotes and brackets, put a colon after each key, indent with spaces, write each key once.',
      zh: '改正提示所指的那一行：补齐引号和括号，字段名后加冒号，用空格缩进，每个字段只写一次。',
    },
    example: '---\nstandard: GB/T 27922-2011\nowner: "张三\n---',
    note: { en: 'Line 3: the quote is never closed.', zh: '第 3 行：引号没有闭合。' },
  },
  scope: 'document',
  check(ctx, reporter) {
    for (const doc of ctx.documents) {
      for (const p of doc.frontmatter?.problems ?? []) {
        reporter.report(frontmatterInvalid, { path: doc.path, range: p.range, message: frontmatterText(ctx, p.key, ...p.args) });
      }
    }
  },
});
