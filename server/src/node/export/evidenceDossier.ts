// The evidence dossier (证据汇编.docx) an auditor reads before the site visit: a
// cover with the estimated score, a table of contents, then every clause in
// catalog order with its requirement, status and evidence sections, the
// statement of applicability and the attachment index.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageNumber,
  PageReference,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { wholePercent, type Locale } from '../../core';
import { deliverableWords, type DeliverableWords } from '../../core/report/deliverableLabels';
import type { DeliverableModel, DeliverableRow } from '../../core/report/deliverableModel';
import { markdownToDocx } from './markdownToDocx';

/** Fonts Word and WPS render Chinese with (LibreOffice substitutes where missing); Latin text keeps a Latin face. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' };
const GREY = '57606A';
const STATUS_FILL: Record<DeliverableRow['status'], string> = { covered: 'DAFBE1', weak: 'FFF8C5', missing: 'FFEBE9', 'not-applicable': 'EAEEF2' };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

type Block = Paragraph | Table;

export async function evidenceDossier(model: DeliverableModel, locale: Locale): Promise<Buffer> {
  const w = deliverableWords(locale);
  const doc = new Document({
    creator: 'evidence-lint',
    title: `${model.organization ?? ''} ${w.dossierTitle}`.trim(),
    // Word fills the contents' page numbers (PAGEREF fields) when it opens the file; LibreOffice lays them out itself.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 21 }, paragraph: { spacing: { line: 300 } } },
        heading1: { run: { font: HEADING_FONT, size: 32, bold: true }, paragraph: { spacing: { before: 360, after: 180 }, keepNext: true } },
        heading2: { run: { font: HEADING_FONT, size: 28, bold: true }, paragraph: { spacing: { before: 300, after: 140 }, keepNext: true } },
        heading3: { run: { font: HEADING_FONT, size: 24, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading4: { run: { font: HEADING_FONT, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
        },
        children: [...cover(model, w), ...contents(model, w), ...clauses(model, w), ...notApplicable(model, w), ...attachments(model, w)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function cover(model: DeliverableModel, w: DeliverableWords): Block[] {
  const line = (label: string, value: string) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
      children: [new TextRun({ text: `${label}：`, font: HEADING_FONT, size: 28 }), new TextRun({ text: value, size: 28 })],
    });
  const s = model.score;
  return [
    new Paragraph({ children: [], spacing: { before: 2400 } }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: model.organization ?? '', font: HEADING_FONT, size: 36, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 1200 },
      children: [new TextRun({ text: w.dossierTitle, font: HEADING_FONT, size: 56, bold: true })],
    }),
    line(w.coverOrganization, model.organization ?? '—'),
    line(w.coverStandard, `${model.standardId}《${model.standardTitle}》`),
    line(w.coverDate, model.date),
    line(w.coverOwner, model.owner ?? '—'),
    line(w.coverScore, String(s.value)),
    line(w.coverLevel, s.label),
    line(w.coverCoverage, `${wholePercent(model.summary)}%`),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600 }, children: [new TextRun({ text: w.coverNote, color: GREY, size: 18 })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function anchor(id: string): string {
  return `clause_${id.replace(/[^0-9A-Za-z]/g, '_')}`;
}

/**
 * A table of contents every reader shows as written: internal links with page-number
 * fields (PAGEREF), instead of a TOC field that stays empty until Word updates it.
 */
function contents(model: DeliverableModel, w: DeliverableWords): Block[] {
  const entry = (text: string, target: string, level: number) =>
    new Paragraph({
      indent: { left: level * 360 },
      tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX, leader: 'dot' }],
      spacing: { after: 40 },
      children: [new InternalHyperlink({ anchor: target, children: [new TextRun(text)] }), new TextRun({ children: ['\t', new PageReference(target)] })],
    });
  const rows = model.rows.filter((r) => r.depth <= 2);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: w.toc, font: HEADING_FONT, size: 32, bold: true })],
    }),
    ...rows.map((r) => entry(`${r.id} ${r.title}`, anchor(r.id), r.depth)),
    entry(w.sheetNotApplicable, 'section_na', 0),
    entry(w.attachments, 'section_attachments', 0),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function clauses(model: DeliverableModel, w: DeliverableWords): Block[] {
  const out: Block[] = [];
  for (const r of model.rows) {
    out.push(
      new Paragraph({
        heading: HEADINGS[Math.min(r.depth, HEADINGS.length - 1)],
        children: [new Bookmark({ id: anchor(r.id), children: [new TextRun(`${r.id} ${r.title}`)] })],
      }),
    );
    out.push(facts(r, w));
    if (r.requirement)
      out.push(
        new Paragraph({
          spacing: { before: 120, after: 120 },
          children: [new TextRun({ text: `${w.requirement}：`, bold: true }), new TextRun(r.requirement)],
        }),
      );
    if (r.kind === 'countsFor') {
      out.push(grey(w.format(w.countsFor, r.countsFor ?? '')));
      continue;
    }
    if (r.notApplicableReason !== undefined)
      out.push(new Paragraph({ children: [new TextRun({ text: `${w.naReason}：`, bold: true }), new TextRun(r.notApplicableReason)] }));
    if (r.kind !== 'leaf') continue;
    if (r.sections.length === 0 && r.status !== 'not-applicable') out.push(grey(w.noEvidence));
    for (const s of r.sections) {
      out.push(grey(w.format(w.evidenceFrom, `${model.file(s.path)}:${s.line + 1}`)));
      // A section of the clause itself has its heading above; a deeper one (5.2.4.1) keeps its own.
      const body = s.id === r.id ? s.markdown.replace(/^[^\n]*\n?/, '') : s.markdown;
      out.push(...markdownToDocx(body, { image: w.image }));
    }
  }
  return out;
}

/** Status, points and confidence of a clause as one shaded line. */
function facts(r: DeliverableRow, w: DeliverableWords): Paragraph {
  const parts = [`${w.status}：${w.statusLabel(r.status)}`];
  if (r.kind !== 'countsFor') parts.push(`${w.points}：${fixed(r.earned)} / ${fixed(r.kind === 'leaf' ? r.points : r.applicablePoints)}`);
  parts.push(`${w.colConfidence}：${w.confidenceLabel(r.confidence)}`);
  return new Paragraph({
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: STATUS_FILL[r.status] },
    spacing: { after: 80 },
    children: [new TextRun({ text: parts.join('　·　'), size: 19 })],
  });
}

function notApplicable(model: DeliverableModel, w: DeliverableWords): Block[] {
  const head = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    children: [new Bookmark({ id: 'section_na', children: [new TextRun(w.sheetNotApplicable)] })],
  });
  if (model.notApplicable.length === 0) return [head, new Paragraph(w.none)];
  return [
    head,
    grid(
      [w.colId, w.colTitle, w.colPoints, w.naReason, w.naDeclaredIn],
      model.notApplicable.map((r) => [r.id, r.title, fixed(r.points), r.reason, r.declaredIn]),
      [10, 18, 8, 46, 18],
    ),
  ];
}

function attachments(model: DeliverableModel, w: DeliverableWords): Block[] {
  const head = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    children: [new Bookmark({ id: 'section_attachments', children: [new TextRun(w.attachments)] })],
  });
  if (model.attachments.length === 0) return [head, new Paragraph(w.none)];
  const state = { exists: w.yes, missing: w.no, outside: w.outside };
  return [
    head,
    grid(
      [w.attachmentTarget, w.attachmentClause, w.attachmentSource, w.attachmentExists],
      model.attachments.map((a) => [a.target, a.clause ?? '—', a.source, state[a.state]]),
      [44, 12, 30, 14],
    ),
  ];
}

/** A table with a header row repeated on every page and rows that do not break across pages. */
function grid(header: string[], body: string[][], percents: number[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'B0B7C0' };
  const row = (cells: string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader || undefined, // an explicit false still reads as a header row in some readers
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: percents[i], type: WidthType.PERCENTAGE },
            shading: isHeader ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2EC' } : undefined,
            children: [new Paragraph({ children: [new TextRun({ text, bold: isHeader, size: 19 })] })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [row(header, true), ...body.map((cells) => row(cells, false))],
  });
}

function grey(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 80, after: 60 }, children: [new TextRun({ text, color: GREY, italics: true, size: 19 })] });
}

function fixed(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}
