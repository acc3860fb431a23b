package dev.teawasi.engine.internal.platform;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.Instance;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.script.ScriptResult;
import dev.teawasi.engine.internal.script.ScriptRunner;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.engine.internal.store.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM whose engine runs on the JS build's platform forms ({@link BigIntPlatform}, with halves computed another way
 * than its casts, as the JS build's are): installed first thing, as the JS build does. Run by
 * {@link InstalledPlatformTest} in a JVM of its own. Arguments: directories holding a converted script each (NAME.json
 * and its modules). Prints "script NAME passed failed" per script, then "replaced OK" or "replaced FAILED ...".
 */
public final class InstalledPlatformRun {
    static final class Recording extends BigIntPlatformTest.OtherHalves {
        final List<byte[]> replaced = new ArrayList<>();

        @Override
        public void memoryReplaced(byte[] old) {
            replaced.add(old);
        }
    }

    private InstalledPlatformRun() {}

    public static void main(String[] args) throws IOException {
        Recording platform = new Recording();
        Platform.install(platform);
        System.out.println("platform " + (CurrentPlatform.PLATFORM == platform ? "installed" : "NOT installed"));
        for (String arg : args) {
            Path dir = Paths.get(arg);
            String name = dir.getFileName().toString();
            List<String> lines = new ArrayList<>();
            ScriptResult r = new ScriptRunner(f -> read(dir.resolve(f)), lines::add, new EngineConfig())
                    .run(new String(Files.readAllBytes(dir.resolve(name + ".json")), StandardCharsets.UTF_8));
            System.out.println("script " + name + " " + r.passed + " " + r.failed);
            for (String line : lines.subList(0, Math.min(lines.size(), 20))) {
                System.out.println("  " + line);
            }
        }
        System.out.println("replaced " + replacedArrays(platform));
        try {
            Platform.install(new BigIntPlatform());
            System.out.println("second install accepted");
        } catch (IllegalStateException e) {
            System.out.println("second install refused");
        }
    }

    /** Memory tells the platform of every array it replaces: on grow and renew, not on grow by 0 or a failed grow. */
    private static String replacedArrays(Recording platform) {
        platform.replaced.clear();
        Instance inst = Instance.instantiate(
                WasmModule.compile(Wat.toWasm("(module (memory (export \"mem\") 1 4)"
                        + " (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0))))")),
                new Imports());
        Memory mem = inst.memory("mem");
        byte[] first = mem.buffer();
        first[10] = 42;
        List<String> wrong = new ArrayList<>();
        check(wrong, inst.invoke("grow", Value.i32(1))[0].asI32() == 1, "grow 1");
        check(wrong, platform.replaced.size() == 1 && platform.replaced.get(0) == first, "first array reported");
        byte[] second = mem.buffer();
        check(wrong, second[10] == 42, "contents kept");
        check(wrong, inst.invoke("grow", Value.i32(0))[0].asI32() == 2, "grow 0");
        check(wrong, platform.replaced.size() == 1, "growing by 0 keeps the array");
        mem.renewBuffer();
        check(wrong, platform.replaced.size() == 2 && platform.replaced.get(1) == second, "renew reports");
        check(wrong, mem.buffer() != second && mem.buffer()[10] == 42, "renew copies");
        check(wrong, inst.invoke("grow", Value.i32(5))[0].asI32() == -1, "grow beyond the maximum fails");
        check(wrong, platform.replaced.size() == 2, "a failed grow replaces nothing");
        return wrong.isEmpty() ? "OK" : "FAILED " + wrong;
    }

    private static void check(List<String> wrong, boolean ok, String what) {
        if (!ok) {
            wrong.add(what);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }
}
