// Custom LSP messages shared by the server and the VS Code client (spec §8).
// Both import this one module, so method names and payloads cannot drift apart.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { CatalogJson } from '../core/report/catalogJson';
import type { CoverageJson } from '../core/report/coverageJson';
import type { StarterSet } from '../core/report/starterSet';
import type { CoverageTreeNode, CoverageTreeSet, LeafCounts, SetFigures, TreeStatus } from '../core/report/coverageTree';

export type { CatalogJson, CoverageJson, StarterSet, CoverageTreeNode, CoverageTreeSet, LeafCounts, SetFigures, TreeStatus };

/** How a request names an evidence set: by its id (CoverageTreeSet.setId), or by a document or folder in it. */
export interface SetAddress {
  setId?: string;
  uri?: string;
}

export namespace CoverageRequest {
  export const method = 'evidence/coverage';
  /** Optional: restrict to the sets of one workspace folder or document. */
  export interface Params {
    uri?: string;
  }
  /** The same array as the CLI's `coverage` (paths as file URIs in `root` and `locations[].file`). */
  export const type = new RequestType<Params | null, CoverageJson[], void>(method);
}

export namespace CoverageChangedNotification {
  export const method = 'evidence/coverageChanged';
  /** The coverage tree of every set, ready to render (parents, depth, leaf flags, typed status, points, group counts). */
  export interface Params {
    sets: CoverageTreeSet[];
  }
  export const type = new NotificationType<Params>(method);
}

export namespace CoverageTreeRequest {
  export const method = 'evidence/coverageTree';
  /** The same trees as the last evidence/coverageChanged, after every pending change is analysed. */
  export const type = new RequestType0<CoverageTreeSet[], void>(method);
}

export namespace CoverageReportRequest {
  export const method = 'evidence/coverageReport';
  export interface Params extends SetAddress {
    format: 'html' | 'markdown';
  }
  export const type = new RequestType<Params, string, void>(method);
}

export namespace ExportRequest {
  export const method = 'evidence/export';
  /**
   * A deliverable for the certification body, the same bytes `evidence-lint --export` writes:
   * `xlsx` self-assessment workbook, `docx` evidence dossier, `html` printable report.
   * The set: `setId`, or a document or folder of it in `uri` (default: the first set).
   */
  export interface Params extends SetAddress {
    format: 'xlsx' | 'docx' | 'html';
  }
  export interface Result {
    /** The file's bytes, base64. */
    data: string;
  }
  /** Null when there is no evidence set to export. */
  export const type = new RequestType<Params, Result | null, void>(method);
}

export namespace InsertSectionsRequest {
  export const method = 'evidence/insertSections';
  /** Clause ids to insert; empty or absent: every missing leaf of the set. */
  export interface Params extends SetAddress {
    clauses?: string[];
  }
  /** A WorkspaceEdit the client applies (the same edit as the quick fix). */
  export const type = new RequestType<Params, import('vscode-languageserver-protocol').WorkspaceEdit | null, void>(method);
}

export namespace MarkNotApplicableRequest {
  export const method = 'evidence/markNotApplicable';
  /** Records `clause: reason` under `not_applicable:` of the set's index document. */
  export interface Params extends SetAddress {
    clause: string;
    reason: string;
  }
  export const type = new RequestType<Params, import('vscode-languageserver-protocol').WorkspaceEdit | null, void>(method);
}

export namespace RemoveEmptySectionsRequest {
  export const method = 'evidence/removeEmptySections';
  /** Removes the sections of `clause` that are still empty stubs (offered after marking it not applicable). */
  export interface Params extends SetAddress {
    clause: string;
  }
  export const type = new RequestType<Params, import('vscode-languageserver-protocol').WorkspaceEdit | null, void>(method);
}

export namespace NextGapRequest {
  export const method = 'evidence/nextGap';
  /** From the clause at `position` in `uri`: the next weak or missing clause in catalog order (wrapping). */
  export interface Params {
    uri: string;
    position: { line: number; character: number };
  }
  export interface Result {
    clause: string;
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    /** False: the clause has no section; `range` is where it would be inserted. */
    hasSection: boolean;
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

export namespace StarterSetRequest {
  export const method = 'evidence/starterSet';
  /** The starter evidence set for a standard (default: the first built-in catalog), in the server's locale. */
  export interface Params {
    standard?: string;
  }
  export const type = new RequestType<Params, StarterSet | null, void>(method);
}

export namespace CatalogsRequest {
  export const method = 'evidence/catalogs';
  /** Every catalog the server knows (built-in and named in configs), in the server's locale. */
  export const type = new RequestType0<CatalogJson[], void>(method);
}
