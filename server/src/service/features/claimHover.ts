// Hover on a figure the evidence states (24 小时内上门, 保修三年): the same kind's
// statements elsewhere in the set, the commitment marked, disagreements flagged.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-protocol';
import { claimLabel, claimsOf, containsPosition, type Claim, type Locale, type Localize, type ParsedDocument, type SetResult } from '../../core';
import { pathToUri } from '../conversions';

export function claimHover(set: SetResult, doc: ParsedDocument, position: Position, locale: Locale, t: Localize): Hover | null {
  const data = set.model.catalog.data.claims;
  if (!data) return null;
  const here = claimsOf(doc, data).find((c) => containsPosition(c.range, position));
  if (!here) return null;
  const statements = set.model.documents.flatMap((d) =>
    claimsOf(d, data)
      .filter((c) => c.kind.id === here.kind.id)
      .map((c) => ({ doc: d, claim: c })),
  );
  const flags = new Map(
    (set.coverage.commitments ?? []).flatMap((e) => e.statements.map((s) => [`${s.path}#${s.range.start.line}:${s.range.start.character}`, s] as const)),
  );
  const lines = statements
    .filter((s) => s.claim !== here)
    .map(({ doc: d, claim }) => {
      const line = claim.range.start.line + 1;
      const name = d.path.slice(d.path.lastIndexOf('/') + 1);
      const flag = flags.get(`${d.path}#${claim.range.start.line}:${claim.range.start.character}`);
      const marks = [flag?.committed ? t('report.commitmentCommitted') : '', flag && !flag.agrees ? t('report.commitmentInconsistent') : ''].filter(Boolean);
      return `- ${scoped(claim, locale)}: \`${claim.text}\` — [${name}:${line}](${pathToUri(d.path)}#L${line})${marks.length ? ` (${marks.join(', ')})` : ''}`;
    });
  const value = [
    `**${claimLabel(here.kind, here.scopes, locale)}**: \`${here.text}\``,
    t('hover.claim', claimLabel(here.kind, [], locale), statements.length),
    lines.join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range: here.range };
}

function scoped(claim: Claim, locale: Locale): string {
  return claimLabel(claim.kind, claim.scopes, locale);
}
