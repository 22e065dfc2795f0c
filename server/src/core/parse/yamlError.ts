// Turns an error of the yaml library into what a writer can act on: a kind the
// message catalogue translates, and the place of the actual problem. The library
// reports an unclosed quote or bracket where the text ends (the closing `---`);
// the writer needs the line where it was opened.
import { CST, Parser, type YAMLError } from 'yaml';

export type YamlErrorKind =
  | 'yamlUnclosedQuote'
  | 'yamlUnclosedBracket'
  | 'yamlMissingColon'
  | 'yamlBadIndent'
  | 'yamlDuplicateKey'
  | 'yamlNestedInline'
  | 'yamlMultilineKey'
  | 'yamlTabIndent'
  | 'yamlUnexpected'
  | 'yamlSyntax';

export interface LocatedYamlError {
  kind: YamlErrorKind;
  /** Offsets into the YAML text, end exclusive, never past the end of a line. */
  start: number;
  end: number;
}

const KIND_OF_CODE: Partial<Record<YAMLError['code'], YamlErrorKind>> = {
  BAD_INDENT: 'yamlBadIndent',
  DUPLICATE_KEY: 'yamlDuplicateKey',
  BLOCK_AS_IMPLICIT_KEY: 'yamlNestedInline',
  MULTILINE_IMPLICIT_KEY: 'yamlMultilineKey',
  TAB_AS_INDENT: 'yamlTabIndent',
  UNEXPECTED_TOKEN: 'yamlUnexpected',
};

export function locateYamlError(yamlText: string, error: YAMLError): LocatedYamlError {
  let start = Math.min(error.pos[0], yamlText.length);
  let end = Math.max(start + 1, Math.min(error.pos[1], yamlText.length));
  let kind = kindOf(error);
  // Nothing but blanks after the reported place: the library ran off the end looking for a closing character.
  if (yamlText.slice(start).trim() === '') {
    const opener = unclosedOpener(yamlText, start);
    if (opener) {
      start = opener.offset;
      end = yamlText.length;
      if (kind === 'yamlSyntax' || kind === 'yamlBadIndent') kind = opener.bracket ? 'yamlUnclosedBracket' : 'yamlUnclosedQuote';
    } else {
      start = lastNonBlankLineStart(yamlText, start);
      end = yamlText.length;
    }
  }
  return { kind, start, end: Math.max(start + 1, Math.min(end, lineEnd(yamlText, start))) };
}

function kindOf(error: YAMLError): YamlErrorKind {
  if (error.code === 'MISSING_CHAR') {
    if (/quote/i.test(error.message)) return 'yamlUnclosedQuote';
    if (/followed by map values/i.test(error.message)) return 'yamlMissingColon';
    return 'yamlSyntax';
  }
  return KIND_OF_CODE[error.code] ?? 'yamlSyntax';
}

/** The last quoted scalar or flow collection that starts before `before` and is never closed. */
function unclosedOpener(yamlText: string, before: number): { offset: number; bracket: boolean } | undefined {
  let found: { offset: number; bracket: boolean } | undefined;
  const consider = (token: CST.Token | undefined) => {
    if (!token || token.offset >= before) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const quote = token.source[0];
      const body = token.source.trimEnd();
      if (body.length < 2 || !body.endsWith(quote)) found = { offset: token.offset, bracket: false };
    } else if (token.type === 'flow-collection') {
      const closer = token.start.source === '[' ? ']' : '}';
      if (!token.end.some((t) => t.source === closer)) found = { offset: token.offset, bracket: true };
    }
  };
  for (const top of new Parser().parse(yamlText)) {
    if (top.type !== 'document') continue;
    consider(top.value);
    CST.visit(top, (item) => {
      consider(item.key ?? undefined);
      consider(item.value);
    });
  }
  return found;
}

function lineEnd(text: string, offset: number): number {
  const m = /\r\n|\r|\n/.exec(text.slice(offset));
  return m ? offset + m.index : text.length;
}

function lastNonBlankLineStart(text: string, before: number): number {
  const head = text.slice(0, before).replace(/\s+$/, '');
  return Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r')) + 1;
}
