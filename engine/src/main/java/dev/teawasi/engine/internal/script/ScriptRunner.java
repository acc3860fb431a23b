package dev.teawasi.engine.internal.script;

import dev.teawasi.engine.internal.binary.CompileException;
import dev.teawasi.engine.internal.runtime.Imports;
import dev.teawasi.engine.internal.runtime.Instance;
import dev.teawasi.engine.internal.runtime.LinkException;
import dev.teawasi.engine.internal.runtime.WasmModule;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.Global;
import dev.teawasi.engine.internal.store.Trap;
import dev.teawasi.engine.internal.store.TrapKind;
import dev.teawasi.engine.internal.store.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one spec-test script in wabt's wast2json form: the JSON text plus the module files it names. Every command
 * is one check (passed or failed); text-format modules ({@code module quote}, .wat files) and v128 values are
 * skipped. Each failure is printed as {@code FILE:LINE: command: why}; the caller prints {@link ScriptResult#summary()}.
 *
 * <p>How strictly messages are compared (spec messages differ between engines, and wast2json keeps only the text):
 * <ul>
 *   <li>assert_trap / assert_uninstantiable: a {@link Trap} is required, and its message must match the expected
 *       text by prefix in either direction ("uninitialized element 2" matches kind "uninitialized element"), since
 *       the trap kind is observable behaviour that the spec fixes.</li>
 *   <li>assert_exhaustion: a Trap of kind {@link TrapKind#CALL_STACK_EXHAUSTED}.</li>
 *   <li>assert_invalid / assert_malformed: a {@link CompileException}; assert_unlinkable: a {@link LinkException}.
 *       Only the kind counts, because decoders and validators word (and even classify) these errors differently;
 *       a message that does not start with the expected text is reported with {@code verbose}, and counted as a
 *       failure only with {@code strictMessages}.</li>
 * </ul>
 */
public final class ScriptRunner {
    private final ScriptFiles files;
    private final ScriptOutput out;
    private final EngineConfig config;
    private boolean verbose;
    private boolean strictMessages;
    private boolean webAssembly2;

    private final Map<String, Instance> named = new LinkedHashMap<>();
    private final Map<String, WasmModule> definitions = new LinkedHashMap<>();
    private final Map<String, Instance> registered = new LinkedHashMap<>();
    private Instance current;
    private SpectestHost host;
    private String source = "script";
    private ScriptResult result;

    public ScriptRunner(ScriptFiles files, ScriptOutput out, EngineConfig config) {
        this.files = files;
        this.out = out;
        this.config = config;
    }

    /** Also print skipped commands, print calls, and compile/link messages that differ from the expected text. */
    public ScriptRunner verbose(boolean on) {
        verbose = on;
        return this;
    }

    /** Count compile/link errors whose message does not start with the expected text as failures. */
    /** Compile by WebAssembly 2.0's rules where 3.0 changed them (the 2.0 spec suite expects them). */
    public ScriptRunner webAssembly2(boolean on) {
        webAssembly2 = on;
        return this;
    }

    public ScriptRunner strictMessages(boolean on) {
        strictMessages = on;
        return this;
    }

    /** Runs the script; never throws: an unusable script is reported as one failure. */
    public ScriptResult run(String jsonText) {
        result = new ScriptResult();
        named.clear();
        definitions.clear();
        registered.clear();
        current = null;
        host = null;
        List<Object> commands;
        try {
            Object root = Json.parse(jsonText);
            if (!(root instanceof Map) || !(((Map<?, ?>) root).get("commands") instanceof List)) {
                throw new ScriptException("not a wast2json script (no \"commands\" list)");
            }
            Map<?, ?> map = (Map<?, ?>) root;
            if (map.get("source_filename") instanceof String) {
                source = (String) map.get("source_filename");
            }
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) map.get("commands");
            commands = list;
        } catch (ScriptException e) {
            fail(0, "script", e.getMessage());
            return result;
        }
        for (Object c : commands) {
            if (!(c instanceof Map)) {
                fail(0, "script", "a command is not a JSON object");
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> command = (Map<String, Object>) c;
            runCommand(command);
        }
        return result;
    }

    private void runCommand(Map<String, Object> command) {
        String type = command.get("type") instanceof String ? (String) command.get("type") : "?";
        int line = lineOf(command);
        try {
            String why = check(type, command, line);
            if (why == null) {
                result.passed++;
            } else {
                fail(line, type, why);
            }
        } catch (ScriptValues.Unsupported e) {
            skip(line, type, e.getMessage());
        } catch (ScriptException e) {
            fail(line, type, "bad script: " + e.getMessage());
        } catch (Throwable t) { // an engine bug must not end the run (nor, on the JVM, a StackOverflowError)
            fail(line, type, "runner caught " + describe(t));
        }
    }

    /** Returns null when the command passed, else why it failed; throws ScriptValues.Unsupported to skip it. */
    private String check(String type, Map<String, Object> command, int line) {
        switch (type) {
            case "module":
                return module(command);
            case "module_definition":
                return moduleDefinition(command);
            case "module_instance":
                return moduleInstance(command);
            case "register":
                return register(command);
            case "action": {
                Outcome o = perform(action(command));
                return o.error == null ? null : "unexpected " + describe(o.error);
            }
            case "assert_return":
                return assertReturn(command);
            case "assert_trap":
                return assertTrap(command);
            case "assert_exhaustion":
                return assertExhaustion(command);
            case "assert_exception":
                return assertException(command);
            case "assert_invalid":
            case "assert_malformed":
                return assertCompileError(command, line, type);
            case "assert_unlinkable":
                return assertUnlinkable(command, line);
            case "assert_uninstantiable":
                return assertUninstantiable(command);
            default:
                throw new ScriptValues.Unsupported("unknown command");
        }
    }

    /** "$M" and "M" name the same module or instance (scripts use both forms). */
    private static String key(Object name) {
        String s = (String) name;
        return s.startsWith("$") ? s.substring(1) : s;
    }

    /** module definition: compiled, not instantiated; module_instance instantiates it (instantiation is generative). */
    private String moduleDefinition(Map<String, Object> command) {
        String name = command.get("name") instanceof String ? key(command.get("name")) : "";
        byte[] bytes = binaryModule(command);
        try {
            definitions.put(name, WasmModule.compile(bytes, webAssembly2));
        } catch (Throwable t) {
            definitions.remove(name);
            return "module definition " + ScriptValues.field(command, "filename") + " failed: " + describe(t);
        }
        return null;
    }

    private String moduleInstance(Map<String, Object> command) {
        String module = command.get("module") instanceof String ? key(command.get("module")) : "";
        WasmModule definition = definitions.get(module);
        if (definition == null) {
            return "no module definition named " + module;
        }
        String name = command.get("instance") instanceof String ? key(command.get("instance")) : null;
        current = null;
        if (name != null) {
            named.remove(name);
        }
        try {
            current = Instance.instantiate(definition, imports(), config);
        } catch (Throwable t) {
            return "module instance of " + module + " failed: " + describe(t);
        }
        if (name != null) {
            named.put(name, current);
        }
        return null;
    }

    private String module(Map<String, Object> command) {
        String name = command.get("name") instanceof String ? key(command.get("name")) : null;
        current = null;
        if (name != null) {
            named.remove(name);
        }
        byte[] bytes = binaryModule(command);
        Instance instance;
        try {
            instance = Instance.instantiate(WasmModule.compile(bytes, webAssembly2), imports(), config);
        } catch (Throwable t) {
            return "module " + ScriptValues.field(command, "filename") + " failed: " + describe(t);
        }
        current = instance;
        if (name != null) {
            named.put(name, instance);
        }
        return null;
    }

    private String register(Map<String, Object> command) {
        String as = ScriptValues.field(command, "as");
        Instance instance = instanceFor(command.get("name"));
        if (instance == null) {
            return "no module to register as \"" + as + "\"";
        }
        registered.put(as, instance);
        return null;
    }

    private String assertReturn(Map<String, Object> command) {
        Map<String, Object> action = action(command);
        List<Object> either = command.get("either") instanceof List ? list(command, "either") : null;
        List<Object> expected = either == null ? list(command, "expected") : null;
        Outcome o = perform(action);
        if (o.error != null) {
            return "unexpected " + describe(o.error);
        }
        if (either != null) { // one of several single results
            String first = null;
            for (Object e : either) {
                String why = compareAll(Collections.singletonList(e), o.results);
                if (why == null) {
                    return null;
                }
                first = first == null ? why : first;
            }
            return first;
        }
        return compareAll(expected, o.results);
    }

    private static String compareAll(List<Object> expected, Value[] results) {
        if (results == null || results.length != expected.size()) {
            return "expected " + expected.size() + " result(s), got " + (results == null ? "none" : results.length);
        }
        for (int i = 0; i < results.length; i++) {
            String why = ScriptValues.mismatch(object(expected.get(i)), results[i]);
            if (why != null) {
                return expected.size() == 1 ? why : "result " + i + ": " + why;
            }
        }
        return null;
    }

    private String assertTrap(Map<String, Object> command) {
        Outcome o = perform(action(command));
        return expectTrap(o.error, ScriptValues.field(command, "text"), o);
    }

    private String assertExhaustion(Map<String, Object> command) {
        Outcome o = perform(action(command));
        if (o.error instanceof Trap && ((Trap) o.error).kind() == TrapKind.CALL_STACK_EXHAUSTED) {
            return null;
        }
        return "expected trap \"" + TrapKind.CALL_STACK_EXHAUSTED.message + "\", got " + outcome(o);
    }

    /** A wasm exception must leave the call (exception handling). */
    private String assertException(Map<String, Object> command) {
        Outcome o = perform(action(command));
        if (o.error instanceof dev.teawasi.engine.internal.store.WasmException) {
            return null;
        }
        return "expected an uncaught wasm exception, got " + outcome(o);
    }

    private String assertCompileError(Map<String, Object> command, int line, String type) {
        byte[] bytes = binaryModule(command);
        String text = ScriptValues.field(command, "text");
        try {
            WasmModule.compile(bytes, webAssembly2);
        } catch (CompileException e) {
            return messageCheck(e, text, line, type);
        } catch (Throwable t) {
            return "expected compile error \"" + text + "\", got " + describe(t);
        }
        return "expected compile error \"" + text + "\", but the module compiled";
    }

    private String assertUnlinkable(Map<String, Object> command, int line) {
        byte[] bytes = binaryModule(command);
        String text = ScriptValues.field(command, "text");
        try {
            Instance.instantiate(WasmModule.compile(bytes, webAssembly2), imports(), config);
        } catch (LinkException e) {
            return messageCheck(e, text, line, "assert_unlinkable");
        } catch (Throwable t) {
            return "expected link error \"" + text + "\", got " + describe(t);
        }
        return "expected link error \"" + text + "\", but the module instantiated";
    }

    private String assertUninstantiable(Map<String, Object> command) {
        byte[] bytes = binaryModule(command);
        String text = ScriptValues.field(command, "text");
        Throwable error = null;
        try {
            Instance.instantiate(WasmModule.compile(bytes, webAssembly2), imports(), config);
        } catch (Throwable t) {
            error = t;
        }
        return expectTrap(error, text, null);
    }

    /** A Trap whose message and the expected text agree by prefix (either way); see the class comment. */
    private static String expectTrap(Throwable error, String text, Outcome o) {
        if (error instanceof Trap) {
            Trap trap = (Trap) error;
            String message = trap.getMessage() == null ? "" : trap.getMessage();
            if (message.startsWith(text) || text.startsWith(trap.kind().message)) {
                return null;
            }
            return "expected trap \"" + text + "\", got trap \"" + message + "\"";
        }
        if (o != null) {
            return "expected trap \"" + text + "\", got " + outcome(o);
        }
        return "expected trap \"" + text + "\", got "
                + (error == null ? "a successful instantiation" : describe(error));
    }

    private String messageCheck(RuntimeException e, String text, int line, String type) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith(text)) {
            return null;
        }
        String why = "expected \"" + text + "\", got the right kind of error with message \"" + message + "\"";
        if (strictMessages) {
            return why;
        }
        if (verbose) {
            out.line(source + ":" + line + ": " + type + ": note: " + why);
        }
        return null;
    }

    // ---- actions ----

    /** The outcome of an action: results, or what it threw. */
    private static final class Outcome {
        Value[] results;
        Throwable error;
    }

    private Outcome perform(Map<String, Object> action) {
        String kind = ScriptValues.field(action, "type");
        String field = ScriptValues.field(action, "field");
        Value[] args = null;
        if (kind.equals("invoke")) {
            List<Object> argList = list(action, "args");
            args = new Value[argList.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = ScriptValues.argument(object(argList.get(i)));
            }
        } else if (!kind.equals("get")) {
            throw new ScriptValues.Unsupported("action type " + kind);
        }
        Outcome o = new Outcome();
        Instance instance = instanceFor(action.get("module"));
        if (instance == null) {
            o.error = new ScriptException(
                    "no module instance" + (action.get("module") != null ? " named " + action.get("module") : "")
                            + " (did its module command fail?)");
            return o;
        }
        try {
            if (args != null) {
                o.results = instance.invoke(field, args);
            } else {
                Global g = instance.global(field);
                if (g == null) {
                    throw new ScriptException("no exported global \"" + field + "\"");
                }
                o.results = new Value[] {g.get()};
            }
        } catch (Throwable t) {
            o.error = t;
        }
        return o;
    }

    private Instance instanceFor(Object name) {
        return name instanceof String ? named.get(key(name)) : current;
    }

    private Imports imports() {
        if (host == null) {
            host = new SpectestHost(verbose ? out : null);
        }
        Imports imports = new Imports();
        host.addTo(imports);
        for (Map.Entry<String, Instance> e : registered.entrySet()) {
            imports.instance(e.getKey(), e.getValue());
        }
        return imports;
    }

    /** The bytes of the command's binary module; a text-format module makes the command skipped. */
    private byte[] binaryModule(Map<String, Object> command) {
        String filename = ScriptValues.field(command, "filename");
        Object moduleType = command.get("module_type");
        if ("text".equals(moduleType) || filename.endsWith(".wat")) {
            throw new ScriptValues.Unsupported("text-format module " + filename);
        }
        byte[] bytes = files.read(filename);
        if (bytes == null) {
            throw new ScriptException("cannot read " + filename);
        }
        return bytes;
    }

    // ---- reporting ----

    private void fail(int line, String type, String why) {
        result.failed++;
        out.line(source + ":" + line + ": " + type + ": " + why);
    }

    private void skip(int line, String type, String why) {
        result.skipped++;
        if (verbose) {
            out.line(source + ":" + line + ": " + type + ": skipped: " + why);
        }
    }

    private static String outcome(Outcome o) {
        if (o.error != null) {
            return describe(o.error);
        }
        StringBuilder sb = new StringBuilder("a return (");
        for (int i = 0; o.results != null && i < o.results.length; i++) {
            sb.append(i > 0 ? ", " : "").append(o.results[i]);
        }
        return sb.append(')').toString();
    }

    static String describe(Throwable t) {
        if (t instanceof Trap) {
            return "trap \"" + t.getMessage() + "\"";
        }
        if (t instanceof CompileException) {
            return "compile error \"" + t.getMessage() + "\"";
        }
        if (t instanceof LinkException) {
            return "link error \"" + t.getMessage() + "\"";
        }
        if (t instanceof ScriptException) {
            return "script error: " + t.getMessage();
        }
        if (t instanceof StackOverflowError) {
            return "Java StackOverflowError (must be the trap \"call stack exhausted\")";
        }
        return "exception " + t.getClass().getName() + ": " + t.getMessage();
    }

    private static int lineOf(Map<String, Object> command) {
        Object line = command.get("line");
        if (line instanceof String) {
            try {
                return (int) ScriptValues.parseUnsigned((String) line);
            } catch (ScriptException e) {
                return 0;
            }
        }
        return 0;
    }

    private static List<Object> list(Map<String, Object> json, String name) {
        Object v = json.get(name);
        if (!(v instanceof List)) {
            throw new ScriptException("missing list '" + name + "'");
        }
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) v;
        return l;
    }

    private static Map<String, Object> object(Object v) {
        if (!(v instanceof Map)) {
            throw new ScriptException("expected a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> action(Map<String, Object> command) {
        return object(command.get("action"));
    }
}
