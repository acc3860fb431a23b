package dev.teawasi.demo;

import dev.teawasi.engine.internal.script.ScriptResult;
import dev.teawasi.engine.internal.script.ScriptRunner;
import dev.teawasi.engine.internal.store.EngineConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The 'spectest' subcommand: runs wast2json scripts; prints each failure with its line and ends with
 * "N passed, N failed[, N skipped]". Exit code 0 only when nothing failed.
 */
final class SpectestCommand {
    private SpectestCommand() {
    }

    static int run(String[] args) {
        boolean verbose = false;
        boolean strict = false;
        List<String> scripts = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose")) {
                verbose = true;
            } else if (a.equals("--strict-messages")) {
                strict = true;
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
            Path path = Paths.get(script);
            String json;
            try {
                json = new String(ModuleFile.read(path, ScriptModules.LIMIT), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("teawasi: cannot read " + script + ": " + e.getMessage());
                return 2;
            }
            ScriptRunner runner = new ScriptRunner(new ScriptModules(path), System.out::println, new EngineConfig())
                    .verbose(verbose)
                    .strictMessages(strict);
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
        System.err.println("usage: teawasi spectest [-v] [--strict-messages] FILE.json...\n"
                + "  runs spec-test scripts converted by wabt's wast2json (the .wasm files beside each .json)\n"
                + "  -v                 also show skipped commands, print calls and differing error messages\n"
                + "  --strict-messages  count compile/link errors with a different message as failures");
        return 2;
    }
}
