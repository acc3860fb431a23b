;; memory.size and memory.grow: old size or -1, the declared maximum, growth by 0, new pages zeroed, and accesses
;; that become valid only after growing.
(module
  (memory 1 3)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
)
(assert_return (invoke "size") (i32.const 1))
(assert_trap (invoke "load" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "store" (i32.const 65535) (i32.const 7)))
(assert_return (invoke "grow" (i32.const 0)) (i32.const 1))
(assert_return (invoke "size") (i32.const 1))
(assert_return (invoke "grow" (i32.const 1)) (i32.const 1))
(assert_return (invoke "size") (i32.const 2))
(assert_return (invoke "load" (i32.const 65535)) (i32.const 7))
(assert_return (invoke "load" (i32.const 65536)) (i32.const 0))
(assert_return (invoke "load" (i32.const 131071)) (i32.const 0))
(assert_trap (invoke "load" (i32.const 131072)) "out of bounds memory access")
(assert_return (invoke "grow" (i32.const 2)) (i32.const -1))
(assert_return (invoke "size") (i32.const 2))
(assert_return (invoke "grow" (i32.const -1)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 0x10000)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 1)) (i32.const 2))
(assert_return (invoke "size") (i32.const 3))
(assert_return (invoke "grow" (i32.const 1)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 0)) (i32.const 3))
(assert_return (invoke "store" (i32.const 196607) (i32.const 9)))
(assert_return (invoke "load" (i32.const 196607)) (i32.const 9))

;; no maximum: grows from zero; a huge request fails cleanly
(module
  (memory 0)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
)
(assert_return (invoke "size") (i32.const 0))
(assert_trap (invoke "load" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "grow" (i32.const 1)) (i32.const 0))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0))
(assert_return (invoke "grow" (i32.const 0x10000)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 0x10001)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 0x80000000)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 2)) (i32.const 1))
(assert_return (invoke "size") (i32.const 3))

;; a maximum equal to the minimum
(module
  (memory 2 2)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
)
(assert_return (invoke "grow" (i32.const 0)) (i32.const 2))
(assert_return (invoke "grow" (i32.const 1)) (i32.const -1))

;; growing inside a loop, and the size seen by a later call
(module
  (memory 0 10)
  (func (export "grow_to") (param i32) (result i32)
    (block $done
      (loop $again
        (br_if $done (i32.ge_u (memory.size) (local.get 0)))
        (br_if $done (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
        (br $again)))
    (memory.size))
)
(assert_return (invoke "grow_to" (i32.const 4)) (i32.const 4))
(assert_return (invoke "grow_to" (i32.const 20)) (i32.const 10))
