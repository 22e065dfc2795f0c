// The custom LSP messages of the evidence language server (spec §8). The definitions live in the
// server's protocol module so that client and server cannot drift apart; this file only re-exports
// them under the names the client uses (as rust-analyzer's editors/code/src/lsp_ext.ts does).
export {
  CatalogsRequest,
  CoverageRequest,
  CoverageChangedNotification,
  CoverageTreeRequest,
  CoverageReportRequest,
  ExportRequest,
  InsertSectionsRequest,
  MarkNotApplicableRequest,
  NextGapRequest,
  RemoveEmptySectionsRequest,
  StarterSetRequest,
  type CatalogJson,
  type CoverageTreeNode,
  type CoverageTreeSet,
  type SetFigures,
  type TreeStatus,
} from '../../server/src/protocol/protocol';
