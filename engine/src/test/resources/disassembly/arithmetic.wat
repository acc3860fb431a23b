;; locals read in place, an i32 constant folded into an immediate form, a result written straight into a local
(module
  (func (export "f") (param i32 i32) (result i32) (local i32)
    (local.set 2 (i32.add (local.get 0) (local.get 1)))
    (i32.mul (local.get 2) (i32.const 3)))
  (func (export "g") (param i64 f64) (result f64)
    (f64.add (f64.convert_i64_s (i64.add (local.get 0) (i64.const 1234567890123))) (f64.mul (local.get 1) (f64.const 0.5)))))
