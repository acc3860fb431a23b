;; v128 values: a load at an offset, lane-wise add with a constant, a shuffle, a lane extracted into an i32, a v128
;; local and select
(module
  (memory 1)
  (func (export "f") (param i32) (result i32) (local v128)
    (local.set 1 (i32x4.add (v128.load offset=16 (local.get 0)) (v128.const i32x4 1 2 3 4)))
    (i32x4.extract_lane 3
      (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (local.get 1) (local.get 1))))
  (func (export "g") (param v128 v128 i32) (result v128)
    (select (local.get 0) (local.get 1) (local.get 2))))
