package dev.teawasi.web.cli;

import dev.teawasi.wasi.vfs.VfsLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The flags of 'run', spelled as wasmtime spells them: {@code --dir HOST[::GUEST]}, {@code --env KEY[=VALUE]}
 * (a bare KEY passes the host's value), {@code --fuel N}, {@code --invoke NAME} (call this export instead of
 * _start), {@code -W unknown-imports-trap[=y|n]} (wasmtime's current spelling; also {@code -Wunknown-imports-trap}
 * and the older {@code --trap-unknown-imports}); each also as {@code --flag=value}. Flags end at the first
 * argument that is not a flag (the module) or at {@code --}; everything after the module is its arguments.
 * The one parser of both command lines: the JVM's (demo's RunCommand) and node's (cli/run.mjs through the TeaVM
 * build, {@code dev.teawasi.web.CliJs}), so both accept and refuse the same arguments with the same messages.
 */
public final class RunOptions {
    /** The synopsis printed after a usage error. */
    public static final String USAGE =
            "run [--dir HOST[::GUEST]]... [--env KEY=VALUE]... [--fuel N] [--max-memory SIZE]"
                    + " [--max-fs-bytes SIZE] [--max-inodes N] [--max-table-elements N] [--max-call-depth N]"
                    + " [--max-module-bytes SIZE] [--invoke NAME] [-W unknown-imports-trap] FILE.wasm [ARGS...]";
    /** Default limit of a module file for run and sections. */
    public static final long DEFAULT_MODULE_BYTES = 256L << 20;

    /** A host directory and the guest path it is preopened under. */
    public static final class Dir {
        public final String host;
        public final String guest;

        Dir(String host, String guest) {
            this.host = host;
            this.guest = guest;
        }
    }

    /** A bad command line: message for a one-line error, exit code 2. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    public final List<Dir> dirs = new ArrayList<>();
    /** KEY=VALUE strings, in order. */
    public final List<String> env = new ArrayList<>();

    public long fuel = -1;
    /** Limits (README, "Limits"); -1: the engine's default. */
    public long maxMemoryBytes = -1;

    public long maxTableElements = -1;
    public long maxCallDepth = -1;
    public long maxFsBytes = DEFAULT_FS_BYTES;
    public long maxInodes = VfsLimits.DEFAULT_MAX_INODES;
    public long maxModuleBytes = DEFAULT_MODULE_BYTES;
    /** The export to call (after _initialize) instead of running _start, or null. */
    public String invoke;
    /** Link unknown function imports to functions that trap when called. */
    public boolean trapUnknownImports;

    public String file;

    /** Bytes of file data each mounted directory may hold by default (the guest gets ENOSPC beyond). */
    public static final long DEFAULT_FS_BYTES = 1L << 30;

    private static final List<String> FLAGS = Arrays.asList(
            "--dir",
            "--env",
            "--fuel",
            "--max-memory",
            "--max-table-elements",
            "--max-call-depth",
            "--max-fs-bytes",
            "--max-inodes",
            "--max-module-bytes",
            "--invoke",
            "-W");
    public List<String> args = new ArrayList<>();

    /** Parses run's arguments; hostEnv gives the host's value of a variable (null: unset) for a bare --env KEY. */
    public static RunOptions parse(String[] argv, Function<String, String> hostEnv) throws UsageException {
        RunOptions o = new RunOptions();
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            if (a.equals("--trap-unknown-imports")) {
                o.trapUnknownImports = true;
                i++;
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (a.startsWith("-W") && a.length() > 2) {
                name = "-W";
                value = a.substring(2);
            }
            if (!FLAGS.contains(name)) {
                throw new UsageException("unknown option '" + a + "'");
            }
            if (value == null) {
                if (i + 1 >= argv.length) {
                    throw new UsageException("option " + name + " needs a value");
                }
                value = argv[++i];
            }
            i++;
            switch (name) {
                case "--dir":
                    o.dirs.add(parseDir(value));
                    break;
                case "--env":
                    o.env.add(parseEnv(value, hostEnv));
                    break;
                case "--invoke":
                    if (value.isEmpty()) {
                        throw new UsageException("--invoke needs the name of an exported function");
                    }
                    o.invoke = value;
                    break;
                case "-W":
                    o.trapUnknownImports = parseWasmOption(value);
                    break;
                case "--fuel":
                    o.fuel = parseFuel(value);
                    break;
                case "--max-memory":
                    o.maxMemoryBytes = parseSize(name, value);
                    break;
                case "--max-table-elements":
                    o.maxTableElements = parseCount(name, value);
                    break;
                case "--max-call-depth":
                    o.maxCallDepth = parseCount(name, value);
                    break;
                case "--max-fs-bytes":
                    o.maxFsBytes = parseSize(name, value);
                    break;
                case "--max-inodes":
                    o.maxInodes = parseCount(name, value);
                    break;
                default:
                    o.maxModuleBytes = parseSize(name, value);
                    break;
            }
        }
        if (i >= argv.length) {
            throw new UsageException("missing the .wasm file to run");
        }
        o.file = argv[i];
        o.args = new ArrayList<>(Arrays.asList(argv).subList(i + 1, argv.length));
        return o;
    }

    private static Dir parseDir(String value) throws UsageException {
        int sep = value.indexOf("::");
        String host = sep < 0 ? value : value.substring(0, sep);
        String guest = sep < 0 ? value : value.substring(sep + 2);
        if (host.isEmpty() || guest.isEmpty()) {
            throw new UsageException("--dir needs HOST or HOST::GUEST, got '" + value + "'");
        }
        return new Dir(host, guest);
    }

    private static String parseEnv(String value, Function<String, String> hostEnv) throws UsageException {
        int eq = value.indexOf('=');
        String key = eq < 0 ? value : value.substring(0, eq);
        if (key.isEmpty()) {
            throw new UsageException("--env needs KEY=VALUE, got '" + value + "'");
        }
        if (eq >= 0) {
            return value;
        }
        String host = hostEnv.apply(key);
        return key + "=" + (host == null ? "" : host);
    }

    /** A size in bytes: digits with an optional K, M or G (powers of 1024), e.g. 64M. */
    public static long parseSize(String flag, String value) throws UsageException {
        String v = value.trim();
        long unit = 1;
        if (!v.isEmpty()) {
            char last = Character.toUpperCase(v.charAt(v.length() - 1));
            unit = last == 'K' ? 1L << 10 : last == 'M' ? 1L << 20 : last == 'G' ? 1L << 30 : 1;
            if (unit > 1) {
                v = v.substring(0, v.length() - 1);
            }
        }
        if (v.isEmpty() || v.length() > 15 || !digits(v)) {
            throw new UsageException(flag + " needs a size in bytes (e.g. 65536, 64K, 256M, 2G), got '" + value + "'");
        }
        return Long.parseLong(v) * unit;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static long parseCount(String flag, String value) throws UsageException {
        if (value.isEmpty()
                || value.length() > 10
                || !digits(value)
                || Long.parseLong(value) == 0
                || Long.parseLong(value) > Integer.MAX_VALUE) {
            throw new UsageException(flag + " needs a positive number, got '" + value + "'");
        }
        return Long.parseLong(value);
    }

    /** The one -W option teawasi has: unknown-imports-trap[=y|n] (wasmtime's boolean spellings). */
    private static boolean parseWasmOption(String value) throws UsageException {
        int eq = value.indexOf('=');
        String key = eq < 0 ? value : value.substring(0, eq);
        if (!key.equals("unknown-imports-trap")) {
            throw new UsageException(
                    "unsupported -W option '" + value + "' (teawasi supports -W unknown-imports-trap)");
        }
        if (eq < 0) {
            return true;
        }
        switch (value.substring(eq + 1)) {
            case "y":
            case "yes":
            case "true":
                return true;
            case "n":
            case "no":
            case "false":
                return false;
            default:
                throw new UsageException("-W unknown-imports-trap takes y or n, got '" + value.substring(eq + 1) + "'");
        }
    }

    private static long parseFuel(String value) throws UsageException {
        try {
            if (!digits(value) || value.length() > 18) {
                throw new NumberFormatException();
            }
            long f = Long.parseLong(value);
            if (f <= 0) {
                throw new NumberFormatException();
            }
            return f;
        } catch (NumberFormatException e) {
            throw new UsageException("--fuel needs a positive number of instructions, got '" + value + "'");
        }
    }
}
