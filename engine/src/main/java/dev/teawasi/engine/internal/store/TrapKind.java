package dev.teawasi.engine.internal.store;

/** Why execution trapped. The message is the wording the spec tests expect (a prefix match). */
public enum TrapKind {
    UNREACHABLE("unreachable"),
    MEMORY_OUT_OF_BOUNDS("out of bounds memory access"),
    TABLE_OUT_OF_BOUNDS("out of bounds table access"),
    UNDEFINED_ELEMENT("undefined element"),
    INDIRECT_CALL_TYPE_MISMATCH("indirect call type mismatch"),
    UNINITIALIZED_ELEMENT("uninitialized element"),
    INTEGER_OVERFLOW("integer overflow"),
    INTEGER_DIVIDE_BY_ZERO("integer divide by zero"),
    INVALID_CONVERSION("invalid conversion to integer"),
    CALL_STACK_EXHAUSTED("call stack exhausted"),
    NULL_EXCEPTION_REFERENCE("null exception reference"),
    NULL_FUNCTION_REFERENCE("null function reference"),
    NULL_REFERENCE("null reference"),
    OUT_OF_FUEL("out of fuel"),
    HOST("host function failed");

    public final String message;

    TrapKind(String message) {
        this.message = message;
    }
}
