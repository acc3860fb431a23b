// Stats and Dirent of teawasi.FileSystem, shaped like node:fs's (there are no owners or devices: uid, gid and
// rdev are 0; blocks counts 512-byte units of the size). No class syntax: see filesystem.js.
const TYPE_BITS = { file: 0o100000, dir: 0o040000, symlink: 0o120000 };

const kindTests = {
  isFile() { return this._kind === 'file'; },
  isDirectory() { return this._kind === 'dir'; },
  isSymbolicLink() { return this._kind === 'symlink'; },
  isBlockDevice() { return false; },
  isCharacterDevice() { return false; },
  isFIFO() { return false; },
  isSocket() { return false; },
};

function defineKindTests(ctor) {
  for (const name of Object.keys(kindTests)) {
    Object.defineProperty(ctor.prototype, name, { value: kindTests[name], writable: true, configurable: true });
  }
}

/** raw: {kind, dev, ino, nlink, size, mode, atimeNs, mtimeNs, ctimeNs} from FileSystemJs.stat. */
export function Stats(raw, bigint) {
  const kind = raw.kind;
  const num = bigint ? (v) => BigInt(v) : (v) => v;
  Object.defineProperty(this, '_kind', { value: kind });
  this.dev = num(raw.dev);
  this.ino = num(raw.ino);
  this.mode = num(TYPE_BITS[kind] | raw.mode);
  this.nlink = num(raw.nlink);
  this.uid = num(0);
  this.gid = num(0);
  this.rdev = num(0);
  this.size = num(raw.size);
  this.blksize = num(4096);
  this.blocks = num(Math.ceil(raw.size / 512));
  const a = BigInt(raw.atimeNs);
  const m = BigInt(raw.mtimeNs);
  const c = BigInt(raw.ctimeNs);
  const million = BigInt(1000000);
  const ms = (ns) => Number(ns / BigInt(1000)) / 1000;
  if (bigint) {
    this.atimeMs = a / million;
    this.mtimeMs = m / million;
    this.ctimeMs = c / million;
    this.birthtimeMs = c / million;
    this.atimeNs = a;
    this.mtimeNs = m;
    this.ctimeNs = c;
    this.birthtimeNs = c;
  } else {
    this.atimeMs = ms(a);
    this.mtimeMs = ms(m);
    this.ctimeMs = ms(c);
    this.birthtimeMs = ms(c);
  }
  this.atime = new Date(ms(a));
  this.mtime = new Date(ms(m));
  this.ctime = new Date(ms(c));
  this.birthtime = new Date(ms(c));
}
defineKindTests(Stats);

export function Dirent(name, kind, parentPath) {
  this.name = name;
  this.parentPath = parentPath;
  this.path = parentPath;
  Object.defineProperty(this, '_kind', { value: kind });
}
defineKindTests(Dirent);
