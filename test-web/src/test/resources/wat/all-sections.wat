;; A module with one section of every kind (ids 0..12), for checking section lists against wasm-objdump.
(module
  (type $unary (func (param i32) (result i32)))
  (import "env" "log" (func $log (param i32)))
  (func $inc (type $unary) (i32.add (local.get 0) (i32.const 1)))
  (func $start (call $log (i32.const 42)))
  ;; memory.init needs the data count section
  (func $init (memory.init $greeting (i32.const 0) (i32.const 0) (i32.const 7)))
  (table 2 funcref)
  (memory 1)
  (global $counter (mut i32) (i32.const 7))
  (export "inc" (func $inc))
  (export "init" (func $init))
  (export "memory" (memory 0))
  (start $start)
  (elem (i32.const 0) $inc $start)
  (data (i32.const 16) "active")
  (data $greeting "teawasi")
)
