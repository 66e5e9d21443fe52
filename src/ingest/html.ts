import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { findOne } from 'domutils';
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS } from '../limits.js';

// The article of a web page as text in the shape the segmenter reads: one line per paragraph,
// a blank line between blocks, list items as "- item", table rows as cells joined by a tab.

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'button', 'iframe', 'head']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'tbody', 'thead', 'figure', 'figcaption', 'pre', 'dl', 'dt', 'dd', 'address', 'hr']);

export function htmlToText(html: string, path: string, maxDepth = DEFAULT_LIMITS.maxHtmlDepth): string {
  const dom = parseDocument(html, { decodeEntities: true });
  // the walk below recurses (as do domutils' searches): refuse a nesting that would overflow the stack
  const depth = nestingDepth(dom.children);
  if (depth > maxDepth) throw new InputError(path, `nests HTML elements ${depth} levels deep, over the limit of ${maxDepth}`);
  const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
  // the article when the page marks one, else the body
  const root = findOne((e) => e.name === 'article', dom.children, true) ?? findOne((e) => e.name === 'main', dom.children, true) ?? findOne((e) => e.name === 'body', dom.children, true) ?? dom;
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f]+/g, (s) => (s.includes('\t') ? '\t' : ' ')).replace(/ *\t */g, '\t').trim();
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        line += node.data;
        continue;
      }
      // suppression markers live in comments; keep them as lines of their own so they still apply
      if (node.type === 'comment' && /^\s*claimcheck-disable-next-line/.test(node.data)) {
        flush();
        line = node.data.trim();
        flush();
        continue;
      }
      if (!isElement(node) || SKIP.has(node.name)) continue;
      const name = node.name;
      if (name === 'br') {
        flush();
        continue;
      }
      if (name === 'li') {
        flush();
        line = '- ';
        walk(node.children);
        flush();
        continue;
      }
      if (name === 'tr') {
        flush();
        const cells = node.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
        line = cells.map((c) => textOf(c).replace(/\s+/g, ' ').trim()).join('\t');
        flush();
        continue;
      }
      const block = BLOCK.has(name);
      if (block) flush();
      walk(node.children);
      if (block) flush();
    }
  };
  walk('children' in root ? root.children : []);
  flush();
  return blocks.join('\n\n') + '\n';
}

/** How deep elements nest, counted without recursion. */
function nestingDepth(roots: ChildNode[]): number {
  let deepest = 0;
  const stack: Array<[ChildNode, number]> = roots.map((n) => [n, 1]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return 'children' in node && !(node.type === 'tag' && SKIP.has(node.name)) ? node.children.map(textOf).join(' ') : '';
}
