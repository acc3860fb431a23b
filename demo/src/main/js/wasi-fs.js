// new WASI(options) with the page's FileSystem. A teawasi build whose WASI cannot take a FileSystem yet (it says
// so with a TypeError naming `fs`) gets the same options without it: the program then sees empty directories,
// and the returned note says so (the page prints it), instead of the run failing.
export function makeWasi(teawasi, options) {
  try {
    return { wasi: new teawasi.WASI(options), note: '' };
  } catch (e) {
    if (!(e instanceof TypeError) || !/^fs\b/.test(e.message) || options.fs === undefined) throw e;
    const { fs, ...rest } = options;
    return {
      wasi: new teawasi.WASI(rest),
      note: `this teawasi build's WASI cannot use a FileSystem (${e.message}): the program sees empty directories`,
    };
  }
}
