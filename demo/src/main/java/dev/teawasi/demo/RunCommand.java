package dev.teawasi.demo;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.runtime.LinkException;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.wasi.WasiConfig;
import dev.teawasi.wasi.WasiProcess;
import dev.teawasi.wasi.WasiResult;
import dev.teawasi.wasi.host.SystemClock;
import dev.teawasi.wasi.mount.MountedTree;
import dev.teawasi.wasi.vfs.Vfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 'run' subcommand: runs a WASI command with the process's stdio, mounting host directories into the
 * virtual file system and writing the guest's changes back after the run (also after a trap or proc_exit).
 * Exit codes: the guest's exit code; 134 after a trap (as wasmtime on Unix: 128 + SIGABRT) or when the fuel is
 * used up; 1 for an unreadable, malformed or unlinkable module; 2 for a bad command line.
 */
final class RunCommand {
    static final int EXIT_USAGE = 2;
    static final int EXIT_BAD_MODULE = 1;
    /** Default cap on the bytes of files loaded from all --dir mounts together. */
    static final long DEFAULT_MOUNT_LIMIT = 1L << 30;

    private RunCommand() {
    }

    static int run(String[] argv) {
        RunOptions o;
        try {
            o = RunOptions.parse(argv, System.getenv());
        } catch (RunOptions.UsageException e) {
            System.err.println("teawasi run: " + e.getMessage()
                    + " (usage: run [--dir HOST[::GUEST]]... [--env KEY=VALUE]... [--fuel N] FILE.wasm [ARGS...])");
            return EXIT_USAGE;
        }
        try {
            return execute(o);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // Never a Java stack trace: one line that says what went wrong.
            System.err.println("teawasi: internal error: " + e);
            return 70;
        }
    }

    private static int execute(RunOptions o) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(o.file));
        } catch (IOException | RuntimeException e) {
            System.err.println("teawasi: cannot read " + o.file + ": " + describe(e));
            return EXIT_BAD_MODULE;
        }
        WasmModule module;
        try {
            module = WasmModule.compile(bytes);
        } catch (CompileException e) {
            System.err.println("teawasi: " + o.file + ": " + e.getMessage());
            return EXIT_BAD_MODULE;
        }
        long limit = Long.getLong("teawasi.mountLimit", DEFAULT_MOUNT_LIMIT);
        SystemClock clock = new SystemClock();
        List<HostMount> hostMounts = new ArrayList<>();
        List<MountedTree> trees = new ArrayList<>();
        WasiConfig.Builder b = WasiConfig.builder();
        b.clock(clock);
        List<String> args = new ArrayList<>();
        args.add(o.file);
        args.addAll(o.args);
        b.args(args);
        for (String kv : o.env) {
            int eq = kv.indexOf('=');
            b.env(kv.substring(0, eq), kv.substring(eq + 1));
        }
        for (RunOptions.Dir d : o.dirs) {
            try {
                HostMount m = HostMount.read(d.host, d.guest, limit);
                limit -= m.bytes();
                // One Vfs per mount, like separate host file systems: renaming between mounts is EXDEV.
                Vfs vfs = new Vfs(clock);
                trees.add(MountedTree.load(vfs.root(), m.entries()));
                hostMounts.add(m);
                b.preopen(d.guest, vfs.root());
            } catch (IOException e) {
                System.err.println("teawasi: " + describe(e));
                return EXIT_USAGE;
            }
        }
        b.stdin(StdioStreams.stdin()).stdout(StdioStreams.stdout()).stderr(StdioStreams.stderr());
        // Java tells only whether stdin and stdout are both a terminal: then the guest's isatty() is true
        b.stdioTerminal(System.console() != null);
        if (o.fuel > 0) {
            b.fuel(o.fuel);
        }
        WasiProcess p;
        try {
            p = WasiProcess.instantiate(module, b.build());
        } catch (LinkException e) {
            System.err.println("teawasi: " + o.file + ": " + e.getMessage());
            return EXIT_BAD_MODULE;
        } catch (Trap t) {
            printTrap(t, "while instantiating");
            writeBack(hostMounts, trees);
            return WasiResult.TRAP_EXIT_CODE;
        }
        WasiResult r;
        try {
            r = p.runCommand();
        } catch (IllegalStateException e) {
            System.err.println("teawasi: " + o.file + ": " + e.getMessage());
            return EXIT_BAD_MODULE;
        } finally {
            // also after a trap, proc_exit or a host failure: the guest's changes reach the host
            writeBack(hostMounts, trees);
        }
        switch (r.status()) {
            case TRAPPED:
                printTrap(r.trap(), null);
                return WasiResult.TRAP_EXIT_CODE;
            case OUT_OF_FUEL:
                System.err.println("teawasi: out of fuel: the run used up --fuel " + o.fuel + " instructions");
                return WasiResult.TRAP_EXIT_CODE;
            case WAITING_FOR_INPUT:
            case SLEEPING:
                // not reached: the process's stdin blocks and the system clock sleeps
                System.err.println("teawasi: the run stopped: " + r.status());
                return WasiResult.TRAP_EXIT_CODE;
            default:
                return r.exitCode();
        }
    }

    private static void writeBack(List<HostMount> mounts, List<MountedTree> trees) {
        for (int i = 0; i < mounts.size(); i++) {
            for (String warning : mounts.get(i).writeBack(trees.get(i).export())) {
                System.err.println("teawasi: --dir " + mounts.get(i).root + ": " + warning);
            }
        }
    }

    static void printTrap(Trap t, String when) {
        StringBuilder sb = new StringBuilder("teawasi: wasm trap");
        if (when != null) {
            sb.append(' ').append(when);
        }
        sb.append(": ").append(t.getMessage()).append('\n');
        List<String> stack = t.wasmStackTrace();
        if (stack != null && !stack.isEmpty()) {
            sb.append("wasm backtrace:\n");
            for (int i = 0; i < stack.size(); i++) {
                sb.append("  ").append(i).append(": ").append(stack.get(i)).append('\n');
            }
        }
        System.err.print(sb);
        System.err.flush();
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file " + m;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + m;
        }
        return m != null ? m : e.toString();
    }
}
