package dev.teawasi.engine.internal.script;

/** Counts of one or more script runs. */
public final class ScriptResult {
    public int passed;
    public int failed;
    public int skipped;

    public void add(ScriptResult other) {
        passed += other.passed;
        failed += other.failed;
        skipped += other.skipped;
    }

    /** The closing line: "N passed, N failed" and ", N skipped" when anything was skipped. */
    public String summary() {
        String s = passed + " passed, " + failed + " failed";
        return skipped > 0 ? s + ", " + skipped + " skipped" : s;
    }
}
