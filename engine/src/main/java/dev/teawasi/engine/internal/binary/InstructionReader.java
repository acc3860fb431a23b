package dev.teawasi.engine.internal.binary;

import dev.teawasi.engine.internal.model.ValType;

/**
 * Reads one instruction at a time from a function body: the opcode and all its immediates, into the public
 * fields below (reused, no allocation per instruction). This is the only place that knows the binary encoding
 * of instructions; the decoder's syntax check, the validator and the translator all read code through it.
 * Unknown opcodes and malformed immediates raise {@link CompileException}.
 */
public final class InstructionReader {
    /** {@link #blockType} of a block without parameters or results. */
    public static final int BLOCK_EMPTY = -64;

    private final WasmReader in;
    /** WebAssembly 2.0 encoding: memory immediates are one zero byte, a memarg has no memory index. */
    public boolean webAssembly2;

    /** Offset of the current instruction's first byte. */
    public int start;
    /** One-byte opcodes as their byte; 0xFC-prefixed ones as {@code 0xFC00 | subopcode}; see {@link Opcodes}. */
    public int opcode;
    /**
     * The first index immediate (u32, may be negative when above 2^31-1): label depth (br, br_if, br_table's
     * default), local, global, function, type (call_indirect), table (table.*, table.init/copy: destination),
     * element or data segment.
     */
    public int index;
    /** The second index: call_indirect's table, table.copy's source table, table.init's table. */
    public int index2;
    /**
     * memarg: alignment exponent (u32, without the memory-index flag) and offset: a u64 since memory64, its low 32
     * bits here (compare unsigned) and its high 32 bits in {@link #offsetHigh} (0 for every offset below 2^32).
     */
    public int align;

    public int offset;
    public int offsetHigh;
    /**
     * The memory index of a memarg, memory.size/grow/fill and memory.init, memory.copy's destination (u32, may be
     * negative when above 2^31-1); {@link #memory2}: memory.copy's source.
     */
    public int memory;

    public int memory2;
    /** i32.const: the value; f32.const: the raw bits. An int, so the i32/f32 path needs no long (BigInt in JS). */
    public int intValue;
    /** i64.const: the value; f64.const: the raw bits. */
    public long value;
    /**
     * Block types: {@link #BLOCK_EMPTY}, a value type as the negative s33 its byte encodes (use
     * {@link #blockValType()}), or a type index (&gt;= 0; indices of 2^31 and above, which no module can have, read
     * as {@link Integer#MAX_VALUE}).
     */
    public int blockType;
    /** br_table: the label depths before the default (the default is in {@link #index}). */
    public int[] targets = new int[16];

    public int targetCount;
    /** Typed select: the value types listed (WebAssembly 2.0 requires exactly one), storage kinds and precise. */
    public byte[] types = new byte[4];

    public int[] preciseTypes = new int[4];

    public int typeCount;
    /** ref.null: the reference type's storage kind ({@link #heapType} gives the precise one). */
    public byte refType;
    /** ref.null: the precise nullable reference type of its heap type immediate (see ValType#ref). */
    public int heapType;
    /** A block type that is one value type: its precise type. */
    public int blockValue;
    /** v128.const: the 16 bytes as 4 little-endian ints; i8x16.shuffle: the 16 lane indexes, 4 per int. */
    public final int[] v128 = new int[4];
    /** extract_lane, replace_lane, load_lane, store_lane: the lane index (one byte). */
    public int lane;
    /** try_table: its catch clauses (kind CATCH..CATCH_ALL_REF, tag index or -1, label depth); the block type. */
    public static final int CATCH = 0;

    public static final int CATCH_REF = 1;
    public static final int CATCH_ALL = 2;
    public static final int CATCH_ALL_REF = 3;
    public int[] catchKinds = new int[4];
    public int[] catchTags = new int[4];
    public int[] catchLabels = new int[4];
    public int catchCount;

    public InstructionReader(WasmReader in) {
        this.in = in;
    }

    public WasmReader input() {
        return in;
    }

    /** The value type of a block type that is neither empty nor a type index. */
    public byte blockValType() {
        return ValType.storage(blockValue);
    }

    /** Reads the next instruction and its immediates (their kind comes from the instruction table, see Opcodes). */
    public void read() {
        start = in.pos();
        int op = in.u8();
        if (op == Opcodes.PREFIX_FC || op == Opcodes.PREFIX_FD) {
            int sub = in.u32();
            int prefixed = op == Opcodes.PREFIX_FC ? 0xFC00 : 0xFD000;
            int limit = op == Opcodes.PREFIX_FC ? 0xFF : 0x1FF;
            if (sub < 0 || sub > limit || Opcodes.immediates(prefixed | sub) == Opcodes.IMM_UNKNOWN) {
                throw new CompileException(
                        "illegal opcode 0x" + Integer.toHexString(op) + " 0x" + Integer.toHexString(sub), start);
            }
            op = prefixed | sub;
        }
        opcode = op;
        switch (Opcodes.immediates(op)) {
            case Opcodes.IMM_NONE:
                return;
            case Opcodes.IMM_BLOCKTYPE:
                readBlockType();
                return;
            case Opcodes.IMM_INDEX:
                index = in.u32();
                return;
            case Opcodes.IMM_BR_TABLE:
                readBrTable();
                return;
            case Opcodes
                    .IMM_INDEX_INDEX: // call_indirect: type, table; table.init: segment, table; table.copy: dst, src
                index = in.u32();
                index2 = in.u32();
                return;
            case Opcodes.IMM_SELECT_TYPES:
                readSelectTypes();
                return;
            case Opcodes.IMM_MEMORY:
                memory = memoryIndex();
                return;
            case Opcodes.IMM_MEMORY_MEMORY:
                memory = memoryIndex();
                memory2 = memoryIndex();
                return;
            case Opcodes.IMM_INDEX_MEMORY:
                index = in.u32();
                memory = memoryIndex();
                return;
            case Opcodes.IMM_MEMARG:
                readMemarg();
                return;
            case Opcodes.IMM_I32:
                intValue = in.s32();
                return;
            case Opcodes.IMM_I64:
                value = in.s64();
                return;
            case Opcodes.IMM_F32:
                intValue = in.f32Bits();
                return;
            case Opcodes.IMM_F64:
                value = in.f64Bits();
                return;
            case Opcodes.IMM_REFTYPE:
                heapType = ValType.ref(heapType(in), true);
                refType = ValType.storage(heapType);
                return;
            case Opcodes.IMM_V128:
            case Opcodes.IMM_SHUFFLE:
                for (int i = 0; i < 4; i++) {
                    v128[i] = in.u8() | in.u8() << 8 | in.u8() << 16 | in.u8() << 24;
                }
                return;
            case Opcodes.IMM_LANE:
                lane = in.u8();
                return;
            case Opcodes.IMM_MEMARG_LANE:
                readMemarg();
                lane = in.u8();
                return;
            case Opcodes.IMM_TRY_TABLE:
                readBlockType();
                readCatches();
                return;
            default:
                throw new CompileException("illegal opcode 0x" + Integer.toHexString(op), start);
        }
    }

    private int memoryIndex() {
        if (!webAssembly2) {
            return in.u32();
        }
        int p = in.pos();
        if (in.u8() != 0) {
            throw new CompileException("zero byte expected", p);
        }
        return 0;
    }

    /** Multiple memories: bit 6 of the alignment field says a memory index follows it. */
    private void readMemarg() {
        int a = in.u32();
        if ((a & 0x40) != 0 && !webAssembly2) {
            a &= ~0x40;
            memory = in.u32();
        } else {
            memory = 0;
        }
        align = a;
        if (webAssembly2) {
            offset = in.u32();
            offsetHigh = 0;
        } else {
            offset = in.u64Low();
            offsetHigh = in.u64High;
        }
    }

    private void readBlockType() {
        int p = in.pos();
        int b = in.peek();
        if (b == 0x40) {
            in.u8();
            blockType = BLOCK_EMPTY;
            return;
        }
        if ((b & 0xC0) == 0x40) {
            // a one-byte negative s33: a value type (typed references continue with a heap type)
            blockValue = preciseValType(in);
            blockType = b - 0x80;
            return;
        }
        if (b < 0x40) {
            in.u8(); // a one-byte type index
            blockType = b;
            return;
        }
        long t = in.s33();
        if (t < 0) {
            throw new CompileException("malformed block type", p);
        }
        blockType = t > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) t;
    }

    private void readBrTable() {
        int p = in.pos();
        int n = in.u32();
        if (n < 0 || n > in.remaining()) {
            throw new CompileException(
                    "unexpected end of section or function: br_table with " + Integer.toUnsignedString(n) + " labels",
                    p);
        }
        if (n > targets.length) {
            targets = new int[Math.max(n, targets.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            targets[i] = in.u32();
        }
        targetCount = n;
        index = in.u32();
    }

    private void readCatches() {
        int p = in.pos();
        int n = in.u32();
        if (n < 0 || n > in.remaining()) {
            throw new CompileException(
                    "unexpected end of section or function: try_table with " + Integer.toUnsignedString(n)
                            + " catch clauses",
                    p);
        }
        if (n > catchKinds.length) {
            catchKinds = new int[n];
            catchTags = new int[n];
            catchLabels = new int[n];
        }
        for (int i = 0; i < n; i++) {
            int at = in.pos();
            int kind = in.u8();
            if (kind > CATCH_ALL_REF) {
                throw new CompileException("malformed catch clause 0x" + Integer.toHexString(kind), at);
            }
            catchKinds[i] = kind;
            catchTags[i] = kind < CATCH_ALL ? in.u32() : -1;
            catchLabels[i] = in.u32();
        }
        catchCount = n;
    }

    private void readSelectTypes() {
        int p = in.pos();
        int n = in.u32();
        if (n < 0 || n > in.remaining()) {
            throw new CompileException(
                    "unexpected end of section or function: select with " + Integer.toUnsignedString(n) + " types", p);
        }
        if (n > types.length) {
            types = new byte[n];
            preciseTypes = new int[n];
        }
        for (int i = 0; i < n; i++) {
            preciseTypes[i] = preciseValType(in);
            types[i] = ValType.storage(preciseTypes[i]);
        }
        typeCount = n;
    }

    /** Reads a value type, and returns its storage kind (see ValType). */
    public static byte valType(WasmReader in) {
        return ValType.storage(preciseValType(in));
    }

    /** Reads a value type: a one-byte type, or 0x63 (ref null) / 0x64 (ref) and a heap type; see ValType#ref. */
    public static int preciseValType(WasmReader in) {
        int p = in.pos();
        int b = in.u8();
        switch (b) {
            case ValType.I32 & 0xFF:
            case ValType.I64 & 0xFF:
            case ValType.F32 & 0xFF:
            case ValType.F64 & 0xFF:
            case ValType.V128 & 0xFF:
                return b;
            case 0x63:
            case 0x64:
                return ValType.ref(heapType(in), b == 0x63);
            default:
                if (ValType.isAbstractHeap(b)) {
                    return b;
                }
                throw new CompileException("malformed value type 0x" + Integer.toHexString(b), p);
        }
    }

    /** Reads a reference type (a table's or element segment's), precise; see ValType#ref. */
    public static int preciseRefType(WasmReader in) {
        int p = in.pos();
        int t = preciseValType(in);
        if (!ValType.isRefType(t)) {
            throw new CompileException("malformed reference type 0x" + Integer.toHexString(t), p);
        }
        return t;
    }

    /** Reads a reference type, and returns its storage kind. */
    public static byte refType(WasmReader in) {
        return ValType.storage(preciseRefType(in));
    }

    /** Reads a heap type: an abstract one's byte, or a type index as ValType.CONCRETE + index (an s33). */
    public static int heapType(WasmReader in) {
        int p = in.pos();
        int b = in.peek();
        if (ValType.isAbstractHeap(b)) {
            in.u8();
            return b;
        }
        if (b < 0x40) {
            in.u8();
            return ValType.CONCRETE + b;
        }
        long x = in.s33();
        if (x < 0) {
            throw new CompileException("malformed heap type", p);
        }
        // no module has 2^28 types: a larger index stays out of range, and the validator reports it unknown
        return ValType.CONCRETE + (int) Math.min(x, 0x0FFFFFFF);
    }
}
