package dev.teawasi.engine.internal.model;

import java.util.HashMap;
import java.util.Map;

/**
 * What the {@code name} custom section says: module name, function names and local names. Only for messages and
 * stack traces; a malformed name section leaves this empty instead of failing the module.
 */
public final class NameSection {
    public static final NameSection EMPTY = new NameSection(null, new HashMap<>(), new HashMap<>());

    private final String moduleName;
    private final Map<Integer, String> functionNames;
    private final Map<Integer, Map<Integer, String>> localNames;

    public NameSection(
            String moduleName, Map<Integer, String> functionNames, Map<Integer, Map<Integer, String>> localNames) {
        this.moduleName = moduleName;
        this.functionNames = functionNames;
        this.localNames = localNames;
    }

    /** The module's name, or null. */
    public String moduleName() {
        return moduleName;
    }

    /** The function's name, or null. */
    public String functionName(int funcIndex) {
        return functionNames.get(funcIndex);
    }

    /** The local's name, or null. */
    public String localName(int funcIndex, int localIndex) {
        Map<Integer, String> m = localNames.get(funcIndex);
        return m == null ? null : m.get(localIndex);
    }
}
