// An index is input like any other file: it may be damaged, hand-edited or planted in a pull
// request. Every document in it must have the shape `claimcheck index` writes, and may name only
// files under the index's own folder or the working folder (through symlinks too), so that a
// crafted index cannot make `check --index` read ~/.ssh or /etc into the evidence and the diff.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';

const documentSchema = z.object({
  path: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string(),
  length: z.number().int().nonnegative(),
  terms: z.record(z.string(), z.number().int().positive()),
});

/** The documents of a parsed index, checked; throws an InputError naming the index and the first problem. */
export function validateDocuments<T>(indexPath: string, documents: unknown, cwd = process.cwd()): T[] {
  const parsed = z.array(z.looseObject(documentSchema.shape)).safeParse(documents);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(indexPath, `is not a claimcheck index (documents.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  }
  const roots = [resolve(cwd), resolve(dirname(indexPath))].flatMap((r) => [r, real(r)]);
  parsed.data.forEach((doc, i) => {
    const full = resolve(cwd, doc.path);
    const where = [full, real(full)];
    if (!where.every((p) => roots.some((root) => inside(root, p)))) {
      throw new InputError(indexPath, `document ${i + 1} names '${doc.path}', outside the index's folder and the working folder; an index reads only files under them`);
    }
  });
  return parsed.data as T[];
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The path with symlinks resolved, or itself when it does not exist (yet). */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
