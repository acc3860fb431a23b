;; The start function: runs once at instantiation after the segments are written, may call imports, and a trap in it
;; fails the instantiation.
(module
  (memory 1)
  (global $runs (mut i32) (i32.const 0))
  (data (i32.const 0) "\05")
  (func $start
    (global.set $runs (i32.add (global.get $runs) (i32.const 1)))
    ;; sees the data segment already written
    (i32.store8 (i32.const 1) (i32.add (i32.load8_u (i32.const 0)) (i32.const 1))))
  (start $start)
  (func (export "runs") (result i32) (global.get $runs))
  (func (export "byte1") (result i32) (i32.load8_u (i32.const 1)))
)
(assert_return (invoke "runs") (i32.const 1))
(assert_return (invoke "byte1") (i32.const 6))
(assert_return (invoke "runs") (i32.const 1))

(module
  (import "spectest" "print_i32" (func $print (param i32)))
  (func $start (call $print (i32.const 1)))
  (start $start)
)
(module
  (import "spectest" "print" (func $print))
  (start $print)
)
(assert_trap (module (func $start (drop (i32.div_u (i32.const 1) (i32.const 0)))) (start $start)) "integer divide by zero")
(assert_trap (module (memory 0) (func $start (drop (i32.load (i32.const 0)))) (start $start)) "out of bounds memory access")
(assert_invalid (module (func $f (param i32)) (start $f)) "start function")
(assert_invalid (module (func $f (result i32) (i32.const 0)) (start $f)) "start function")
(assert_invalid (module (start 0)) "unknown function")
