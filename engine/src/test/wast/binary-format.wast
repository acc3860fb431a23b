;; Binary format: every module here is malformed and must be rejected by the decoder with the spec's message.

;; ---- header
(assert_malformed (module binary "") "unexpected end")
(assert_malformed (module binary "\00as") "unexpected end")
(assert_malformed (module binary "\00asm\01\00") "unexpected end")
(assert_malformed (module binary "\00asn\01\00\00\00") "magic header not detected")
(assert_malformed (module binary "\01asm\01\00\00\00") "magic header not detected")
(assert_malformed (module binary "\00asm\02\00\00\00") "unknown binary version")
(assert_malformed (module binary "\00asm\01\00\00\01") "unknown binary version")

;; ---- sections
(assert_malformed (module binary "\00asm\01\00\00\00" "\0e\00") "malformed section id") ;; 13 is the tag section
(assert_malformed (module binary "\00asm\01\00\00\00" "\c0\00") "malformed section id")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\05\00") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00\00" "\00asm\01\00\00\00") "length out of bounds")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\01\00" "\01\01\00") "unexpected content after last section")
(assert_malformed (module binary "\00asm\01\00\00\00" "\04\01\00" "\03\01\00") "unexpected content after last section")
(assert_malformed (module binary "\00asm\01\00\00\00" "\0a\01\00" "\0c\01\00") "unexpected content after last section")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\08\01\00" "\08\01\00"
  "\0a\04\01\02\00\0b") "unexpected content after last section")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\02\00\00") "section size mismatch")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\07\01\60\00\00\60\00\00") "section size mismatch")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\02\60\00\00") "unexpected end")

;; ---- LEB128
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\07\01\00\80\80\80\80\10") "integer too large")
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\08\01\00\80\80\80\80\80\00") "integer representation too long")
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\04\01\00\80\80") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00\00" "\06\0a\01\7f\00\41\80\80\80\80\40\0b") "integer too large")
(assert_malformed (module binary "\00asm\01\00\00\00" "\06\0a\01\7f\00\41\ff\ff\ff\ff\0f\0b") "integer too large")
(assert_malformed (module binary "\00asm\01\00\00\00" "\06\0b\01\7f\00\41\ff\ff\ff\ff\ff\00\0b") "integer representation too long")
(assert_malformed (module binary "\00asm\01\00\00\00" "\06\0f\01\7e\00\42\80\80\80\80\80\80\80\80\80\02\0b") "integer too large")
(assert_malformed (module binary "\00asm\01\00\00\00" "\06\10\01\7e\00\42\80\80\80\80\80\80\80\80\80\80\00\0b") "integer representation too long")

;; ---- types, imports, limits, globals
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\05\01\60\01\7a\00") "malformed value type")
(assert_malformed (module binary "\00asm\01\00\00\00" "\02\04\01\00\00\05") "malformed import kind") ;; 4 is a tag
(assert_malformed (module binary "\00asm\01\00\00\00" "\02\06\01\00\00\03\7f\02") "malformed mutability")
(assert_malformed (module binary "\00asm\01\00\00\00" "\06\06\01\7f\02\41\00\0b") "malformed mutability")
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\03\01\02\00") "integer too large")
;; shared memory with a maximum (threads) is refused by name; flags 4-5 are 64-bit memories and tables with u64
;; limits (valid ones are in memory64.wast: wabt 1.0.32 refuses them even in binary form)
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\04\01\03\01\02") "shared memories (the threads proposal) are not supported")
(assert_malformed (module binary "\00asm\01\00\00\00" "\02\0b\01\03env\01m\02\03\01\01") "shared memories (the threads proposal) are not supported")
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\04\01\07\01\02") "shared memories (the threads proposal) are not supported")
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\0d\01\05\00\80\80\80\80\80\80\80\80\80\02") "integer too large")
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\0e\01\05\00\80\80\80\80\80\80\80\80\80\80\00") "integer representation too long")
(assert_malformed (module binary "\00asm\01\00\00\00" "\04\04\01\70\06\01") "integer too large: limits flag 0x6")
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\03\01\08\01") "integer too large: limits flag 0x8")
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\04\01\81\00\00") "integer representation too long")
(assert_malformed (module binary "\00asm\01\00\00\00" "\04\04\01\7f\00\00") "malformed reference type")
(assert_malformed (module binary "\00asm\01\00\00\00" "\07\05\01\01\80\00\00") "malformed UTF-8 encoding")
(assert_malformed (module binary "\00asm\01\00\00\00" "\07\06\01\02\ed\a0\00\00") "malformed UTF-8 encoding")
(assert_malformed (module binary "\00asm\01\00\00\00" "\02\06\01\05\61\62\00\00") "length out of bounds")

;; ---- function and code sections
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00") "function and code section have inconsistent lengths")
(assert_malformed (module binary "\00asm\01\00\00\00" "\0a\04\01\02\00\0b") "function and code section have inconsistent lengths")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\06\01\04\00\0b\01\0b") "section size mismatch")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\04\01\02\00\01") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\0a\01\08\02\ff\ff\03\7f\01\7e\0b") "too many locals")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\05\01\03\00\ff\0b") "illegal opcode")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\05\01\03\00\d3\0b") "illegal opcode")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\06\01\04\00\fc\12\0b") "illegal opcode")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\05\01\03\00\05\0b") "END opcode expected")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\08\01\06\00\02\40\05\0b\0b") "END opcode expected")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\07\01\05\00\02\7a\0b\0b") "malformed value type")
;; memory indexes (Wasm 3.0: multiple memories; these were 2.0's "zero byte expected")
(assert_invalid (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\05\03\01\00\01"
  "\0a\07\01\05\00\3f\01\1a\0b") "unknown memory 1")
(assert_invalid (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\05\03\01\00\01"
  "\0a\0e\01\0c\00\41\00\41\00\41\00\fc\0a\00\01\0b") "unknown memory 1")

;; ---- segments
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\03\01\00\01" "\0b\07\01\00\41\00\0b\05\61") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00\00" "\05\03\01\00\01" "\0b\04\01\03\00\00") "malformed data segment kind")
(assert_malformed (module binary "\00asm\01\00\00\00" "\0c\01\02" "\0b\03\01\01\00") "data count and data section have inconsistent lengths")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\05\03\01\00\01"
  "\0a\0e\01\0c\00\41\00\41\00\41\00\fc\08\00\00\0b" "\0b\03\01\01\00") "data count section required")
(assert_malformed (module binary "\00asm\01\00\00\00" "\04\04\01\70\00\01" "\09\03\01\08\00") "malformed elements segment kind")
(assert_malformed (module binary "\00asm\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\04\04\01\70\00\01"
  "\09\07\01\05\70\01\d7\00\0b" "\0a\04\01\02\00\0b") "illegal opcode")
(assert_malformed (module binary "\00asm\01\00\00\00" "\04\04\01\70\00\01" "\09\05\01\05\7f\01\00") "malformed reference type")

;; ---- custom sections: a broken header is malformed
(assert_malformed (module binary "\00asm\01\00\00\00" "\00\00") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00\00" "\00\02\05\61") "length out of bounds")
(assert_malformed (module binary "\00asm\01\00\00\00" "\00\09\01\61\62\63") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00\00" "\00\03\02\c0\80") "malformed UTF-8 encoding")
