package dev.teawasi.engine.internal.script;

import dev.teawasi.engine.internal.exec.HostFunction;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.store.AllocationBudget;
import dev.teawasi.engine.internal.store.Global;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Table;
import dev.teawasi.engine.internal.store.Value;

/**
 * The "spectest" host module that spec scripts import: print functions (silent unless verbose), four constant
 * globals, a funcref table of 10..20 elements (and a 64-bit one, "table64"), and a memory of 1..2 pages. One instance
 * per script, so every module
 * of the script shares the same table and memory, as in the reference interpreter.
 */
public final class SpectestHost {
    public static final String MODULE = "spectest";

    private final Memory memory = new Memory(1, 2);
    private final Table table = new Table(ValType.FUNCREF, 10, 20);
    private final Table table64 =
            new Table(ValType.FUNCREF, 10, 20, true, true, Table.JAVA_MAX_SIZE, AllocationBudget.unlimited());
    private final Global globalI32 = new Global(ValType.I32, false, Value.i32(666));
    private final Global globalI64 = new Global(ValType.I64, false, Value.i64(666));
    private final Global globalF32 = new Global(ValType.F32, false, Value.f32Bits(0x4426a666)); // 666.6f
    private final Global globalF64 = new Global(ValType.F64, false, Value.f64Bits(0x4084d4cccccccccdL)); // 666.6
    private final ScriptOutput printOut;

    /** @param printOut where print calls are echoed, or null to keep them silent */
    public SpectestHost(ScriptOutput printOut) {
        this.printOut = printOut;
    }

    /** Adds the spectest module's fields to these imports. */
    public void addTo(Imports imports) {
        print(imports, "print");
        print(imports, "print_i32", ValType.I32);
        print(imports, "print_i64", ValType.I64);
        print(imports, "print_f32", ValType.F32);
        print(imports, "print_f64", ValType.F64);
        print(imports, "print_i32_f32", ValType.I32, ValType.F32);
        print(imports, "print_f64_f64", ValType.F64, ValType.F64);
        imports.global(MODULE, "global_i32", globalI32);
        imports.global(MODULE, "global_i64", globalI64);
        imports.global(MODULE, "global_f32", globalF32);
        imports.global(MODULE, "global_f64", globalF64);
        imports.table(MODULE, "table", table);
        imports.table(MODULE, "table64", table64);
        imports.memory(MODULE, "memory", memory);
    }

    private void print(Imports imports, String name, byte... params) {
        FuncType type = new FuncType(params, new byte[0]);
        HostFunction fn = call -> {
            if (printOut == null) {
                return;
            }
            StringBuilder sb = new StringBuilder("spectest.").append(name).append('(');
            for (int i = 0; i < params.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                switch (params[i]) {
                    case ValType.I32:
                        sb.append(Value.i32(call.i32(i)));
                        break;
                    case ValType.I64:
                        sb.append(Value.i64(call.i64(i)));
                        break;
                    case ValType.F32:
                        sb.append(Value.f32Bits(call.f32Bits(i)));
                        break;
                    default:
                        sb.append(Value.f64Bits(call.f64Bits(i)));
                        break;
                }
            }
            printOut.line(sb.append(')').toString());
        };
        imports.function(MODULE, name, type, fn);
    }
}
