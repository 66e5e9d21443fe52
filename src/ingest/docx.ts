import { InputError } from '../errors.js';
import { htmlToText } from './html.js';

/** A Word document's text, through mammoth's HTML (which keeps headings, lists and tables) and our HTML reader. */
export async function docxToText(path: string, bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.default.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new InputError(path, `is not a readable Word document (${brief(error)})`);
  }
  return htmlToText(`<body>${html}</body>`);
}

export function brief(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 120);
}
