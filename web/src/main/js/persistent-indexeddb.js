// The IndexedDB store of a persistent directory: one database per mount name ("teawasi-fs:" + name), one object
// store of records {path, kind, mode, mtimeNs, data?, target?} keyed by the path relative to the mount. Changes are
// queued by put/remove and written in one transaction by commit.

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
    const open = indexedDB.open('teawasi-fs:' + name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('entries', { keyPath: 'path' });
    open.onsuccess = () => resolve(new IndexedDbStore(open.result));
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error(`mountPersistent: the IndexedDB database for '${name}' is blocked by another tab`));
  });
}

function IndexedDbStore(db) {
  this.db = db;
  this.ops = [];
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
    const tx = this.db.transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    for (const [op, arg] of ops) {
      if (op === 'clear') {
        store.clear();
      } else if (op === 'remove') {
        store.delete(arg);
        store.delete(IDBKeyRange.bound(arg + '/', arg + '/\uffff'));
      } else {
        // a file or symlink replacing a directory: its old contents go
        if (arg.kind !== 'dir') store.delete(IDBKeyRange.bound(arg.path + '/', arg.path + '/\uffff'));
        store.put(arg);
      }
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction aborted'));
  });
};
