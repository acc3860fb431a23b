package dev.teawasi.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.internal.binary.Decoder;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.Module;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.Instance;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rewrite for native WebAssembly (NativeRewriter), checked on the engine: the rewritten module validates,
 * computes the same results as the original, calls the yield import as often as its budget says, and keeps its
 * function names; limits lower maxima and refuse minimums above them.
 */
class NativeRewriterTest {
    @TempDir
    static Path dir;

    /** Function imports, start, exports, element segments of both encodings, ref.func in a global, call, return_call, loops. */
    private static final String PROGRAM = "(module\n"
            + "  (import \"env\" \"log\" (func $log (param i32)))\n"
            + "  (import \"env\" \"add\" (func $add (param i32 i32) (result i32)))\n"
            + "  (type $ii (func (param i32) (result i32)))\n"
            + "  (table $t 8 funcref)\n"
            + "  (memory (export \"memory\") 1)\n"
            + "  (global $started (mut i32) (i32.const 0))\n"
            + "  (global $fref funcref (ref.func $double))\n"
            + "  (elem (i32.const 0) $double $fact $add)\n"
            + "  (elem (table $t) (i32.const 4) funcref (ref.func $sum) (ref.null func))\n"
            + "  (elem declare func $fact_acc)\n"
            + "  (func $init (global.set $started (i32.const 42)))\n"
            + "  (start $init)\n"
            + "  (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))\n"
            + "  (func $fact_acc (param $n i32) (param $acc i32) (result i32)\n"
            + "    (if (result i32) (i32.le_s (local.get $n) (i32.const 1)) (then (local.get $acc))\n"
            + "      (else (return_call $fact_acc (i32.sub (local.get $n) (i32.const 1))"
            + " (i32.mul (local.get $acc) (local.get $n))))))\n"
            + "  (func $fact (type $ii) (call $fact_acc (local.get 0) (i32.const 1)))\n"
            + "  (func $sum (type $ii) (local $i i32) (local $s i32)\n"
            + "    (block $out (loop $l\n"
            + "      (br_if $out (i32.ge_s (local.get $i) (local.get 0)))\n"
            + "      (local.set $s (call $add (local.get $s) (local.get $i)))\n"
            + "      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n"
            + "      (br $l)))\n"
            + "    (call $log (local.get $s))\n"
            + "    (local.get $s))\n"
            + "  (func (export \"started\") (result i32) (global.get $started))\n"
            + "  (func (export \"viaTable\") (param i32 i32) (result i32)\n"
            + "    (call_indirect (type $ii) (local.get 1) (local.get 0)))\n"
            + "  (func (export \"viaGlobal\") (param i32) (result i32)\n"
            + "    (call_indirect (type $ii) (local.get 0) (block (result i32)"
            + " (table.set $t (i32.const 7) (global.get $fref)) (i32.const 7))))\n"
            + "  (func (export \"viaRefFunc\") (param i32) (result i32)\n"
            + "    (table.set $t (i32.const 6) (ref.func $fact_acc)) (call $fact (local.get 0)))\n"
            + "  (export \"fact\" (func $fact))\n"
            + "  (export \"sum\" (func $sum))\n"
            + "  (export \"add\" (func $add)))\n";

    static byte[] wat(String name, String text) throws IOException, InterruptedException {
        Path src = dir.resolve(name + ".wat");
        Path out = dir.resolve(name + ".wasm");
        Files.writeString(src, text);
        Process p = new ProcessBuilder(
                        "wat2wasm", "--debug-names", "--enable-tail-call", src.toString(), "-o", out.toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        return Files.readAllBytes(out);
    }

    /** An instance with env.log (recording), env.add and, for rewritten modules, the yield import. */
    static Instance instantiate(byte[] bytes, List<Integer> logged, int[] yields, int budget) {
        FuncType i32ToNone = new FuncType(new byte[] {ValType.I32}, new byte[0]);
        FuncType add = new FuncType(new byte[] {ValType.I32, ValType.I32}, new byte[] {ValType.I32});
        Imports imports = new Imports()
                .function("env", "log", i32ToNone, c -> logged.add(c.i32(0)))
                .function("env", "add", add, c -> c.setI32(0, c.i32(0) + c.i32(1)))
                .function(
                        NativeRewriter.IMPORT_MODULE,
                        NativeRewriter.IMPORT_NAME,
                        new FuncType(new byte[0], new byte[] {ValType.I32}),
                        c -> {
                            yields[0]++;
                            c.setI32(0, budget);
                        });
        return Instance.instantiate(WasmModule.compile(bytes), imports);
    }

    private static int call(Instance i, String name, int... args) {
        Value[] v = new Value[args.length];
        for (int k = 0; k < args.length; k++) {
            v[k] = Value.i32(args[k]);
        }
        return i.invoke(name, v)[0].asI32();
    }

    private static NativeRewriter.Options preempt(int budget) {
        NativeRewriter.Options o = new NativeRewriter.Options();
        o.preempt = true;
        o.initialBudget = budget;
        return o;
    }

    @Test
    void rewrittenModuleComputesTheSameAndYields() throws Exception {
        rewrittenModuleComputesTheSameAndYields(false);
    }

    @Test
    void withExactCountsTooTheModuleComputesTheSameAndYields() throws Exception {
        rewrittenModuleComputesTheSameAndYields(true);
    }

    private void rewrittenModuleComputesTheSameAndYields(boolean exact) throws Exception {
        byte[] original = wat("program", PROGRAM);
        NativeRewriter.Options options = preempt(3);
        options.exactCount = exact;
        NativeRewriter.Result r = NativeRewriter.rewrite(original, options);
        assertTrue(r.startExported);
        List<Integer> logA = new ArrayList<>();
        List<Integer> logB = new ArrayList<>();
        int[] yieldsA = {0};
        int[] yieldsB = {0};
        Instance a = instantiate(original, logA, yieldsA, 3);
        Instance b = instantiate(r.bytes, logB, yieldsB, 3);
        assertEquals(42, call(a, "started"));
        assertEquals(0, call(b, "started"), "the start function no longer runs at instantiation");
        b.invoke(NativeRewriter.START_EXPORT);
        assertEquals(42, call(b, "started"));
        int yieldsBefore = yieldsB[0];
        for (String f : List.of("fact", "sum", "viaGlobal", "viaRefFunc")) {
            for (int n : new int[] {0, 1, 5, 10}) {
                assertEquals(call(a, f, n), call(b, f, n), f + "(" + n + ")");
            }
        }
        for (int slot : new int[] {0, 1, 2, 4}) {
            int[] args = slot == 2 ? null : new int[] {slot, 6};
            if (args != null) {
                assertEquals(call(a, "viaTable", args), call(b, "viaTable", args), "table slot " + slot);
            }
        }
        assertEquals(call(a, "add", 2, 3), call(b, "add", 2, 3));
        assertEquals(logA, logB);
        assertEquals(0, yieldsA[0]);
        assertTrue(yieldsB[0] > yieldsBefore + 10, "yields with a budget of 3: " + yieldsB[0]);
        Module m = Decoder.decode(r.bytes);
        Module o = Decoder.decode(original);
        assertNull(m.names.functionName(2), "the added import has no name");
        for (int f = 0; f < o.functionCount(); f++) {
            int g = f < o.importedFuncCount ? f : f + 1;
            assertEquals(o.names.functionName(f), m.names.functionName(g), "name of function " + f);
        }
    }

    @Test
    void endlessLoopAndEndlessTailRecursionCallYield() throws Exception {
        byte[] original = wat(
                "endless",
                "(module (func $spin (loop $l (br $l)))"
                        + " (func $ping (return_call $pong)) (func $pong (return_call $ping))"
                        + " (func (export \"spin\") (call $spin)) (func (export \"ping\") (call $ping)))");
        byte[] rewritten = NativeRewriter.rewrite(original, preempt(1000)).bytes;
        for (String f : List.of("spin", "ping")) {
            int[] yields = {0};
            FuncType yieldType = new FuncType(new byte[0], new byte[] {ValType.I32});
            Imports imports = new Imports()
                    .function(NativeRewriter.IMPORT_MODULE, NativeRewriter.IMPORT_NAME, yieldType, c -> {
                        if (++yields[0] == 5) {
                            throw new IllegalStateException("stop");
                        }
                        c.setI32(0, 1000);
                    });
            Instance i = Instance.instantiate(WasmModule.compile(rewritten), imports);
            IllegalStateException stop = assertThrows(IllegalStateException.class, () -> i.invoke(f));
            assertEquals("stop", stop.getMessage());
            assertEquals(5, yields[0], f);
        }
    }

    @Test
    void onlyRecursiveAndFanningOutFunctionsTickAtEntry() throws Exception {
        StringBuilder fan = new StringBuilder("(module (global $n (mut i32) (i32.const 0))");
        fan.append(" (func $f30 (global.set $n (i32.add (global.get $n) (i32.const 1))))");
        for (int i = 29; i >= 0; i--) {
            fan.append(" (func $f")
                    .append(i)
                    .append(" (call $f")
                    .append(i + 1)
                    .append(") (call $f")
                    .append(i + 1);
            fan.append("))");
        }
        fan.append(" (func (export \"leaf\") (result i32) (i32.const 7))");
        fan.append(" (func (export \"fan\") (param i32) (if (local.get 0) (then (call $f12)))))");
        byte[] rewritten = NativeRewriter.rewrite(wat("fan", fan.toString()), preempt(1)).bytes;
        int[] yields = {0};
        Imports imports = new Imports()
                .function(
                        NativeRewriter.IMPORT_MODULE,
                        NativeRewriter.IMPORT_NAME,
                        new FuncType(new byte[0], new byte[] {ValType.I32}),
                        c -> {
                            yields[0]++;
                            c.setI32(0, 1);
                        });
        Instance i = Instance.instantiate(WasmModule.compile(rewritten), imports);
        call(i, "leaf");
        i.invoke("fan", Value.i32(0));
        assertEquals(0, yields[0], "a function without loops, recursion or a large call tree has no tick");
        i.invoke("fan", Value.i32(1));
        assertTrue(yields[0] > 10, "2^18 calls of a fanning call tree tick: " + yields[0]);
    }

    @Test
    void callsToImportsThatDoNotReenterAreLeaves() throws Exception {
        byte[] original = wat(
                "leafImport",
                "(module (import \"env\" \"log\" (func $log (param i32)))"
                        + " (func (export \"run\") (call $log (i32.const 1))))");
        for (boolean reenter : new boolean[] {true, false}) {
            NativeRewriter.Options o = preempt(1);
            o.importsMayReenter = reenter;
            int[] yields = {0};
            Imports imports = new Imports()
                    .function("env", "log", new FuncType(new byte[] {ValType.I32}, new byte[0]), c -> {})
                    .function(
                            NativeRewriter.IMPORT_MODULE,
                            NativeRewriter.IMPORT_NAME,
                            new FuncType(new byte[0], new byte[] {ValType.I32}),
                            c -> {
                                yields[0]++;
                                c.setI32(0, 1);
                            });
            Instance i = Instance.instantiate(WasmModule.compile(NativeRewriter.rewrite(original, o).bytes), imports);
            for (int k = 0; k < 5; k++) {
                i.invoke("run");
            }
            assertEquals(reenter ? 4 : 0, yields[0], "an export calling an import, imports reentering: " + reenter);
        }
    }

    @Test
    void limitsLowerMaximaAndRefuseLargerMinimums() throws Exception {
        byte[] original = wat(
                "grow",
                "(module (memory (export \"memory\") 2) (table $t 1 funcref)"
                        + " (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0)))"
                        + " (func (export \"growTable\") (param i32) (result i32)"
                        + " (table.grow $t (ref.null func) (local.get 0))))");
        NativeRewriter.Options o = new NativeRewriter.Options();
        o.maxMemoryPages = 4;
        o.maxTableElements = 3;
        byte[] limited = NativeRewriter.rewrite(original, o).bytes;
        Instance i = Instance.instantiate(WasmModule.compile(limited), new Imports());
        assertEquals(2, call(i, "grow", 2));
        assertEquals(-1, call(i, "grow", 1));
        Memory mem = i.memory("memory");
        assertEquals(4, mem.maxPages());
        assertEquals(1, call(i, "growTable", 2));
        assertEquals(-1, call(i, "growTable", 1));
        o.maxMemoryPages = 1;
        NativeRewriter.LimitException e =
                assertThrows(NativeRewriter.LimitException.class, () -> NativeRewriter.rewrite(original, o));
        assertEquals("memory 0 declares a minimum of 2 pages, above limits.maxMemory (1 pages)", e.getMessage());
        byte[] two = wat("two", "(module (table 3 funcref) (table 3 externref))");
        o.maxMemoryPages = -1;
        o.maxTableElements = 5;
        e = assertThrows(NativeRewriter.LimitException.class, () -> NativeRewriter.rewrite(two, o));
        assertTrue(
                e.getMessage().contains("table 1 declares a minimum of 3 elements (6 with the others"), e.getMessage());
    }

    @Test
    void modulesWithoutTheSectionsItNeedsGetThem() throws Exception {
        byte[] original = wat("bare", "(module (func $s) (start $s))");
        NativeRewriter.Result r = NativeRewriter.rewrite(original, preempt(5));
        Module m = WasmModule.compile(r.bytes).module();
        assertEquals(1, m.imports.length);
        assertEquals(1, m.globals.length);
        assertEquals(NativeRewriter.START_EXPORT, m.exports[0].name);
        assertEquals(-1, m.startFunction);
        byte[] empty = {0, 'a', 's', 'm', 1, 0, 0, 0};
        assertEquals(
                1,
                WasmModule.compile(NativeRewriter.rewrite(empty, preempt(5)).bytes)
                        .module()
                        .imports
                        .length);
        assertArrayEquals(empty, NativeRewriter.rewrite(empty, new NativeRewriter.Options()).bytes);
    }

    @Test
    void refusesModulesItCannotRewrite() throws Exception {
        byte[] clash = wat("clash", "(module (import \"teawasi:preempt\" \"yield\" (func (result i32))))");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> NativeRewriter.rewrite(clash, preempt(5)));
        assertTrue(e.getMessage().contains("already imports"), e.getMessage());
        byte[] garbage = {0, 'a', 's', 'm', 1, 0, 0, 0, 10, 5, 1, 3, 0, (byte) 0xFF, 0x0B};
        assertThrows(
                dev.teawasi.engine.internal.binary.CompileException.class,
                () -> NativeRewriter.rewrite(garbage, preempt(5)));
    }
}
