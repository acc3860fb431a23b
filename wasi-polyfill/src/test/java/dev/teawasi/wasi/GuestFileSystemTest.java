package dev.teawasi.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.wasi.host.ByteArrayOutput;
import dev.teawasi.wasi.vfs.Vfs;
import dev.teawasi.wasi.vfs.VfsChangeQueue;
import dev.teawasi.wasi.vfs.VfsLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Real C programs (src/test/c-fs, compiled here with clang) against a Vfs with limits and with a change listener:
 * the guest sees ENOSPC as an ordinary errno, and the host sees the guest's changes.
 */
class GuestFileSystemTest {
    private final ByteArrayOutput out = new ByteArrayOutput();
    private final ByteArrayOutput err = new ByteArrayOutput();

    static WasmModule compile(String name) throws IOException, InterruptedException {
        Path src = Paths.get("src/test/c-fs", name + ".c").toAbsolutePath();
        Path dir = Files.createDirectories(Paths.get("target/c-fs"));
        Path wasm = dir.resolve(name + ".wasm");
        if (!Files.exists(wasm) || Files.getLastModifiedTime(wasm).compareTo(Files.getLastModifiedTime(src)) < 0) {
            if (!Files.isExecutable(Paths.get("/usr/bin/clang"))) {
                fail(
                        "/usr/bin/clang is missing: install clang lld wasi-libc libclang-rt-14-dev-wasm32 (scripts/setup.sh)");
            }
            Process p = new ProcessBuilder(
                            "/usr/bin/clang",
                            "--target=wasm32-wasi",
                            "-O2",
                            "-Wall",
                            "-o",
                            wasm.toString(),
                            src.toString())
                    .redirectErrorStream(true)
                    .start();
            String log = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                fail("clang failed on " + src + ":\n" + log);
            }
        }
        return WasmModule.compile(Files.readAllBytes(wasm));
    }

    private WasiResult run(String name, Vfs vfs) throws IOException, InterruptedException {
        WasiConfig c = WasiConfig.builder()
                .deterministic()
                .args(name)
                .stdout(out)
                .stderr(err)
                .vfs(vfs)
                .preopen("/sandbox")
                .build();
        return WasiProcess.instantiate(compile(name), c).runCommand();
    }

    @Test
    void quotaGivesTheGuestEnospcAndSpaceComesBack() throws Exception {
        Vfs vfs = new Vfs();
        // 256 KiB of data and names; 12 inodes: root, /sandbox, fill, then 9 more
        vfs.setLimits(new VfsLimits(256 * 1024, 12));
        WasiResult r = run("fs_quota", vfs);
        assertEquals(WasiResult.Status.EXITED, r.status(), err::toString);
        assertEquals(0, r.exitCode(), out.toString() + err);
        assertEquals(
                String.join(
                        "\n",
                        // three 64 KiB chunks and half a one: doubling the last chunk would pass the limit
                        "wrote 229376 bytes, then: No space left on device",
                        "fill has 229376 bytes",
                        "created 9 files, then: No space left on device",
                        "mkdir: No space left on device",
                        "symlink: No space left on device",
                        "after freeing: wrote 100, mkdir: ok",
                        ""),
                out.toString());
        assertEquals(11, vfs.usedInodes());
    }

    @Test
    void theHostSeesTheGuestsChanges() throws Exception {
        Vfs vfs = new Vfs();
        VfsChangeQueue changes = new VfsChangeQueue(vfs, 10_000, null);
        changes.attach();
        WasiResult r = run("fs_events", vfs);
        assertEquals(0, r.exitCode(), out.toString() + err);
        String got = changes.drain().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertEquals(
                String.join(
                        "\n",
                        "create /sandbox",
                        "create /sandbox/dir",
                        "create /sandbox/dir/log",
                        "modify /sandbox/dir/log", // 1000 appends in a row: one change
                        "delete /sandbox/dir/log",
                        "create /sandbox/dir/log.1",
                        "create /sandbox/dir/current",
                        "create /sandbox/hard",
                        "modify /sandbox/hard", // utimes, then truncate through the other name: one change
                        "delete /sandbox/dir/current",
                        "delete /sandbox/dir/log.1",
                        "delete /sandbox/dir"),
                got);
    }
}
