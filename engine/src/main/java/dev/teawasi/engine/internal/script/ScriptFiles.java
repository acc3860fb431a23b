package dev.teawasi.engine.internal.script;

/** Reads the module files a script refers to (relative to the script's folder), so the runner needs no file API. */
@FunctionalInterface
public interface ScriptFiles {
    /** The file's bytes, or null when it cannot be read. */
    byte[] read(String name);
}
