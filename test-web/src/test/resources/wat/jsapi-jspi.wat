;; JSPI: suspending imports (a timer, a read of a value supplied later), an endless loop, a suspending start.
(module
  (import "env" "wait" (func $wait (param i32) (result i32)))
  (import "env" "read" (func $read (result i32)))
  (import "env" "tick" (func $tick))
  (global $started (export "started") (mut i32) (i32.const 0))
  (func (export "twice") (param i32) (result i32)
    (i32.add (call $wait (local.get 0)) (call $wait (i32.const 100))))
  (func (export "readPlusOne") (result i32) (i32.add (call $read) (i32.const 1)))
  (func (export "spin") (loop $l (call $tick) (br $l)))
  (func (export "count") (param i32) (result i32) (local i32)
    (loop $l
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
    (local.get 1))
  (func $start (global.set $started (call $wait (i32.const 21))))
  (start $start)
)
