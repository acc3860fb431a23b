package dev.teawasi.engine.internal.model;

/**
 * A decoded module: the binary format's sections as plain data. Index spaces (functions, tables, memories,
 * globals) list imports first, then definitions, as in the spec. Filled by the decoder and checked by the
 * validator; everyone else treats it as read-only.
 */
public final class Module {
    /** The module's binary; function bodies and data segments point into it. */
    public byte[] bytes;

    public FuncType[] types = new FuncType[0];
    /** For each type: the index after the last type of its recursion group (a type may refer to those before). */
    public int[] typeGroupEnd = new int[0];
    /** All imports in module order. */
    public Import[] imports = new Import[0];

    /** Type index of every function in the function index space (imported first). */
    public int[] funcTypeIndex = new int[0];

    public int importedFuncCount;
    /**
     * Code of the defined functions, {@link #BODY_INTS} ints each (no object per function: the JS build holds
     * modules of millions of small functions): for defined function i, at {@code BODY_INTS * i}: localsStart,
     * codeStart, codeEnd, localCount (see {@link FunctionBody}).
     */
    public int[] bodyTable = new int[0];

    public static final int BODY_INTS = 4;

    /** Every table in the table index space (imported first). */
    public TableType[] tables = new TableType[0];

    public int importedTableCount;
    /** Every memory in the memory index space (imported first). */
    public MemoryType[] memories = new MemoryType[0];
    /**
     * Decoded and validated by the rules of WebAssembly 2.0 where 3.0 changed them (one memory, memory immediates
     * a zero byte, constant expressions of one instruction reading imported globals only): for the 2.0 spec suite.
     */
    public boolean webAssembly2;
    /** The type index of every tag in the tag index space (imported first). */
    public int[] tagTypes = new int[0];

    public int importedTagCount;
    public int importedMemoryCount;
    /** Every global in the global index space (imported first). */
    public GlobalType[] globals = new GlobalType[0];

    public int importedGlobalCount;
    /** Initialisers of the defined globals: global {@code importedGlobalCount + i} starts as {@code globalInits[i]}. */
    public ConstExpr[] globalInits = new ConstExpr[0];

    public Export[] exports = new Export[0];
    /** The start function's index, or -1. */
    public int startFunction = -1;

    public ElementSegment[] elements = new ElementSegment[0];
    public DataSegment[] data = new DataSegment[0];
    /** The data count section's value, or -1 when the section is absent. */
    public int dataCount = -1;

    public CustomSection[] customSections = new CustomSection[0];
    /** Where each known section's contents start in {@link #bytes}, by section id (1..12); -1 when absent. */
    public int[] sectionOffsets = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};

    public NameSection names = NameSection.EMPTY;

    public int functionCount() {
        return funcTypeIndex.length;
    }

    /** The signature of any function in the function index space. */
    public FuncType funcType(int funcIndex) {
        return types[funcTypeIndex[funcIndex]];
    }

    /** Number of defined functions (with a body in the code section). */
    public int bodyCount() {
        return bodyTable.length / BODY_INTS;
    }

    /** The code of a defined function by its function index (a new view each call), or null for an imported one. */
    public FunctionBody body(int funcIndex) {
        if (funcIndex < importedFuncCount) {
            return null;
        }
        int at = (funcIndex - importedFuncCount) * BODY_INTS;
        return new FunctionBody(
                funcTypeIndex[funcIndex], bodyTable[at + 3], bodyTable[at], bodyTable[at + 1], bodyTable[at + 2]);
    }

    /** A copy of a data segment's bytes. */
    public byte[] dataBytes(int segmentIndex) {
        DataSegment d = data[segmentIndex];
        byte[] out = new byte[d.dataLength];
        System.arraycopy(bytes, d.dataOffset, out, 0, d.dataLength);
        return out;
    }
}
