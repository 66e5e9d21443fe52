// Footnotes: the note a footnote mark ("… children board1", "… protection.2") points to, printed as
// a number on a line of its own before the note or as "1 Ofsted produces this report …". A note
// explains the report; it is not one of its findings.

/** A block that is only a footnote's number. */
export function footnoteNumberAlone(text: string): number | undefined {
  const m = /^(\d{1,2})$/.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/** A note run on after its number ("1 Ofsted produces …") when the text before it carries that mark. */
export function footnoteRunOn(text: string, before: string): number | undefined {
  const m = /^(\d{1,2}) \p{Lu}[\p{Ll} ]/u.exec(text);
  if (!m) return undefined;
  return hasMark(before, Number(m[1])) ? Number(m[1]) : undefined;
}

/** A footnote mark: the number stuck to the end of a word or after a full stop. */
export function hasMark(text: string, n: number): boolean {
  return new RegExp(String.raw`[\p{L}.,\u2019'")](?:${n})(?!\d)(?=\s|$)`, 'u').test(text);
}
