const cache = new WeakMap<object, unknown>();

/** A rule's data compiled by its type (matchers built once per loaded rule, whoever asks first). */
export function compiledOf<R extends object, C>(rule: R, compile: (rule: R) => C): C {
  if (!cache.has(rule)) cache.set(rule, compile(rule));
  return cache.get(rule) as C;
}
