package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.Tools;
import dev.teawasi.testweb.support.WasiPrograms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * startWasi, the CLI's runner (cli/node-core.js; no node:fs inside): in-memory mounts in and out, stdio callbacks, a stdin that
 * is not ready yet (the run waits and continues on the next step), fuel slices.
 */
@DisabledIfSystemProperty(named = Tools.SKIP_NODE, matches = "true", disabledReason = "-D" + Tools.SKIP_NODE + "=true")
class WasiJsApiTest {
    @TempDir
    Path dir;

    private String runScript(String body) throws IOException {
        Path script = dir.resolve("t.mjs");
        Files.writeString(
                script,
                "import { startWasi } from '"
                        + Artifacts.npmFile("cli/node-core.js").toUri() + "';\n"
                        + "import { readFileSync } from 'node:fs';\n"
                        + "const text = (b) => new TextDecoder().decode(b);\n"
                        + "const bytes = (s) => new TextEncoder().encode(s);\n" + body);
        Processes.Result r = Processes.run(dir, List.of(Tools.node().toString(), script.toString()), 120);
        assertEquals(0, r.exitCode, r::toString);
        return r.stdout;
    }

    @Test
    void theTeaVmBuildRunsOnTheJsPlatform() throws IOException {
        // JsPlatform (typed-array fast paths) is installed by the entry class; forgetting it would leave the engine
        // on the JVM's platform, exact but slow in JavaScript, which no output would show
        String out = runScript("import { cli } from '"
                + Artifacts.npmFile("cli/node-core.js").toUri() + "';\n" + "console.log(cli().platform());\n");
        assertEquals("js\n", out);
    }

    @Test
    void stdinThatIsNotReadyMakesTheRunWaitAndContinue() throws IOException {
        Path wasm = Artifacts.root().resolve("wasi-polyfill/src/test/resources/wasm/echo_upper.wasm");
        String out = runScript("const feed = [bytes(''), bytes('abc'), bytes(''), bytes('de'), null];\n"
                + "let stdout = '', stderr = '';\n"
                + "const run = startWasi(readFileSync('" + wasm + "'), { args: ['echo', '5'],\n"
                + "  stdin: () => feed.shift(), stdout: (b) => { stdout += text(b); }, stderr: (b) => { stderr += text(b); } });\n"
                + "const statuses = [];\n"
                + "for (let s = run.step(-1); ; s = run.step(-1)) { statuses.push(s); if (s === 'exited' || s === 'trapped') break; }\n"
                + "console.log(statuses.join(' '));\n"
                + "console.log(stdout + '|' + stderr.trim() + '|' + run.exitCode());\n");
        assertEquals("waiting-for-input waiting-for-input exited\nABCDE|read 5 bytes|5\n", out);
    }

    @Test
    void inMemoryMountsGoInAndComeBackWithTheChanges() throws IOException {
        Path wasm = WasiPrograms.wasm(WasiPrograms.all().stream()
                .filter(p -> p.name.equals("mount_changes"))
                .findFirst()
                .orElseThrow());
        String out =
                runScript("const f = (path, s) => ({ path, kind: 'file', data: bytes(s), mtimeNs: '1000000000' });\n"
                        + "const entries = [f('keep.txt', 'kept'), f('edit.txt', 'original'), f('gone.txt', 'x'),\n"
                        + "  { path: 'olddir', kind: 'dir' }, f('olddir/inner.txt', 'inner'), f('link-a', 'shared'),\n"
                        + "  { path: 'link-b', kind: 'file', linkTo: 'link-a' }, { path: 'sym', kind: 'symlink', target: 'keep.txt' },\n"
                        + "  f('to-dir', 'file'), { path: 'to-file', kind: 'dir' }];\n"
                        + "let stdout = '';\n"
                        + "const run = startWasi(readFileSync('" + wasm
                        + "'), { args: ['m'], mounts: [{ guestPath: '/sandbox', entries }],\n"
                        + "  stdout: (b) => { stdout += text(b); } });\n"
                        + "let s; let slices = 0;\n"
                        + "do { s = run.step(1000); slices++; } while (s === 'out-of-fuel');\n"
                        + "console.log(s, run.exitCode(), slices > 1, stdout.split('\\n')[1]);\n"
                        + "for (const e of run.mounts()[0].entries) {\n"
                        + "  console.log(e.path, e.kind, e.data ? '[' + text(e.data) + ']' : e.target ? '-> ' + e.target"
                        + " : e.linkTo ? '=> ' + e.linkTo : e.kind === 'file' ? 'unchanged' : '');\n"
                        + "}\n");
        assertEquals(
                String.join(
                                "\n",
                                "exited 0 true keep.txt: kept",
                                "edit.txt file [original edited]",
                                "empty.txt file []",
                                "keep.txt file [replaced]",
                                "link-a file [through b]",
                                "link-b file => link-a",
                                "new-hardlink file [new file]",
                                "newdir dir ",
                                "newdir/deeper dir ",
                                "newdir/deeper/new.txt file => new-hardlink",
                                "newsym symlink -> newdir/deeper/new.txt",
                                "renamed.txt file [kept]",
                                "sym symlink -> renamed.txt",
                                "times.txt file [fixed times]",
                                "to-dir dir ",
                                "to-file file [was a dir]")
                        + "\n",
                out);
    }

    @Test
    void sleepingCanSuspendTheStepInsteadOfBlocking() throws IOException {
        WasiPrograms.Program clocks = WasiPrograms.all().stream()
                .filter(p -> p.name.equals("clocks"))
                .findFirst()
                .orElseThrow();
        Path wasm = WasiPrograms.wasm(clocks);
        String out = runScript("let stdout = '';\n"
                + "const run = startWasi(readFileSync('" + wasm + "'), { args: ['clocks'], suspendOnSleep: true,\n"
                + "  stdout: (b) => { stdout += text(b); } });\n"
                + "let s, sleeps = 0;\n"
                + "while ((s = run.step(-1)) === 'sleeping') {\n"
                + "  sleeps++; Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(0, run.sleepMs()));\n"
                + "}\n"
                + "console.log(s, run.exitCode(), sleeps >= 2);\n"
                + "process.stdout.write(stdout);\n");
        assertEquals("exited 0 true\n" + WasiPrograms.expected(clocks, false), out);
    }
}
