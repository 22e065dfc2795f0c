// The coverage tree: evidence set (standard, score, estimated level) → 5.1 → 5.1.1 → 5.1.1.1.
// Renders the trees the server pushes with evidence/coverageChanged (each node carries its parent,
// depth, leaf flag, typed status, points and group counts); never polled, nothing recomputed here.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import type { CoverageTreeNode, CoverageTreeSet, SetFigures, TreeStatus } from './lsp_ext';

export const VIEW_ID = 'complianceEvidence.coverage';

export interface SetNode {
  kind: 'set';
  key: string;
  set: CoverageTreeSet;
  children: ClauseNode[];
  /** The 服务承诺 node: the figures the set states, when it states any. */
  commitments?: CommitmentsNode;
}

export type CommitmentJson = NonNullable<CoverageTreeSet['commitments']>[number];

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
  clause: CoverageTreeNode;
  parent: ClauseNode | undefined;
  children: ClauseNode[];
}

export type CoverageNode = SetNode | ClauseNode | CommitmentsNode | CommitmentNode | StatementNode;

export function statusLabel(status: TreeStatus): string {
  switch (status) {
    case 'covered':
      return vscode.l10n.t('covered');
    case 'weak':
      return vscode.l10n.t('weak');
    case 'missing':
      return vscode.l10n.t('missing');
    case 'partial':
      return vscode.l10n.t('partly covered');
    default:
      return vscode.l10n.t('not applicable');
  }
}

export function statusIcon(status: TreeStatus, group: boolean): vscode.ThemeIcon {
  switch (status) {
    case 'covered':
      return new vscode.ThemeIcon(group ? 'pass' : 'pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'weak':
    case 'partial':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    case 'missing':
      return new vscode.ThemeIcon(group ? 'error' : 'circle-large-outline', new vscode.ThemeColor('list.errorForeground'));
    default:
      return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
  }
}

/** A node with something to do under it: itself weak or missing, or a group not fully covered. */
function hasGap(n: CoverageTreeNode): boolean {
  return n.status === 'missing' || n.status === 'weak' || n.status === 'partial';
}

/** The three figures of a set, labelled apart: 估算得分 76.1 · 覆盖率 72% · 预估等级 达标级. */
export function figuresText(f: SetFigures): string {
  return vscode.l10n.t('Estimated score {0} · coverage {1}% · estimated level {2}', f.score, f.coveragePercent, f.level);
}

/** Gives the server's flat node list its parent links (the server says which node is whose parent). */
export function buildSet(set: CoverageTreeSet): SetNode {
  const node: SetNode = { kind: 'set', key: set.setId, set, children: [] };
  const byId = new Map<string, ClauseNode>();
  for (const clause of set.nodes) {
    const parent = clause.parent !== undefined ? byId.get(clause.parent) : undefined;
    const child: ClauseNode = { kind: 'clause', key: `${set.setId}#${clause.id}`, set: node, clause, parent, children: [] };
    byId.set(clause.id, child);
    (parent ? parent.children : node.children).push(child);
  }
  if (set.commitments?.length) node.commitments = commitmentsNode(node, set.commitments);
  return node;
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

  constructor(ctx: Ctx) {
    this.subscription = ctx.onDidChangeCoverage((sets) => this.update(sets));
    this.update(ctx.sets);
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

  private update(sets: readonly CoverageTreeSet[]): void {
    this.sets = sets.map(buildSet);
    this.emitter.fire(undefined);
  }

  /** The set a document belongs to (the server lists each set's documents). */
  setFor(uri: vscode.Uri | undefined): SetNode | undefined {
    if (!uri) return undefined;
    const s = uri.toString();
    return this.sets.find((set) => set.set.documents.includes(s));
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
    const children: CoverageNode[] = this._gapsOnly ? element.children.filter((n) => hasGap(n.clause)) : element.children;
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
    const { set } = node;
    const item = new vscode.TreeItem(set.standard, vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.key;
    item.contextValue = 'evidenceSet';
    item.iconPath = new vscode.ThemeIcon('law');
    item.description = figuresText(set.figures);
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(set.root));
    const c = set.figures.counts;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMd(`${set.standard} ${set.title}`)}**\n\n`);
    if (folder && (vscode.workspace.workspaceFolders?.length ?? 0) > 1) md.appendMarkdown(`${escapeMd(folder.name)}\n\n`);
    md.appendMarkdown(escapeMd(figuresText(set.figures)) + '\n\n');
    md.appendMarkdown(
      escapeMd(
        vscode.l10n.t(
          '{0} applicable leaf clauses: {1} covered, {2} weak, {3} missing; {4} not applicable.',
          c.applicable,
          c.covered,
          c.weak,
          c.missing,
          c.notApplicable,
        ),
      ),
    );
    item.tooltip = md;
    item.accessibilityInformation = { label: `${set.standard} ${set.title}, ${item.description}` };
    return item;
  }

  private clauseItem(node: ClauseNode): vscode.TreeItem {
    const c = node.clause;
    const group = !c.isLeaf;
    let state = vscode.TreeItemCollapsibleState.None;
    if (group) {
      state = hasGap(c) || this._gapsOnly ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    }
    const item = new vscode.TreeItem(`${c.id} ${c.title}`, state);
    item.id = node.key;
    item.iconPath = statusIcon(c.status, group);
    item.description = describe(c);
    item.contextValue = `clause.${group ? 'group' : 'leaf'}.${c.status}`;
    item.tooltip = tooltip(c);
    item.accessibilityInformation = { label: `${c.id} ${c.title}, ${item.description}` };
    if (!group) {
      if (c.status === 'missing' && c.sections.length === 0) {
        item.command = { command: 'complianceEvidence.offerInsertSection', title: vscode.l10n.t('Insert section'), arguments: [node] };
      } else if (c.sections.length > 0) {
        item.command = { command: 'complianceEvidence.openClause', title: vscode.l10n.t('Open section'), arguments: [node] };
      }
    }
    return item;
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

/** Status and points: `部分覆盖 15/19 · 30/40 分` for a group, `已覆盖 · 5 分` for a leaf. */
function describe(c: CoverageTreeNode): string {
  const status =
    c.leaves && (c.status === 'partial' || c.status === 'covered')
      ? `${statusLabel(c.status)} ${c.leaves.covered}/${c.leaves.applicable}`
      : statusLabel(c.status);
  if (c.countsFor || c.status === 'not-applicable') return status;
  return c.leaves ? vscode.l10n.t('{0} · {1}/{2} pts', status, c.earned, c.points) : vscode.l10n.t('{0} · {1} pts', status, c.points);
}

function tooltip(c: CoverageTreeNode): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  // A title the standard does not print (fourth-level clauses) is shown as a short title.
  const title = c.editorialTitle
    ? `**${escapeMd(c.id)}** ${escapeMd(vscode.l10n.t('short title: {0}', c.title))}`
    : `**${escapeMd(c.id)} ${escapeMd(c.title)}**`;
  md.appendMarkdown(`${title} — ${escapeMd(describe(c))}\n\n`);
  if (c.text) md.appendMarkdown(`${escapeMd(c.text)}\n\n`);
  // Said only where it matters: what the sources do not print is marked.
  if (c.confidenceNote) md.appendMarkdown(`*${escapeMd(c.confidenceNote)}*\n\n`);
  if (c.countsFor) md.appendMarkdown(escapeMd(vscode.l10n.t('Its sections count as evidence for {0}.', c.countsFor)) + '\n\n');
  if (c.notApplicableReason) md.appendMarkdown(`${escapeMd(vscode.l10n.t('Not applicable: {0}', c.notApplicableReason))}\n\n`);
  if (c.sections.length > 0) {
    const where = c.sections.map((l) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(l.uri))}:${l.line + 1}`);
    md.appendMarkdown(escapeMd(vscode.l10n.t('Sections: {0}', where.join(', '))));
  }
  return md;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>]/g, '\\$&');
}
