package dev.teawasi.demo;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.LinkException;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.wasi.ExportCall;
import dev.teawasi.wasi.ProcExit;
import dev.teawasi.wasi.WasiConfig;
import dev.teawasi.wasi.WasiProcess;
import dev.teawasi.wasi.WasiResult;
import dev.teawasi.wasi.abi.ErrnoException;
import dev.teawasi.wasi.host.SystemClock;
import dev.teawasi.wasi.mount.MountedTree;
import dev.teawasi.wasi.vfs.Vfs;
import dev.teawasi.wasi.vfs.VfsLimits;
import dev.teawasi.web.cli.HostFileException;
import dev.teawasi.web.cli.HostMount;
import dev.teawasi.web.cli.ModuleFile;
import dev.teawasi.web.cli.ModuleFileException;
import dev.teawasi.web.cli.MountWriteBack;
import dev.teawasi.web.cli.RunOptions;
import dev.teawasi.web.cli.TrapReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The 'run' subcommand: runs a WASI command with the process's stdio, mounting host directories into the
 * virtual file system and writing the guest's changes back after the run (also after a trap or proc_exit; not
 * after SIGINT/SIGTERM, see {@link Interrupts}). Exit codes: {@link ExitCodes}.
 */
final class RunCommand {
    /** Host file access for --dir (node's is cli/host-files.mjs; the loading and write-back code is shared). */
    private static final NioHostFiles FILES = new NioHostFiles();
    /** Default cap on the bytes of files loaded from all --dir mounts together. */
    static final long DEFAULT_MOUNT_LIMIT = 1L << 30;

    private RunCommand() {}

    static int run(String[] argv) {
        RunOptions o;
        try {
            o = RunOptions.parse(argv, System::getenv);
        } catch (RunOptions.UsageException e) {
            System.err.println("teawasi run: " + e.getMessage() + " (usage: " + RunOptions.USAGE + ")");
            return ExitCodes.USAGE;
        }
        try {
            return execute(o);
        } catch (OutOfMemoryError e) {
            System.err.println("teawasi: out of memory: the program asked for more than this JVM can hold");
            return ExitCodes.TRAP;
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in teawasi: one line that says what went wrong, never a Java stack trace
            System.err.println("teawasi: internal error: " + e);
            return ExitCodes.INTERNAL;
        }
    }

    private static int execute(RunOptions o) {
        byte[] bytes;
        try {
            bytes = ModuleFile.read(new NioHostFiles(), o.file, o.maxModuleBytes);
        } catch (ModuleFileException e) {
            System.err.println("teawasi: cannot read " + o.file + ": " + e.getMessage());
            return ExitCodes.BAD_MODULE;
        }
        WasmModule module;
        try {
            module = WasmModule.compile(bytes);
        } catch (CompileException e) {
            System.err.println("teawasi: " + o.file + ": " + e.getMessage());
            return ExitCodes.BAD_MODULE;
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
                HostMount m = HostMount.read(
                        FILES, d.host, d.guest, limit, "raise the limit with -Dteawasi.mountLimit=BYTES");
                limit -= m.bytes();
                // One Vfs per mount, like separate host file systems: renaming between mounts is EXDEV.
                Vfs vfs = new Vfs(clock, new VfsLimits(o.maxFsBytes, o.maxInodes));
                trees.add(MountedTree.load(vfs.root(), m.entries()));
                hostMounts.add(m);
                b.preopen(d.guest, vfs.root());
            } catch (HostFileException e) {
                System.err.println("teawasi: " + e.getMessage());
                return ExitCodes.USAGE;
            } catch (ErrnoException | IllegalStateException e) {
                System.err.println("teawasi: --dir " + d.host + ": cannot load it: " + e.getMessage()
                        + " (--max-fs-bytes " + o.maxFsBytes + ", --max-inodes " + o.maxInodes + ")");
                return ExitCodes.USAGE;
            }
        }
        b.stdin(StdioStreams.stdin()).stdout(StdioStreams.stdout()).stderr(StdioStreams.stderr());
        // Java tells only whether stdin and stdout are both a terminal: then the guest's isatty() is true
        b.stdioTerminal(System.console() != null);
        if (o.fuel > 0) {
            b.fuel(o.fuel);
        }
        b.engineConfig(engineConfig(o));
        Interrupts.install(hostMounts);
        WasiResult r;
        List<String> results = null;
        try {
            WasiProcess p = WasiProcess.instantiate(
                    module, b.build(), new Imports().trapUnknownFunctions(o.trapUnknownImports));
            if (o.invoke != null) {
                ExportCall call;
                try {
                    call = ExportCall.prepare(p, o.invoke, o.args);
                } catch (IllegalArgumentException e) {
                    System.err.println("teawasi: " + o.file + ": --invoke: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
                r = call.run(o.fuel > 0 ? o.fuel : -1);
                results = call.results();
            } else {
                r = p.runCommand();
            }
        } catch (LinkException e) {
            System.err.println("teawasi: " + o.file + ": " + e.getMessage());
            return ExitCodes.BAD_MODULE;
        } catch (IllegalStateException e) {
            System.err.println("teawasi: " + o.file + ": " + e.getMessage());
            return ExitCodes.BAD_MODULE;
        } catch (ProcExit e) {
            // proc_exit in the start function: the program's exit, like anywhere else
            r = WasiResult.exited(e.code());
        } catch (Trap t) {
            r = WasiResult.trapped(t);
        }
        int code;
        switch (r.status()) {
            case TRAPPED:
                System.err.print(
                        TrapReport.format(r.trap().getMessage(), r.trap().wasmStackTrace(), null));
                System.err.flush();
                code = ExitCodes.TRAP;
                break;
            case OUT_OF_FUEL:
                System.err.println("teawasi: out of fuel: the run used up --fuel " + o.fuel + " instructions");
                code = ExitCodes.TRAP;
                break;
            case WAITING_FOR_INPUT:
            case SLEEPING:
                // not reached: the process's stdin blocks and the system clock sleeps
                System.err.println("teawasi: the run stopped: " + r.status());
                code = ExitCodes.TRAP;
                break;
            default:
                code = ExitCodes.ofGuest(r.exitCode());
                if (results != null) {
                    // --invoke: the export's results one per line, as wasmtime prints them
                    StringBuilder sb = new StringBuilder();
                    for (String v : results) {
                        sb.append(v).append('\n');
                    }
                    System.out.print(sb);
                    System.out.flush();
                }
                break;
        }
        // also after a trap or proc_exit: the guest's changes reach the host
        Interrupts.beginWriteBack();
        return writeBack(hostMounts, trees) ? code : writeBackFailed(code);
    }

    /** The engine's limits with the command line's --max-* flags applied. */
    static EngineConfig engineConfig(RunOptions o) {
        EngineConfig c = new EngineConfig();
        if (o.maxMemoryBytes >= 0) {
            long pages = o.maxMemoryBytes >>> 16;
            c.maxMemoryPagesTotal = Math.min(pages, c.maxMemoryPagesTotal);
            c.maxMemoryPages = (int) Math.min(pages, c.maxMemoryPages);
        }
        if (o.maxTableElements > 0) {
            c.maxTableElementsTotal = o.maxTableElements;
            c.maxTableSize = (int) Math.min(o.maxTableElements, c.maxTableSize);
        }
        if (o.maxCallDepth > 0) {
            c.maxCallDepth = (int) o.maxCallDepth;
        }
        return c;
    }

    /** Writes every mount back; false when some change did not reach the host (each problem is printed). */
    private static boolean writeBack(List<HostMount> mounts, List<MountedTree> trees) {
        boolean ok = true;
        for (int i = 0; i < mounts.size(); i++) {
            List<String> problems =
                    MountWriteBack.apply(mounts.get(i), trees.get(i).export());
            for (int k = 0; k < problems.size(); k++) {
                if (k == MAX_PROBLEM_LINES) {
                    System.err.println(
                            "teawasi: --dir " + mounts.get(i).root + ": ... and " + (problems.size() - k) + " more");
                    break;
                }
                System.err.println("teawasi: --dir " + mounts.get(i).root + ": " + problems.get(k));
            }
            ok &= problems.isEmpty();
        }
        return ok;
    }

    /** Problem lines printed per mount (the rest are counted). */
    static final int MAX_PROBLEM_LINES = 50;

    private static int writeBackFailed(int programCode) {
        System.err.println("teawasi: not every change of the program was written back (the program's own exit code"
                + " was " + programCode + ")");
        return ExitCodes.WRITE_BACK;
    }
}
