;; The engine's default allocation limits (EngineConfig): a module cannot make the host run out of memory
;; through its tables or memories; it gets a link error instead (JVM and the JS build alike).

;; 1000 tables of 10 million elements (a 6 KB module would otherwise need about 40 GB)
(assert_unlinkable
  (module
    (table 10000000 funcref) (table 10000000 funcref) (table 10000000 funcref) (table 10000000 funcref))
  "the tables of this module need more than the limit of 10000000 elements in total")

(assert_unlinkable (module (table 10000001 funcref))
  "table 0 of 10000001 elements is larger than the limit of 10000000 elements per table")

(assert_unlinkable (module (memory 32768))
  "memory of 32768 pages is larger than the limit of 32767 pages")

;; table.grow past the per-module total returns -1 (the spec's answer), and the table stays usable
(module
  (table $t 3000000 funcref)
  (table $u 3000000 funcref)
  (func (export "grow-t") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0)))
  (func (export "size-t") (result i32) (table.size $t)))
(assert_return (invoke "grow-t" (i32.const 4000001)) (i32.const -1))
(assert_return (invoke "grow-t" (i32.const 4000000)) (i32.const 3000000))
(assert_return (invoke "grow-t" (i32.const 1)) (i32.const -1))
(assert_return (invoke "size-t") (i32.const 7000000))

;; memory.grow past the Java limit of 32767 pages returns -1
(module
  (memory 0)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
(assert_return (invoke "grow" (i32.const 32768)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 65536)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 1)) (i32.const 0))
