// An index is input like any other file: it may be damaged, hand-edited or planted in a pull
// request. Every document in it must have the shape `claimcheck index` writes. The paths it names
// are never read at check time (a report's text comes from the index's own store, by content
// hash: check-corpus.ts), so a crafted index cannot bring ~/.ssh or /etc into the evidence.
import { onFirstUse, zodModule } from '../lazy/modules.js';
import { InputError } from '../errors.js';

const documentsSchema = onFirstUse(() => {
  const z = zodModule();
  const document = z.looseObject({
    path: z.string().min(1),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    title: z.string().optional(),
    size: z.number().nonnegative(),
    mtimeMs: z.number(),
    length: z.number().int().nonnegative(),
  });
  return z.array(document);
});

/** The documents of a parsed index, checked; throws an InputError naming the index and the first problem. */
export function validateDocuments<T>(indexPath: string, documents: unknown): T[] {
  const parsed = documentsSchema().safeParse(documents);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(indexPath, `is not a claimcheck index (documents.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data as T[];
}
