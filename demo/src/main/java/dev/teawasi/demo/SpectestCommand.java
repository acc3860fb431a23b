package dev.teawasi.demo;

import dev.teawasi.engine.internal.script.ScriptResult;
import dev.teawasi.engine.internal.script.ScriptRunner;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.web.cli.HostFiles;
import dev.teawasi.web.cli.ModuleFile;
import dev.teawasi.web.cli.ModuleFileException;
import dev.teawasi.web.cli.ScriptModules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 'spectest' subcommand: runs wast2json scripts; prints each failure with its line and ends with
 * "N passed, N failed[, N skipped]". Exit code 0 only when nothing failed.
 */
final class SpectestCommand {
    private SpectestCommand() {}

    static int run(String[] args) {
        boolean verbose = false;
        boolean strict = false;
        boolean wasm2 = false;
        List<String> scripts = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose")) {
                verbose = true;
            } else if (a.equals("--strict-messages")) {
                strict = true;
            } else if (a.equals("--wasm-2.0")) {
                wasm2 = true;
            } else if (a.startsWith("-")) {
                return usage("unknown option " + a);
            } else {
                scripts.add(a);
            }
        }
        if (scripts.isEmpty()) {
            return usage(null);
        }
        ScriptResult total = new ScriptResult();
        for (String script : scripts) {
            HostFiles files = new NioHostFiles();
            String json;
            try {
                json = new String(ModuleFile.read(files, script, ScriptModules.LIMIT), StandardCharsets.UTF_8);
            } catch (ModuleFileException e) {
                System.err.println("teawasi: cannot read " + script + ": " + e.getMessage());
                return 2;
            }
            ScriptRunner runner = new ScriptRunner(
                            new ScriptModules(files, script), System.out::println, new EngineConfig())
                    .verbose(verbose)
                    .strictMessages(strict)
                    .webAssembly2(wasm2);
            ScriptResult r = runner.run(json);
            if (scripts.size() > 1) {
                System.out.println(script + ": " + r.summary());
            }
            total.add(r);
        }
        System.out.println(total.summary());
        return total.failed == 0 ? 0 : 1;
    }

    private static int usage(String problem) {
        if (problem != null) {
            System.err.println("teawasi: " + problem);
        }
        System.err.println("usage: teawasi spectest [-v] [--strict-messages] [--wasm-2.0] FILE.json...\n"
                + "  runs spec-test scripts converted by wabt's wast2json (the .wasm files beside each .json)\n"
                + "  -v                 also show skipped commands, print calls and differing error messages\n"
                + "  --strict-messages  count compile/link errors with a different message as failures\n"
                + "  --wasm-2.0         compile by WebAssembly 2.0's rules where 3.0 changed them (the 2.0 suite)");
        return 2;
    }
}
