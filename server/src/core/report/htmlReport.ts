// A self-contained HTML coverage report a quality manager can send around:
// the clause tree with status colours, the score and level estimate, and the
// not-applicable list as a statement of applicability. No scripts, no external files.
// It prints on A4 as it looks on screen: colours kept, no clause line cut across pages.
import { confidenceCounts, groupDisplayStatus, pointsText, wholePercent, type ClauseCoverage, type SetCoverage } from '../coverage/coverage';
import type { MessageKey } from '../l10n/messages';
import { localizer, type Localize } from '../l10n/messages';
import type { Locale } from '../types';
import { headerParts, whyText, type ReportDetails } from './reportHeader';
import { rowReasons, type RowReason } from './rowReasons';

export type { ReportDetails } from './reportHeader';

const STYLE = `
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1f2328;max-width:60rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
.score{display:flex;gap:2rem;margin:1rem 0}.score div{border:1px solid #d0d7de;border-radius:6px;padding:.6rem 1rem}
.score b{font-size:1.4rem;display:block}
ul.tree{list-style:none;padding-left:1.2rem}ul.tree>li{margin:.15rem 0}
.st{display:inline-block;min-width:5.5em;padding:0 .4em;border-radius:4px;font-size:.85em;text-align:center;margin-right:.4em}
.covered{background:#dafbe1;color:#116329}.weak{background:#fff8c5;color:#7d4e00}
.missing{background:#ffebe9;color:#a40e26}.not-applicable{background:#eaeef2;color:#57606a}
.where{color:#57606a;font-size:.85em;margin-left:.5em}.why{color:#a40e26;font-size:.85em;margin-left:.5em}.pts{font-variant-numeric:tabular-nums;margin-left:.5em}
.conf{font-size:.75em;border:1px solid #d0d7de;border-radius:4px;padding:0 .3em;margin-left:.4em;color:#57606a}
.conf.inferred{border-color:#bf8700;color:#7d4e00}.conf.single-source{border-color:#8c959f}.legend{color:#57606a;font-size:.85em}.group>span.id{font-weight:600}
table{border-collapse:collapse}.differs,td.inconsistent{color:#a40e26;font-weight:600}td,th{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}
footer{margin-top:2rem;color:#57606a;font-size:.85em}
.meta{color:#57606a}.line{display:block;padding:.05rem 0}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:600}
@page{size:A4;margin:15mm 14mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.line,tr,.score div,p{break-inside:avoid;page-break-inside:avoid}h1,h2{break-after:avoid;page-break-after:avoid}
thead{display:table-header-group}ul.tree{padding-left:1rem}footer{break-inside:avoid}}`;

export function htmlReport(sets: SetCoverage[], locale: Locale, file: (path: string) => string, details: ReportDetails[] = []): string {
  const t = localizer(locale);
  const body = sets.map((set, i) => setHtml(set, t, locale, file, details[i] ?? {})).join('\n');
  const title = sets.map((s) => t('report.title', s.standard)).join(' · ') || t('report.title', '');
  return `<!DOCTYPE html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>${STYLE}</style></head><body>
${body}
<footer>${esc(t('report.basis'))}</footer>
</body></html>
`;
}

function setHtml(set: SetCoverage, t: Localize, locale: Locale, file: (path: string) => string, details: ReportDetails): string {
  const s = set.summary;
  const meta = headerParts(set, details, t, locale);
  const conf = confidenceCounts(set);
  const tree = renderTree(set.clauses, t, file, rowReasons(set, details.diagnostics));
  const na = set.clauses.filter((c) => c.notApplicableReason);
  const naRows = na.map((c) => `<tr><td>${esc(c.id)} ${esc(c.title)}</td><td>${esc(c.notApplicableReason!)}</td></tr>`).join('');
  return `<h1>${esc(t('report.title', set.standard))}</h1>
<p class="meta">${meta.map(esc).join(' · ')}</p>
<div class="score"><div>${esc(t('report.score'))}<b>${set.score.value}</b></div><div>${esc(t('report.level'))}<b>${esc(set.score.level)}</b></div>
<div>${esc(t('report.coverage'))}<b>${wholePercent(s)}%</b></div></div>
<p>${esc(t('report.summary', s.covered, s.leaves - s.notApplicable, wholePercent(s), s.weak, s.missing, s.notApplicable))}</p>
${set.score.deductions > 0 || set.score.bonus > 0 ? `<p>${esc(t('report.deductions', set.score.deductions, set.score.bonus, set.score.base))}</p>` : ''}
<p>${esc(t('report.confidenceSummary', conf.applicable, conf.inferred, conf.singleSource))}</p>
${pointsTable(set, t)}
<p class="legend">${esc(t('confidence.legend'))}</p>
${tree}
<h2>${esc(t('report.na'))}</h2>
${na.length ? `<table><tr><th>${esc(t('report.clause'))}</th><th>${esc(t('report.reason'))}</th></tr>${naRows}</table>` : `<p>${esc(t('report.none'))}</p>`}${commitmentsHtml(set, t, file)}`;
}

/** The commitments table: kind, what is stated where, and whether it agrees. */
function commitmentsHtml(set: SetCoverage, t: Localize, file: (path: string) => string): string {
  const entries = set.commitments ?? [];
  if (entries.length === 0) return '';
  const rows = entries
    .map((e) => {
      const stated = e.statements
        .map(
          (s) =>
            `<span class="${s.agrees ? 'agrees' : 'differs'}">${esc(s.text)}</span> <span class="where">${esc(`${file(s.path)}:${s.line + 1}`)}${s.committed ? ` · ${esc(t('report.commitmentCommitted'))}` : ''}</span>`,
        )
        .join('<br>');
      const agreement = e.agreement === 'consistent' ? t('report.commitmentConsistent') : t('report.commitmentInconsistent');
      return `<tr><td>${esc(e.name)}</td><td>${stated}</td><td class="${e.agreement}">${esc(agreement)}</td></tr>`;
    })
    .join('');
  return `
<h2>${esc(t('report.commitments'))}</h2>
<table><tr><th>${esc(t('report.commitmentKind'))}</th><th>${esc(t('report.commitmentStated'))}</th><th>${esc(t('report.commitmentAgreement'))}</th></tr>${rows}</table>`;
}

/** Points earned of the points available for each first-level section, and in all. */
function pointsTable(set: SetCoverage, t: Localize): string {
  const top = set.clauses.length ? Math.min(...set.clauses.map((c) => c.depth)) : 0;
  const sections = set.clauses.filter((c) => c.depth === top + 1 && !c.countsFor);
  if (sections.length === 0) return '';
  const row = (name: string, earned: number, available: number, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}><td>${esc(name)}</td><td class="num">${round1(earned)}</td><td class="num">${round1(available)}</td></tr>`;
  return `<h2>${esc(t('report.pointsBySection'))}</h2>
<table class="points"><thead><tr><th>${esc(t('report.section'))}</th><th class="num">${esc(t('report.earned'))}</th><th class="num">${esc(t('report.available'))}</th></tr></thead><tbody>
${sections.map((c) => row(`${c.id} ${c.title}`, c.earned, c.points)).join('\n')}
${row(t('report.total'), set.score.earned, set.score.applicable, 'total')}
</tbody></table>`;
}

function round1(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function renderTree(clauses: ClauseCoverage[], t: Localize, file: (path: string) => string, reasons: ReadonlyMap<string, RowReason[]>): string {
  let i = 0;
  // Clauses come in catalog order: a clause's children are the deeper ones right after it.
  const list = (depth: number): string => {
    const items: string[] = [];
    while (i < clauses.length && clauses[i].depth === depth) {
      const c = clauses[i++];
      const counts = c.isLeaf ? '' : ` (${c.summary.covered}/${c.summary.leaves - c.summary.notApplicable} · ${wholePercent(c.summary)}%)`;
      const status = c.isLeaf ? c.status : groupDisplayStatus(c.summary);
      const pts = c.countsFor || c.status === 'not-applicable' ? '' : `<span class="pts">${esc(pointsText(c))}</span>`;
      const conf = `<span class="conf ${c.confidence}">${esc(t(`confidence.${c.confidence}` as MessageKey))}</span>`;
      const where = c.locations.map((l) => `${file(l.path)}:${l.line + 1}`).join(', ');
      const why = whyText(reasons.get(c.id), t);
      const kids = i < clauses.length && clauses[i].depth > depth ? list(clauses[i].depth) : '';
      items.push(
        `<li class="${c.isLeaf ? 'leaf' : 'group'}"><span class="line"><span class="st ${status}">${esc(t(`status.${status}`))}</span>` +
          `<span class="id">${esc(c.id)}</span> ${esc(c.title)}${esc(counts)}${pts}${conf}${why ? `<span class="why">${esc(why)}</span>` : ''}${where ? `<span class="where">${esc(where)}</span>` : ''}</span>${kids}</li>`,
      );
    }
    return `<ul class="tree">${items.join('')}</ul>`;
  };
  return clauses.length ? list(clauses[0].depth) : '';
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
