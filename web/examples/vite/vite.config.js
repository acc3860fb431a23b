// The Worker is a second entry of the page's build (kept at dist/worker.js), not a `new Worker(new URL(...))`
// bundle of its own: rolldown then puts teawasi in one chunk that the page and the Worker both import.
export default {
  base: './', // the app works from any folder it is served from
  build: {
    rolldownOptions: {
      input: { main: 'index.html', worker: 'src/worker.js' },
      output: { entryFileNames: (chunk) => (chunk.name === 'worker' ? 'worker.js' : 'assets/[name]-[hash].js') },
    },
  },
};
