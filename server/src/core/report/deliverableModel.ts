// What the deliverables for the certification body show, taken from the same
// coverage and score the linter computes: one row per catalog clause with its
// points, status and evidence, the statement of applicability, the problems and
// the attachment index. The workbook and the dossier writers only lay this out.
import { clauseTagOf, type FileSystemView, type NotApplicableDeclaration } from '../analysis/setContext';
import type { Catalog } from '../catalog/catalog';
import type { ClauseCoverage, SetCoverage } from '../coverage/coverage';
import { credit, leafPoints } from '../coverage/score';
import type { LinkInfo, ParsedDocument, SectionCandidate } from '../parse/evidenceDocument';
import { linkProblem, targetOf } from '../rules/linkTargets';
import type { EvidenceDiagnostic, Locale } from '../types';

export interface DeliverableInput {
  catalog: Catalog;
  coverage: SetCoverage;
  /** The documents of the set. */
  documents: ParsedDocument[];
  /** The declaration that excludes each not-applicable leaf (the set model's `notApplicable`). */
  notApplicable: ReadonlyMap<string, NotApplicableDeclaration>;
  /** Diagnostics of the set's documents. */
  diagnostics: EvidenceDiagnostic[];
  /** Share of its points a weak leaf earns (config.scoring.weakCredit). */
  weakCredit: number;
  fs: FileSystemView;
  /** Path as shown in the deliverable (relative, `/` separators). */
  file: (path: string) => string;
  locale: Locale;
  /** The day the deliverable is made. */
  now: Date;
}

/** One section of evidence: where it is and its markdown text (up to the next clause section inside it). */
export interface EvidenceSection {
  path: string;
  line: number;
  /** The id the section is tagged with: the clause's own, or a deeper one (5.2.4.1) or a countsFor line's. */
  id: string;
  /** From its heading line on. */
  markdown: string;
}

export interface DeliverableRow {
  id: string;
  title: string;
  requirement: string;
  confidence: ClauseCoverage['confidence'];
  depth: number;
  /** `group`: a first- or deeper-level indicator with sub-clauses (a subtotal row); `countsFor`: no points of its own. */
  kind: 'group' | 'leaf' | 'countsFor';
  /** Catalog points: a leaf's own, a group's over all its leaves (not-applicable ones too). */
  points: number;
  /** Points of the applicable leaves (0 for a not-applicable leaf). */
  applicablePoints: number;
  status: ClauseCoverage['status'];
  /** Estimated points earned at the current status. */
  earned: number;
  locations: string[];
  attachments: string[];
  countsFor?: string;
  notApplicableReason?: string;
  sections: EvidenceSection[];
}

export interface NotApplicableRow {
  id: string;
  title: string;
  points: number;
  reason: string;
  declaredIn: string;
}

export interface AttachmentRow {
  /** The link as written. */
  url: string;
  /** Target relative to the set's folder (or as written when it leaves the folder). */
  target: string;
  clause?: string;
  source: string;
  state: 'exists' | 'missing' | 'outside';
}

export interface DeliverableModel {
  standardId: string;
  standardTitle: string;
  organization?: string;
  owner?: string;
  /** YYYY-MM-DD of the export. */
  date: string;
  rows: DeliverableRow[];
  score: SetCoverage['score'];
  summary: SetCoverage['summary'];
  deductionItems: string[];
  bonusItems: string[];
  weakCredit: number;
  /** Levels from the catalog, lowest first; `failAtDeductions` fails whatever the score. */
  levels: { min: number; label: string }[];
  failAtDeductions?: number;
  notApplicable: NotApplicableRow[];
  problems: EvidenceDiagnostic[];
  attachments: AttachmentRow[];
  file: (path: string) => string;
}

interface TaggedSection {
  doc: ParsedDocument;
  candidate: SectionCandidate;
  start: number;
  end: number;
}

export function deliverableModel(input: DeliverableInput): DeliverableModel {
  const { catalog, coverage, locale } = input;
  const points = leafPoints(catalog);
  const tagged = taggedSections(catalog, input.documents);
  const byLocation = new Map(tagged.map((s) => [`${s.doc.path}:${s.candidate.heading.line}`, s]));
  const text = (t: { zh: string; en?: string } | undefined) => (t ? (locale === 'en' ? (t.en ?? t.zh) : t.zh) : '');

  const rows: DeliverableRow[] = coverage.clauses.map((c) => {
    const clause = catalog.get(c.id);
    const leaves = c.countsFor ? [] : catalog.leavesUnder(c.id);
    const kind = c.countsFor ? 'countsFor' : c.isLeaf ? 'leaf' : 'group';
    const sections = c.locations.flatMap((l) => {
      const s = byLocation.get(`${l.path}:${l.line}`);
      return s ? [{ path: l.path, line: l.line, id: s.candidate.id, markdown: s.doc.text.slice(s.start, s.end).trimEnd() }] : [];
    });
    const links = c.locations.flatMap((l) => {
      const s = byLocation.get(`${l.path}:${l.line}`);
      return s ? linksIn(s) : [];
    });
    return {
      id: c.id,
      title: c.title,
      requirement: text(clause?.text),
      confidence: c.confidence,
      depth: c.depth,
      kind,
      points: leaves.reduce((sum, l) => sum + (points.get(l.id) ?? 0), 0),
      applicablePoints: kind === 'countsFor' || c.status === 'not-applicable' ? 0 : kind === 'leaf' ? (points.get(c.id) ?? 0) : c.points,
      status: c.status,
      // Unrounded for leaves: the workbook's formulas must add up to the score exactly.
      earned: kind === 'leaf' ? (points.get(c.id) ?? 0) * credit(c.status, input.weakCredit) : c.earned,
      locations: c.locations.map((l) => `${input.file(l.path)}:${l.line + 1}`),
      attachments: [...new Set(links.filter((l) => l.local).map((l) => l.url))],
      countsFor: c.countsFor,
      notApplicableReason: c.notApplicableReason,
      sections,
    };
  });

  const index = input.documents.find((d) => d.path === coverage.indexDocument);
  const front = index?.frontmatter;
  const details = reportDetailsOf(coverage, input.documents, input.now);
  const scoring = catalog.data.scoring;
  return {
    standardId: catalog.id,
    standardTitle: text(catalog.data.standard.title),
    organization: details.organization,
    owner: front?.owner ?? input.documents.map((d) => d.frontmatter?.owner).find((v) => v),
    date: details.date,
    rows,
    score: coverage.score,
    summary: coverage.summary,
    deductionItems: front?.deductions ?? [],
    bonusItems: front?.bonus ?? [],
    weakCredit: input.weakCredit,
    levels: (scoring?.levels ?? []).map((l) => ({ min: l.min, label: text(l.label) })),
    failAtDeductions: scoring?.failAtDeductions,
    notApplicable: notApplicableRows(input, rows),
    problems: [...input.diagnostics].sort(byPlace),
    attachments: attachmentRows(input, tagged),
    file: input.file,
  };
}

/** The clause sections of the set's documents, each up to the next clause section (of any level) or its own end. */
function taggedSections(catalog: Catalog, documents: ParsedDocument[]): TaggedSection[] {
  const out: TaggedSection[] = [];
  for (const doc of documents) {
    const mine = doc.sections.flatMap((c) => clauseTagOf(catalog, c) ?? []);
    mine.forEach((c, i) => {
      const start = c.heading.start;
      const rangeEnd = doc.lines.offsetAt(c.range.end);
      const next = mine[i + 1]?.heading.start ?? Infinity;
      out.push({ doc, candidate: c, start, end: Math.min(rangeEnd, next) });
    });
  }
  return out;
}

function linksIn(s: TaggedSection): LinkInfo[] {
  return s.doc.links.filter((l) => {
    const at = s.doc.lines.offsetAt(l.range.start);
    return at >= s.start && at < s.end;
  });
}

function notApplicableRows(input: DeliverableInput, rows: DeliverableRow[]): NotApplicableRow[] {
  // The declaration the set model took the leaf's reason from (one for a group, 5.1.2, declares every leaf under it).
  const declaredIn = (id: string) => {
    const d = input.notApplicable.get(id);
    return d ? `${input.file(d.path)}:${d.entry.range.start.line + 1}` : '';
  };
  return rows
    .filter((r) => r.notApplicableReason !== undefined)
    .map((r) => ({ id: r.id, title: r.title, points: r.points, reason: r.notApplicableReason!, declaredIn: declaredIn(r.id) }));
}

function attachmentRows(input: DeliverableInput, tagged: TaggedSection[]): AttachmentRow[] {
  const root = input.coverage.root;
  const out: AttachmentRow[] = [];
  for (const doc of input.documents) {
    const sections = tagged.filter((s) => s.doc === doc);
    for (const link of doc.links) {
      if (!link.local) continue;
      const target = targetOf(doc.path, link);
      if (!target) continue;
      const at = doc.lines.offsetAt(link.range.start);
      const section = sections.filter((s) => at >= s.start && at < s.end).pop();
      // The same judgement as broken-attachment and weak-no-evidence.
      const state = linkProblem({ root, fs: input.fs }, doc.path, link) ?? 'exists';
      out.push({
        url: link.url,
        target: state === 'outside' ? link.url : target.slice(root.length).replace(/^\/+/, ''),
        clause: section?.candidate.id,
        source: `${input.file(doc.path)}:${link.range.start.line + 1}`,
        state,
      });
    }
  }
  return out;
}

/** Organization and date for a report header: the index document's, else any document's organization. */
export function reportDetailsOf(coverage: SetCoverage, documents: readonly ParsedDocument[], now: Date): { organization?: string; date: string } {
  const index = documents.find((d) => d.path === coverage.indexDocument);
  const organization = index?.frontmatter?.organization ?? documents.map((d) => d.frontmatter?.organization).find((v) => v);
  return { organization, date: isoDate(now) };
}

/** File, then position, then rule: the order the CLI prints them in, whichever front end asks. */
function byPlace(a: EvidenceDiagnostic, b: EvidenceDiagnostic): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
