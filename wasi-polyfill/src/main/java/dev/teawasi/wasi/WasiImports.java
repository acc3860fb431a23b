package dev.teawasi.wasi;

import dev.teawasi.engine.internal.exec.HostCall;
import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.store.Memory;
import dev.teawasi.wasi.abi.AbiVersion;
import dev.teawasi.wasi.abi.Errno;

/**
 * Binds the WASI functions to the engine: every function of wasi_snapshot_preview1 and wasi_unstable as a host
 * import. Each call points the function layer at the caller's memory; a {@link Errno#WOULD_BLOCK} result
 * suspends the run, and the engine calls the function again on resume.
 */
public final class WasiImports {
    private WasiImports() {}

    /** Adds both snapshot modules, sharing one state. */
    public static void addTo(Imports imports, WasiState state) {
        addTo(imports, new WasiFunctions(state, AbiVersion.PREVIEW1));
        addTo(imports, new WasiFunctions(state, AbiVersion.SNAPSHOT0));
    }

    /** Adds the functions of f's snapshot under its module name. */
    public static void addTo(Imports imports, WasiFunctions f) {
        Binder b = new Binder(imports, f);
        b.bind("args_get", "ii", c -> f.args_get(c.i32(0), c.i32(1)));
        b.bind("args_sizes_get", "ii", c -> f.args_sizes_get(c.i32(0), c.i32(1)));
        b.bind("environ_get", "ii", c -> f.environ_get(c.i32(0), c.i32(1)));
        b.bind("environ_sizes_get", "ii", c -> f.environ_sizes_get(c.i32(0), c.i32(1)));
        b.bind("clock_res_get", "ii", c -> f.clock_res_get(c.i32(0), c.i32(1)));
        b.bind("clock_time_get", "iIi", c -> f.clock_time_get(c.i32(0), c.i64(1), c.i32(2)));
        b.bind("fd_advise", "iIIi", c -> f.fd_advise(c.i32(0), c.i64(1), c.i64(2), c.i32(3)));
        b.bind("fd_allocate", "iII", c -> f.fd_allocate(c.i32(0), c.i64(1), c.i64(2)));
        b.bind("fd_close", "i", c -> f.fd_close(c.i32(0)));
        b.bind("fd_datasync", "i", c -> f.fd_datasync(c.i32(0)));
        b.bind("fd_fdstat_get", "ii", c -> f.fd_fdstat_get(c.i32(0), c.i32(1)));
        b.bind("fd_fdstat_set_flags", "ii", c -> f.fd_fdstat_set_flags(c.i32(0), c.i32(1)));
        b.bind("fd_fdstat_set_rights", "iII", c -> f.fd_fdstat_set_rights(c.i32(0), c.i64(1), c.i64(2)));
        b.bind("fd_filestat_get", "ii", c -> f.fd_filestat_get(c.i32(0), c.i32(1)));
        b.bind("fd_filestat_set_size", "iI", c -> f.fd_filestat_set_size(c.i32(0), c.i64(1)));
        b.bind("fd_filestat_set_times", "iIIi", c -> f.fd_filestat_set_times(c.i32(0), c.i64(1), c.i64(2), c.i32(3)));
        b.bind("fd_pread", "iiiIi", c -> f.fd_pread(c.i32(0), c.i32(1), c.i32(2), c.i64(3), c.i32(4)));
        b.bind("fd_prestat_get", "ii", c -> f.fd_prestat_get(c.i32(0), c.i32(1)));
        b.bind("fd_prestat_dir_name", "iii", c -> f.fd_prestat_dir_name(c.i32(0), c.i32(1), c.i32(2)));
        b.bind("fd_pwrite", "iiiIi", c -> f.fd_pwrite(c.i32(0), c.i32(1), c.i32(2), c.i64(3), c.i32(4)));
        b.bind("fd_read", "iiii", c -> f.fd_read(c.i32(0), c.i32(1), c.i32(2), c.i32(3)));
        b.bind("fd_readdir", "iiiIi", c -> f.fd_readdir(c.i32(0), c.i32(1), c.i32(2), c.i64(3), c.i32(4)));
        b.bind("fd_renumber", "ii", c -> f.fd_renumber(c.i32(0), c.i32(1)));
        b.bind("fd_seek", "iIii", c -> f.fd_seek(c.i32(0), c.i64(1), c.i32(2), c.i32(3)));
        b.bind("fd_sync", "i", c -> f.fd_sync(c.i32(0)));
        b.bind("fd_tell", "ii", c -> f.fd_tell(c.i32(0), c.i32(1)));
        b.bind("fd_write", "iiii", c -> f.fd_write(c.i32(0), c.i32(1), c.i32(2), c.i32(3)));
        b.bind("path_create_directory", "iii", c -> f.path_create_directory(c.i32(0), c.i32(1), c.i32(2)));
        b.bind(
                "path_filestat_get",
                "iiiii",
                c -> f.path_filestat_get(c.i32(0), c.i32(1), c.i32(2), c.i32(3), c.i32(4)));
        b.bind(
                "path_filestat_set_times",
                "iiiiIIi",
                c -> f.path_filestat_set_times(c.i32(0), c.i32(1), c.i32(2), c.i32(3), c.i64(4), c.i64(5), c.i32(6)));
        b.bind(
                "path_link",
                "iiiiiii",
                c -> f.path_link(c.i32(0), c.i32(1), c.i32(2), c.i32(3), c.i32(4), c.i32(5), c.i32(6)));
        b.bind(
                "path_open",
                "iiiiiIIii",
                c -> f.path_open(
                        c.i32(0), c.i32(1), c.i32(2), c.i32(3), c.i32(4), c.i64(5), c.i64(6), c.i32(7), c.i32(8)));
        b.bind(
                "path_readlink",
                "iiiiii",
                c -> f.path_readlink(c.i32(0), c.i32(1), c.i32(2), c.i32(3), c.i32(4), c.i32(5)));
        b.bind("path_remove_directory", "iii", c -> f.path_remove_directory(c.i32(0), c.i32(1), c.i32(2)));
        b.bind("path_rename", "iiiiii", c -> f.path_rename(c.i32(0), c.i32(1), c.i32(2), c.i32(3), c.i32(4), c.i32(5)));
        b.bind("path_symlink", "iiiii", c -> f.path_symlink(c.i32(0), c.i32(1), c.i32(2), c.i32(3), c.i32(4)));
        b.bind("path_unlink_file", "iii", c -> f.path_unlink_file(c.i32(0), c.i32(1), c.i32(2)));
        b.bind("poll_oneoff", "iiii", c -> f.poll_oneoff(c.i32(0), c.i32(1), c.i32(2), c.i32(3)));
        b.imports.function(b.module, "proc_exit", type("i", false), c -> {
            b.memory(c);
            f.proc_exit(c.i32(0));
        });
        b.bind("proc_raise", "i", c -> f.proc_raise(c.i32(0)));
        b.bind("sched_yield", "", c -> f.sched_yield());
        b.bind("random_get", "ii", c -> f.random_get(c.i32(0), c.i32(1)));
        if (f.abi() == AbiVersion.PREVIEW1) {
            b.bind("sock_accept", "iii", c -> f.sock_accept(c.i32(0), c.i32(1), c.i32(2)));
        }
        b.bind("sock_recv", "iiiiii", c -> f.sock_recv(c.i32(0), c.i32(1), c.i32(2), c.i32(3), c.i32(4), c.i32(5)));
        b.bind("sock_send", "iiiii", c -> f.sock_send(c.i32(0), c.i32(1), c.i32(2), c.i32(3), c.i32(4)));
        b.bind("sock_shutdown", "ii", c -> f.sock_shutdown(c.i32(0), c.i32(1)));
    }

    /** A WASI function body: returns the errno. */
    private interface Body {
        int call(HostCall c);
    }

    private static final class Binder {
        final Imports imports;
        final WasiFunctions f;
        final String module;
        private Memory lastMemory;

        Binder(Imports imports, WasiFunctions f) {
            this.imports = imports;
            this.f = f;
            this.module = f.abi().moduleName;
        }

        void memory(HostCall c) {
            Memory mem = c.memory();
            if (mem != lastMemory) {
                lastMemory = mem;
                f.setMemory(mem == null ? null : new EngineMemory(mem));
            }
        }

        void bind(String name, String params, Body body) {
            imports.function(module, name, type(params, true), c -> {
                memory(c);
                int r = body.call(c);
                if (r == Errno.WOULD_BLOCK) {
                    c.suspend();
                    r = Errno.AGAIN;
                }
                c.setI32(0, r);
            });
        }
    }

    /** 'i' is i32, 'I' is i64; WASI functions return an i32 errno. */
    static FuncType type(String params, boolean errnoResult) {
        byte[] p = new byte[params.length()];
        for (int i = 0; i < p.length; i++) {
            p[i] = params.charAt(i) == 'I' ? ValType.I64 : ValType.I32;
        }
        return new FuncType(p, errnoResult ? new byte[] {ValType.I32} : new byte[0]);
    }
}
