package dev.teawasi.web.cli;

import dev.teawasi.engine.internal.script.ScriptException;
import dev.teawasi.engine.internal.script.ScriptFiles;

/**
 * The module files a spec-test script names, read only from inside the script's folder (no absolute names, no "..",
 * no symlink out) and with a size limit; a refusal fails the command with a reason. The JVM and the node command line
 * both use this one copy of the rules, over their {@link HostFiles}.
 */
public final class ScriptModules implements ScriptFiles {
    /** Largest module file (and script) a spectest run reads. */
    public static final long LIMIT = 64L << 20;

    private final HostFiles files;
    private final String dir;
    private final String realDirSlash;

    /** script: the script's path (relative to the working directory or absolute), '/'-separated. */
    public ScriptModules(HostFiles files, String script) {
        this.files = files;
        int slash = script.lastIndexOf('/');
        this.dir = slash < 0 ? "." : slash == 0 ? "/" : script.substring(0, slash);
        String real;
        try {
            real = files.realpath(dir);
        } catch (HostFileException e) {
            real = dir;
        }
        this.realDirSlash = real.endsWith("/") ? real : real + "/";
    }

    @Override
    public byte[] read(String name) {
        boolean plain = !name.isEmpty() && !name.startsWith("/") && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
        for (String part : name.split("/", -1)) {
            plain &= !part.isEmpty() && !part.equals("..");
        }
        if (!plain) {
            throw new ScriptException("module file name '" + name + "' leaves the script's folder");
        }
        String real;
        try {
            real = files.realpath(dir.endsWith("/") ? dir + name : dir + "/" + name);
        } catch (HostFileException e) {
            throw new ScriptException("cannot read " + name + ": no such file");
        }
        if (!real.startsWith(realDirSlash)) {
            throw new ScriptException("module file " + name + " leaves the script's folder");
        }
        try {
            return ModuleFile.read(files, real, LIMIT);
        } catch (ModuleFileException e) {
            String m = e.getMessage();
            throw new ScriptException(
                    "cannot read " + name + ": " + (m.startsWith("no such file") ? "no such file" : m));
        }
    }
}
