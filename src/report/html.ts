import type { CheckResult, ClaimResult, DiffPart } from '../types.js';
import { chosenReports } from './common.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222}
header{padding:12px 20px;background:#f4f4f4;border-bottom:1px solid #ddd}
section.doc{display:grid;grid-template-columns:1fr 1fr;gap:0;border-bottom:2px solid #ccc}
.draft{padding:16px 20px;white-space:pre-wrap;border-right:1px solid #ddd}
.claims{padding:16px 20px}
mark{padding:0 1px;border-radius:2px}
.verbatim{background:#d7f5dd}.paraphrased{background:#d6eef8}.unsupported{background:#fff1c2}.contradictory{background:#ffd6d6}.unchecked{background:#eee}
.card{border:1px solid #ddd;border-left-width:6px;padding:8px 12px;margin:0 0 10px}
.card.verbatim{border-left-color:#2e9e4f}.card.paraphrased{border-left-color:#2a8fbd}.card.unsupported{border-left-color:#c99a00}.card.contradictory{border-left-color:#c62828}.card.unchecked{border-left-color:#999}
.card blockquote{margin:6px 0;padding-left:10px;border-left:3px solid #ccc;color:#444}
del{background:#ffd6d6}ins{background:#d7f5dd;text-decoration:none}
.meta{color:#666;font-size:13px}
`;

/** One self-contained page (no scripts, no network): each draft on the left with its claims
 * highlighted by verdict, the claims with evidence, reasons and word diffs on the right. */
export function formatHtml(result: CheckResult, drafts: Map<string, string>): string {
  const s = result.summary;
  const parts = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>claimcheck report</title>',
    `<style>${STYLE}</style></head><body>`,
    `<header><strong>claimcheck report</strong> — sources: ${result.sources.map((x) => `${esc(x.id)} ${esc(x.title)}`).join('; ')}<br>`,
    ...chosenReports(result).map((line) => `<span class="meta">${esc(line)}</span><br>`),
    `<span class="meta">${s.verbatim} verbatim, ${s.paraphrased} paraphrased, ${s.unsupported} unsupported, ${s.contradictory} contradictory, ${s.unchecked} unchecked`,
    result.gate ? ` — gate ${result.gate.passed ? 'passed' : `failed (${result.gate.failures})`}` : '',
    '</span></header>',
  ];
  result.documents.forEach((doc, d) => {
    const text = drafts.get(doc.path) ?? '';
    parts.push(`<section class="doc"><div class="draft"><h2>${esc(doc.path)}</h2>${highlight(text, doc.claims, d)}</div><div class="claims">`);
    for (const n of doc.notices) parts.push(`<p class="card unsupported"><strong>Note:</strong> ${esc(n.message)}</p>`);
    doc.claims.forEach((c, i) => parts.push(card(c, `c${d}-${i}`)));
    parts.push('</div></section>');
  });
  parts.push('</body></html>\n');
  return parts.join('');
}

/** The draft with each character under its innermost claim marked by that claim's verdict. */
function highlight(text: string, claims: ClaimResult[], d: number): string {
  const owner = new Int32Array(text.length).fill(-1);
  const order = claims.map((c, i) => i).sort((a, b) => claims[b]!.text.length - claims[a]!.text.length);
  for (const i of order) for (let k = claims[i]!.span.start; k < Math.min(claims[i]!.span.end, text.length); k++) owner[k] = i;
  let out = '';
  let k = 0;
  while (k < text.length) {
    const who = owner[k]!;
    let j = k;
    while (j < text.length && owner[j] === who) j++;
    const piece = esc(text.slice(k, j));
    out += who < 0 ? piece : `<a href="#c${d}-${who}"><mark class="${claims[who]!.verdict}">${piece}</mark></a>`;
    k = j;
  }
  return out;
}

function card(c: ClaimResult, id: string): string {
  const e = c.evidence[0];
  return [
    `<div class="card ${c.verdict}" id="${id}">`,
    `<div><strong>${esc(c.verdict)}</strong> ${esc(c.kind)} <span class="meta">line ${c.span.line}${c.gate === 'fail' ? ' — fails the gate' : c.gate === 'suppressed' ? ' — suppressed' : ''}</span></div>`,
    `<blockquote>${esc(c.text)}</blockquote>`,
    ...c.reasons.map((r) => `<div>${esc(r.message)} <span class="meta">${esc(r.rule)}</span></div>`),
    c.diff ? `<div class="meta">Word diff:</div><div>${diffHtml(c.diff)}</div>` : '',
    e ? `<div class="meta">${c.verdict === 'unsupported' ? 'Nearest passage' : 'Evidence'}, ${esc(e.locator)}:</div><blockquote>${esc(e.text)}</blockquote>` : '',
    '</div>',
  ].join('');
}

function diffHtml(diff: DiffPart[]): string {
  return diff.map((p) => (p.op === 'equal' ? esc(p.text) : p.op === 'delete' ? `<del>${esc(p.text)}</del>` : `<ins>${esc(p.text)}</ins>`)).join(' ');
}
