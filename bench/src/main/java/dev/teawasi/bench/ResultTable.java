package dev.teawasi.bench;

import java.util.List;
import java.util.Map;

/** Formats the measurements as a markdown table: median execution times, ratios, and their geometric means. */
public final class ResultTable {
    private ResultTable() {}

    public static String markdown(
            List<Program> programs, List<String> runtimes, Map<String, Map<String, Measurement>> results) {
        boolean chicory = runtimes.contains("chicory");
        boolean teavm = runtimes.contains("teavm");
        boolean v8 = runtimes.contains("v8");
        StringBuilder sb = new StringBuilder();
        sb.append("| program | size | teawasi JVM ms |");
        if (chicory) {
            sb.append(" Chicory JVM ms | teawasi / Chicory |");
        }
        if (teavm) {
            sb.append(" teawasi TeaVM node ms | TeaVM node / JVM |");
        }
        if (v8) {
            sb.append(" node V8 native ms |");
        }
        sb.append('\n').append("|---|---:|---:|");
        sb.append(chicory ? "---:|---:|" : "").append(teavm ? "---:|---:|" : "").append(v8 ? "---:|" : "");
        sb.append('\n');
        double logChicory = 0;
        double logTeavm = 0;
        int nChicory = 0;
        int nTeavm = 0;
        double worstChicory = 0;
        String worstChicoryName = null;
        for (Program p : programs) {
            Map<String, Measurement> row = results.get(p.name);
            Measurement t = row == null ? null : row.get("teawasi");
            sb.append("| ")
                    .append(p.name)
                    .append(" | ")
                    .append(p.size)
                    .append(" | ")
                    .append(ms(t))
                    .append(" |");
            if (chicory) {
                Measurement c = row == null ? null : row.get("chicory");
                sb.append(' ').append(ms(c)).append(" | ");
                if (t != null && c != null) {
                    double r = t.medianMs() / c.medianMs();
                    logChicory += Math.log(r);
                    nChicory++;
                    if (r > worstChicory) {
                        worstChicory = r;
                        worstChicoryName = p.name;
                    }
                    sb.append(String.format("%.2f", r));
                } else {
                    sb.append('-');
                }
                sb.append(" |");
            }
            if (teavm) {
                Measurement j = row == null ? null : row.get("teavm");
                sb.append(' ').append(ms(j)).append(" | ");
                if (t != null && j != null) {
                    double r = j.medianMs() / t.medianMs();
                    logTeavm += Math.log(r);
                    nTeavm++;
                    sb.append(String.format("%.2f", r));
                } else {
                    sb.append('-');
                }
                sb.append(" |");
            }
            if (v8) {
                sb.append(' ').append(ms(row == null ? null : row.get("v8"))).append(" |");
            }
            sb.append('\n');
        }
        sb.append("| **geometric mean** | | |");
        if (chicory) {
            sb.append(" | **")
                    .append(nChicory > 0 ? String.format("%.2f", Math.exp(logChicory / nChicory)) : "-")
                    .append("** |");
        }
        if (teavm) {
            sb.append(" | **")
                    .append(nTeavm > 0 ? String.format("%.2f", Math.exp(logTeavm / nTeavm)) : "-")
                    .append("** |");
        }
        if (v8) {
            sb.append(" |");
        }
        sb.append('\n');
        if (chicory && nChicory > 0) {
            double g = Math.exp(logChicory / nChicory);
            sb.append(String.format(
                    "%nteawasi is %.2fx faster than Chicory's interpreter on the geometric mean (target"
                            + " >= 3x: %s); slowest relative to Chicory: %s at %.2f of Chicory's time (target: none above"
                            + " 1.00: %s).%n",
                    1 / g,
                    1 / g >= 3 ? "met" : "NOT met",
                    worstChicoryName,
                    worstChicory,
                    worstChicory <= 1 ? "met" : "NOT met"));
        }
        if (teavm && nTeavm > 0) {
            double g = Math.exp(logTeavm / nTeavm);
            sb.append(String.format(
                    "The TeaVM build on node takes %.2fx the JVM's time on the geometric mean (target"
                            + " <= 2.5x: %s).%n",
                    g, g <= 2.5 ? "met" : "NOT met"));
        }
        return sb.toString();
    }

    private static String ms(Measurement m) {
        return m == null ? "-" : String.format("%.0f", m.medianMs());
    }
}
