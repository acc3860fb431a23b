;; A wasi_unstable program: opens /sandbox/f (preopen fd 3), writes "0123456789", seeks with snapshot-0 whence
;; values (0 = CUR, 1 = END, 2 = SET), reads nlink from a 56-byte snapshot-0 filestat, and exits with
;; position_after_SET(4) * 100 + position_after_END(-3 -> 7) * 10 + nlink(1) = 471.
(module
  (import "wasi_unstable" "path_open" (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_seek" (func $seek (param i32 i64 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_filestat_get" (func $fstat (param i32 i32) (result i32)))
  (import "wasi_unstable" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "f")
  (data (i32.const 16) "0123456789")
  (func (export "_start")
    (local $fd i32) (local $a i64) (local $b i64)
    ;; path_open(3, follow, "f", O_CREAT, all rights, all rights, 0, &fd at 100)
    (if (call $open (i32.const 3) (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 1) (i64.const -1) (i64.const -1) (i32.const 0) (i32.const 100))
      (then (call $exit (i32.const 1))))
    (local.set $fd (i32.load (i32.const 100)))
    ;; iovec at 200: {16, 10}
    (i32.store (i32.const 200) (i32.const 16))
    (i32.store (i32.const 204) (i32.const 10))
    (drop (call $write (local.get $fd) (i32.const 200) (i32.const 1) (i32.const 208)))
    (drop (call $seek (local.get $fd) (i64.const 4) (i32.const 2) (i32.const 300)))
    (local.set $a (i64.load (i32.const 300)))
    (drop (call $seek (local.get $fd) (i64.const -3) (i32.const 1) (i32.const 300)))
    (local.set $b (i64.load (i32.const 300)))
    (drop (call $fstat (local.get $fd) (i32.const 400)))
    (call $exit (i32.add
      (i32.add (i32.mul (i32.wrap_i64 (local.get $a)) (i32.const 100)) (i32.mul (i32.wrap_i64 (local.get $b)) (i32.const 10)))
      (i32.load (i32.const 420))))
  )
)
