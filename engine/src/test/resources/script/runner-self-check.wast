;; Deliberately half-wrong script: ScriptRunnerTest checks that the runner counts each wrong assertion as a failure
;; (so a green suite cannot be vacuous). Lines marked WRONG must fail; all others must pass or be skipped.
(module $M
  (memory 1)
  (global (export "g") i32 (i32.const 3))
  (func (export "id32") (param i32) (result i32) (local.get 0))
  (func (export "idf32") (param f32) (result f32) (local.get 0))
  (func (export "idf64") (param f64) (result f64) (local.get 0))
  (func (export "two") (result i32 i64) (i32.const 1) (i64.const 2))
  (func (export "trap") (unreachable))
  (func (export "div") (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
  (func $loop (export "loop") (call $loop))
  (func (export "ext") (param externref) (result externref) (local.get 0))
)
(register "M" $M)
(assert_return (invoke "id32" (i32.const -1)) (i32.const 0xffffffff))
(assert_return (invoke "id32" (i32.const 1)) (i32.const 2))                       ;; WRONG line 17
(assert_return (invoke "idf32" (f32.const -0x0p+0)) (f32.const 0x0p+0))          ;; WRONG line 18 (bits differ)
(assert_return (invoke "idf32" (f32.const nan:0x600000)) (f32.const nan:arithmetic))
(assert_return (invoke "idf32" (f32.const nan:0x200001)) (f32.const nan:arithmetic)) ;; WRONG line 20 (signalling)
(assert_return (invoke "idf64" (f64.const -nan)) (f64.const nan:canonical))
(assert_return (invoke "two") (i32.const 1) (i64.const 2))
(assert_return (invoke "two") (i32.const 1) (i64.const 3))                        ;; WRONG line 23
(assert_return (get "g") (i32.const 3))
(assert_return (get "g") (i32.const 4))                                           ;; WRONG line 25
(assert_trap (invoke "trap") "unreachable")
(assert_trap (invoke "div" (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "div" (i32.const 0)) "integer overflow")                     ;; WRONG line 28 (other trap)
(assert_trap (invoke "div" (i32.const 1)) "integer divide by zero")               ;; WRONG line 29 (no trap)
(assert_exhaustion (invoke "loop") "call stack exhausted")
(assert_exhaustion (invoke "trap") "call stack exhausted")                        ;; WRONG line 31
(assert_return (invoke "ext" (ref.extern 5)) (ref.extern 5))
(assert_return (invoke "ext" (ref.extern 5)) (ref.extern 6))                      ;; WRONG line 33
(assert_return (invoke "ext" (ref.null extern)) (ref.null extern))
(assert_invalid (module (func (result i32))) "type mismatch")
(assert_invalid (module (func)) "type mismatch")                                  ;; WRONG line 36 (valid)
(assert_malformed (module binary "\00asm") "unexpected end")
(assert_malformed (module quote "(func") "unexpected token")                      ;; skipped: text module
(assert_unlinkable (module (import "M" "nope" (func))) "unknown import")
(assert_unlinkable (module (import "M" "id32" (func (param i32) (result i32)))) "unknown import") ;; WRONG line 40
(assert_trap (module (func $s unreachable) (start $s)) "unreachable")
(module (import "M" "nope" (func)) (func (export "f")))                          ;; WRONG line 42
(invoke "f")                                                                      ;; WRONG line 43 (no current module)
(invoke $M "id32" (i32.const 1))
(assert_exhaustion (invoke $M "id32" (i32.const 1)) "call stack exhausted")      ;; WRONG line 45 (returns)
