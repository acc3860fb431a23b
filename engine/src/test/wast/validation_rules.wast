;; More validation rules (complementing validation.wast): typing of select, blocks, branches, calls, locals, tables
;; and segments across instruction families; limits; and modules that are valid only thanks to stack-polymorphic
;; unreachable code. Messages are the spec interpreter's; the runner requires only a compile error for each.

;; select: untyped select only on numeric types, typed select with exactly one type
(assert_invalid (module (func (param funcref funcref) (result funcref) (select (local.get 0) (local.get 1) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (param externref) (result externref) (select (local.get 0) (local.get 0) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result i32) (select (i32.const 1) (i64.const 1) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result i32) (select (i32.const 1) (i32.const 1) (i64.const 1)))) "type mismatch")
(assert_invalid (module (func (result i32) (select (result i64) (i32.const 1) (i32.const 1) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (select (i32.const 1) (i32.const 1)))) "type mismatch")
(module (func (param funcref funcref) (result funcref) (select (result funcref) (local.get 0) (local.get 1) (i32.const 1))))

;; blocks, ifs, loops
(assert_invalid (module (func (result i32) (block (result i32)))) "type mismatch")
(assert_invalid (module (func (block (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result i32) (if (result i32) (i32.const 1) (then (i32.const 1))))) "type mismatch")
(assert_invalid (module (func (result i32) (if (result i32) (i32.const 1) (then (i32.const 1)) (else (i64.const 1))))) "type mismatch")
(assert_invalid (module (func (if (i64.const 1) (then)))) "type mismatch")
(module (func (result i32) (loop (result i32) (br 0 (i32.const 1)))))
(assert_invalid (module (func (param i32) (result i32) (local.get 0) (block (param i64) (result i32) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (block (param i32) (drop)))) "type mismatch")
(assert_invalid (module (func (result i32 i32) (i32.const 1))) "type mismatch")
(assert_invalid (module (func (result i32) (i32.const 1) (i32.const 2))) "type mismatch")

;; branches
(assert_invalid (module (func (result i32) (block (result i32) (br 0)))) "type mismatch")
(assert_invalid (module (func (br 1))) "unknown label")
(assert_invalid (module (func (result i32) (block (result i32) (br_if 0 (i64.const 1) (i32.const 1))))) "type mismatch")
(assert_invalid (module (func (block (result i32) (block (result i64) (br_table 0 1 (i32.const 0) (i32.const 0)))) (drop))) "type mismatch")
(assert_invalid (module (func (block (br_table 0 2 (i32.const 0))))) "unknown label")
(assert_invalid (module (func (block (br_table 0 (i64.const 0))))) "type mismatch")
(assert_invalid (module (func (result i64) (return (i32.const 1)))) "type mismatch")

;; calls
(assert_invalid (module (func $f (param i32)) (func (call $f (i64.const 1)))) "type mismatch")
(assert_invalid (module (func $f (result i32) (i32.const 1)) (func (call $f))) "type mismatch")
(assert_invalid (module (func (call 5))) "unknown function")
(assert_invalid (module (type $t (func)) (func (call_indirect (type $t) (i32.const 0)))) "unknown table")
(assert_invalid (module (func (result i64) (block (result i64) (br 0 (i64.const 1)) (i32.add)))) "type mismatch")
;; call_indirect needs a funcref table (wabt 1.0.32's interpreter does not check this)
(assert_invalid (module (table 1 externref) (type $t (func)) (func (call_indirect (type $t) (i32.const 0)))) "type mismatch")
(assert_invalid (module (table 1 funcref) (func (call_indirect (type 9) (i32.const 0)))) "unknown type")
(assert_invalid (module (table 1 funcref) (type $t (func)) (func (call_indirect (type $t) (i64.const 0)))) "type mismatch")

;; locals and globals
(assert_invalid (module (func (local i32) (local.set 0 (i64.const 1)))) "type mismatch")
(assert_invalid (module (func (param f32) (result f64) (local.tee 0 (f32.const 1)))) "type mismatch")
(assert_invalid (module (func (local.get 0) (drop))) "unknown local")
(assert_invalid (module (global (mut f32) (f32.const 0)) (func (global.set 0 (f64.const 0)))) "type mismatch")
(assert_invalid (module (import "spectest" "global_i32" (global i32)) (func (global.set 0 (i32.const 1)))) "global is immutable")

;; memory instructions need a memory, and alignment at most natural
(assert_invalid (module (func (drop (i32.load (i32.const 0))))) "unknown memory")
(assert_invalid (module (func (drop (memory.size)))) "unknown memory")
(assert_invalid (module (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0)))) "unknown memory")
(assert_invalid (module (memory 1) (func (drop (i64.load align=16 (i32.const 0))))) "alignment must not be larger than natural")
(assert_invalid (module (memory 1) (func (i32.store16 align=4 (i32.const 0) (i32.const 0)))) "alignment must not be larger than natural")
(assert_invalid (module (memory 1) (func (drop (i32.load (i64.const 0))))) "type mismatch")
(assert_invalid (module (memory 1) (func (f32.store (i32.const 0) (f64.const 0)))) "type mismatch")
(assert_invalid (module (memory 1) (func (memory.copy (i32.const 0) (i32.const 0) (i64.const 0)))) "type mismatch")

;; limits
(assert_invalid (module (memory 65537)) "memory size must be at most 65536 pages (4GiB)")
(assert_invalid (module (memory 0 65537)) "memory size must be at most 65536 pages (4GiB)")
(assert_invalid (module (memory 2 1)) "size minimum must not be greater than maximum")
(assert_invalid (module (table 2 1 funcref)) "size minimum must not be greater than maximum")
(module (memory 0 65536))
(module (table 0 0xffffffff funcref))

;; tables and segments
(assert_invalid (module (table 1 funcref) (func (drop (table.get 1 (i32.const 0))))) "unknown table")
(assert_invalid (module (table 1 funcref) (func (table.set 0 (i32.const 0) (ref.null extern)))) "type mismatch")
(assert_invalid (module (table $a 1 funcref) (table $b 1 externref) (func (table.copy $a $b (i32.const 0) (i32.const 0) (i32.const 0)))) "type mismatch")
(assert_invalid (module (table 1 funcref) (elem $e externref) (func (table.init 0 $e (i32.const 0) (i32.const 0) (i32.const 0)))) "type mismatch")
(assert_invalid (module (table 1 funcref) (func (table.init 0 0 (i32.const 0) (i32.const 0) (i32.const 0)))) "unknown elem segment")
(assert_invalid (module (table 1 funcref) (func (drop (table.grow 0 (ref.null extern) (i32.const 1))))) "type mismatch")
(assert_invalid (module (table 1 externref) (elem (i32.const 0) funcref (ref.null func))) "type mismatch")
(assert_invalid (module (table 1 funcref) (elem (i64.const 0) funcref (ref.null func))) "type mismatch")
(assert_invalid (module (memory 1) (data (i64.const 0) "a")) "type mismatch")
(assert_invalid (module (func (elem.drop 0))) "unknown elem segment")
(assert_invalid (module (memory 1) (func (data.drop 0))) "unknown data segment")

;; exports
(assert_invalid (module (func) (export "a" (func 0)) (export "a" (func 0))) "duplicate export name")
(assert_invalid (module (export "f" (func 0))) "unknown function")
(assert_invalid (module (export "m" (memory 0))) "unknown memory")
(assert_invalid (module (export "g" (global 0))) "unknown global")
(assert_invalid (module (export "t" (table 0))) "unknown table")

;; valid thanks to stack-polymorphic code after unreachable/br/return
(module (func (result i32) (unreachable) (i32.add)))
(module (func (result i32) (unreachable) (select)))
(module (func (result i64) (block (result i64) (br 0 (i64.const 1)) (i64.add))))
(module (func (result f32) (return (f32.const 1)) (drop) (drop)))
(module (func (block (result f64) (block (result f32) (unreachable) (br_table 0 1 1 (i32.const 1))) (drop) (f64.const 0)) (drop)))
(module (func (result i32) (loop (result i32) (br 0)) ))
(assert_invalid (module (func (result i32) (unreachable) (i64.const 0))) "type mismatch")
(assert_invalid (module (func (unreachable) (i32.add (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (block (unreachable)) (i32.add))) "type mismatch")
