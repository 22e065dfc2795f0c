// The file writers, bundled on their own (dist/exporters.js, see scripts/bundle.mjs):
// ExcelJS and docx are large, and a lint run or the language server should not
// parse them at start-up when nobody exports.
export { selfAssessmentWorkbook } from './selfAssessmentWorkbook';
export { evidenceDossier } from './evidenceDossier';
