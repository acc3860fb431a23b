// Runs a generator that yields promises, as an async function would run (the hand-written sources avoid async
// syntax: the classic script must also parse in engines without it, such as HtmlUnit's Rhino).

/** Drives gen to its end; returns a promise of its return value (rejected with what it throws). */
export function run(gen) {
  return new Promise((resolve, reject) => {
    const step = (method, arg) => {
      let r;
      try {
        r = gen[method](arg);
      } catch (e) {
        reject(e);
        return;
      }
      if (r.done) resolve(r.value);
      else Promise.resolve(r.value).then((v) => step('next', v), (e) => step('throw', e));
    };
    step('next', undefined);
  });
}
