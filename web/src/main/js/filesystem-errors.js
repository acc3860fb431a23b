// Errors shaped like node:fs's: an Error with code ('ENOENT'), errno (negative, as libuv on Linux), syscall, path
// and dest, and node's message "ENOENT: no such file or directory, open '/a'".

const ERRNO = {
  EPERM: [-1, 'operation not permitted'],
  ENOENT: [-2, 'no such file or directory'],
  EIO: [-5, 'i/o error'],
  EBADF: [-9, 'bad file descriptor'],
  EACCES: [-13, 'permission denied'],
  EBUSY: [-16, 'resource busy or locked'],
  EEXIST: [-17, 'file already exists'],
  EXDEV: [-18, 'cross-device link not permitted'],
  ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'],
  EINVAL: [-22, 'invalid argument'],
  EFBIG: [-27, 'file too large'],
  ENOSPC: [-28, 'no space left on device'],
  EMLINK: [-31, 'too many links'],
  ENAMETOOLONG: [-36, 'name too long'],
  ENOTEMPTY: [-39, 'directory not empty'],
  ELOOP: [-40, 'too many symbolic links encountered'],
  EDQUOT: [-122, 'disk quota exceeded'],
  ENOTSUP: [-95, 'operation not supported on socket'],
};

/** A node-style file-system error. */
export function fsError(code, syscall, path, dest) {
  const known = ERRNO[code];
  let message = `${code}: ${known ? known[1] : 'error'}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const e = new Error(message);
  e.errno = known ? known[0] : -1;
  e.code = code;
  e.syscall = syscall;
  if (path !== undefined) e.path = path;
  if (dest !== undefined) e.dest = dest;
  return e;
}

/** An error thrown by the Java core (it carries code and teawasiErrno) as node's error; anything else unchanged. */
export function translateError(e, syscall, path, dest) {
  if (e && e.teawasiErrno) {
    return fsError(e.code, syscall, path, dest);
  }
  return e;
}

/** node's ERR_INVALID_ARG_TYPE. */
export function argTypeError(name, expected, value) {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an instance of Array'
    : typeof value === 'object' ? `an instance of ${value.constructor ? value.constructor.name : 'Object'}`
      : `type ${typeof value} (${String(value).slice(0, 30)})`;
  const e = new TypeError(`The "${name}" argument must be ${expected}. Received ${got}`);
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

/** node's ERR_INVALID_ARG_VALUE. */
export function argValueError(name, value, reason) {
  const e = new TypeError(`The argument '${name}' ${reason}. Received ${JSON.stringify(value)}`);
  e.code = 'ERR_INVALID_ARG_VALUE';
  return e;
}
