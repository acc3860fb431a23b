package dev.teawasi.engine.internal.binary;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.runtime.WasmModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates real modules (seeded: byte flips, random bytes, truncations, insertions, deletions, LEB128 edits,
 * duplicated ranges) and checks that scanning and compiling each variant either succeeds or throws
 * {@link CompileException}:
 * no other exception, no hang, no runaway allocation.
 */
public class MalformedInputFuzzTest {
    public static final String RICH_MODULE = "(module"
            + " (type $t (func (param i32 i64) (result i32)))"
            + " (import \"env\" \"f\" (func $imp (type $t)))"
            + " (import \"env\" \"g\" (global $ig (mut i32)))"
            + " (table $tab 4 10 funcref) (table $ext 1 externref)"
            + " (memory 1 2)"
            + " (global $c i32 (i32.const 42)) (global (mut f32) (f32.const 1.5))"
            + " (func $a (param i32) (result i32) (local i64 f64)"
            + "   (block $b (result i32) (loop $l (br_if $l (i32.eqz (local.get 0))))"
            + "     (br_table $b $b (i32.const 1) (local.get 0))))"
            + " (func $m (result i32 i64) (i32.const 1) (i64.const 2))"
            + " (func (export \"run\") (param i32) (result i32)"
            + "   (drop (call $imp (local.get 0) (i64.const 3)))"
            + "   (if (result i32) (local.get 0) (then (i32.load offset=4 (i32.const 0))) (else (i32.const 9)))"
            + "   (memory.fill (i32.const 0) (i32.const 0) (i32.const 4))"
            + "   (memory.init $d (i32.const 0) (i32.const 0) (i32.const 1)) (data.drop $d)"
            + "   (table.init $tab $e (i32.const 0) (i32.const 0) (i32.const 1)) (elem.drop $e)"
            + "   (drop (table.grow $ext (ref.null extern) (i32.const 1)))"
            + "   (drop (select (result funcref) (ref.func $a) (ref.null func) (i32.const 1)))"
            + "   (drop (i32.trunc_sat_f64_s (f64.const 1e10))) (i64.extend8_s (i64.const 5)) (drop)"
            + "   (call_indirect $tab (type $t) (i32.const 1) (i64.const 2) (i32.const 0)) (drop)"
            + "   (global.set $ig (global.get $c)))"
            + " (elem (table $tab) (i32.const 0) func $a $m)"
            + " (elem $e funcref (ref.func $a) (ref.null func))"
            + " (data (i32.const 16) \"hello\") (data $d \"x\")"
            + " (func $init) (start $init))";

    @Test
    void mutatedModulesOnlyEverFailWithCompileErrors() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Wat.toWasm(RICH_MODULE));
        WasmModule.compile(seeds.get(0));
        List<byte[]> bench = new ArrayList<>();
        if (Files.isDirectory(BenchModulesTest.BENCH)) {
            for (Path p : BenchModulesTest.benchModules()) {
                bench.add(Files.readAllBytes(p));
            }
        }
        int[] counts = new int[2];
        // -Dfuzz.iterations=N -Dfuzz.seed=S for longer runs by hand
        int iterations = Integer.getInteger("fuzz.iterations", 20000);
        long seed = Long.getLong("fuzz.seed", 20261125L);
        assertTimeoutPreemptively(Duration.ofSeconds(Math.max(120, iterations / 200)), () -> {
            Random random = new Random(seed);
            for (int i = 0; i < iterations; i++) {
                fuzzOne(seeds.get(0), random, i, counts);
            }
            for (int i = 0; i < iterations / 7 && !bench.isEmpty(); i++) {
                fuzzOne(bench.get(i % bench.size()), random, i, counts);
            }
        });
        System.out.println("fuzz: " + counts[0] + " variants compiled, " + counts[1] + " rejected");
        assertTrue(counts[1] > 1000, "too few rejections: the mutations do not reach the decoder");
    }

    private static void fuzzOne(byte[] original, Random random, int iteration, int[] counts) {
        byte[] variant = original;
        int mutations = 1 + random.nextInt(3);
        StringBuilder how = new StringBuilder();
        for (int k = 0; k < mutations; k++) {
            variant = mutate(variant, random, how);
        }
        try {
            SectionScanner.scan(variant);
        } catch (CompileException e) {
            // expected for many variants
        } catch (Throwable t) {
            fail("iteration " + iteration + " (" + how + "), section scan: " + t, t);
        }
        try {
            WasmModule m = WasmModule.compile(variant);
            m.imports();
            m.exports();
            counts[0]++;
        } catch (CompileException e) {
            counts[1]++;
        } catch (Throwable t) {
            fail("iteration " + iteration + " (" + how + "): " + t, t);
        }
    }

    private static byte[] mutate(byte[] in, Random r, StringBuilder how) {
        int n = in.length;
        int at = 8 + r.nextInt(Math.max(1, n - 8));
        switch (r.nextInt(8)) {
            case 0: { // flip one bit
                byte[] out = in.clone();
                if (at < n) {
                    out[at] ^= (byte) (1 << r.nextInt(8));
                }
                how.append("flip@").append(at).append(' ');
                return out;
            }
            case 1: { // random byte
                byte[] out = in.clone();
                if (at < n) {
                    out[at] = (byte) r.nextInt(256);
                }
                how.append("set@").append(at).append(' ');
                return out;
            }
            case 2: { // truncate
                how.append("truncate@").append(at).append(' ');
                return java.util.Arrays.copyOf(in, Math.min(at, n));
            }
            case 3: { // insert random bytes
                int len = 1 + r.nextInt(4);
                byte[] out = new byte[n + len];
                int p = Math.min(at, n);
                System.arraycopy(in, 0, out, 0, p);
                for (int i = 0; i < len; i++) {
                    out[p + i] = (byte) r.nextInt(256);
                }
                System.arraycopy(in, p, out, p + len, n - p);
                how.append("insert@").append(p).append(' ');
                return out;
            }
            case 4: { // delete a few bytes
                int p = Math.min(at, n);
                int len = Math.min(1 + r.nextInt(4), n - p);
                byte[] out = new byte[n - len];
                System.arraycopy(in, 0, out, 0, p);
                System.arraycopy(in, p + len, out, p, n - p - len);
                how.append("delete@").append(p).append(' ');
                return out;
            }
            case 5: { // make a LEB128 longer or huge: set continuation bits
                byte[] out = in.clone();
                for (int i = 0; i < 1 + r.nextInt(5) && at + i < n; i++) {
                    out[at + i] = (byte) (out[at + i] | 0x80);
                }
                how.append("leb@").append(at).append(' ');
                return out;
            }
            case 6: { // a huge length where a small one was
                byte[] out = new byte[n + 4];
                int p = Math.min(at, n);
                System.arraycopy(in, 0, out, 0, p);
                out[p] = (byte) 0xFF;
                out[p + 1] = (byte) 0xFF;
                out[p + 2] = (byte) 0xFF;
                out[p + 3] = (byte) 0xFF;
                System.arraycopy(in, p, out, p + 4, n - p);
                out[p + 4 <= n + 3 ? p + 4 : p] = (byte) 0x07;
                how.append("hugelen@").append(p).append(' ');
                return out;
            }
            default: { // duplicate a range
                int p = Math.min(at, n);
                int len = Math.min(1 + r.nextInt(32), n - p);
                byte[] out = new byte[n + len];
                System.arraycopy(in, 0, out, 0, p + len);
                System.arraycopy(in, p, out, p + len, n - p);
                how.append("dup@").append(p).append(' ');
                return out;
            }
        }
    }
}
