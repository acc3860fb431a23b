package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * teawasi.FileSystem in node, through the scripts in src/test/resources/js (each prints "passed N" after its
 * node:assert checks): the node:fs-like API compared with node:fs on a real directory, limits, change events; tar
 * round trips (also through the host's GNU tar) and hostile archives; guest C programs (wasi-polyfill/src/test/c-fs)
 * through teawasi.run on node's WebAssembly and on the interpreter: ENOSPC under a quota, change events; files
 * loaded on demand (createLazyFile) for JS and for guests (test-web's file-actions.c).
 */
@DisabledIfSystemProperty(named = Tools.SKIP_NODE, matches = "true", disabledReason = "-D" + Tools.SKIP_NODE + "=true")
class FileSystemNodeTest {
    @TempDir
    Path dir;

    /** A C program of wasi-polyfill/src/test/c-fs compiled with clang (once per test JVM, into target/c-fs). */
    static synchronized Path cfsWasm(String name) throws Exception {
        Path src = Artifacts.root().resolve("wasi-polyfill/src/test/c-fs/" + name + ".c");
        Path out = Files.createDirectories(Artifacts.root().resolve("test-web/target/c-fs"))
                .resolve(name + ".wasm");
        if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(src)) < 0) {
            Processes.Result r = Processes.run(
                    out.getParent(),
                    List.of(
                            "/usr/bin/clang",
                            "--target=wasm32-wasi",
                            "-O2",
                            "-Wall",
                            "-o",
                            out.toString(),
                            src.toString()),
                    120);
            assertEquals(0, r.exitCode, () -> "clang (scripts/setup.sh installs it) failed on " + src + ":\n" + r);
        }
        return out;
    }

    /** test-web's file-actions.c (src/test/resources/c) compiled with clang, once per test JVM. */
    static synchronized Path fileActionsWasm() throws Exception {
        Path src = Artifacts.root().resolve("test-web/src/test/resources/c/file-actions.c");
        Path out = Files.createDirectories(Artifacts.root().resolve("test-web/target/c-fs"))
                .resolve("file-actions.wasm");
        if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(src)) < 0) {
            Processes.Result r = Processes.run(
                    out.getParent(),
                    List.of("/usr/bin/clang", "--target=wasm32-wasi", "-O2", "-o", out.toString(), src.toString()),
                    120);
            assertEquals(0, r.exitCode, () -> "clang failed on " + src + ":\n" + r);
        }
        return out;
    }

    static Path script(String name) {
        return Artifacts.root().resolve("test-web/src/test/resources/js/" + name);
    }

    private String run(String script, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(
                Tools.node().toString(),
                script(script).toString(),
                Artifacts.npmFile("teawasi.js").toUri().toString()));
        cmd.addAll(List.of(extra));
        Processes.Result r = Processes.run(dir, cmd, 120);
        assertEquals(0, r.exitCode, r::toString);
        return r.stdout;
    }

    @Test
    void nodeFsLikeApiLimitsAndEvents() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        String out = run("filesystem-api.mjs", real.toString());
        assertTrue(out.startsWith("passed 6"), out);
    }

    @Test
    void tarRoundTripHostTarAndHostileArchives() throws Exception {
        Path work = Files.createDirectory(dir.resolve("tar"));
        String out = run("filesystem-tar.mjs", work.toString());
        assertTrue(out.startsWith("passed 3"), out);
    }

    @Test
    void lazyFilesLoadOnDemandForJsAndForGuestsThatCanWait() throws Exception {
        String out = run("filesystem-lazy.mjs", fileActionsWasm().toString());
        assertTrue(out.startsWith("passed 4"), out);
    }

    @Test
    void guestProgramsSeeEnospcAndTheirChangesAreEventsOnBothEngines() throws Exception {
        String out = run(
                "filesystem-guest.mjs",
                cfsWasm("fs_quota").toString(),
                cfsWasm("fs_events").toString());
        assertTrue(out.startsWith("passed 4"), out);
    }
}
