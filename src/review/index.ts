// The decision store as a library: load and save review files, match decisions to claims.
export {
  DECISION_STATUSES,
  defaultReviewPath,
  loadReviewFile,
  saveReviewFile,
  type Decision,
  type DecisionStatus,
  type ReviewFile,
} from './store.js';
export {
  DEFAULT_MIN_SIMILARITY,
  matchDecisions,
  normalizeForMatch,
  toReviewFile,
  type ClaimRef,
  type DecisionMatch,
  type MatchOptions,
  type MatchResult,
} from './match.js';
export { effectiveVerdict, needsAttention, withDecisions, type ReviewedClaim, type ReviewedDocument, type ReviewedResult } from './apply.js';
export { writeFileAtomic } from '../fs/atomic.js';
export { defaultExportPath, exportFormat, exportFormatIds, registerExportFormat, type ExportFormat } from './export.js';
