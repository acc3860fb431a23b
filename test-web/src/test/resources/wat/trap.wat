;; A WASI command that traps: _start calls a function that executes unreachable.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (func $explode unreachable)
  (func (export "_start") (call $explode))
)
