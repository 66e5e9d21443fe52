// Formats the review screen can export to. JSON now; a formatter from src/report (Markdown, HTML…)
// becomes an export format by adding one entry here.
import { formatJson } from '../report/json.js';
import type { ReviewedResult } from './apply.js';

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

registerExportFormat({ id: 'json', extension: '.json', label: 'JSON', format: (result) => formatJson(result) });
