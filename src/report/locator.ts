import type { Locator } from '../layout/source-doc.js';

/** A locator in words, as a reader finds the place: "judgement table, row 3", "para 17", "heading 'Summary'". */
export function formatLocator(at: Locator): string {
  const page = at.page !== undefined ? `, p. ${at.page}` : '';
  switch (at.kind) {
    case 'table-row':
      return `${at.table === 'judgements' ? 'judgement table' : `table '${at.table}'`}, row ${at.row}${page}`;
    case 'paragraph':
      return `${at.n !== undefined ? `para ${at.n}` : at.section ? `'${at.section}'` : 'paragraph'}${page}`;
    case 'heading':
      return `heading '${at.text}'${page}`;
    case 'label':
      return `'${at.text}' line${page}`;
  }
}
