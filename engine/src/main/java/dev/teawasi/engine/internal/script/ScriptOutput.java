package dev.teawasi.engine.internal.script;

/** Where the runner writes its report, one line at a time (stdout on the JVM, a JS callback in the TeaVM build). */
@FunctionalInterface
public interface ScriptOutput {
    void line(String text);
}
