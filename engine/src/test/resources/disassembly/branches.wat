;; a counting loop: the compare fuses with br_if into one compare-and-branch; if/else; br_table with a default
(module
  (func (export "sum") (param i32) (result i32) (local i32)
    (block
      (loop
        (br_if 1 (i32.eqz (local.get 0)))
        (local.set 1 (i32.add (local.get 1) (local.get 0)))
        (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
        (br 0)))
    (local.get 1))
  (func (export "pick") (param i32) (result i32)
    (if (result i32) (i32.lt_s (local.get 0) (i32.const 10)) (then (i32.const 1)) (else (i32.const 2))))
  (func (export "switch") (param i32) (result i32)
    (block (block (block (br_table 0 1 2 (local.get 0))) (return (i32.const 10))) (return (i32.const 11)))
    (i32.const 12)))
