;; an address plus a constant folds into the access (addend); a direct call and an indirect one; memory.grow; select
(module
  (type $t (func (param i32) (result i32)))
  (memory 1)
  (table 1 funcref)
  (elem (i32.const 0) $id)
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "copy") (param i32 i32)
    (i32.store offset=8 (i32.add (local.get 1) (i32.const 4)) (i32.load8_u (local.get 0))))
  (func (export "calls") (param i32) (result i32)
    (i32.add (call $id (local.get 0)) (call_indirect (type $t) (local.get 0) (i32.const 0))))
  (func (export "grow") (param i32) (result i32)
    (select (memory.grow (local.get 0)) (i32.const 7) (local.get 0))))
