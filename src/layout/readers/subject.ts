// The report's subject, by its full name, from the title the report gives itself: a profile's title
// patterns first, then the forms every inspectorate's title page takes — the name run on into the
// title ("<Name> Inspection of services for …"), the name on a line of its own just before or after
// the title line, or "an inspection of <Name>".
import { onFirstUse } from '../../lazy/modules.js';
import type { ReaderContext } from './context.js';

/** How far into a report its title may start. */
const TITLE_BLOCKS = 8;
/** A name is a few capitalised words, with the small words names carry ("and", "of", "upon"). */
const NAME = String.raw`((?:[\p{Lu}][\p{L}\u2019'.-]*)(?: (?:[\p{Lu}][\p{L}\u2019'.-]*|and|of|upon|on|in|the|&)){0,7}?)`;
/** The words a report's title opens with, after the name of what it inspects. */
const TITLE_WORDS = String.raw`(?:(?:Joint targeted area |Re-?|Full |Short |Focused |Monitoring )?[Ii]nspection|Review|(?:Focused|Monitoring) visit|Report on an? (?:unannounced |announced )?inspection) (?:of|to)\b`;
// made on first use: making a \p{…} pattern parses its classes (src/ingest/letters.ts)
const RUN_ON = onFirstUse(() => new RegExp(String.raw`^${NAME} ${TITLE_WORDS}`, 'u'));
const TITLE_LINE = onFirstUse(() => new RegExp(String.raw`^${TITLE_WORDS}`, 'u'));
const ALONE = onFirstUse(() => new RegExp(String.raw`^${NAME}$`, 'u'));
const INSPECTION_OF = onFirstUse(() => new RegExp(String.raw`\b[Aa]n inspection of (?:the )?${NAME}(?=$|[,.:;)]| (?:[\p{Ll}]|\d))`, 'u'));
/** Words a name never ends on: the name stops before them. */
const NOT_A_NAME = /^(?:Contents|Summary|Executive summary|Introduction|Overall summary|Information about this \w+)$/i;

/** The first title pattern's first group that matches one of the opening blocks, else a name in a
 * title form every report shares. */
export function readSubject(ctx: ReaderContext, titles: RegExp[]): string | undefined {
  const lines = ctx.blocks.slice(0, TITLE_BLOCKS).map((block) =>
    block.text
      .replace(/^#{1,6}\s+/, '')
      // a page number or a bullet before the title, a footnote mark after it
      .replace(/^(?:[\u2022\u25cf\u25aa\-*]\s*)?(?:\d{1,3}\s+)?/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  for (const line of lines) {
    for (const title of titles) {
      const m = title.exec(line);
      if (m?.[1]) return clean(m[1]);
    }
  }
  for (const [i, line] of lines.entries()) {
    const runOn = RUN_ON().exec(line);
    if (runOn && !NOT_A_NAME.test(runOn[1]!)) return clean(runOn[1]!);
    const alone = ALONE().exec(line);
    if (alone && !NOT_A_NAME.test(line)) {
      const next = lines[i + 1] ?? '';
      const before = lines[i - 1] ?? '';
      if (TITLE_LINE().test(next) || TITLE_LINE().test(before)) return clean(alone[1]!);
    }
    const of = INSPECTION_OF().exec(line);
    if (of) return clean(of[1]!);
  }
  return undefined;
}

function clean(name: string): string {
  return name.replace(/[\s\d]+$/, '').replace(/^the /i, '').trim();
}
