;; Valid binary-format edge cases (complementing binary-format.wast, which is all malformed input): the empty module,
;; custom sections before, between and after every section (their contents are not interpreted, so a garbled "name"
;; section must not reject the module: "errors in that data ... must not invalidate the module", spec 5.5.3; wabt
;; 1.0.32 does reject it), and LEB128 numbers written with padding bytes.
(module binary "\00asm\01\00\00\00")

(module binary
  "\00asm\01\00\00\00"
  "\00\04\03abc"                      ;; custom section "abc" before everything
  "\01\05\01\60\00\01\7f"             ;; type 0: [] -> [i32]
  "\00\02\01x"                        ;; custom section "x" with no content
  "\03\02\01\00"                      ;; function 0 has type 0
  "\00\01\00"                         ;; custom section with an empty name
  "\07\05\01\01f\00\00"               ;; export "f" = function 0
  "\0a\06\01\04\00\41\2a\0b"          ;; body: i32.const 42
  "\00\07\04name\ff\ff"               ;; a "name" section whose content is garbage
  "\00\03\02\c3\a9"                   ;; custom section named "é" (two-byte UTF-8)
)
(assert_return (invoke "f") (i32.const 42))

(module binary
  "\00asm\01\00\00\00"
  "\01\85\80\80\80\00\01\60\00\01\7f"   ;; section size 5 written in 5 bytes
  "\03\83\80\00\81\00\00"              ;; size and count padded
  "\07\05\01\01f\00\00"
  "\0a\0a\01\08\00\41\aa\80\80\80\00\0b" ;; i32.const 42 in 5 bytes
)
(assert_return (invoke "f") (i32.const 42))

(module binary
  "\00asm\01\00\00\00"
  "\01\05\01\60\00\01\7e"               ;; [] -> [i64]
  "\03\02\01\00"
  "\07\05\01\01g\00\00"
  "\0a\0f\01\0d\00\42\ff\ff\ff\ff\ff\ff\ff\ff\ff\7f\0b" ;; i64.const -1 in 10 bytes
)
(assert_return (invoke "g") (i64.const -1))

(module binary
  "\00asm\01\00\00\00"
  "\01\05\01\60\00\01\7f"
  "\03\02\01\00"
  "\07\05\01\01h\00\00"
  "\0a\0a\01\08\00\41\ff\ff\ff\ff\7f\0b" ;; i32.const -1 in 5 bytes
  "\00\02\01y"
)
(assert_return (invoke "h") (i32.const -1))

;; a function body with several local declarations, the count of each padded
(module binary
  "\00asm\01\00\00\00"
  "\01\05\01\60\00\01\7f"
  "\03\02\01\00"
  "\07\05\01\01l\00\00"
  "\0a\0e\01\0c\02\81\00\7f\82\80\00\7e\20\02\a7\0b" ;; locals: 1 x i32, 2 x i64; (i32.wrap_i64 (local.get 2))
)
(assert_return (invoke "l") (i32.const 0))
