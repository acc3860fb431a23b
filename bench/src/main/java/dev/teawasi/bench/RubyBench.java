package dev.teawasi.bench;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.Instance;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Value;
import dev.teawasi.wasi.WasiConfig;
import dev.teawasi.wasi.WasiProcess;
import dev.teawasi.wasi.WasiResult;
import dev.teawasi.wasi.host.ByteArrayOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CRuby 4.0 for WASI (npm @ruby/4.0-wasm-wasi, ruby+stdlib.wasm) as a large real program on teawasi's interpreter
 * on the JVM (not a test): the same export calls as bench/src/main/node/ruby-bench.mjs (ruby-init with
 * {@code -EUTF-8 -e_=0}, then CODE through rb-eval-string-protect); the JS-interop imports trap if called. Prints
 * one RESULT line with the phases in ms.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/classpath.txt) dev.teawasi.bench.RubyBench [WASM] [CODE]</pre>
 */
public final class RubyBench {
    private RubyBench() {}

    public static void main(String[] args) throws Exception {
        String wasm = args.length > 0 ? args[0] : "node_modules/@ruby/4.0-wasm-wasi/dist/ruby+stdlib.wasm";
        String code = args.length > 1 ? args[1] : "puts [1, 2, 3].map { |x| x * 2 }.sum";
        Map<String, Long> phases = new LinkedHashMap<>();
        long[] t = {System.nanoTime()};
        Runnable[] lap = new Runnable[1];
        String[] name = new String[1];
        lap[0] = () -> {
            long now = System.nanoTime();
            phases.put(name[0], (now - t[0]) / 1_000_000);
            t[0] = now;
        };
        WasmModule module = WasmModule.compile(Files.readAllBytes(Path.of(wasm)));
        name[0] = "compile";
        lap[0].run();

        ByteArrayOutput out = new ByteArrayOutput();
        WasiConfig config = WasiConfig.builder()
                .args("ruby")
                .stdout(out)
                .stderr((b, off, n) -> System.err.write(b, off, n))
                .build();
        // the guest's value handles (the canonical ABI's resource table, as @ruby/wasm-wasi keeps it)
        List<Integer> handles = new ArrayList<>();
        FuncType i32ToI32 = new FuncType(new byte[] {ValType.I32}, new byte[] {ValType.I32});
        Imports imports = new Imports()
                .trapUnknownFunctions(true)
                .function("canonical_abi", "resource_new_rb-abi-value", i32ToI32, c -> {
                    handles.add(c.i32(0));
                    c.setI32(0, handles.size() - 1);
                })
                .function(
                        "canonical_abi", "resource_get_rb-abi-value", i32ToI32, c -> c.setI32(0, handles.get(c.i32(0))))
                .function(
                        "canonical_abi",
                        "resource_drop_rb-abi-value",
                        new FuncType(new byte[] {ValType.I32}, new byte[0]),
                        c -> {});
        WasiProcess p = WasiProcess.instantiate(module, config, imports);
        name[0] = "instantiate";
        lap[0].run();
        WasiResult init = p.initializeReactor();
        if (init.status() != WasiResult.Status.EXITED || init.exitCode() != 0) {
            throw new IllegalStateException("_initialize: " + init);
        }
        name[0] = "initialize";
        lap[0].run();

        Instance instance = p.instance();
        Memory memory = instance.memory("memory");
        String[] rubyArgs = {"ruby.wasm", "-EUTF-8", "-e_=0"};
        int list = alloc(p, 4, 8 * rubyArgs.length);
        for (int i = 0; i < rubyArgs.length; i++) {
            int[] s = str(p, memory, rubyArgs[i] + "\0"); // C strings, as @ruby/wasm-wasi passes them
            put32(memory, list + 8 * i, s[0]);
            put32(memory, list + 8 * i + 4, s[1]);
        }
        p.invoke("ruby-init: func(args: list<string>) -> ()", Value.i32(list), Value.i32(rubyArgs.length));
        name[0] = "rubyInit";
        lap[0].run();
        int[] c = str(p, memory, code);
        int ret = p
                .invoke(
                        "rb-eval-string-protect: func(str: string) -> tuple<handle<rb-abi-value>, s32>",
                        Value.i32(c[0]),
                        Value.i32(c[1]))[0]
                .asI32();
        int state = get32(memory, ret + 4);
        name[0] = "eval";
        lap[0].run();
        System.out.print(new String(out.toByteArray(), StandardCharsets.UTF_8));
        if (state != 0) {
            throw new IllegalStateException("ruby-bench: the evaluation raised (state " + state + ")");
        }
        StringBuilder sb = new StringBuilder("RESULT\tjvm");
        phases.forEach((k, v) -> sb.append('\t').append(k).append('=').append(v));
        System.out.println(sb);
    }

    private static int alloc(WasiProcess p, int align, int size) {
        return p.invoke("cabi_realloc", Value.i32(0), Value.i32(0), Value.i32(align), Value.i32(size))[0].asI32();
    }

    private static int[] str(WasiProcess p, Memory memory, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int at = alloc(p, 1, b.length);
        System.arraycopy(b, 0, memory.buffer(), at, b.length);
        return new int[] {at, b.length};
    }

    private static void put32(Memory m, int at, int v) {
        byte[] b = m.buffer();
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    private static int get32(Memory m, int at) {
        byte[] b = m.buffer();
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | b[at + 3] << 24;
    }
}
