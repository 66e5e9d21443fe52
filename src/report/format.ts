import type { CheckResult } from '../types.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText, type TextDetail } from './text.js';
import { forTerminal } from './sanitize.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  color: boolean;
  /** Paths in SARIF and GitHub annotations are relative to this folder. */
  cwd: string;
  /** The drafts' text by path, for the HTML page. */
  drafts: Map<string, string>;
  /** A rule's description, for SARIF's rule list. */
  describe?: (ruleId: string) => string | undefined;
  /** The day the report is made (YYYY-MM-DD), for the HTML page's header. */
  date?: string;
  /** How much the text format lists (default: the problems, the rest as counts). */
  detail?: TextDetail;
}

/** Every format is a pure function of the one result. Text and GitHub annotations reach a terminal
 * (or a log that renders escape sequences), so their text is made visible first. */
export function formatResult(result: CheckResult, format: Format, options: FormatOptions): string {
  switch (format) {
    case 'text':
      return formatText(forTerminal(result), options);
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, options);
    case 'junit':
      return formatJunit(result);
    case 'github':
      return formatGithub(forTerminal(result), options);
    case 'markdown':
      return formatMarkdown(result);
    case 'html':
      return formatHtml(result, { drafts: options.drafts, ...(options.date ? { date: options.date } : {}) });
  }
}
