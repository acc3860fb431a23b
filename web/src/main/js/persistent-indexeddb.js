// The IndexedDB store of a persistent directory: one database per mount name ("teawasi-fs:" + name) with two object
// stores keyed by the path relative to the mount: 'entries' {path, kind, mode, mtimeNs, size?, target?} (what a
// mount reads) and 'contents' {path, data} (read per file when first needed). Version 1 kept data in 'entries'; it
// is moved on upgrade. Changes are queued by put/remove and written in one transaction by commit.

export function indexedDbAvailable() {
  return typeof indexedDB !== 'undefined' && indexedDB !== null;
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function openIndexedDbStore(name) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('teawasi-fs:' + name, 2);
    open.onupgradeneeded = (event) => {
      const db = open.result;
      const entries = event.oldVersion < 1 ? db.createObjectStore('entries', { keyPath: 'path' })
        : open.transaction.objectStore('entries');
      const contents = db.createObjectStore('contents', { keyPath: 'path' });
      if (event.oldVersion < 1) return;
      // version 1: contents inside the entries
      entries.openCursor().onsuccess = (e) => {
        const cursor = e.target.result;
        if (!cursor) return;
        const r = cursor.value;
        if (r.data instanceof Uint8Array) {
          contents.put({ path: r.path, data: r.data });
          r.size = r.data.length;
          delete r.data;
          cursor.update(r);
        }
        cursor.continue();
      };
    };
    open.onsuccess = () => resolve(new IndexedDbStore(open.result, name));
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error(`mountPersistent: the IndexedDB database for '${name}' is blocked by another tab`));
  });
}

function IndexedDbStore(db, name) {
  this.db = db;
  this.name = name;
  this.ops = [];
}

/** Where file rel's content is, for a loader elsewhere (a Worker). */
IndexedDbStore.prototype.source = function (rel) {
  return { backend: 'indexeddb', name: this.name, rel };
};

/** The content of file rel. */
IndexedDbStore.prototype.read = function (rel) {
  return readContent(this.db, rel);
};

function readContent(db, rel) {
  const tx = db.transaction('contents', 'readonly');
  return request(tx.objectStore('contents').get(rel)).then((r) => {
    if (!r || !(r.data instanceof Uint8Array)) throw new Error(`the stored content of '${rel}' is missing (IndexedDB)`);
    return r.data;
  });
}

IndexedDbStore.prototype.load = function () {
  const tx = this.db.transaction('entries', 'readonly');
  return request(tx.objectStore('entries').getAll()).then((all) => {
    // parents first: a path sorts after its parent's path, and depth order keeps parents ahead
    all.sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return all;
  });
};

function depth(p) {
  return typeof p === 'string' ? p.split('/').length : 0;
}

IndexedDbStore.prototype.put = function (record) {
  this.ops.push(['put', record]);
};

IndexedDbStore.prototype.remove = function (rel) {
  this.ops.push(['remove', rel]);
};

IndexedDbStore.prototype.clear = function () {
  this.ops.push(['clear']);
};

IndexedDbStore.prototype.commit = function () {
  const ops = this.ops;
  this.ops = [];
  if (ops.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const tx = this.db.transaction(['entries', 'contents'], 'readwrite');
    const stores = [tx.objectStore('entries'), tx.objectStore('contents')];
    for (const [op, arg] of ops) {
      if (op === 'clear') {
        for (const store of stores) store.clear();
      } else if (op === 'remove') {
        for (const store of stores) {
          store.delete(arg);
          store.delete(IDBKeyRange.bound(arg + '/', arg + '/\uffff'));
        }
      } else {
        // a file or symlink replacing a directory: its old contents go
        if (arg.kind !== 'dir') for (const store of stores) store.delete(IDBKeyRange.bound(arg.path + '/', arg.path + '/\uffff'));
        const { data, ...entry } = arg;
        if (data) {
          entry.size = data.length;
          stores[1].put({ path: arg.path, data });
        } else {
          stores[1].delete(arg.path);
        }
        stores[0].put(entry);
      }
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction aborted'));
  });
};
