package dev.teawasi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public package is the whole embedding API: its public classes are exactly these, and no public member of
 * them mentions an internal type (so no engine internals, mutable or not, are reachable through it).
 */
class ApiSurfaceTest {
    private static final Set<String> PUBLIC = new TreeSet<>(List.of(
            "CompileError",
            "Execution",
            "Execution$Status",
            "Extern",
            "ExternKind",
            "ExternType",
            "Function",
            "FunctionType",
            "Global",
            "GlobalType",
            "HostCall",
            "HostFunction",
            "Imports",
            "Instance",
            "InstanceLimits",
            "LinkError",
            "Memory",
            "MemoryType",
            "Module",
            "ModuleExport",
            "ModuleImport",
            "Table",
            "TableType",
            "Tag",
            "TagType",
            "Trap",
            "TrapKind",
            "Value",
            "ValueType",
            "Version",
            "WasmException"));

    private static List<Class<?>> rootClasses() throws IOException, ClassNotFoundException {
        Path dir = Paths.get("target/classes/dev/teawasi/engine");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String f = p.getFileName().toString();
                if (f.endsWith(".class") && !f.equals("package-info.class")) {
                    out.add(Class.forName("dev.teawasi.engine." + f.substring(0, f.length() - 6)));
                }
            }
        }
        return out;
    }

    @Test
    void publicClassesAreExactlyTheApi() throws Exception {
        Set<String> actual = new TreeSet<>();
        for (Class<?> c : rootClasses()) {
            if (Modifier.isPublic(c.getModifiers())) {
                actual.add(c.getName().substring("dev.teawasi.engine.".length()));
            }
        }
        assertEquals(PUBLIC, actual);
    }

    @Test
    void noPublicMemberMentionsAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : rootClasses()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    check(leaks, c + "." + m.getName(), m.getGenericReturnType());
                    for (Type t : m.getGenericParameterTypes()) {
                        check(leaks, c + "." + m.getName(), t);
                    }
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers())) {
                    for (Type t : k.getGenericParameterTypes()) {
                        check(leaks, c + ".<init>", t);
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(leaks, c + "." + f.getName(), f.getGenericType());
                    if (!Modifier.isFinal(f.getModifiers()) && !f.isEnumConstant()) {
                        leaks.add(c + "." + f.getName() + " is a mutable public field");
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(List<String> leaks, String where, Type t) {
        if (t instanceof ParameterizedType) {
            check(leaks, where, ((ParameterizedType) t).getRawType());
            for (Type a : ((ParameterizedType) t).getActualTypeArguments()) {
                check(leaks, where, a);
            }
            return;
        }
        if (t instanceof Class) {
            Class<?> c = (Class<?>) t;
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.isPrimitive() || c.getName().startsWith("java.")) {
                return;
            }
            if (!c.getName().startsWith("dev.teawasi.engine.")
                    || c.getName().contains(".internal.")
                    || !Modifier.isPublic(c.getModifiers())) {
                leaks.add(where + " mentions " + c.getName());
            }
        }
    }
}
