;; A start function that calls an import and sets an exported global, so instantiation runs code.
(module
  (import "env" "seed" (func $seed (result i32)))
  (global $g (export "started") (mut i32) (i32.const 0))
  (func $start (global.set $g (call $seed)))
  (start $start)
)
