package dev.teawasi.wasi;

import dev.teawasi.engine.internal.model.FuncType;
import dev.teawasi.engine.internal.model.ValType;
import dev.teawasi.engine.internal.runtime.Execution;
import dev.teawasi.engine.internal.store.FunctionRef;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import dev.teawasi.engine.internal.store.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A call of one export of a WASI module with arguments given as text, as {@code run --invoke NAME ARGS...} does (the
 * CLI of wasmtime): the module's start function and a reactor's {@code _initialize} (when exported) run first, then
 * the export, all in the same fuel slices like a command (one budget for the whole call). Results print one per line, as wasmtime prints them: integers signed decimal, floats in
 * plain decimal notation without a trailing ".0" ("NaN", "inf", "-inf").
 */
public final class ExportCall {
    private final WasiProcess process;
    private final String name;
    private final Value[] args;
    private final FuncType type;
    private Execution execution;
    /** What {@link #execution} is: the module's start function, _initialize, or the export itself. */
    private int phase;

    private static final int START = 0;
    private static final int INITIALIZE = 1;
    private static final int EXPORT = 2;
    private WasiResult last;
    private List<String> results;

    private ExportCall(WasiProcess process, String name, Value[] args, FuncType type) {
        this.process = process;
        this.name = name;
        this.args = args;
        this.type = type;
    }

    /**
     * Checks the export and converts the arguments; throws IllegalArgumentException with a message for the user
     * (no such function, wrong number of arguments, an argument that is not a number of the parameter's type).
     */
    public static ExportCall prepare(WasiProcess process, String name, List<String> args) {
        FunctionRef f = process.instance().function(name);
        if (f == null) {
            throw new IllegalArgumentException(
                    process.instance().export(name) == null
                            ? "the module exports no function named '" + name + "'"
                            : "the export '" + name + "' is not a function");
        }
        FuncType t = f.type();
        if (args.size() != t.paramCount()) {
            throw new IllegalArgumentException("'" + name + "' " + t + " takes " + t.paramCount() + " argument"
                    + (t.paramCount() == 1 ? "" : "s") + ", got " + args.size());
        }
        Value[] values = new Value[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parse(t.param(i), args.get(i), i);
        }
        return new ExportCall(process, name, values, t);
    }

    /**
     * Runs at most fuel instructions (-1: unlimited) of _initialize and then the export, and continues after
     * OUT_OF_FUEL, WAITING_FOR_INPUT or SLEEPING like {@link WasiProcess#resume}. EXITED with code 0 when the
     * export returned (see {@link #results()}), or with the guest's code when it called proc_exit.
     */
    public WasiResult run(long fuel) {
        if (last != null && last.finished()) {
            return last;
        }
        WasiResult r;
        try {
            if (execution == null) {
                execution = process.takePendingStart();
                phase = START;
                if (execution == null) {
                    next();
                }
            } else if (last != null && last.status() != WasiResult.Status.OUT_OF_FUEL) {
                execution.resume(); // blocked on stdin or a sleep: call that host function again
            }
            r = drive(fuel);
        } catch (ProcExit e) {
            r = new WasiResult(WasiResult.Status.EXITED, e.code(), null);
        } catch (Trap t) {
            r = new WasiResult(WasiResult.Status.TRAPPED, WasiResult.TRAP_EXIT_CODE, t);
        } catch (RuntimeException e) {
            Trap t = new Trap(
                    TrapKind.HOST,
                    e.getMessage() == null ? e.getClass().getName() : e.getMessage(),
                    Collections.emptyList());
            t.initCause(e);
            r = new WasiResult(WasiResult.Status.TRAPPED, WasiResult.TRAP_EXIT_CODE, t);
        }
        if (r.finished()) {
            process.state().flush();
        }
        last = r;
        return r;
    }

    private WasiResult drive(long fuel) {
        long left = fuel < 0 ? Long.MAX_VALUE : fuel;
        while (true) {
            Execution.Status s = execution.run(left);
            if (s == Execution.Status.DONE) {
                if (phase != EXPORT) {
                    long used = execution.lastRunFuel();
                    next();
                    if (fuel >= 0) {
                        left = Math.max(0, left - used); // one budget: the next phase runs with what is left
                    }
                    continue;
                }
                List<String> out = new ArrayList<>();
                for (Value v : execution.results()) {
                    out.add(format(v));
                }
                results = out;
                return new WasiResult(WasiResult.Status.EXITED, 0, null);
            }
            if (s == Execution.Status.OUT_OF_FUEL) {
                return new WasiResult(WasiResult.Status.OUT_OF_FUEL, -1, null);
            }
            long sleep = process.state().sleepNanos();
            return sleep >= 0
                    ? new WasiResult(WasiResult.Status.SLEEPING, -1, null, sleep)
                    : new WasiResult(WasiResult.Status.WAITING_FOR_INPUT, -1, null);
        }
    }

    /** Moves on from the start function to _initialize (when exported) and from there to the export. */
    private void next() {
        if (phase == START && process.instance().function("_initialize") != null) {
            phase = INITIALIZE;
            execution = process.instance().start("_initialize");
        } else {
            phase = EXPORT;
            execution = process.instance().start(name, args);
        }
    }

    /** The results as wasmtime prints them, one string per result, once the export returned; else null. */
    public List<String> results() {
        return results;
    }

    /** The export's signature. */
    public String signature() {
        return type.toString();
    }

    static Value parse(byte type, String text, int index) {
        String s = text.trim();
        try {
            switch (type) {
                case ValType.I32: {
                    long v = Long.parseLong(s);
                    if (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL) {
                        throw new NumberFormatException();
                    }
                    return Value.i32((int) v);
                }
                case ValType.I64: {
                    if (s.startsWith("-")) {
                        return Value.i64(Long.parseLong(s));
                    }
                    java.math.BigInteger b = new java.math.BigInteger(s.startsWith("+") ? s.substring(1) : s);
                    if (b.bitLength() > 64) {
                        throw new NumberFormatException();
                    }
                    return Value.i64(b.longValue());
                }
                case ValType.F32:
                    return Value.f32Bits(Float.floatToRawIntBits((float) parseFloat(s)));
                case ValType.F64:
                    return Value.f64Bits(Double.doubleToRawLongBits(parseFloat(s)));
                default:
                    throw new IllegalArgumentException("argument " + (index + 1) + ": " + ValType.name(type)
                            + " values cannot be given on the command line");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "argument " + (index + 1) + " '" + text + "' is not a valid " + ValType.name(type));
        }
    }

    private static double parseFloat(String s) {
        switch (s.toLowerCase()) {
            case "nan":
            case "+nan":
            case "-nan":
                return Double.NaN;
            case "inf":
            case "+inf":
            case "infinity":
            case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                throw new NumberFormatException(); // no Java suffixes (1f, 2d) or hex forms
            }
        }
        return Double.parseDouble(s);
    }

    /** One value as wasmtime's CLI prints it. */
    static String format(Value v) {
        switch (v.type) {
            case ValType.I32:
                return Integer.toString(v.asI32());
            case ValType.I64:
                return Long.toString(v.asI64());
            case ValType.F32:
                return plain(Float.toString(Float.intBitsToFloat(v.f32Bits())));
            case ValType.F64:
                return plain(Double.toString(Double.longBitsToDouble(v.f64Bits())));
            case ValType.FUNCREF:
                return v.ref == null ? "<null funcref>" : "<funcref>";
            default:
                return v.ref == null ? "<null externref>" : "<externref>";
        }
    }

    /** Java's "1.5E10" / "3.0" / "NaN" / "Infinity" as plain decimal "15000000000" / "3" / "NaN" / "inf". */
    static String plain(String java) {
        if (java.equals("NaN")) {
            return "NaN";
        }
        if (java.endsWith("Infinity")) {
            return java.startsWith("-") ? "-inf" : "inf";
        }
        boolean negative = java.startsWith("-");
        String s = negative ? java.substring(1) : java;
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mantissa = e < 0 ? s : s.substring(0, e);
        int dot = mantissa.indexOf('.');
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = (dot < 0 ? mantissa.length() : dot) + exp; // digits before the decimal point
        StringBuilder sb = new StringBuilder();
        if (point <= 0) {
            sb.append("0.");
            for (int i = 0; i < -point; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (point >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < point; i++) {
                sb.append('0');
            }
        } else {
            sb.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        String out = sb.toString();
        if (out.indexOf('.') >= 0) {
            int end = out.length();
            while (out.charAt(end - 1) == '0') {
                end--;
            }
            if (out.charAt(end - 1) == '.') {
                end--;
            }
            out = out.substring(0, end);
        }
        // strip leading zeros of the integer part ("007" cannot occur, but "0.5" must stay)
        int start = 0;
        while (start < out.length() - 1 && out.charAt(start) == '0' && out.charAt(start + 1) != '.') {
            start++;
        }
        out = out.substring(start);
        return negative ? "-" + out : out;
    }
}
