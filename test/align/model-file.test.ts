// A source model as its file holds it (src/align/model-file.ts): the tokens in columns and each
// passage's tokens as a range, read back as the same model, with the same sharing of objects.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { packModel, unpackModel, type PackedModel } from '../../src/align/model-file.js';
import { buildSourceModel, type SourceModel } from '../../src/align/source-model.js';
import { lex, source } from '../helpers.js';

const built = () => buildSourceModel('S1', source(), lex);
/** Through V8's serializer, as the model store writes and reads it. */
const throughFile = (model: SourceModel) => unpackModel(deserialize(serialize(packModel(model))) as PackedModel);

describe('a model file', () => {
  it('reads back as the model it was made from', () => {
    const model = built();
    model.memo['facts'] = { years: [2019, 2023] };
    const read = throughFile(model)!;
    expect(read).toEqual(model);
    expect(read.tokens.length).toBeGreaterThan(4000);
  });

  it("shares one token list between the model, its document and its passages, and one passage list with the source document", () => {
    const read = throughFile(built())!;
    expect(read.doc.tokens).toBe(read.tokens);
    expect(read.source.passages).toBe(read.passages);
    const at = new Map(read.tokens.map((t, i) => [t, i]));
    for (const p of read.passages) {
      const first = at.get(p.tokens[0]!);
      p.tokens.forEach((t, k) => expect(at.get(t)).toBe(first! + k));
    }
    // each token an object of its own, shaped as a built one
    const [a, b] = read.tokens.filter((t) => t.word === 'children');
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
    expect(Object.keys(a!)).toEqual(['word', 'stem', 'start', 'end']);
  });

  it('is smaller than the model serialized as it is', () => {
    const model = built();
    expect(serialize(packModel(model)).length).toBeLessThan(serialize(model).length * 0.7);
  });

  it('refuses a model whose passages are not runs of its tokens, which is then not kept', () => {
    const model = built();
    const p = model.passages.find((q) => q.tokens.length > 2)!;
    p.tokens = [p.tokens[1]!, p.tokens[0]!, ...p.tokens.slice(2)];
    expect(() => packModel(model)).toThrow(/not a run of the model's/);
  });

  it('reads a file that holds no packed model as none', () => {
    const packed = () => deserialize(serialize(packModel(built()))) as PackedModel;
    const outOfRange = packed();
    outOfRange.passages[3]!.tokens = [0, outOfRange.tokens.columns.length];
    const badPair = packed();
    badPair.tokens.columns[0] = badPair.tokens.words.length;
    const plainArray = packed();
    (plainArray.tokens as unknown as { columns: number[] }).columns = [...plainArray.tokens.columns];
    const unpacked = built() as unknown as PackedModel;
    for (const bad of [outOfRange, badPair, plainArray, unpacked, {} as PackedModel]) expect(unpackModel(bad)).toBeUndefined();
  });
});
