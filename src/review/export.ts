// Formats the review screen can export to. JSON now; a formatter from src/report (Markdown, HTML…)
// becomes an export format by adding one entry here.
import { formatJson } from '../report/json.js';
import { formatMarkdown } from '../report/markdown.js';
import type { ReviewedResult } from './apply.js';
import type { Decision } from './store.js';

export interface ExportFormat {
  /** What the user types after --export-format. */
  id: string;
  /** Added to the draft's path to name the export file. */
  extension: string;
  label: string;
  format: (result: ReviewedResult) => string;
}

const formats = new Map<string, ExportFormat>();

export function registerExportFormat(format: ExportFormat): void {
  formats.set(format.id, format);
}

export function exportFormat(id: string): ExportFormat | undefined {
  return formats.get(id);
}

export function exportFormatIds(): string[] {
  return [...formats.keys()];
}

/** `<draft>.review.json` for JSON, and so on. */
export function defaultExportPath(draft: string, format: ExportFormat): string {
  return `${draft}.review${format.extension}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function decisionWords(d: Decision): string {
  const what = d.status === 'accepted' ? 'accepted' : d.status === 'rewrite' ? 'rewrite' : `overridden to ${d.verdict ?? '?'}`;
  return [what, d.reason ? `— ${d.reason}` : ''].filter(Boolean).join(' ');
}

/** The Markdown report of src/report, then a section with the reviewer's decisions. */
export function formatReviewMarkdown(result: ReviewedResult): string {
  const out = [formatMarkdown(result).trimEnd(), '', '## Review decisions', '', `From \`${result.review.file}\`: ${result.review.decided} decided.`, ''];
  const rows = result.documents.flatMap((doc) => doc.claims.filter((c) => c.review).map((c) => ({ doc, c })));
  if (rows.length > 0) {
    out.push('| draft | line | claim | tool | decision | note |', '| --- | --- | --- | --- | --- | --- |');
    for (const { doc, c } of rows) {
      out.push(`| ${cell(doc.path)} | ${c.span.line} | ${cell(c.text)} | ${c.verdict} | ${cell(decisionWords(c.review!))} | ${cell(c.review!.note ?? '')} |`);
    }
    out.push('');
  }
  if (result.review.orphans.length > 0) {
    out.push('Decisions that match no claim of the draft any more:', '');
    for (const d of result.review.orphans) out.push(`- ${cell(decisionWords(d))}: “${cell(d.claimText)}”`);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

registerExportFormat({ id: 'json', extension: '.json', label: 'JSON', format: (result) => formatJson(result) });
registerExportFormat({ id: 'markdown', extension: '.md', label: 'Markdown', format: formatReviewMarkdown });
