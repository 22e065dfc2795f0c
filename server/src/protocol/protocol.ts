// Custom LSP messages shared by the server and the VS Code client (spec §8).
// Both import this one module, so method names and payloads cannot drift apart.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { CatalogJson } from '../core/report/catalogJson';
import type { CoverageJson } from '../core/report/coverageJson';

export type { CatalogJson, CoverageJson };

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
  export interface Params {
    coverage: CoverageJson[];
  }
  export const type = new NotificationType<Params>(method);
}

export namespace CoverageReportRequest {
  export const method = 'evidence/coverageReport';
  export interface Params {
    format: 'html' | 'markdown';
    uri?: string;
  }
  export const type = new RequestType<Params, string, void>(method);
}

export namespace ExportRequest {
  export const method = 'evidence/export';
  /**
   * A deliverable for the certification body, the same bytes `evidence-lint --export` writes:
   * `xlsx` self-assessment workbook, `docx` evidence dossier, `html` printable report.
   * `uri`: a document or folder of the set (default: the first set).
   */
  export interface Params {
    format: 'xlsx' | 'docx' | 'html';
    uri?: string;
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
  /** Clause ids to insert; empty or absent: every missing leaf of the set of `uri`. */
  export interface Params {
    uri: string;
    clauses?: string[];
  }
  /** A WorkspaceEdit the client applies (the same edit as the quick fix). */
  export const type = new RequestType<Params, import('vscode-languageserver-protocol').WorkspaceEdit | null, void>(method);
}

export namespace MarkNotApplicableRequest {
  export const method = 'evidence/markNotApplicable';
  /** Records `clause: reason` under `not_applicable:` of the index document of the set of `uri`. */
  export interface Params {
    uri: string;
    clause: string;
    reason: string;
  }
  export const type = new RequestType<Params, import('vscode-languageserver-protocol').WorkspaceEdit | null, void>(method);
}

export namespace CatalogsRequest {
  export const method = 'evidence/catalogs';
  /** Every catalog the server knows (built-in and named in configs), in the server's locale. */
  export const type = new RequestType0<CatalogJson[], void>(method);
}
