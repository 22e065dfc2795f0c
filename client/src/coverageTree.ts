// The coverage tree: evidence set (standard, score, estimated level) → 5.1 → 5.1.1 → 5.1.1.1.
// Rebuilt from the coverage the server pushes with evidence/coverageChanged; never polled.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import type { ClauseJson, ClauseStatus, CoverageJson } from './lsp_ext';

export const VIEW_ID = 'complianceEvidence.coverage';

export interface SetNode {
  kind: 'set';
  key: string;
  coverage: CoverageJson;
  children: ClauseNode[];
  /** The 服务承诺 node: the figures the set states, when it states any. */
  commitments?: CommitmentsNode;
}

export type CommitmentJson = NonNullable<CoverageJson['commitments']>[number];

/** The commitments table: one child per kind and scope, one grandchild per statement. */
export interface CommitmentsNode {
  kind: 'commitments';
  key: string;
  set: SetNode;
  children: CommitmentNode[];
}

export interface CommitmentNode {
  kind: 'commitment';
  key: string;
  parent: CommitmentsNode;
  entry: CommitmentJson;
  children: StatementNode[];
}

export interface StatementNode {
  kind: 'statement';
  key: string;
  parent: CommitmentNode;
  statement: CommitmentJson['statements'][number];
  children: [];
}

export interface ClauseNode {
  kind: 'clause';
  key: string;
  set: SetNode;
  clause: ClauseJson;
  parent: ClauseNode | undefined;
  children: ClauseNode[];
  /** The leaf clauses under this node (itself if it is a leaf). */
  leaves: ClauseJson[];
}

export type CoverageNode = SetNode | ClauseNode | CommitmentsNode | CommitmentNode | StatementNode;

export function statusLabel(status: string): string {
  switch (status as ClauseStatus) {
    case 'covered':
      return vscode.l10n.t('covered');
    case 'weak':
      return vscode.l10n.t('weak');
    case 'missing':
      return vscode.l10n.t('missing');
    case 'not-applicable':
      return vscode.l10n.t('not applicable');
    default:
      return status;
  }
}

export function statusIcon(status: string, group: boolean): vscode.ThemeIcon {
  switch (status as ClauseStatus) {
    case 'covered':
      return new vscode.ThemeIcon(group ? 'pass' : 'pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'weak':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    case 'missing':
      return new vscode.ThemeIcon(group ? 'error' : 'circle-large-outline', new vscode.ThemeColor('list.errorForeground'));
    case 'not-applicable':
      return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
    default:
      return new vscode.ThemeIcon('question');
  }
}

function isGap(c: ClauseJson): boolean {
  return c.status === 'missing' || c.status === 'weak';
}

export function groupFigures(leaves: ClauseJson[]): { covered: number; applicable: number; percent: number } {
  const applicable = leaves.filter((l) => l.status !== 'not-applicable').length;
  const covered = leaves.filter((l) => l.status === 'covered').length;
  const percent = applicable === 0 ? 100 : Math.round((covered / applicable) * 1000) / 10;
  return { covered, applicable, percent };
}

/** Builds the node hierarchy of one set from the flat clause list (parents from the dotted ids). */
export function buildSet(coverage: CoverageJson): SetNode {
  const set: SetNode = { kind: 'set', key: `${coverage.root}#${coverage.standard}`, coverage, children: [] };
  const byId = new Map<string, ClauseNode>();
  for (const clause of coverage.clauses) {
    byId.set(clause.id, { kind: 'clause', key: `${set.key}#${clause.id}`, set, clause, parent: undefined, children: [], leaves: [] });
  }
  const top: ClauseNode[] = [];
  for (const node of byId.values()) {
    let parentId = node.clause.id;
    let parent: ClauseNode | undefined;
    while (!parent && parentId.includes('.')) {
      parentId = parentId.slice(0, parentId.lastIndexOf('.'));
      parent = byId.get(parentId);
    }
    node.parent = parent;
    (parent ? parent.children : top).push(node);
  }
  // A countsFor line (5.1.1.3) mirrors the leaf it is evidence for: it is no leaf requirement of its own.
  const collect = (n: ClauseNode): ClauseJson[] => (n.leaves = n.children.length === 0 ? (n.clause.countsFor ? [] : [n.clause]) : n.children.flatMap(collect));
  top.forEach(collect);
  // A single catalog root (GB/T 27922: "5 评价指标") adds nothing under the standard: show its groups.
  if (top.length === 1 && top[0].children.length > 0) {
    set.children = top[0].children;
    for (const c of set.children) c.parent = undefined;
  } else {
    set.children = top;
  }
  if (coverage.commitments?.length) set.commitments = commitmentsNode(set, coverage.commitments);
  return set;
}

function commitmentsNode(set: SetNode, entries: CommitmentJson[]): CommitmentsNode {
  const node: CommitmentsNode = { kind: 'commitments', key: `${set.key}#commitments`, set, children: [] };
  node.children = entries.map((entry, i) => {
    const kind: CommitmentNode = { kind: 'commitment', key: `${node.key}#${i}`, parent: node, entry, children: [] };
    kind.children = entry.statements.map((statement, j) => ({ kind: 'statement', key: `${kind.key}#${j}`, parent: kind, statement, children: [] }));
    return kind;
  });
  return node;
}

export class CoverageTreeProvider implements vscode.TreeDataProvider<CoverageNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<CoverageNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private sets: SetNode[] = [];
  private _gapsOnly = false;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly ctx: Ctx) {
    this.subscription = ctx.onDidChangeCoverage((coverage) => this.update(coverage));
    this.update(ctx.coverage);
    void vscode.commands.executeCommand('setContext', 'complianceEvidence.gapsOnly', false);
  }

  get gapsOnly(): boolean {
    return this._gapsOnly;
  }

  setGapsOnly(value: boolean): void {
    this._gapsOnly = value;
    void vscode.commands.executeCommand('setContext', 'complianceEvidence.gapsOnly', value);
    this.emitter.fire(undefined);
  }

  roots(): readonly SetNode[] {
    return this.sets;
  }

  private update(coverage: readonly CoverageJson[]): void {
    this.sets = coverage.map(buildSet);
    this.emitter.fire(undefined);
  }

  /** The set node for a document: the set with a section in it, else the one whose root holds it. */
  setFor(uri: vscode.Uri | undefined): SetNode | undefined {
    if (!uri) return this.sets.length === 1 ? this.sets[0] : undefined;
    const s = uri.toString();
    const bySection = this.sets.find((set) => set.coverage.clauses.some((c) => c.locations.some((l) => l.file === s)));
    if (bySection) return bySection;
    const inRoot = this.sets
      .filter((set) => s.startsWith(set.coverage.root.replace(/\/?$/, '/')))
      .sort((a, b) => b.coverage.root.length - a.coverage.root.length);
    return inRoot[0];
  }

  findClause(set: SetNode, id: string): ClauseNode | undefined {
    const walk = (nodes: ClauseNode[]): ClauseNode | undefined => {
      for (const n of nodes) {
        if (n.clause.id === id) return n;
        const found = walk(n.children);
        if (found) return found;
      }
      return undefined;
    };
    return walk(set.children);
  }

  getChildren(element?: CoverageNode): CoverageNode[] {
    if (!element) return this.sets;
    if (element.kind !== 'set' && element.kind !== 'clause') return element.children;
    const children: CoverageNode[] = this._gapsOnly ? element.children.filter((n) => n.leaves.some(isGap)) : element.children;
    // With gaps only, the commitments show only when they disagree somewhere.
    const commitments = element.kind === 'set' ? element.commitments : undefined;
    if (commitments && (!this._gapsOnly || commitments.children.some((c) => c.entry.agreement === 'inconsistent'))) return [...children, commitments];
    return children;
  }

  getParent(element: CoverageNode): CoverageNode | undefined {
    switch (element.kind) {
      case 'set':
        return undefined;
      case 'clause':
        return element.parent ?? element.set;
      case 'commitments':
        return element.set;
      default:
        return element.parent;
    }
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    switch (node.kind) {
      case 'set':
        return this.setItem(node);
      case 'clause':
        return this.clauseItem(node);
      case 'commitments':
        return commitmentsItem(node);
      case 'commitment':
        return commitmentItem(node);
      default:
        return statementItem(node);
    }
  }

  private setItem(node: SetNode): vscode.TreeItem {
    const cov = node.coverage;
    const title = this.ctx.catalog(cov.standard)?.title ?? '';
    const item = new vscode.TreeItem(cov.standard, vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.key;
    item.contextValue = 'evidenceSet';
    item.iconPath = new vscode.ThemeIcon('law');
    item.description = vscode.l10n.t('{0} pts · {1} · {2}%', cov.score.value, cov.score.label, Math.round(cov.summary.percent));
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(cov.root));
    const s = cov.summary;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMd(title ? `${cov.standard} ${title}` : cov.standard)}**\n\n`);
    if (folder && (vscode.workspace.workspaceFolders?.length ?? 0) > 1) md.appendMarkdown(`${escapeMd(folder.name)}\n\n`);
    md.appendMarkdown(
      vscode.l10n.t(
        'Estimated score {0} ({1}). {2} leaf clauses: {3} covered, {4} weak, {5} missing, {6} not applicable; coverage {7}%.',
        cov.score.value,
        cov.score.label,
        s.leaves,
        s.covered,
        s.weak,
        s.missing,
        s.notApplicable,
        s.percent,
      ),
    );
    item.tooltip = md;
    item.accessibilityInformation = { label: `${cov.standard} ${title}, ${item.description}` };
    return item;
  }

  private clauseItem(node: ClauseNode): vscode.TreeItem {
    const c = node.clause;
    const group = node.children.length > 0;
    let state = vscode.TreeItemCollapsibleState.None;
    if (group) {
      const hasGaps = node.leaves.some(isGap);
      state = hasGaps || this._gapsOnly ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    }
    const item = new vscode.TreeItem(`${c.id} ${c.title}`, state);
    item.id = node.key;
    item.iconPath = statusIcon(c.status, group);
    if (group) {
      const f = groupFigures(node.leaves);
      item.description = vscode.l10n.t('{0}/{1} · {2}% · {3}/{4} pts', f.covered, f.applicable, f.percent, round1(c.earned), round1(c.points));
    } else {
      item.description = statusLabel(c.status);
    }
    item.contextValue = `clause.${group ? 'group' : 'leaf'}.${c.status}`;
    item.tooltip = this.tooltip(node);
    item.accessibilityInformation = {
      label: `${c.id} ${c.title}, ${statusLabel(c.status)}${typeof item.description === 'string' && group ? ', ' + item.description : ''}`,
    };
    if (!group) {
      if (c.status === 'missing') {
        item.command = { command: 'complianceEvidence.offerInsertSection', title: vscode.l10n.t('Insert section'), arguments: [node] };
      } else if (c.locations.length > 0) {
        item.command = { command: 'complianceEvidence.openClause', title: vscode.l10n.t('Open section'), arguments: [node] };
      }
    }
    return item;
  }

  private tooltip(node: ClauseNode): vscode.MarkdownString {
    const c = node.clause;
    const catalogClause = this.ctx.catalog(node.set.coverage.standard)?.clauses.find((x) => x.id === c.id);
    const md = new vscode.MarkdownString();
    // A title the standard does not print (fourth-level clauses) is shown as a short title.
    const title = catalogClause?.editorialTitle
      ? `**${escapeMd(c.id)}** ${escapeMd(vscode.l10n.t('short title: {0}', c.title))}`
      : `**${escapeMd(c.id)} ${escapeMd(c.title)}**`;
    md.appendMarkdown(`${title} — ${escapeMd(statusLabel(c.status))}\n\n`);
    const text = catalogClause?.text ?? '';
    if (text) md.appendMarkdown(`${escapeMd(text)}\n\n`);
    md.appendMarkdown(`*${escapeMd(confidenceText(c.confidence))}*\n\n`);
    if (!c.countsFor && c.status !== 'not-applicable') {
      md.appendMarkdown(escapeMd(vscode.l10n.t('Points (estimate): {0} of {1}', round1(c.earned), round1(c.points))) + '\n\n');
    }
    if (node.children.length > 0) {
      const f = groupFigures(node.leaves);
      md.appendMarkdown(vscode.l10n.t('{0} of {1} applicable leaf clauses covered ({2}%).', f.covered, f.applicable, f.percent) + '\n\n');
    }
    if (c.notApplicableReason) {
      md.appendMarkdown(`${escapeMd(vscode.l10n.t('Not applicable: {0}', c.notApplicableReason))}\n\n`);
    }
    if (c.locations.length > 0) {
      const where = c.locations.map((l) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(l.file))}:${l.line + 1}`);
      md.appendMarkdown(escapeMd(vscode.l10n.t('Sections: {0}', where.join(', '))));
    }
    return md;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

function commitmentsItem(node: CommitmentsNode): vscode.TreeItem {
  const differing = node.children.filter((c) => c.entry.agreement === 'inconsistent').length;
  const item = new vscode.TreeItem(vscode.l10n.t('Service commitments'), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.key;
  item.contextValue = 'commitments';
  item.iconPath = differing > 0 ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('verified');
  item.description =
    differing > 0 ? vscode.l10n.t('{0} of {1} disagree', differing, node.children.length) : vscode.l10n.t('{0} consistent', node.children.length);
  item.tooltip = vscode.l10n.t(
    'Figures the evidence states (response times, warranty, hotline hours …) and whether every document states them as the commitment does.',
  );
  return item;
}

function commitmentItem(node: CommitmentNode): vscode.TreeItem {
  const e = node.entry;
  const values = [...new Set(e.statements.map((s) => s.text))].join(' / ');
  const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.key;
  item.contextValue = `commitment.${e.agreement}`;
  const consistent = e.agreement === 'consistent';
  item.iconPath = consistent
    ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
    : new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  item.description = `${values} · ${consistent ? vscode.l10n.t('consistent') : vscode.l10n.t('inconsistent')}`;
  item.accessibilityInformation = { label: `${e.name}, ${item.description}` };
  return item;
}

function statementItem(node: StatementNode): vscode.TreeItem {
  const s = node.statement;
  const uri = vscode.Uri.parse(s.file);
  const item = new vscode.TreeItem(s.text, vscode.TreeItemCollapsibleState.None);
  item.id = node.key;
  item.contextValue = 'commitment.statement';
  item.iconPath = s.agrees ? new vscode.ThemeIcon('circle-small-filled') : new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  const where = `${vscode.workspace.asRelativePath(uri)}:${s.line + 1}`;
  item.description = s.committed ? vscode.l10n.t('{0} · commitment', where) : where;
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open section'), arguments: [uri, { selection: new vscode.Range(s.line, 0, s.line, 0) }] };
  return item;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** What the catalog's confidence mark means, in plain words. */
function confidenceText(confidence: string): string {
  switch (confidence) {
    case 'verified':
      return vscode.l10n.t('Text confirmed by two independent sources.');
    case 'single-source':
      return vscode.l10n.t('Text from a single public source.');
    case 'seed-only':
      return vscode.l10n.t('Text only in the seed material of this project, not found in public sources.');
    default:
      return vscode.l10n.t('Inferred from public material, not quoted from the standard.');
  }
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>]/g, '\\$&');
}
