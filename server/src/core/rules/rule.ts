// A rule is one self-describing module, in markdownlint's shape: its id, when it
// runs, whether it judges sections weak, its default severity, its description
// and messages in zh-CN and en, and its check. The registry lists them; the
// analysis order, the config schema, SARIF and the README's rules table derive
// from it.
import type { Reporter } from '../analysis/reporter';
import type { SetContext, SetSection } from '../analysis/setContext';
import type { SectionVerdict, SetCoverage } from '../coverage/coverage';
import { format } from '../l10n/messages';
import type { SectionCandidate } from '../parse/evidenceDocument';
import type { Locale, Severity } from '../types';

/** A rule's messages: the same keys in both languages, placeholders {0}, {1}… */
export interface RuleMessages<K extends string> {
  en: Record<K, string>;
  zh: Record<K, string>;
}

interface RuleInfo<Id extends string> {
  id: Id;
  defaultSeverity: Severity;
  /** One sentence, for settings, SARIF and the rules table. */
  description: { en: string; zh: string };
  /** The rules table's "what" column (markdown, English): what it reports and what its quick fixes do. */
  docs: string;
  /** The bundled explanation (docs/rules/<id>.md and .zh-cn.md): why an auditor cares, how to fix it, an example. */
  explain: RuleExplanation;
}

export interface RuleExplanation {
  why: { en: string; zh: string };
  fix: { en: string; zh: string };
  /** An evidence-document fragment (markdown) that the rule reports. */
  example: string;
  /** What the example shows. */
  note: { en: string; zh: string };
}

/** When a rule runs and what it is given. */
export type RuleCheck =
  /** Once per document (results kept per document version); `ctx` holds that one document. */
  | { scope: 'document'; check(ctx: SetContext, reporter: Reporter): void }
  /** Once per leaf section that has evidence of its own; returns whether it judged the section weak. */
  | { scope: 'section'; check(ctx: SetContext, reporter: Reporter, section: SetSection): boolean }
  /** Once per evidence set, over all its documents. */
  | { scope: 'set'; check(ctx: SetContext, reporter: Reporter): void }
  /** Once per set, after coverage is known. */
  | { scope: 'coverage'; check(ctx: SetContext, reporter: Reporter, coverage: SetCoverage, verdicts: ReadonlyMap<SectionCandidate, SectionVerdict>): void };

export type Rule<Id extends string = string> = RuleInfo<Id> &
  RuleCheck & {
    /** A section rule marks the sections it reports weak, which lowers coverage and score. */
    readonly weakness: boolean;
  };

export function defineRule<const Id extends string>(rule: RuleInfo<Id> & RuleCheck): Rule<Id> {
  return { ...rule, weakness: rule.scope === 'section' };
}

/** The localizer of one rule's messages, typed by their keys. */
export function ruleText<K extends string>(messages: RuleMessages<K>): (ctx: { locale: Locale }, key: K, ...args: (string | number)[]) => string {
  return (ctx, key, ...args) => format((ctx.locale === 'en' ? messages.en : messages.zh)[key], args);
}
