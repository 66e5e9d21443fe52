// The report's subject, by its full name, from the title the report gives itself.
import type { ReaderContext } from './context.js';

/** How far into a report its title may start. */
const TITLE_BLOCKS = 4;

/** The first title pattern's first group that matches one of the opening blocks. */
export function readSubject(ctx: ReaderContext, titles: RegExp[]): string | undefined {
  for (const block of ctx.blocks.slice(0, TITLE_BLOCKS)) {
    const line = block.text.replace(/^#{1,6}\s+/, '').replace(/\s+/g, ' ').trim();
    for (const title of titles) {
      const m = title.exec(line);
      if (m?.[1]) return m[1].trim();
    }
  }
  return undefined;
}
