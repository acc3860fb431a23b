package dev.teawasi.bench;

import java.util.Arrays;

/**
 * What one measuring process reports for one program on one runtime, as a single tab-separated line that the
 * driver parses: RESULT, runtime, program, compile ms, instantiate ms, then the execution times of the measured
 * runs in ms (comma-separated). Node's scripts print the same line.
 */
public final class Measurement {
    public static final String TAG = "RESULT";

    public final String runtime;
    public final String program;
    public final double compileMs;
    public final double instantiateMs;
    public final double[] executeMs;

    public Measurement(String runtime, String program, double compileMs, double instantiateMs, double[] executeMs) {
        this.runtime = runtime;
        this.program = program;
        this.compileMs = compileMs;
        this.instantiateMs = instantiateMs;
        this.executeMs = executeMs;
    }

    /** The median of the measured runs (the lower middle one for an even count). */
    public double medianMs() {
        double[] s = executeMs.clone();
        Arrays.sort(s);
        return s[(s.length - 1) / 2];
    }

    public String toLine() {
        StringBuilder runs = new StringBuilder();
        for (double d : executeMs) {
            runs.append(runs.length() == 0 ? "" : ",").append(String.format("%.1f", d));
        }
        return TAG + "\t" + runtime + "\t" + program + "\t" + String.format("%.1f", compileMs) + "\t"
                + String.format("%.1f", instantiateMs) + "\t" + runs;
    }

    /** Parses a line printed by {@link #toLine()} (or the node scripts); null when the line is not a result. */
    public static Measurement parse(String line) {
        String[] f = line.trim().split("\t");
        if (f.length != 6 || !f[0].equals(TAG)) {
            return null;
        }
        String[] runs = f[5].split(",");
        double[] ms = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            ms[i] = Double.parseDouble(runs[i]);
        }
        return new Measurement(f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), ms);
    }
}
