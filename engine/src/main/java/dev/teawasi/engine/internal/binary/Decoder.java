package dev.teawasi.engine.internal.binary;

import dev.teawasi.engine.internal.model.CanonicalTypes;
import dev.teawasi.engine.internal.model.ConstExpr;
import dev.teawasi.engine.internal.model.CustomSection;
import dev.teawasi.engine.internal.model.DataSegment;
import dev.teawasi.engine.internal.model.ElementSegment;
import dev.teawasi.engine.internal.model.Export;
import dev.teawasi.engine.internal.model.ExternKind;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.GlobalType;
import dev.teawasi.engine.internal.model.Import;
import dev.teawasi.engine.internal.model.Limits;
import dev.teawasi.engine.internal.model.MemoryType;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.model.SegmentMode;
import dev.teawasi.engine.internal.model.TableType;
import dev.teawasi.engine.internal.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the binary format into a {@link Module}: every section, in order, with strict LEB128 and UTF-8. Function
 * bodies are checked for well-formed instructions (opcodes, immediates, block nesting, the final {@code end}) but
 * not typed: that is the validator's job, run after the whole module has decoded, so that malformed input is
 * always reported as malformed, as the spec's decoder does.
 * <p>
 * Every count and length is checked against the bytes that remain before anything is allocated, so memory use is
 * linear in the input size and malformed input only ever raises {@link CompileException}.
 */
public final class Decoder {
    /** Most locals (parameters not included) one function may declare; the same cap as other engines. */
    public static final int MAX_LOCALS = 50000;

    private static final String UNEXPECTED_END = "unexpected end of section or function";

    private final byte[] bytes;
    private final WasmReader in;
    private final InstructionReader ir;
    private final Module m = new Module();

    private final List<Import> imports = new ArrayList<>();
    private final List<Integer> importedFuncTypes = new ArrayList<>();
    private final List<TableType> tables = new ArrayList<>();
    private final List<MemoryType> memories = new ArrayList<>();
    private final List<GlobalType> globals = new ArrayList<>();
    private final List<Integer> tags = new ArrayList<>();
    private final List<CustomSection> customs = new ArrayList<>();
    private int[] definedFuncTypes = new int[0];
    private boolean sawFunctionSection;
    private int codeCount = -1;
    private boolean usesDataCount;
    private int usesDataCountAt = -1;
    private long lowestDataIndexUsed = Long.MAX_VALUE;
    private boolean usesMemoryInit;
    private byte[] blockStack = new byte[64];

    private Decoder(byte[] bytes, boolean webAssembly2) {
        this.bytes = bytes;
        this.in = new WasmReader(bytes, 0, bytes.length);
        this.ir = new InstructionReader(in);
        ir.webAssembly2 = webAssembly2;
        m.webAssembly2 = webAssembly2;
    }

    /** Decodes a whole module. Throws {@link CompileException} when the bytes are not a well-formed module. */
    public static Module decode(byte[] bytes) {
        return decode(bytes, false);
    }

    /** Decodes a whole module, by WebAssembly 2.0's encoding when webAssembly2 (see Module#webAssembly2). */
    public static Module decode(byte[] bytes, boolean webAssembly2) {
        if (bytes == null) {
            throw new CompileException("no module bytes", 0);
        }
        return new Decoder(bytes, webAssembly2).module();
    }

    private Module module() {
        m.bytes = bytes;
        header();
        int lastOrder = 0;
        while (in.hasMore()) {
            int sectionStart = in.pos();
            int id = in.u8();
            if (id > 13) {
                throw new CompileException("malformed section id " + id, sectionStart);
            }
            int sizeAt = in.pos();
            int size = in.u32();
            if (size < 0 || size > in.remaining()) {
                if (id == 0) {
                    in.name(); // as in the spec's decoder, a custom section's name length is checked first
                }
                throw new CompileException(
                        "unexpected end: section " + SectionInfo.nameOf(id) + " claims "
                                + Integer.toUnsignedString(size) + " bytes but " + (bytes.length - sizeAt) + " remain",
                        sizeAt);
            }
            if (id != 0) {
                int order = order(id);
                if (order <= lastOrder) {
                    throw new CompileException(
                            "unexpected content after last section: " + SectionInfo.nameOf(id)
                                    + " section out of order or repeated",
                            sectionStart);
                }
                lastOrder = order;
            }
            int start = in.pos();
            int end = start + size;
            if (id != 0) {
                m.sectionOffsets[id] = start;
            }
            in.setEnd(end);
            section(id, end);
            if (in.pos() != end) {
                throw new CompileException(
                        "section size mismatch: " + SectionInfo.nameOf(id) + " section ends at " + in.pos()
                                + ", declared end " + end,
                        in.pos());
            }
            in.setEnd(bytes.length);
        }
        int definedFuncs = sawFunctionSection ? definedFuncTypes.length : 0;
        int bodies = codeCount < 0 ? 0 : codeCount;
        if (definedFuncs != bodies) {
            throw new CompileException(
                    "function and code section have inconsistent lengths (" + definedFuncs + " functions, " + bodies
                            + " bodies)",
                    bytes.length);
        }
        if (m.dataCount >= 0 && m.dataCount != m.data.length) {
            throw new CompileException(
                    "data count and data section have inconsistent lengths (data count " + m.dataCount + ", "
                            + m.data.length + " segments)",
                    bytes.length);
        }
        if (usesDataCount && m.dataCount < 0) {
            dataCountRequired();
        }
        finish();
        return m;
    }

    /**
     * memory.init and data.drop need the data count section. Modules converted from text by tools that only add it
     * when segments exist get the message validation would give: no memory, or no such segment at all.
     */
    private void dataCountRequired() {
        if (usesMemoryInit && memories.isEmpty()) {
            throw new CompileException("unknown memory 0 (memory.init/data.drop without a memory)", usesDataCountAt);
        }
        if (lowestDataIndexUsed >= m.data.length) {
            throw new CompileException("unknown data segment " + lowestDataIndexUsed, usesDataCountAt);
        }
        throw new CompileException("data count section required by memory.init/data.drop", usesDataCountAt);
    }

    private void header() {
        if (bytes.length < 4) {
            throw new CompileException("unexpected end: no magic header", bytes.length);
        }
        if (bytes[0] != 0 || bytes[1] != 'a' || bytes[2] != 's' || bytes[3] != 'm') {
            throw new CompileException("magic header not detected", 0);
        }
        if (bytes.length < 8) {
            throw new CompileException("unexpected end: no binary version", bytes.length);
        }
        if (bytes[4] != 1 || bytes[5] != 0 || bytes[6] != 0 || bytes[7] != 0) {
            throw new CompileException("unknown binary version", 4);
        }
        in.setPos(8);
    }

    /** Position of a non-custom section in the required order (the data count section sits before code). */
    private static int order(int id) {
        switch (id) {
            case 13:
                return 11; // tag: after memory, before global
            case 12:
                return 19; // data count: after element, before code
            default:
                return 2 * id;
        }
    }

    private void section(int id, int end) {
        switch (id) {
            case 0:
                customSection(end);
                break;
            case 1:
                typeSection();
                break;
            case 2:
                importSection();
                break;
            case 3:
                functionSection();
                break;
            case 4:
                tableSection();
                break;
            case 5:
                memorySection();
                break;
            case 6:
                globalSection();
                break;
            case 7:
                exportSection();
                break;
            case 8:
                m.startFunction = in.u32();
                startCheck();
                break;
            case 9:
                elementSection(end);
                break;
            case 10:
                codeSection();
                break;
            case 11:
                dataSection();
                break;
            case 13:
                tagSection();
                break;
            default:
                m.dataCount = dataCountValue();
                break;
        }
    }

    private void startCheck() {
        if (m.startFunction < 0) {
            m.startFunction = Integer.MAX_VALUE; // beyond any function index: the validator reports it unknown
        }
    }

    private int dataCountValue() {
        int at = in.pos();
        int n = in.u32();
        if (n < 0) {
            throw new CompileException("data count too large: " + Integer.toUnsignedString(n), at);
        }
        return n;
    }

    /** A vector length; every element takes at least one byte, so it cannot exceed what is left. */
    private int count() {
        int at = in.pos();
        int n = in.u32();
        if (n < 0 || n > in.remaining()) {
            throw new CompileException(
                    UNEXPECTED_END + ": count " + Integer.toUnsignedString(n) + " exceeds the " + in.remaining()
                            + " bytes left",
                    at);
        }
        return n;
    }

    private void customSection(int end) {
        String name = in.name();
        customs.add(new CustomSection(name, in.pos(), end - in.pos()));
        in.setPos(end);
    }

    /**
     * The type section: function types, each alone or in a recursion group (0x4E), optionally declared as a
     * subtype (0x50, or 0x4F final) of an earlier type; canonicalised per group (see CanonicalTypes).
     */
    private void typeSection() {
        int n = count();
        List<FuncType> types = new ArrayList<>();
        List<Integer> groupEnds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (in.peek() == 0x4E) {
                in.u8();
                int size = count();
                for (int j = 0; j < size; j++) {
                    types.add(subType());
                }
                for (int j = 0; j < size; j++) {
                    groupEnds.add(types.size());
                }
            } else {
                types.add(subType());
                groupEnds.add(types.size());
            }
        }
        FuncType[] all = types.toArray(new FuncType[0]);
        int[] ends = new int[all.length];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = groupEnds.get(i);
        }
        for (int start = 0; start < all.length; start = ends[start]) {
            CanonicalTypes.canonicalizeGroup(all, start, ends[start] - start);
        }
        m.types = all;
        m.typeGroupEnd = ends;
    }

    private FuncType subType() {
        int at = in.pos();
        int form = in.u8();
        boolean isFinal = true;
        int superIndex = -1;
        if (form == 0x50 || form == 0x4F) {
            isFinal = form == 0x4F;
            int supersAt = in.pos();
            int supers = count();
            if (supers > 1) {
                throw new CompileException("type mismatch: a type has at most one supertype", supersAt);
            }
            if (supers == 1) {
                superIndex = in.u32();
                if (superIndex < 0) {
                    superIndex = Integer.MAX_VALUE;
                }
            }
            at = in.pos();
            form = in.u8();
        }
        if (form == 0x5F || form == 0x5E) {
            throw new CompileException(
                    (form == 0x5F ? "struct" : "array") + " types (the GC proposal) are not supported", at);
        }
        if (form != 0x60) {
            throw new CompileException("malformed function type: form 0x" + Integer.toHexString(form), at);
        }
        FuncType t = new FuncType(valTypes(), valTypes());
        CanonicalTypes.declare(t, isFinal, superIndex);
        return t;
    }

    private int[] valTypes() {
        int n = count();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = InstructionReader.preciseValType(in);
        }
        return out;
    }

    private void importSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            String module = in.name();
            String name = in.name();
            int at = in.pos();
            int kind = in.u8();
            switch (kind) {
                case ExternKind.FUNC: {
                    int type = in.u32();
                    imports.add(Import.function(module, name, type));
                    importedFuncTypes.add(type);
                    break;
                }
                case ExternKind.TABLE: {
                    TableType t = tableType();
                    imports.add(Import.table(module, name, t));
                    tables.add(t);
                    break;
                }
                case ExternKind.MEMORY: {
                    MemoryType t = new MemoryType(memoryLimits());
                    imports.add(Import.memory(module, name, t));
                    memories.add(t);
                    break;
                }
                case ExternKind.GLOBAL: {
                    GlobalType t = globalType();
                    imports.add(Import.global(module, name, t));
                    globals.add(t);
                    break;
                }
                case ExternKind.TAG: {
                    int type = tagType();
                    imports.add(Import.tag(module, name, type));
                    tags.add(type);
                    break;
                }
                default:
                    throw new CompileException("malformed import kind 0x" + Integer.toHexString(kind), at);
            }
        }
        m.importedFuncCount = importedFuncTypes.size();
        m.importedTableCount = tables.size();
        m.importedMemoryCount = memories.size();
        m.importedGlobalCount = globals.size();
        m.importedTagCount = tags.size();
    }

    /** A tag type: attribute 0 (an exception), then its function type's index. */
    private int tagType() {
        int at = in.pos();
        int attribute = in.u8();
        if (attribute != 0) {
            throw new CompileException("malformed tag attribute 0x" + Integer.toHexString(attribute), at);
        }
        return in.u32();
    }

    private void tagSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            tags.add(tagType());
        }
    }

    private TableType tableType() {
        return tableType(null);
    }

    private TableType tableType(ConstExpr init) {
        int elem = InstructionReader.preciseRefType(in);
        return new TableType(elem, heapOf(elem), limits(), init);
    }

    /** The FuncType a precise type refers to (the type section comes first), or null. */
    private FuncType heapOf(int precise) {
        int x = ValType.typeIndex(precise);
        return x >= 0 && x < m.types.length ? m.types[x] : null;
    }

    /** Table limits: a flag byte (0: min only, 1: min and max; 4, 5: the same with u64 values), then the values. */
    private Limits limits() {
        return limits(false);
    }

    /**
     * Memory limits: as {@link #limits()}, and flag 3 (shared with a maximum, the threads proposal) refused with a
     * message that names it.
     */
    private Limits memoryLimits() {
        return limits(true);
    }

    /** Flags: bit 0 a maximum follows, bit 1 shared (memories), bit 2 i64 addresses (memory64: then u64 values). */
    private Limits limits(boolean memory) {
        int at = in.pos();
        int flag = in.u8();
        if ((flag & 0x80) != 0) {
            throw new CompileException("integer representation too long: limits flag", at);
        }
        if (memory && (flag == 3 || flag == 7)) { // shared with a maximum: a valid threads-proposal memory
            throw new CompileException("shared memories (the threads proposal) are not supported", at);
        }
        if ((flag & ~5) != 0) {
            throw new CompileException("integer too large: limits flag 0x" + Integer.toHexString(flag), at);
        }
        boolean hasMax = (flag & 1) != 0;
        if ((flag & 4) != 0) {
            long min = in.u64();
            long max = hasMax ? in.u64() : Limits.NO_MAX;
            return new Limits(min, max, hasMax, true);
        }
        long min = in.u32() & 0xFFFFFFFFL;
        long max = hasMax ? in.u32() & 0xFFFFFFFFL : Limits.NO_MAX;
        return new Limits(min, max, hasMax, false);
    }

    private GlobalType globalType() {
        int t = InstructionReader.preciseValType(in);
        int at = in.pos();
        int mut = in.u8();
        if (mut > 1) {
            throw new CompileException("malformed mutability 0x" + Integer.toHexString(mut), at);
        }
        return new GlobalType(t, heapOf(t), mut == 1);
    }

    private void functionSection() {
        sawFunctionSection = true;
        int n = count();
        int[] types = new int[n];
        for (int i = 0; i < n; i++) {
            types[i] = in.u32();
        }
        definedFuncTypes = types;
    }

    private void tableSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            if (in.peek() == 0x40) { // a table with an initialiser expression (Wasm 3.0)
                in.u8();
                int at = in.pos();
                if (in.u8() != 0) {
                    throw new CompileException("malformed table: reserved byte after 0x40 must be 0", at);
                }
                int elem = InstructionReader.preciseRefType(in);
                Limits limits = limits();
                tables.add(new TableType(elem, heapOf(elem), limits, constExpr()));
                continue;
            }
            tables.add(tableType());
        }
    }

    private void memorySection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            memories.add(new MemoryType(memoryLimits()));
        }
    }

    private void globalSection() {
        int n = count();
        ConstExpr[] inits = new ConstExpr[n];
        for (int i = 0; i < n; i++) {
            globals.add(globalType());
            inits[i] = constExpr();
        }
        m.globalInits = inits;
    }

    private void exportSection() {
        int n = count();
        Export[] exports = new Export[n];
        for (int i = 0; i < n; i++) {
            String name = in.name();
            int at = in.pos();
            int kind = in.u8();
            if (kind > ExternKind.TAG) {
                throw new CompileException("malformed export kind 0x" + Integer.toHexString(kind), at);
            }
            exports[i] = new Export(name, (byte) kind, in.u32());
        }
        m.exports = exports;
    }

    private void elementSection(int sectionEnd) {
        int n = count();
        ElementSegment[] segs = new ElementSegment[n];
        for (int i = 0; i < n; i++) {
            segs[i] = elementSegment(sectionEnd);
        }
        m.elements = segs;
    }

    private ElementSegment elementSegment(int sectionEnd) {
        int at = in.pos();
        if (at == sectionEnd && at < bytes.length && (bytes[at] & 0xFF) > 7) {
            // the spec's decoder reads on past the section here and reports the stray byte as the segment kind
            throw new CompileException(
                    "malformed elements segment kind 0x" + Integer.toHexString(bytes[at] & 0xFF), at);
        }
        int flags = in.u32();
        if (flags < 0 || flags > 7) {
            throw new CompileException("malformed elements segment kind " + Integer.toUnsignedString(flags), at);
        }
        boolean passiveOrDeclarative = (flags & 1) != 0;
        boolean explicitTable = (flags & 2) != 0;
        boolean expressions = (flags & 4) != 0;
        byte mode = !passiveOrDeclarative
                ? SegmentMode.ACTIVE
                : explicitTable ? SegmentMode.DECLARATIVE : SegmentMode.PASSIVE;
        int table = 0;
        ConstExpr offset = null;
        if (mode == SegmentMode.ACTIVE) {
            if (explicitTable) {
                table = in.u32();
            }
            offset = constExpr();
        }
        int elemType = ValType.FUNCREF;
        if (passiveOrDeclarative || explicitTable) {
            if (expressions) {
                elemType = InstructionReader.preciseRefType(in);
            } else {
                int kindAt = in.pos();
                int kind = in.u8();
                if (kind != 0) {
                    throw new CompileException("malformed element kind 0x" + Integer.toHexString(kind), kindAt);
                }
            }
        }
        int count = count();
        ConstExpr[] items = new ConstExpr[count];
        for (int j = 0; j < count; j++) {
            if (expressions) {
                items[j] = constExpr();
            } else {
                int itemAt = in.pos();
                items[j] = ConstExpr.refFunc(in.u32()).at(itemAt);
            }
        }
        if (!expressions) {
            elemType = ValType.asNonNull(ValType.FUNCREF); // function indices: (ref func)
        }
        return new ElementSegment(mode, table, offset, elemType, heapOf(elemType), items);
    }

    private void dataSection() {
        int n = count();
        DataSegment[] segs = new DataSegment[n];
        for (int i = 0; i < n; i++) {
            int at = in.pos();
            int flags = in.u32();
            byte mode;
            int memory = 0;
            ConstExpr offset = null;
            switch (flags) {
                case 0:
                    mode = SegmentMode.ACTIVE;
                    offset = constExpr();
                    break;
                case 1:
                    mode = SegmentMode.PASSIVE;
                    break;
                case 2:
                    mode = SegmentMode.ACTIVE;
                    memory = in.u32();
                    offset = constExpr();
                    break;
                default:
                    throw new CompileException("malformed data segment kind " + Integer.toUnsignedString(flags), at);
            }
            int lenAt = in.pos();
            int len = in.u32();
            if (len < 0 || len > in.remaining()) {
                throw new CompileException(
                        UNEXPECTED_END + ": data segment of " + Integer.toUnsignedString(len) + " bytes, "
                                + in.remaining() + " left",
                        lenAt);
            }
            segs[i] = new DataSegment(mode, memory, offset, in.pos(), len);
            in.skip(len);
        }
        m.data = segs;
    }

    private void codeSection() {
        int countAt = in.pos();
        int n = count();
        if (n > in.remaining() / 3) {
            // each body takes at least 3 bytes (size, local group count, end): refuse before allocating the table
            throw new CompileException(
                    UNEXPECTED_END + ": " + n + " function bodies cannot fit in the " + in.remaining() + " bytes left",
                    countAt);
        }
        codeCount = n;
        int[] bodies = new int[n * Module.BODY_INTS];
        for (int i = 0; i < n; i++) {
            int sizeAt = in.pos();
            int size = in.u32();
            if (size < 0 || size > in.remaining()) {
                throw new CompileException(
                        UNEXPECTED_END + ": function body of " + Integer.toUnsignedString(size) + " bytes, "
                                + in.remaining() + " left",
                        sizeAt);
            }
            int bodyEnd = in.pos() + size;
            int sectionEnd = in.end();
            in.setEnd(bodyEnd);
            functionBody(bodyEnd, bodies, i * Module.BODY_INTS);
            in.setEnd(sectionEnd);
        }
        m.bodyTable = bodies;
    }

    /** Checks one body and records its offsets and local count at out[slot..slot+3] (see Module.bodyTable). */
    private void functionBody(int bodyEnd, int[] out, int slot) {
        int localsStart = in.pos();
        int groups = count();
        long total = 0;
        for (int g = 0; g < groups; g++) {
            int at = in.pos();
            int c = in.u32();
            total += c & 0xFFFFFFFFL;
            if (total > MAX_LOCALS) {
                throw new CompileException("too many locals: more than " + MAX_LOCALS + " in one function", at);
            }
            InstructionReader.valType(in);
        }
        int codeStart = in.pos();
        skipExpression(true);
        if (in.pos() != bodyEnd) {
            throw new CompileException("section size mismatch: function body continues after its final end", in.pos());
        }
        out[slot] = localsStart;
        out[slot + 1] = codeStart;
        out[slot + 2] = bodyEnd;
        out[slot + 3] = (int) total;
    }

    /**
     * Reads instructions up to and including the {@code end} that closes the expression, checking block nesting.
     * Returns the number of instructions before that end.
     */
    private int skipExpression(boolean functionBody) {
        int depth = 0;
        int instructions = 0;
        while (true) {
            ir.read();
            int op = ir.opcode;
            switch (op) {
                case Opcodes.BLOCK:
                case Opcodes.LOOP:
                case Opcodes.IF:
                case Opcodes.TRY:
                case Opcodes.TRY_TABLE:
                    if (depth == blockStack.length) {
                        byte[] bigger = new byte[depth * 2];
                        System.arraycopy(blockStack, 0, bigger, 0, depth);
                        blockStack = bigger;
                    }
                    // 1 if, 2 if after else, 3 legacy try, 4 legacy try after a catch
                    blockStack[depth++] = (byte) (op == Opcodes.IF ? 1 : op == Opcodes.TRY ? 3 : 0);
                    break;
                case Opcodes.ELSE:
                    if (depth == 0 || blockStack[depth - 1] != 1) {
                        throw new CompileException("END opcode expected, found else outside if", ir.start);
                    }
                    blockStack[depth - 1] = 2;
                    break;
                case Opcodes.CATCH:
                case Opcodes.CATCH_ALL:
                    if (depth == 0 || blockStack[depth - 1] < 3) {
                        throw new CompileException(
                                "END opcode expected, found " + Opcodes.name(op) + " outside try", ir.start);
                    }
                    blockStack[depth - 1] = 4;
                    break;
                case Opcodes.DELEGATE: // ends a try that has no catch
                    if (depth == 0 || blockStack[depth - 1] != 3) {
                        throw new CompileException("END opcode expected, found delegate outside try", ir.start);
                    }
                    depth--;
                    break;
                case Opcodes.END:
                    if (depth == 0) {
                        return instructions;
                    }
                    depth--;
                    break;
                case Opcodes.MEMORY_INIT:
                case Opcodes.DATA_DROP:
                    if (functionBody) {
                        if (!usesDataCount) {
                            usesDataCount = true;
                            usesDataCountAt = ir.start;
                        }
                        lowestDataIndexUsed = Math.min(lowestDataIndexUsed, ir.index & 0xFFFFFFFFL);
                        usesMemoryInit |= op == Opcodes.MEMORY_INIT;
                    }
                    break;
                default:
                    break;
            }
            instructions++;
        }
    }

    /**
     * A constant expression. WebAssembly 2.0 allows exactly one constant instruction before {@code end}; anything
     * else that is well-formed decodes to an invalid marker the validator rejects with the spec's message.
     */
    private ConstExpr constExpr() {
        int at = in.pos();
        ir.read();
        ConstExpr single = null;
        int op = ir.opcode;
        switch (op) {
            case Opcodes.I32_CONST:
                single = ConstExpr.i32(ir.intValue);
                break;
            case Opcodes.I64_CONST:
                single = ConstExpr.i64(ir.value);
                break;
            case Opcodes.F32_CONST:
                single = ConstExpr.f32Bits(ir.intValue);
                break;
            case Opcodes.F64_CONST:
                single = ConstExpr.f64Bits(ir.value);
                break;
            case Opcodes.V128_CONST:
                single = ConstExpr.v128(ir.v128);
                break;
            case Opcodes.GLOBAL_GET:
                single = ConstExpr.globalGet(ir.index);
                break;
            case Opcodes.REF_NULL:
                single = ConstExpr.refNull(ir.heapType);
                break;
            case Opcodes.REF_FUNC:
                single = ConstExpr.refFunc(ir.index);
                break;
            case Opcodes.END:
                return ConstExpr.invalid(ConstExpr.INVALID_ARITY, at);
            default:
                break;
        }
        if (single != null && in.hasMore() && in.peek() == Opcodes.END) {
            in.u8();
            return single.at(at);
        }
        // several instructions: an extended constant expression if all are constant (the validator types it)
        boolean allConstant = true;
        boolean hasV128 = false;
        in.setPos(at);
        int depth = 0;
        int[] ops = new int[4];
        long[] args = new long[4];
        int n = 0;
        while (true) {
            ir.read();
            op = ir.opcode;
            if (op == Opcodes.END) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (op == Opcodes.BLOCK || op == Opcodes.LOOP || op == Opcodes.IF) {
                depth++;
                allConstant = false;
            } else if (!isConstantInstruction(op)) {
                allConstant = false;
            } else if (allConstant) {
                if (n == ops.length) {
                    ops = java.util.Arrays.copyOf(ops, n * 2);
                    args = java.util.Arrays.copyOf(args, n * 2);
                }
                hasV128 |= op == Opcodes.V128_CONST;
                ops[n] = op;
                args[n] = constArg(op);
                n++;
            }
        }
        if (!allConstant) {
            return ConstExpr.invalid(ConstExpr.INVALID_NOT_CONSTANT, at);
        }
        if (n == 0 || hasV128) { // a v128 can only be the one value of a single instruction
            return ConstExpr.invalid(ConstExpr.INVALID_ARITY, at);
        }
        return ConstExpr.sequence(java.util.Arrays.copyOf(ops, n), java.util.Arrays.copyOf(args, n))
                .at(at);
    }

    /** The immediate of a constant instruction just read, as ConstExpr.args holds it. */
    private long constArg(int op) {
        switch (op) {
            case Opcodes.I32_CONST:
            case Opcodes.F32_CONST:
                return ir.intValue;
            case Opcodes.I64_CONST:
            case Opcodes.F64_CONST:
                return ir.value;
            case Opcodes.GLOBAL_GET:
            case Opcodes.REF_FUNC:
                return ir.index;
            case Opcodes.REF_NULL:
                return ir.heapType;
            default:
                return 0;
        }
    }

    private static boolean isConstantInstruction(int op) {
        switch (op) {
            case Opcodes.I32_CONST:
            case Opcodes.I64_CONST:
            case Opcodes.F32_CONST:
            case Opcodes.F64_CONST:
            case Opcodes.V128_CONST:
            case Opcodes.GLOBAL_GET:
            case Opcodes.REF_NULL:
            case Opcodes.REF_FUNC:
            case Opcodes.I32_ADD:
            case Opcodes.I32_SUB:
            case Opcodes.I32_MUL:
            case Opcodes.I64_ADD:
            case Opcodes.I64_SUB:
            case Opcodes.I64_MUL:
                return true;
            default:
                return false;
        }
    }

    private void finish() {
        m.imports = imports.toArray(new Import[0]);
        int imported = importedFuncTypes.size();
        int[] funcTypes = new int[imported + definedFuncTypes.length];
        for (int i = 0; i < imported; i++) {
            funcTypes[i] = importedFuncTypes.get(i);
        }
        System.arraycopy(definedFuncTypes, 0, funcTypes, imported, definedFuncTypes.length);
        m.funcTypeIndex = funcTypes;
        m.tables = tables.toArray(new TableType[0]);
        m.memories = memories.toArray(new MemoryType[0]);
        m.globals = globals.toArray(new GlobalType[0]);
        m.tagTypes = new int[tags.size()];
        for (int i = 0; i < m.tagTypes.length; i++) {
            m.tagTypes[i] = tags.get(i);
        }
        m.customSections = customs.toArray(new CustomSection[0]);
        for (CustomSection c : customs) {
            if (c.name.equals("name")) {
                m.names = NameSectionDecoder.decode(bytes, c.contentOffset, c.contentLength);
                break;
            }
        }
    }
}
