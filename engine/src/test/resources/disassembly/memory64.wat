(module
  (memory $m64 i64 1 4)
  (memory $m32 1)
  ;; an i64 address narrowed once (NARROW_ADDRESS), then the unchanged 32-bit load and store
  (func (param $a i64) (param $v i32) (result i32)
    (i32.store offset=8 (local.get $a) (local.get $v))
    (i32.load offset=8 (local.get $a)))
  ;; size and grow: i32 results widened to i64
  (func (param $n i64) (result i64)
    (drop (memory.grow (local.get $n)))
    (memory.size))
  ;; bulk operands: the i64 ones narrowed; a copy into the 32-bit memory takes an i32 count
  (func (param $d i64) (param $s i32) (param $n i32)
    (memory.fill (local.get $d) (i32.const 0) (i64.extend_i32_u (local.get $n)))
    (memory.copy $m32 $m64 (local.get $s) (local.get $d) (local.get $n)))
  ;; the same load on the 32-bit memory 1 keeps its plain form (WITH_MEMORY only)
  (func (param $a i32) (result i32)
    (i32.load $m32 (local.get $a)))
)
