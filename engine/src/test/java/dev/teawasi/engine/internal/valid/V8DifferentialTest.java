package dev.teawasi.engine.internal.valid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.binary.BenchModulesTest;
import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.binary.MalformedInputFuzzTest;
import dev.teawasi.engine.internal.runtime.WasmModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Differential test against V8 (node's {@code new WebAssembly.Module}): thousands of mutated modules, with
 * instruction snippets spliced into function bodies so that validation rules get exercised, must be accepted or
 * rejected exactly as V8 does. Differences caused by features beyond WebAssembly 2.0 that V8 has (SIMD, tail calls,
 * shared memories) or by V8's implementation limits are not counted.
 */
class V8DifferentialTest {
    /**
     * Our rejections that are right for WebAssembly 2.0 although V8 accepts: later proposals it implements (SIMD,
     * threads and atomics, exception handling, tail calls, typed function references, GC).
     */
    private static final Pattern BEYOND_2_0 =
            Pattern.compile("v128|illegal opcode 0x(fd|fe|fb|6|7|8|9|a|12|13|14|15|18|19|1f|d3|d4|d5|d6) "
                    + "|limits flag 0x[23] |shared memories|memory64|illegal opcode 0xfc 0x1[0-9a-f] ");
    /**
     * V8's (node 20's) rejections of Wasm 3.0 type encodings that the engine decodes: typed references (0x63,
     * 0x64) and the GC proposal's abstract heap types (0x6a-0x6e, 0x71-0x74), which that V8 has behind flags.
     */
    private static final Pattern BEYOND_V8 =
            Pattern.compile("(value|heap|reference|local|element|table) type 0x(63|64|6a|6b|6c|6d|6e|71|72|73|74)\\b");
    /** V8's rejections of valid modules because of its own size limits. */
    private static final Pattern V8_LIMIT =
            Pattern.compile("maximum|limit|exceeds|too large|out of memory", Pattern.CASE_INSENSITIVE);

    private static final int[][] SNIPPETS = {
        {0x00},
        {0x01},
        {0x1A},
        {0x1B},
        {0x1C, 1, 0x7F},
        {0x1C, 1, 0x70},
        {0x1C, 2, 0x7F, 0x7F},
        {0x0F},
        {0x45},
        {0x6A},
        {0x7C},
        {0x92},
        {0xA7},
        {0xBC},
        {0xC4},
        {0x0B},
        {0x05},
        {0x20, 0},
        {0x20, 1},
        {0x21, 0},
        {0x22, 0},
        {0x23, 0},
        {0x23, 1},
        {0x24, 0},
        {0x24, 1},
        {0x41, 5},
        {0x42, 5},
        {0x43, 0, 0, 0, 0},
        {0x44, 0, 0, 0, 0, 0, 0, 0, 0},
        {0x0C, 0},
        {0x0C, 1},
        {0x0D, 0},
        {0x0D, 2},
        {0x10, 0},
        {0x10, 1},
        {0x10, 9},
        {0x02, 0x40},
        {0x02, 0x7F},
        {0x02, 0x00},
        {0x02, 0x01},
        {0x03, 0x40},
        {0x03, 0x00},
        {0x04, 0x40},
        {0x04, 0x7F},
        {0x0E, 1, 0, 0},
        {0x0E, 0, 1},
        {0x0E, 2, 0, 1, 2},
        {0xD0, 0x70},
        {0xD0, 0x6F},
        {0xD2, 1},
        {0xD2, 2},
        {0xD1},
        {0x25, 0},
        {0x25, 1},
        {0x26, 1},
        {0xFC, 0x0F, 1},
        {0xFC, 0x10, 0},
        {0xFC, 0x11, 1},
        {0xFC, 0x0E, 0, 1},
        {0xFC, 0x0E, 1, 1},
        {0xFC, 0x0C, 0, 0},
        {0xFC, 0x0C, 0, 1},
        {0xFC, 0x0D, 0},
        {0x11, 0, 0},
        {0x11, 0, 1},
        {0x11, 1, 0},
        {0x28, 2, 0},
        {0x28, 3, 0},
        {0x29, 3, 0},
        {0x36, 2, 0},
        {0x3F, 0},
        {0x40, 0},
        {0xFC, 9, 0},
        {0xFC, 9, 1},
        {0xFC, 8, 0, 0},
        {0xFC, 10, 0, 0},
        {0xFC, 11, 0},
        {0xFC, 0},
        {0xFC, 7},
    };

    @Test
    void acceptsAndRejectsExactlyLikeV8() throws Exception {
        Assumptions.assumeTrue(nodeAvailable(), "node is not installed");
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Wat.toWasm(MalformedInputFuzzTest.RICH_MODULE));
        for (Path p : BenchModulesTest.benchModules()) {
            seeds.add(Files.readAllBytes(p));
            if (seeds.size() > 4) {
                break;
            }
        }
        int count = Integer.getInteger("v8diff.iterations", 4000);
        Random random = new Random(Long.getLong("v8diff.seed", 42L));
        Path dir = Files.createTempDirectory("teawasi-v8diff");
        byte[][] variants = new byte[count][];
        for (int i = 0; i < count; i++) {
            variants[i] = mutate(i % 4 == 0 ? seeds.get(random.nextInt(seeds.size())) : seeds.get(0), random);
            Files.write(dir.resolve(i + ".wasm"), variants[i]);
        }
        String[] v8 = v8Verdicts(dir, count);
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < count; i++) {
            String ours;
            try {
                WasmModule.compile(variants[i]);
                ours = null;
                accepted++;
            } catch (CompileException e) {
                ours = e.getMessage();
            }
            boolean v8Valid = v8[i].equals("ok");
            if (v8Valid && ours != null && !BEYOND_2_0.matcher(ours + " ").find()) {
                disagreements.add(i + ": V8 accepts, we reject: " + ours);
            } else if (!v8Valid
                    && ours == null
                    && !V8_LIMIT.matcher(v8[i]).find()
                    && !BEYOND_V8.matcher(v8[i]).find()) {
                disagreements.add(i + ": V8 rejects (" + v8[i] + "), we accept");
            }
        }
        for (int i = 0; i < count; i++) {
            Files.deleteIfExists(dir.resolve(i + ".wasm"));
        }
        Files.deleteIfExists(dir.resolve("verdicts.txt"));
        Files.deleteIfExists(dir);
        System.out.println("V8 differential: " + count + " variants, " + accepted + " valid, " + disagreements.size()
                + " disagreements");
        assertTrue(
                disagreements.isEmpty(),
                String.join("\n", disagreements.subList(0, Math.min(20, disagreements.size()))));
        assertTrue(accepted > count / 20, "too few valid variants to be a useful comparison: " + accepted);
    }

    /** Either byte edits anywhere, or instruction snippets spliced into one function body with sizes kept right. */
    private static byte[] mutate(byte[] module, Random r) {
        if (r.nextInt(3) == 0) {
            byte[] out = module.clone();
            for (int k = 1 + r.nextInt(2); k > 0; k--) {
                int at = 8 + r.nextInt(out.length - 8);
                out[at] = r.nextBoolean() ? (byte) (out[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
            }
            return out;
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.write(module, 0, 8);
        int p = 8;
        while (p < module.length) {
            int id = module[p] & 0xFF;
            int[] size = leb(module, p + 1);
            int contents = size[1];
            int end = contents + size[0];
            if (id != 10) {
                all.write(module, p, end - p);
            } else {
                int[] count = leb(module, contents);
                int target = r.nextInt(count[0]);
                java.io.ByteArrayOutputStream section = new java.io.ByteArrayOutputStream();
                writeLeb(section, count[0]);
                int q = count[1];
                for (int f = 0; f < count[0]; f++) {
                    int[] bs = leb(module, q);
                    byte[] body = java.util.Arrays.copyOfRange(module, bs[1], bs[1] + bs[0]);
                    if (f == target) {
                        body = splice(body, r);
                    }
                    writeLeb(section, body.length);
                    section.writeBytes(body);
                    q = bs[1] + bs[0];
                }
                all.write(10);
                writeLeb(all, section.size());
                all.writeBytes(section.toByteArray());
            }
            p = end;
        }
        return all.toByteArray();
    }

    private static byte[] splice(byte[] body, Random r) {
        int[] groups = leb(body, 0);
        int codeStart = groups[1];
        for (int g = 0; g < groups[0]; g++) {
            codeStart = leb(body, codeStart)[1] + 1;
        }
        List<Integer> out = new ArrayList<>();
        for (byte b : body) {
            out.add(b & 0xFF);
        }
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            int at = codeStart + r.nextInt(out.size() - codeStart);
            int[] snippet = SNIPPETS[r.nextInt(SNIPPETS.length)];
            for (int j = snippet.length - 1; j >= 0; j--) {
                out.add(at, snippet[j]);
            }
        }
        return toBytes(out);
    }

    private static int[] leb(byte[] m, int p) {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = m[p++] & 0xFF;
            v |= (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                return new int[] {v, p};
            }
        }
    }

    private static void writeLeb(java.io.ByteArrayOutputStream out, int v) {
        do {
            int b = v & 0x7F;
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    private static byte[] toBytes(List<Integer> list) {
        byte[] b = new byte[list.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (int) list.get(i);
        }
        return b;
    }

    /** "ok" or V8's error message for each variant. */
    private static String[] v8Verdicts(Path dir, int count) throws IOException, InterruptedException {
        Path out = dir.resolve("verdicts.txt");
        String script = "const fs=require('fs');const d=process.argv[1];const n=+process.argv[2];const r=[];"
                + "for(let i=0;i<n;i++){try{new WebAssembly.Module(fs.readFileSync(d+'/'+i+'.wasm'));r.push('ok');}"
                + "catch(e){r.push(String(e.message).replace(/\\n/g,' '));}}fs.writeFileSync(d+'/verdicts.txt',r.join('\\n'));";
        Process p = new ProcessBuilder("node", "-e", script, dir.toString(), Integer.toString(count))
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0, "node failed: " + log);
        String[] verdicts = new String(Files.readAllBytes(out), StandardCharsets.UTF_8).split("\n", -1);
        assertTrue(verdicts.length == count, "node answered " + verdicts.length + " of " + count);
        return verdicts;
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
