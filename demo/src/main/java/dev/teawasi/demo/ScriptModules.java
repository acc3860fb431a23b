package dev.teawasi.demo;

import dev.teawasi.engine.internal.script.ScriptException;
import dev.teawasi.engine.internal.script.ScriptFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The module files a spec-test script names, read only from inside the script's folder (no absolute names, no
 * "..", no symlink out) and with a size limit; a refusal fails the command with a reason. cli/script-modules.mjs
 * applies the same rules with the same messages on node.
 */
final class ScriptModules implements ScriptFiles {
    /** Largest module file (and script) a spectest run reads. */
    static final long LIMIT = 64L << 20;

    private final Path dir;
    private final Path realDir;

    ScriptModules(Path script) {
        this.dir = script.toAbsolutePath().getParent();
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            real = dir;
        }
        this.realDir = real;
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
        Path real;
        try {
            real = dir.resolve(name).toRealPath();
        } catch (IOException | RuntimeException e) {
            throw new ScriptException("cannot read " + name + ": no such file");
        }
        if (!real.startsWith(realDir) || real.equals(realDir)) {
            throw new ScriptException("module file " + name + " leaves the script's folder");
        }
        try {
            return ModuleFile.read(real, LIMIT);
        } catch (IOException e) {
            String m = e.getMessage();
            throw new ScriptException(
                    "cannot read " + name + ": " + (m.startsWith("no such file") ? "no such file" : m));
        }
    }
}
