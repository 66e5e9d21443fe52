import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_MODELS, modelStore } from '../../src/align/model-cache.js';
import type { PackedModel } from '../../src/align/model-file.js';
import { buildSourceModel, memoGrew, type SourceModel } from '../../src/align/source-model.js';
import { check } from '../../src/check.js';
import { readInspectors } from '../../src/layout/readers/inspectors.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { RuleSet } from '../../src/rules/rule-set.js';
import { lex, rules, seed, source, text } from '../helpers.js';

const draft = () => seed('drafts/local-news-2024.txt');
const folder = () => mkdtempSync(join(tmpdir(), 'claimcheck-models-'));
const models = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.v8'));

/** A store whose builds are counted. */
function counted(dir: string, code = 'code-1', ruleSet = rules) {
  const store = modelStore(dir, code, ruleSet);
  const builds: string[] = [];
  return {
    builds,
    model: (input = source(), id = 'S1') =>
      store.model(id, input, undefined, () => {
        builds.push(input.path);
        return buildSourceModel(id, input, lex);
      }),
    keep: () => store.keep(),
  };
}

describe('model store', () => {
  it('gives a check the same result from a kept model as from a built one, and keeps what the judge worked out', () => {
    const dir = folder();
    const plain = check([draft()], [source()], { rules });
    const first = check([draft()], [source()], { rules, models: modelStore(dir, 'code-1', rules) });
    expect(models(dir)).toHaveLength(1);
    const store = counted(dir);
    const kept = store.model();
    expect(store.builds).toEqual([]);
    // the report's dates and the per-passage answers were worked out in the first check and kept
    expect(Object.keys(kept.memo)).toEqual(expect.arrayContaining(['facts', 'cover-hits']));
    const again = check([draft()], [source()], { rules, models: modelStore(dir, 'code-1', rules) });
    expect(first).toEqual(plain);
    expect(again).toEqual(plain);
  });

  it("hands out a kept model without building one, and keeps the report's inspectors in its memo", () => {
    const dir = folder();
    const store = modelStore(dir, 'code-1', rules);
    expect(store.kept('S1', source(), undefined)).toBeUndefined();
    check([draft()], [source()], { rules, models: store });
    const kept = modelStore(dir, 'code-1', rules).kept('S1', source(), undefined);
    // a check against it reads the inspectors from here, not from the report's text
    const named = readInspectors(source().text, lex);
    expect(named.length).toBeGreaterThan(0);
    expect(kept?.memo['inspectors']).toEqual(named);
    expect(modelStore(dir, 'code-1', rules).kept('S2', source(), undefined)).toBeUndefined();
  });

  it("reads a draft's speakers against the inspectors its kept model names", () => {
    const dir = folder();
    const said = text('Quinn Example said leaders know their services well.');
    const speaker = () => check([said], [source()], { rules, models: modelStore(dir, 'code-1', rules) }).documents[0]!.claims[0]!;
    expect(speaker().verdict).toBe('unchecked');
    const store = modelStore(dir, 'code-1', rules);
    const kept = store.kept('S1', source(), undefined)!;
    kept.memo['inspectors'] = ['Quinn Example'];
    memoGrew(kept);
    store.keep();
    // now one of the report's inspectors: their words are the report's, and checked
    expect(speaker().verdict).not.toBe('unchecked');
  });

  it('builds anew for other text, other rules, another build of the code, or another source id', () => {
    const dir = folder();
    const base = counted(dir);
    base.model();
    base.keep();
    expect(base.builds).toHaveLength(1);
    const changed: InputTextLike = { ...source(), text: `${source().text}\nA sentence added.` };
    base.model(changed);
    expect(base.builds).toHaveLength(2);
    const otherCode = counted(dir, 'code-2');
    otherCode.model();
    const otherRules = counted(dir, 'code-1', loadRuleSet([], { severity: { [rules.rules[0]!.id]: 'off' } }));
    otherRules.model();
    const otherId = counted(dir);
    otherId.model(source(), 'S2');
    expect([otherCode.builds, otherRules.builds, otherId.builds].map((b) => b.length)).toEqual([1, 1, 1]);
  });

  it('builds anew for rules that differ only in content, not length, though the file name is the same', () => {
    const dir = folder();
    const base = counted(dir);
    base.model();
    base.keep();
    // one rule's id changed by a letter: the rules' JSON is as long as before
    const first = rules.rules[0]!;
    const edited = new RuleSet([{ ...first, id: `${first.id.slice(0, -1)}${first.id.endsWith('x') ? 'y' : 'x'}` }, ...rules.rules.slice(1)]);
    expect(JSON.stringify(edited.rules).length).toBe(JSON.stringify(rules.rules).length);
    const other = counted(dir, 'code-1', edited);
    other.model();
    other.keep();
    expect(other.builds).toHaveLength(1);
    expect(models(dir)).toHaveLength(1);
    // and the first rules, asked again, find the model of the other rules in their file: built again
    const again = counted(dir);
    again.model();
    expect(again.builds).toHaveLength(1);
  });

  it('writes a model again only when its memo has grown', () => {
    const dir = folder();
    const store = counted(dir);
    const model = store.model();
    store.keep();
    const [file] = models(dir);
    const path = join(dir, file!);
    const old = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(path, old, old);
    store.keep(); // nothing new: not written
    expect(Math.round(statSync(path).mtimeMs)).toBe(old.getTime());
    check([text('Inspectors said leaders know their services well.')], [source()], { rules, models: modelStore(dir, 'code-1', rules) });
    const reread = counted(dir).model();
    expect(Object.keys(reread.memo).length).toBeGreaterThan(Object.keys(model.memo).length);
  });

  it('ignores a damaged entry and builds the model again', () => {
    const dir = folder();
    const store = counted(dir);
    store.model();
    store.keep();
    writeFileSync(join(dir, models(dir)[0]!), 'not a model');
    const next = counted(dir);
    const model: SourceModel = next.model();
    expect(next.builds).toHaveLength(1);
    expect(model.passages.length).toBeGreaterThan(10);
  });

  it('keeps at most MAX_KEPT_MODELS, dropping the least recently used', () => {
    const dir = folder();
    const store = counted(dir);
    const small = (n: number) => text(`Report ${n}\n\nInspectors visited the service in week ${n}.`, `r${n}.txt`);
    for (let n = 0; n <= MAX_KEPT_MODELS; n++) store.model(small(n));
    store.keep();
    expect(models(dir)).toHaveLength(MAX_KEPT_MODELS);
  });

  it('writes no model bigger than its limit', () => {
    const dir = folder();
    check([draft()], [source()], { rules, models: modelStore(dir, 'code-1', rules, { maxBytes: 1000 }) });
    expect(models(dir)).toEqual([]);
  });

  it("keeps the memo within its share of the file, dropping the oldest drafts' answers, with the same verdicts", () => {
    const dir = folder();
    const drafts = ['local-news-2024.txt', 'lambeth-council-news-2025.txt', 'lewisham-council-news-2025.txt', 'recruitment-site-news-2024.txt'].map((n) => seed(`drafts/${n}`));
    const store = () => modelStore(dir, 'code-1', rules, { maxMemoShare: 0.5 });
    for (const d of drafts) check([d], [source()], { rules, models: store() });
    const [file] = models(dir);
    const kept = (deserialize(readFileSync(join(dir, file!))) as { model: PackedModel }).model;
    const memo = serialize(kept.memo).length;
    const rest = serialize(kept).length - memo;
    expect(memo).toBeLessThanOrEqual(0.5 * rest);
    // the last draft's answers are the newest, and kept: checking it again asks nothing new
    const before = readFileSync(join(dir, file!));
    const again = check([drafts[3]!], [source()], { rules, models: store() });
    expect(readFileSync(join(dir, file!))).toEqual(before);
    expect(again).toEqual(check([drafts[3]!], [source()], { rules }));
    // the first draft's were dropped, and are worked out again to the same verdicts
    expect(check([drafts[0]!], [source()], { rules, models: store() })).toEqual(check([drafts[0]!], [source()], { rules }));
    // without a bound the memo would have been past its share
    const unbounded = folder();
    for (const d of drafts) check([d], [source()], { rules, models: modelStore(unbounded, 'code-1', rules, { maxMemoShare: 100 }) });
    const whole = (deserialize(readFileSync(join(unbounded, models(unbounded)[0]!))) as { model: PackedModel }).model;
    expect(serialize(whole.memo).length).toBeGreaterThan(0.5 * (serialize(whole).length - serialize(whole.memo).length));
  }, 30000);

  it('checks as if there were no store when the folder cannot be made', () => {
    // a file where the folder should be: refused even to root
    const blocked = join(folder(), 'file');
    writeFileSync(blocked, '');
    const result = check([draft()], [source()], { rules, models: modelStore(join(blocked, 'models'), 'code-1', rules) });
    expect(result).toEqual(check([draft()], [source()], { rules }));
  });
});

type InputTextLike = ReturnType<typeof source>;
