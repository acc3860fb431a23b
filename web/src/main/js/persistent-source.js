// Where a pending file's content is kept: a source {backend: 'opfs' | 'indexeddb', name, rel} names the stored file
// rel of the persistent directory stored as name. A source crosses into a Worker (worker-client.js), which reads
// the content there itself when the guest first needs it, and back to the page with a Worker's change batches.
import { openOpfsStore } from './persistent-opfs.js';
import { openIndexedDbStore } from './persistent-indexeddb.js';

const stores = new Map(); // 'backend:name' -> promise of the store

function storeOf(source) {
  const key = source.backend + ':' + source.name;
  let s = stores.get(key);
  if (!s) {
    s = source.backend === 'opfs' ? openOpfsStore(source.name) : openIndexedDbStore(source.name);
    stores.set(key, s);
    s.catch(() => stores.delete(key));
  }
  return s;
}

/** Whether v is a source as sourceLoader takes it (it comes from another thread: checked). */
export function isSource(v) {
  return !!v && (v.backend === 'opfs' || v.backend === 'indexeddb') && typeof v.name === 'string'
    && typeof v.rel === 'string' && v.rel !== '';
}

/** A loader (see addPendingFile in filesystem.js) reading source's content asynchronously. */
export function sourceLoader(source) {
  return { load: () => storeOf(source).then((store) => store.read(source.rel)), source };
}
