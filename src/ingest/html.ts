import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { findOne } from 'domutils';

// The article of a web page as text in the shape the segmenter reads: one line per paragraph,
// a blank line between blocks, list items as "- item", table rows as cells joined by a tab.

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'button', 'iframe', 'head']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'tbody', 'thead', 'figure', 'figcaption', 'pre', 'dl', 'dt', 'dd', 'address', 'hr']);

export function htmlToText(html: string): string {
  const dom = parseDocument(html, { decodeEntities: true });
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

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return 'children' in node && !(node.type === 'tag' && SKIP.has(node.name)) ? node.children.map(textOf).join(' ') : '';
}
