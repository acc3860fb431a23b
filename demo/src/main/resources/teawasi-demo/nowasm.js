// Loaded as a classic script before anything else: with ?nowasm in the address the page deletes the browser's
// WebAssembly before teawasi and the page's code load, as on a browser where it is switched off (Lockdown Mode,
// a JIT disabled by policy). teawasi's interpreter then runs every program.
if (/[?&]nowasm(=[^&]*)?(&|$)/.test(location.search)) {
  delete globalThis.WebAssembly;
  document.documentElement.dataset.nowasm = 'true';
}
