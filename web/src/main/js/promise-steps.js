// Sequential promise steps for the hand-written sources, which use neither async functions nor generators: the
// classic script must also load in engines that parse neither (HtmlUnit's Rhino; it also rejects the unparenthesized
// `yield` that minified code contains).

/** Runs the functions one after the other, each after the previous one's promise settled; resolves to undefined. */
export function sequence(steps) {
  let p = Promise.resolve();
  for (const step of steps) p = p.then(() => step());
  return p;
}

/** All values of an async iterator (e.g. a directory handle's entries()), in order. */
export function collect(iterator) {
  const out = [];
  const next = () => iterator.next().then((r) => {
    if (r.done) return out;
    out.push(r.value);
    return next();
  });
  return next();
}
