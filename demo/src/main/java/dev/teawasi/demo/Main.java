package dev.teawasi.demo;

import java.util.Arrays;

/** Entry point of teawasi.jar: dispatches to one class per subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(dispatch(args));
    }

    static int dispatch(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            usage();
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "--version":
            case "version":
                System.out.println("teawasi " + dev.teawasi.engine.Version.VERSION);
                return 0;
            case "serve":
                return ServeCommand.run(rest);
            case "sections":
                return SectionsCommand.run(rest);
            case "run":
                return RunCommand.run(rest);
            case "spectest":
                return SpectestCommand.run(rest);
            default:
                System.err.println("teawasi: unknown command '" + args[0] + "' (see --help)");
                return 2;
        }
    }

    static void usage() {
        System.out.println("usage: java -jar teawasi.jar <command> [options]\n"
                + "\n"
                + "commands:\n"
                + "  run [--dir HOST[::GUEST]]... [--env KEY=VALUE]... [--fuel N] [--max-memory SIZE]\n"
                + "      [--max-fs-bytes SIZE] [--max-inodes N] [--max-table-elements N] [--max-call-depth N]\n"
                + "      [--max-module-bytes SIZE]"
                + " [--invoke NAME] [-W unknown-imports-trap] FILE.wasm [ARGS...]\n"
                + "                     run a WASI command module; --invoke NAME calls that export instead of\n"
                + "                     _start (after _initialize) with ARGS and prints its results;\n"
                + "                     -W unknown-imports-trap (or --trap-unknown-imports) links unknown\n"
                + "                     function imports to functions that trap when called\n"
                + "  spectest FILE.json run a spec-test script converted by wabt's wast2json\n"
                + "  sections FILE.wasm list the sections of a module\n"
                + "  serve [--port N]   serve the demo page on http://127.0.0.1:N/\n"
                + "  --version          print the version\n"
                + "  --help             this text");
    }
}
