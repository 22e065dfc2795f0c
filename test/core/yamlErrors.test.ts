// What a writer is told about broken frontmatter YAML: the kind of mistake and
// the place to fix it. The yaml library reports an unclosed quote or bracket
// where the text ends; the place must be where it was opened, up to that line's end.
import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { locateYamlError } from '../../server/src/core/parse/yamlError';

/** Kind, start offset and the text of the place, for the first error the library reports. */
function located(yamlText: string): [string, number, string] {
  const [error] = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false }).errors;
  const { kind, start, end } = locateYamlError(yamlText, error);
  return [kind, start, yamlText.slice(start, end)];
}

describe('frontmatter YAML errors: kind and place', () => {
  it('an unclosed quote, double or single, is placed where it opens, up to the end of that line', () => {
    assert.deepEqual(located('standard: "GB/T 27922\norg: 甲\n'), ['yamlUnclosedQuote', 10, '"GB/T 27922']);
    assert.deepEqual(located("standard: 'GB/T\n"), ['yamlUnclosedQuote', 10, "'GB/T"]);
    assert.deepEqual(located('a: 1\r\nb: "x\r\n'), ['yamlUnclosedQuote', 9, '"x']);
    assert.deepEqual(located('"a\n'), ['yamlUnclosedQuote', 0, '"a']);
  });

  it('blank lines after the unclosed quote do not move the place to the end', () => {
    assert.deepEqual(located('a: 1\nb: "x"\nc: "y\n\n'), ['yamlUnclosedQuote', 15, '"y']);
    assert.deepEqual(located('a:\n  b: "c\n  d: 1\n'), ['yamlUnclosedQuote', 8, '"c']);
  });

  it('a lone quote is unclosed; closed quotes and collections before the open one are passed over', () => {
    assert.deepEqual(located('a: [1]\nb: "\n'), ['yamlUnclosedQuote', 10, '"']);
    assert.deepEqual(located('a: "ok"\nb: [1, 2]\nc: {x: 1}\nd: "broken\n'), ['yamlUnclosedQuote', 31, '"broken']);
  });

  it('an unclosed [ or { is placed where it opens, even when what is inside it is closed', () => {
    assert.deepEqual(located('[a\n'), ['yamlUnclosedBracket', 0, '[a']);
    assert.deepEqual(located('map: {a: 1\n'), ['yamlUnclosedBracket', 5, '{a: 1']);
    assert.deepEqual(located('a: ""\nb: [\n'), ['yamlUnclosedBracket', 9, '[']);
    assert.deepEqual(located('list: [甲, "乙"\n'), ['yamlUnclosedBracket', 6, '[甲, "乙"']);
    assert.deepEqual(located('a: [{x: 1}\n'), ['yamlUnclosedBracket', 3, '[{x: 1}']);
    assert.deepEqual(located('a: {x: [1]\n'), ['yamlUnclosedBracket', 3, '{x: [1]']);
    assert.deepEqual(located('a: 1\nb:\n  - [x\n'), ['yamlUnclosedBracket', 12, '[x']);
  });

  it('other mistakes keep the library place and get their own kind', () => {
    assert.deepEqual(located('a: 1\nb\n'), ['yamlMissingColon', 5, 'b']);
    assert.deepEqual(located('a: 1\n"b": 2\nc d\n'), ['yamlMissingColon', 12, 'c d']);
    assert.deepEqual(located('key without colon\nb: 1\n'), ['yamlMultilineKey', 0, 'key without colon']);
    assert.deepEqual(located('a: b: c\n'), ['yamlNestedInline', 3, 'b']);
    assert.deepEqual(located('a: 1\na: 2\n'), ['yamlDuplicateKey', 5, 'a']);
    assert.deepEqual(located('a: 1\n\t- x\n'), ['yamlTabIndent', 5, '\t']);
    assert.deepEqual(located('a: 1\nb: ]\n'), ['yamlUnexpected', 8, ']']);
    assert.deepEqual(located('a:\n  b: 1\n c: 2\n'), ['yamlBadIndent', 10, ' ']);
    assert.deepEqual(located('a: *\n'), ['yamlSyntax', 3, '*']);
  });

  it('an error spanning lines is shown on its first line only', () => {
    assert.deepEqual(located('a: 1\n---\nb: 2\n'), ['yamlSyntax', 5, '---']);
  });
});
