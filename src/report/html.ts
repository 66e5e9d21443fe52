import type MarkdownIt from 'markdown-it';
import { markdownItClass } from '../lazy/modules.js';
import { quoteFix } from '../fix/quote-fix.js';
import type { CheckResult, ClaimResult, DiffPart, DocumentResult, SourceInfo, Verdict } from '../types.js';
import { VERDICTS } from '../types.js';
import { chosenReports, evidenceLocator, oneLine, problemOf, problemsFirst, VERDICT_LETTER } from './common.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
// a PDF's page breaks (form feeds) and other control characters are not text a browser shows;
// each becomes a space, so the text keeps its length and every span still fits it
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ');
const show = (s: string) => esc(clean(s));

// html: false — a draft's own HTML is shown as text, never run; markdown-it also refuses
// javascript: and data: links. No linkify: the page links to nothing the draft did not.
let mdParser: InstanceType<typeof MarkdownIt> | undefined;
const md = (): InstanceType<typeof MarkdownIt> => (mdParser ??= new (markdownItClass())({ html: false, linkify: false, typographer: false }));

const MEANING: Record<Verdict, string> = {
  verbatim: 'word for word in the source',
  paraphrased: 'the source says it in other words (a misquote when a quote differs)',
  unsupported: 'nothing in the source supports or contradicts it',
  contradictory: 'the source says otherwise',
  unchecked: 'not a claim about the source',
};

const STYLE = `
:root{--v:#2e9e4f;--p:#2a8fbd;--u:#c99a00;--c:#c62828;--n:#999}
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222}
header,.summary{padding:12px 20px;border-bottom:1px solid #ddd}
header{background:#f4f4f4}
header h1{font-size:20px;margin:0 0 4px}
.meta{color:#666;font-size:13px}
.gate{font-weight:bold}.gate.failed{color:var(--c)}.gate.passed{color:var(--v)}
.summary ol{margin:6px 0;padding-left:22px}
.summary li{margin:2px 0}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px;margin:8px 0 0}
.filters{font-size:13px;margin:8px 0 0}
.filters label{margin-right:12px;white-space:nowrap}
h2{font-size:17px;margin:18px 20px 6px}
.row{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);border-top:1px solid #eee}
.text{padding:4px 20px;border-right:1px solid #ddd}
.text p,.text li{margin:.4em 0}
aside{padding:6px 20px}
mark{padding:0 1px;border-radius:2px;color:inherit}
mark a,a.badge{color:inherit;text-decoration:none}
.verbatim{--k:var(--v)}.paraphrased{--k:var(--p)}.unsupported{--k:var(--u)}.contradictory{--k:var(--c)}.unchecked{--k:var(--n)}
mark.verbatim{background:#d7f5dd}mark.paraphrased{background:#d6eef8}mark.unsupported{background:#fff1c2}mark.contradictory{background:#ffd6d6}mark.unchecked{background:#eee}
.chip{display:inline-block;min-width:1.4em;text-align:center;border-radius:3px;color:#fff;background:var(--k);font-weight:bold;font-size:12px;padding:0 4px}
.card{border:1px solid #ddd;border-left:6px solid var(--k);padding:6px 10px;margin:0 0 8px;font-size:14px}
.card blockquote{margin:4px 0;padding-left:10px;border-left:3px solid #ccc;color:#444}
.fix{background:#f0f7f0;padding:2px 6px}
del{background:#ffd6d6}ins{background:#d7f5dd;text-decoration:none}
${VERDICTS.map((v) => `body:has(#show-${v}:not(:checked)) .card.${v}{display:none}body:has(#show-${v}:not(:checked)) mark.${v}{background:none}`).join('\n')}
@media print{
  .filters{display:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{font-size:11pt}
  .row,.card{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}
`;

export interface HtmlOptions {
  /** The drafts' text by path. */
  drafts: Map<string, string>;
  /** When the report was made (YYYY-MM-DD), shown in its header. */
  date?: string;
}

/** One self-contained page (no scripts, nothing loaded): a header naming the sources, claimcheck's
 * version and the date; a summary with the problems first; then each draft rendered (Markdown as
 * Markdown), its claims highlighted by verdict and each passage's claims, with evidence, reasons and
 * word diffs, beside it. Filters and print styles are CSS only. */
export function formatHtml(result: CheckResult, options: HtmlOptions): string {
  const parts = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>claimcheck report: ${show(result.documents.map((d) => d.path).join(', '))}</title>`,
    `<style>${STYLE}</style></head><body>`,
    header(result, options.date),
    summary(result),
  ];
  result.documents.forEach((doc, d) => parts.push(documentHtml(doc, d, options.drafts.get(doc.path) ?? '', result.sources)));
  parts.push('</body></html>\n');
  return parts.join('\n');
}

function header(result: CheckResult, date: string | undefined): string {
  const sources = result.sources.map((s) => `${esc(s.id)} <strong>${show(s.title)}</strong> <span class="meta">(${show(s.path)})</span>`).join('<br>');
  const made = `${esc(result.tool.name)} ${esc(result.tool.version)}${date ? `, ${esc(date)}` : ''}`;
  return `<header><h1>claimcheck report</h1><div>Checked against: ${sources || 'no source'}</div>${chosenReports(result).map((line) => `<div class="meta">${show(line)}</div>`).join('')}<div class="meta">Made by ${made}</div></header>`;
}

function summary(result: CheckResult): string {
  const s = result.summary;
  const gate = result.gate ? `<span class="gate ${result.gate.passed ? 'passed' : 'failed'}">${result.gate.passed ? 'Gate passed' : `Gate failed: ${result.gate.failures} claim(s) fail`}</span> · ` : '';
  const counts = VERDICTS.map((v) => `<span class="${v}"><span class="chip">${s[v]}</span> ${v}</span>`).join(' ');
  const items: string[] = [];
  result.documents.forEach((doc, d) => {
    for (const c of problemsFirst(doc.claims)) {
      const i = doc.claims.indexOf(c);
      items.push(`<li class="${c.verdict}"><span class="chip">${letter(c.verdict)}</span> <a href="#c${d}-${i}">${esc(problemOf(c)!)}</a>: “${show(oneLine(c.text, 90))}” <span class="meta">${show(doc.path)}:${c.span.line}${c.gate === 'fail' ? ' · fails the gate' : ''}</span></li>`);
    }
  });
  const problems = items.length ? `<h2 style="margin:10px 0 0">Problems, worst first (${items.length})</h2><ol>${items.join('')}</ol>` : '<p>No problems: every claim holds or is not about the source.</p>';
  const filters = VERDICTS.map((v) => `<label class="${v}"><input type="checkbox" id="show-${v}" checked> <span class="chip">${letter(v)}</span> ${v}</label>`).join('');
  const legend = VERDICTS.map((v) => `<span class="${v}"><span class="chip">${letter(v)}</span> <strong>${v}</strong>: ${esc(MEANING[v])}</span>`).join('');
  const scope = result.scope ? `<p class="meta">Only lines changed since ${show(result.scope.changedSince)}; ${result.scope.outside} claim(s) outside the change left out.</p>` : '';
  return `<section class="summary"><div>${gate}${counts}</div>${scope}${problems}<div class="filters">Show: ${filters}</div><div class="legend">${legend}</div></section>`;
}

const letter = (v: Verdict) => VERDICT_LETTER[v];

function documentHtml(doc: DocumentResult, d: number, text: string, sources: SourceInfo[]): string {
  const out = [`<h2>${show(doc.path)}</h2>`];
  for (const n of doc.notices) out.push(`<div class="card unsupported" style="margin:0 20px 8px"><strong>Note:</strong> ${show(n.message)}</div>`);
  const markdown = /\.(md|markdown)$/i.test(doc.path);
  const blocks = markdown ? markdownBlocks(text) : textBlocks(text);
  const owner = doc.claims.map((c) => Math.max(0, blocks.findLastIndex((b) => b.start <= c.span.start)));
  blocks.forEach((block, b) => {
    const mine = doc.claims.map((c, i) => ({ c, i })).filter((x) => owner[x.i] === b);
    const body = renderBlock(text, block, mine, d, markdown);
    out.push(`<section class="row"><div class="text">${body}</div><aside>${mine.map(({ c, i }) => card(c, `c${d}-${i}`, sources)).join('')}</aside></section>`);
  });
  return out.join('\n');
}

interface Block {
  start: number;
  end: number;
}

function lineStarts(text: string): number[] {
  return [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1), text.length + 1];
}

/** The top-level blocks of a Markdown draft (paragraphs, headings, lists, quotes), as offsets. */
function markdownBlocks(text: string): Block[] {
  const starts = lineStarts(text);
  const blocks: Block[] = [];
  for (const t of md().parse(text, {})) {
    if (t.level !== 0 || !t.map || t.nesting === -1) continue;
    blocks.push({ start: starts[t.map[0]]!, end: Math.min(text.length, starts[t.map[1]]! - 1) });
  }
  return blocks.length ? blocks : [{ start: 0, end: text.length }];
}

/** Paragraphs of a plain-text draft: each line with text (press copy puts a paragraph on a line). */
function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const m of text.matchAll(/[^\n]*\S[^\n]*/g)) blocks.push({ start: m.index, end: m.index + m[0].length });
  return blocks.length ? blocks : [{ start: 0, end: text.length }];
}

// claim boundaries travel through the Markdown renderer as private-use characters, so the
// highlight lands on exactly the claim's characters whatever the renderer does around them
const OPEN = '\uE000';
const CLOSE = '\uE001';
const tag = (i: number) => String.fromCharCode(0xe100 + i);

function renderBlock(text: string, block: Block, claims: Array<{ c: ClaimResult; i: number }>, d: number, markdown: boolean): string {
  const inside = claims.filter(({ c }) => c.span.end <= block.end);
  const edits: Array<{ at: number; s: string; order: number }> = [];
  for (const { c, i } of inside) {
    edits.push({ at: c.span.start, s: OPEN + tag(i), order: c.span.end - c.span.start });
    edits.push({ at: c.span.end, s: CLOSE + tag(i), order: -(c.span.end - c.span.start) });
  }
  // at one offset: closing marks first, then opening, longer claims outside shorter ones
  edits.sort((a, b) => b.at - a.at || a.order - b.order);
  let source = clean(text.slice(block.start, block.end));
  for (const e of edits) source = source.slice(0, e.at - block.start) + e.s + source.slice(e.at - block.start);
  let html = markdown ? md().render(source) : `<p>${esc(source)}</p>`;
  const byIndex = new Map(claims.map(({ c, i }) => [i, c]));
  for (const { i } of inside) {
    const open = html.indexOf(OPEN + tag(i));
    const close = html.indexOf(CLOSE + tag(i));
    const c = byIndex.get(i)!;
    // a boundary inside a tag (a link's address) or across elements (bold, a link) cannot hold a <mark>
    const between = open >= 0 && close > open && !insideTag(html, open) && !insideTag(html, close) ? html.slice(open + 2, close) : '<';
    const link = `href="#c${d}-${i}" title="${esc(c.verdict)}: ${esc(oneLine(c.reasons[0]?.message ?? '', 200))}"`;
    if (!between.includes('<')) {
      html = html.replace(OPEN + tag(i), `<mark class="${c.verdict}"><a ${link}>`).replace(CLOSE + tag(i), '</a></mark>');
    } else if (open >= 0 && !insideTag(html, open)) {
      // a badge where the claim starts instead
      html = html.replace(OPEN + tag(i), `<a class="badge ${c.verdict}" ${link}><span class="chip">${letter(c.verdict)}</span></a>`);
    }
  }
  return html.replace(/[\uE000\uE001][\uE100-\uF8FF]/g, '');
}

const insideTag = (html: string, at: number) => html.lastIndexOf('<', at) > html.lastIndexOf('>', at);

function card(c: ClaimResult, id: string, sources: SourceInfo[]): string {
  const e = c.evidence[0];
  const source = e && sources.length > 1 ? ` (${show(sources.find((s) => s.id === e.source)?.title ?? e.source)})` : '';
  const fix = quoteFix(c);
  return [
    `<div class="card ${c.verdict}" id="${id}">`,
    `<div><span class="chip">${letter(c.verdict)}</span> <strong>${esc(problemOf(c) === 'misquote' ? 'misquote' : c.verdict)}</strong> ${esc(c.kind)} <span class="meta">line ${c.span.line}${c.gate === 'fail' ? ' · fails the gate' : c.gate === 'suppressed' ? ' · suppressed' : ''}</span></div>`,
    ...c.reasons.map((r) => `<div>${show(r.message)} <span class="meta">${esc(r.rule)}</span></div>`),
    c.diff ? `<div class="meta">Word diff (<del>source</del> <ins>draft</ins>):</div><div>${diffHtml(c.diff)}</div>` : '',
    fix !== undefined ? `<div class="meta">The source's words (claimcheck fix):</div><div class="fix">${show(fix)}</div>` : '',
    e ? `<div class="meta">${c.verdict === 'unsupported' ? 'Nearest passage' : 'Evidence'}, ${show(evidenceLocator(c).replace(/^nearest: /, ''))}${source}:</div><blockquote>${show(e.text)}</blockquote>` : '',
    '</div>',
  ].join('');
}

function diffHtml(diff: DiffPart[]): string {
  return diff.map((p) => (p.op === 'equal' ? show(p.text) : p.op === 'delete' ? `<del>${show(p.text)}</del>` : `<ins>${show(p.text)}</ins>`)).join(' ');
}
