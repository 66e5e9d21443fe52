import { makeDoc } from '../../../src/ingest/document.js';
import { splitBlocks } from '../../../src/layout/blocks.js';
import { shippedProfiles } from '../../../src/layout/profile.js';
import type { ReaderContext } from '../../../src/layout/readers/context.js';
import { lex } from '../../helpers.js';

/** A reader's context for a piece of report text, read with a shipped profile's scales. */
export function contextOf(text: string, profile = 'ofsted-children'): ReaderContext {
  const doc = makeDoc({ path: 'report.txt', text, format: 'text' });
  return { doc, blocks: splitBlocks(text), lex, scales: shippedProfiles().find((p) => p.id === profile)!.scales };
}
