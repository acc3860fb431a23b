// Tar export and import for teawasi.FileSystem: POSIX ustar with pax extended headers (long or non-ASCII names
// and link targets, sub-second mtimes, sizes of 8 GiB and more). Import also reads GNU long names ('L'/'K') and
// base-256 numbers, and treats its input as hostile: every header is checked (checksum, numbers, bounds), names with
// ".." are refused, leading '/' is dropped, nothing is ever written through a symlink, and sizes and counts are
// bounded. Errors are Errors with code 'ERR_TAR' and a message naming the entry.

const BLOCK = 512;
const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: false });

function tarError(message) {
  const e = new Error('tar: ' + message);
  e.code = 'ERR_TAR';
  return e;
}

// ---------------------------------------------------------------------------------------------------------------
// export

/** The tree at root (a directory: its contents; a file or symlink: that entry alone) as tar bytes. */
export function exportTar(fs, root, skip) {
  const out = new Chunks();
  const top = fs.lstatSync(root, { bigint: true });
  const seen = new Map(); // ino -> first archive name, for hard links
  const entries = [];
  if (top.isDirectory()) {
    const stack = [''];
    while (stack.length) {
      const rel = stack.pop();
      const dirPath = rel === '' ? root : join(root, rel);
      const names = fs.readdirSync(dirPath);
      // reverse so that popping keeps listing order; directories are written before their contents
      const subdirs = [];
      for (const name of names) {
        const r = rel === '' ? name : rel + '/' + name;
        const st = fs.lstatSync(join(root, r), { bigint: true });
        entries.push([r, st]);
        if (st.isDirectory()) subdirs.push(r);
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
    }
  } else {
    entries.push([root.slice(root.lastIndexOf('/') + 1), top]);
  }
  for (const [rel, st] of entries) {
    const full = join(root, rel === '' ? '' : rel);
    if (skip && skip.has(full)) continue; // (internal) files that cross another way: a Worker's pending files
    const path = top.isDirectory() ? full : root;
    const mode = Number(st.mode) & 0o7777;
    const mtimeNs = st.mtimeNs;
    if (st.isDirectory()) {
      writeEntry(out, { name: rel + '/', type: '5', mode, mtimeNs, size: 0 });
    } else if (st.isSymbolicLink()) {
      writeEntry(out, { name: rel, type: '2', mode, mtimeNs, size: 0, linkname: fs.readlinkSync(path) });
    } else {
      const key = String(st.ino);
      if (st.nlink > 1n && seen.has(key)) {
        writeEntry(out, { name: rel, type: '1', mode, mtimeNs, size: 0, linkname: seen.get(key) });
        continue;
      }
      seen.set(key, rel);
      const data = fs.readFileSync(path);
      writeEntry(out, { name: rel, type: '0', mode, mtimeNs, size: data.length });
      out.push(data);
      out.pad();
    }
  }
  out.push(new Uint8Array(BLOCK * 2));
  return out.concat();
}

function join(root, rel) {
  if (rel === '') return root;
  return root === '/' ? '/' + rel : root + '/' + rel;
}

function Chunks() {
  this.list = [];
  this.length = 0;
}
Chunks.prototype.push = function (bytes) {
  this.list.push(bytes);
  this.length += bytes.length;
};
Chunks.prototype.pad = function () {
  const rem = this.length % BLOCK;
  if (rem) this.push(new Uint8Array(BLOCK - rem));
};
Chunks.prototype.concat = function () {
  const all = new Uint8Array(this.length);
  let at = 0;
  for (const c of this.list) {
    all.set(c, at);
    at += c.length;
  }
  return all;
};

const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);

function writeEntry(out, e) {
  const pax = [];
  const nameBytes = enc.encode(e.name);
  let name = e.name;
  if (nameBytes.length > 100 || !isAscii(e.name)) {
    pax.push(['path', e.name]);
    name = asciiCut(e.name, 100);
  }
  let linkname = e.linkname || '';
  if (linkname && (enc.encode(linkname).length > 100 || !isAscii(linkname))) {
    pax.push(['linkpath', linkname]);
    linkname = asciiCut(linkname, 100);
  }
  const seconds = e.mtimeNs / 1000000000n;
  const fraction = e.mtimeNs % 1000000000n;
  if (fraction !== 0n || e.mtimeNs < 0n || seconds > 0o77777777777n) {
    pax.push(['mtime', formatNsTime(e.mtimeNs)]);
  }
  if (e.size > 0o77777777777) pax.push(['size', String(e.size)]);
  if (pax.length) {
    const body = enc.encode(pax.map(([k, v]) => paxRecord(k, v)).join(''));
    out.push(header({ name: asciiCut('PaxHeaders/' + name, 100), type: 'x', mode: 0o644, mtime: 0n, size: body.length }));
    out.push(body);
    out.pad();
  }
  const mtime = seconds < 0n ? 0n : seconds > 0o77777777777n ? 0o77777777777n : seconds;
  out.push(header({ name, type: e.type, mode: e.mode, mtime, size: e.size > 0o77777777777 ? 0 : e.size, linkname }));
}

function formatNsTime(ns) {
  const neg = ns < 0n;
  const a = neg ? -ns : ns;
  const frac = String(a % 1000000000n).padStart(9, '0').replace(/0+$/, '');
  return (neg ? '-' : '') + String(a / 1000000000n) + (frac ? '.' + frac : '');
}

/** "LEN key=value\n" where LEN counts the whole record, itself included. */
function paxRecord(key, value) {
  const rest = ' ' + key + '=' + value + '\n';
  const restLen = enc.encode(rest).length;
  let len = restLen + 1;
  while (String(len).length + restLen !== len) len = String(len).length + restLen;
  return len + rest;
}

/** A plain ASCII stand-in of at most max bytes for a name that goes into a pax header. */
function asciiCut(s, max) {
  return s.replace(/[^\x20-\x7e]/g, '_').slice(0, max);
}

function header(h) {
  const b = new Uint8Array(BLOCK);
  putString(b, 0, 100, h.name);
  putOctal(b, 100, 8, h.mode);
  putOctal(b, 108, 8, 0);
  putOctal(b, 116, 8, 0);
  putOctal(b, 124, 12, h.size);
  putOctal(b, 136, 12, Number(h.mtime));
  b.fill(0x20, 148, 156);
  b[156] = h.type.charCodeAt(0);
  putString(b, 157, 100, h.linkname || '');
  putString(b, 257, 6, 'ustar');
  putString(b, 263, 2, '00');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += b[i];
  putString(b, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return b;
}

function putString(b, at, len, s) {
  const bytes = enc.encode(s);
  b.set(bytes.subarray(0, len), at);
}

function putOctal(b, at, len, n) {
  putString(b, at, len, n.toString(8).padStart(len - 1, '0'));
}

// ---------------------------------------------------------------------------------------------------------------
// import

const MAX_ENTRIES = 1000000;
const MAX_META_BYTES = 1 << 20; // a pax header or GNU long name
const MAX_PATH_BYTES = 4096;

function bytesOf(archive) {
  if (archive instanceof Uint8Array) return archive;
  if (ArrayBuffer.isView(archive)) return new Uint8Array(archive.buffer, archive.byteOffset, archive.byteLength);
  if (archive instanceof ArrayBuffer) return new Uint8Array(archive);
  const e = new TypeError('importTar: the archive must be a Uint8Array, another TypedArray, a DataView or an ArrayBuffer');
  e.code = 'ERR_INVALID_ARG_TYPE';
  throw e;
}

/**
 * Extracts archive into the directory dest (created if missing). Returns {entries, skipped}: the number of entries
 * created and the names of entries that have no equivalent here (devices, FIFOs, sparse files), which are skipped.
 */
export function importTar(fs, archive, dest, options) {
  const b = bytesOf(archive);
  const maxEntries = options && options.maxEntries !== undefined ? options.maxEntries : MAX_ENTRIES;
  fs.mkdirSync(dest, { recursive: true });
  if (!fs.statSync(dest).isDirectory()) throw tarError(`'${dest}' is not a directory`);
  let off = 0;
  let entries = 0;
  const skipped = [];
  const dirTimes = [];
  let pax = null;
  let globalPax = {};
  let gnuName = null;
  let gnuLink = null;
  for (let count = 0; ; count++) {
    if (off + BLOCK > b.length) {
      if (off === b.length) break; // no end-of-archive blocks: accept, as GNU tar does
      throw tarError(`truncated archive: a header at offset ${off} needs ${BLOCK} bytes, ${b.length - off} left`);
    }
    if (isZero(b, off)) break;
    if (count >= maxEntries) throw tarError(`more than ${maxEntries} entries`);
    checkChecksum(b, off);
    const hdr = off;
    const type = b[off + 156] === 0 ? '0' : String.fromCharCode(b[off + 156]);
    const size = readNumber(b, off + 124, 12, 'size', off);
    const dataOff = off + BLOCK;
    const paxSize = pax && pax.size !== undefined ? pax.size : undefined;
    const realSize = paxSize !== undefined && type !== 'x' && type !== 'g' ? paxSize : size;
    const blocks = Math.ceil(realSize / BLOCK) * BLOCK;
    if (dataOff + realSize > b.length) {
      throw tarError(`truncated archive: entry at offset ${hdr} declares ${realSize} bytes of data, ${b.length - dataOff} left`);
    }
    off = dataOff + blocks;
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      if (realSize > MAX_META_BYTES) throw tarError(`a '${type}' header of ${realSize} bytes at offset ${hdr} (limit ${MAX_META_BYTES})`);
      const data = b.subarray(dataOff, dataOff + realSize);
      if (type === 'x') pax = parsePax(data, hdr);
      else if (type === 'g') globalPax = Object.assign(globalPax, parsePax(data, hdr));
      else if (type === 'L') gnuName = cString(data);
      else gnuLink = cString(data);
      continue;
    }
    const meta = Object.assign({}, globalPax, pax || {});
    pax = null;
    let rawName;
    if (meta.path !== undefined) rawName = meta.path;
    else if (gnuName !== null) rawName = gnuName;
    else {
      const prefix = isUstar(b, hdr) ? field(b, hdr + 345, 155) : '';
      const n = field(b, hdr, 100);
      rawName = prefix ? prefix + '/' + n : n;
    }
    const rawLink = meta.linkpath !== undefined ? meta.linkpath : gnuLink !== null ? gnuLink : field(b, hdr + 157, 100);
    gnuName = null;
    gnuLink = null;
    const rel = safeName(rawName);
    if (rel === '') continue; // "./" or "/": the target directory itself
    const mode = readNumber(b, hdr + 100, 8, 'mode', hdr) & 0o7777;
    const mtimeNs = meta.mtime !== undefined ? meta.mtime : BigInt(readNumber(b, hdr + 136, 12, 'mtime', hdr)) * 1000000000n;
    const path = join(dest, rel);
    const data = b.subarray(dataOff, dataOff + realSize);
    try {
      makeParents(fs, dest, rel);
      switch (type) {
        case '0': case '7': {
          clearFor(fs, path, rawName);
          fs.writeFileSync(path, data);
          fs.chmodSync(path, mode);
          setNsTime(fs, path, mtimeNs, true);
          break;
        }
        case '5': {
          const st = fs.lstatSync(path, { throwIfNoEntry: false });
          if (st && !st.isDirectory()) throw tarError(`entry '${rawName}': a ${st.isSymbolicLink() ? 'symlink' : 'file'} is in the way of the directory`);
          if (!st) fs.mkdirSync(path);
          fs.lchmodSync(path, mode);
          dirTimes.push([path, mtimeNs]);
          break;
        }
        case '2': {
          if (rawLink === '') throw tarError(`entry '${rawName}': a symlink with an empty target`);
          clearFor(fs, path, rawName);
          fs.symlinkSync(rawLink, path);
          setNsTime(fs, path, mtimeNs, false);
          break;
        }
        case '1': {
          const target = safeName(rawLink);
          if (target === '') throw tarError(`entry '${rawName}': a hard link without a target`);
          const targetPath = join(dest, target);
          checkNoSymlinkParents(fs, dest, target, rawLink);
          const st = fs.lstatSync(targetPath, { throwIfNoEntry: false });
          if (!st || st.isDirectory()) throw tarError(`entry '${rawName}': hard link target '${rawLink}' is not a file extracted before it`);
          clearFor(fs, path, rawName);
          fs.linkSync(targetPath, path);
          break;
        }
        default:
          skipped.push(rawName);
          continue;
      }
    } catch (e) {
      if (e && e.code === 'ERR_TAR') throw e;
      const err = tarError(`entry '${rawName}': ${e && e.message}`);
      err.cause = e;
      throw err;
    }
    entries++;
  }
  // directory times last: creating their entries changed them
  for (let i = dirTimes.length - 1; i >= 0; i--) setNsTime(fs, dirTimes[i][0], dirTimes[i][1], false);
  return { entries, skipped };
}

/** Sets atime and mtime to ns (a BigInt: utimes takes it as nanoseconds, exactly). */
function setNsTime(fs, path, ns, follow) {
  if (follow) fs.utimesSync(path, ns, ns); else fs.lutimesSync(path, ns, ns);
}

function isZero(b, off) {
  for (let i = off; i < off + BLOCK; i++) if (b[i] !== 0) return false;
  return true;
}

function isUstar(b, off) {
  return b[off + 257] === 0x75 && b[off + 258] === 0x73 && b[off + 259] === 0x74 && b[off + 260] === 0x61
    && b[off + 261] === 0x72 && b[off + 262] === 0;
}

function checkChecksum(b, off) {
  let stored;
  try {
    stored = readNumber(b, off + 148, 8, 'checksum', off);
  } catch {
    stored = -1;
  }
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const v = i >= 148 && i < 156 ? 0x20 : b[off + i];
    unsigned += v;
    signed += v > 127 ? v - 256 : v;
  }
  if (stored !== unsigned && stored !== signed) {
    throw tarError(`bad header checksum at offset ${off} (not a tar archive, or a damaged one)`);
  }
}

/** An octal field (NUL/space padded) or a base-256 one (high bit set); an error names what is wrong. */
function readNumber(b, at, len, what, hdr) {
  if (b[at] & 0x80) {
    if (b[at] === 0xff) throw tarError(`negative ${what} at offset ${hdr}`);
    let n = b[at] & 0x7f;
    for (let i = 1; i < len; i++) {
      n = n * 256 + b[at + i];
      if (n > Number.MAX_SAFE_INTEGER) throw tarError(`${what} too large at offset ${hdr}`);
    }
    return n;
  }
  let n = 0;
  let i = at;
  const end = at + len;
  while (i < end && (b[i] === 0x20 || b[i] === 0)) i++;
  if (i === end) return 0;
  for (; i < end && b[i] >= 0x30 && b[i] <= 0x37; i++) n = n * 8 + (b[i] - 0x30);
  for (; i < end; i++) {
    if (b[i] !== 0x20 && b[i] !== 0) throw tarError(`bad ${what} field at offset ${hdr} (not octal)`);
  }
  return n;
}

function field(b, at, len) {
  let end = at;
  while (end < at + len && b[end] !== 0) end++;
  return dec.decode(b.subarray(at, end));
}

function cString(data) {
  let end = data.indexOf(0);
  if (end < 0) end = data.length;
  return dec.decode(data.subarray(0, end));
}

/** The records of a pax header: path, linkpath (strings), size (number), mtime (BigInt ns); others ignored. */
function parsePax(data, hdr) {
  const out = {};
  let i = 0;
  while (i < data.length) {
    let j = i;
    let len = 0;
    while (j < data.length && data[j] >= 0x30 && data[j] <= 0x39 && j - i < 10) len = len * 10 + (data[j++] - 0x30);
    if (j === i || data[j] !== 0x20 || len <= j - i + 1 || i + len > data.length || data[i + len - 1] !== 0x0a) {
      if (data.subarray(i).every((v) => v === 0)) break;
      throw tarError(`malformed pax header record at offset ${hdr} (+${i})`);
    }
    const rec = dec.decode(data.subarray(j + 1, i + len - 1));
    const eq = rec.indexOf('=');
    if (eq <= 0) throw tarError(`malformed pax header record at offset ${hdr} (+${i})`);
    const key = rec.slice(0, eq);
    const value = rec.slice(eq + 1);
    if (key === 'path' || key === 'linkpath') {
      out[key] = value;
    } else if (key === 'size') {
      if (!/^\d{1,16}$/.test(value) || Number(value) > Number.MAX_SAFE_INTEGER) throw tarError(`bad pax size '${value.slice(0, 40)}' at offset ${hdr}`);
      out.size = Number(value);
    } else if (key === 'mtime') {
      const m = /^(-?)(\d{1,18})(?:\.(\d{1,9})\d*)?$/.exec(value);
      if (!m) throw tarError(`bad pax mtime '${value.slice(0, 40)}' at offset ${hdr}`);
      const ns = BigInt(m[2]) * 1000000000n + BigInt((m[3] || '').padEnd(9, '0'));
      out.mtime = m[1] ? -ns : ns;
    }
    i += len;
  }
  return out;
}

/** A name inside the target directory: leading '/' dropped, '.' and empty parts dropped, '..' refused. */
function safeName(raw) {
  if (raw.indexOf('\0') >= 0) throw tarError(`entry '${raw.replace(/\0/g, '\\0')}': NUL in name`);
  if (enc.encode(raw).length > MAX_PATH_BYTES) throw tarError(`entry '${raw.slice(0, 60)}...': name longer than ${MAX_PATH_BYTES} bytes`);
  const parts = [];
  for (const p of raw.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') throw tarError(`entry '${raw}': '..' would leave the target directory`);
    parts.push(p);
  }
  return parts.join('/');
}

/** Creates the missing parent directories of rel under dest; refuses to go through a symlink or a file. */
function makeParents(fs, dest, rel) {
  const parts = rel.split('/');
  let p = dest;
  for (let i = 0; i < parts.length - 1; i++) {
    p = join(p, parts[i]);
    const st = fs.lstatSync(p, { throwIfNoEntry: false });
    if (!st) fs.mkdirSync(p);
    else if (st.isSymbolicLink()) throw tarError(`entry '${rel}': would be written through the symlink '${parts.slice(0, i + 1).join('/')}'`);
    else if (!st.isDirectory()) throw tarError(`entry '${rel}': '${parts.slice(0, i + 1).join('/')}' is a file, not a directory`);
  }
}

function checkNoSymlinkParents(fs, dest, rel, raw) {
  const parts = rel.split('/');
  let p = dest;
  for (let i = 0; i < parts.length - 1; i++) {
    p = join(p, parts[i]);
    const st = fs.lstatSync(p, { throwIfNoEntry: false });
    if (st && st.isSymbolicLink()) throw tarError(`hard link target '${raw}' goes through the symlink '${parts.slice(0, i + 1).join('/')}'`);
  }
}

/** Removes a file or symlink where a new entry goes (never following it); a directory there is an error. */
function clearFor(fs, path, rawName) {
  const st = fs.lstatSync(path, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isDirectory()) throw tarError(`entry '${rawName}': a directory is in the way`);
  fs.unlinkSync(path);
}
