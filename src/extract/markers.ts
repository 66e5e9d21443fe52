// Inline suppression markers in a draft: a line reading `claimcheck-disable-next-line` (in an
// HTML or Markdown comment, or on its own in plain text), optionally with a reason after a colon.

export interface Marker {
  /** 1-based line of the marker; it applies to the next line that has text. */
  line: number;
  start: number;
  end: number;
  reason?: string;
}

const MARKER = /^[ \t]*(?:<!--[ \t]*)?claimcheck-disable-next-line(?:[ \t]*:[ \t]*(.*?))?[ \t]*(?:-->)?[ \t]*$/gm;

export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const start = m.index!;
    const line = text.slice(0, start).split(/\r\n|\r|\n/).length;
    markers.push({ line, start, end: start + m[0].length, ...(m[1] ? { reason: m[1] } : {}) });
  }
  return markers;
}

export const isMarkerLine = (text: string): boolean => new RegExp(MARKER.source, 'm').test(text);
