package dev.teawasi.engine;

/** Why a WebAssembly call trapped. */
public enum TrapKind {
    UNREACHABLE,
    MEMORY_OUT_OF_BOUNDS,
    TABLE_OUT_OF_BOUNDS,
    UNDEFINED_ELEMENT,
    INDIRECT_CALL_TYPE_MISMATCH,
    UNINITIALIZED_ELEMENT,
    INTEGER_OVERFLOW,
    INTEGER_DIVIDE_BY_ZERO,
    INVALID_CONVERSION,
    /** The call depth (or value stack) limit was reached. */
    CALL_STACK_EXHAUSTED,
    /** throw_ref of a null exception reference. */
    NULL_EXCEPTION_REFERENCE,
    /** call_ref or return_call_ref of a null function reference. */
    NULL_FUNCTION_REFERENCE,
    /** ref.as_non_null of a null reference. */
    NULL_REFERENCE,
    /** The instance's fuel ran out. */
    OUT_OF_FUEL,
    /** A host function failed; the cause is its exception. */
    HOST
}
