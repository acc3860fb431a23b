package dev.teawasi.bench;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytecode sizes of a class's methods, read from its class file. HotSpot never JIT-compiles a method with more than
 * 8000 bytes of bytecode (-XX:HugeMethodLimit, with DontCompileHugeMethods on by default): an interpreter's dispatch
 * loop above that runs in the bytecode interpreter for ever, several times slower. The driver warns about it, and
 * DispatchLoopSizeTest (this module's tests) keeps the dispatch loop's methods under it.
 */
public final class MethodSizes {
    /** HotSpot's HugeMethodLimit. */
    public static final int HUGE_METHOD_LIMIT = 8000;

    private MethodSizes() {}

    /**
     * Methods above the limit in every class of the engine (found next to dev.teawasi.engine.Version, in a
     * directory or a jar).
     */
    public static List<String> largerInEngine(int limit) throws IOException {
        List<String> out = new ArrayList<>();
        java.net.URL where = dev.teawasi.engine.Version.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation();
        java.nio.file.Path path;
        try {
            path = java.nio.file.Path.of(where.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> names = new ArrayList<>();
        if (java.nio.file.Files.isDirectory(path)) {
            try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(path)) {
                walk.filter(f -> f.toString().endsWith(".class"))
                        .forEach(
                                f -> names.add(path.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
                jar.stream()
                        .map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.endsWith(".class"))
                        .forEach(names::add);
            }
        }
        java.util.Collections.sort(names);
        for (String n : names) {
            if (!n.startsWith("dev/teawasi/engine/")) {
                continue;
            }
            try {
                out.addAll(larger(
                        Class.forName(
                                n.substring(0, n.length() - 6).replace('/', '.'),
                                false,
                                MethodSizes.class.getClassLoader()),
                        limit));
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }
        return out;
    }

    /** "name: size" of every method with code larger than limit bytes, for the named class on the classpath. */
    public static List<String> larger(Class<?> cls, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        for (java.util.Map.Entry<String, Integer> m : sizes(cls).entrySet()) {
            if (m.getValue() > limit) {
                out.add(cls.getSimpleName() + "." + m.getKey() + ": " + m.getValue() + " bytes");
            }
        }
        return out;
    }

    /** The bytecode length of the named method of cls (the largest of its overloads), 0 when it has none. */
    public static int codeLength(Class<?> cls, String method) throws IOException {
        return sizes(cls).getOrDefault(method, 0);
    }

    /** Method name to bytecode length (the largest overload) for every method with code, in class-file order. */
    private static java.util.Map<String, Integer> sizes(Class<?> cls) throws IOException {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        String resource = "/" + cls.getName().replace('.', '/') + ".class";
        byte[] bytes;
        try (InputStream in = cls.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            bytes = in.readAllBytes();
        }
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(bytes));
        d.readInt(); // magic
        d.readUnsignedShort(); // minor
        d.readUnsignedShort(); // major
        int cpCount = d.readUnsignedShort();
        String[] utf8 = new String[cpCount];
        for (int i = 1; i < cpCount; i++) {
            int tag = d.readUnsignedByte();
            switch (tag) {
                case 1:
                    utf8[i] = d.readUTF();
                    break;
                case 3:
                case 4:
                    d.readInt();
                    break;
                case 5:
                case 6:
                    d.readLong();
                    i++;
                    break;
                case 7:
                case 8:
                case 16:
                case 19:
                case 20:
                    d.readUnsignedShort();
                    break;
                case 9:
                case 10:
                case 11:
                case 12:
                case 17:
                case 18:
                    d.readInt();
                    break;
                case 15:
                    d.readUnsignedByte();
                    d.readUnsignedShort();
                    break;
                default:
                    throw new IOException("unknown constant pool tag " + tag + " in " + resource);
            }
        }
        d.readUnsignedShort(); // access
        d.readUnsignedShort(); // this
        d.readUnsignedShort(); // super
        d.skipBytes(2 * d.readUnsignedShort()); // interfaces
        int fields = d.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            d.skipBytes(6);
            skipAttributes(d);
        }
        int methods = d.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            d.readUnsignedShort();
            String name = utf8[d.readUnsignedShort()];
            d.readUnsignedShort();
            int attrs = d.readUnsignedShort();
            for (int a = 0; a < attrs; a++) {
                String attr = utf8[d.readUnsignedShort()];
                int len = d.readInt();
                if (attr.equals("Code")) {
                    d.readUnsignedShort(); // max_stack
                    d.readUnsignedShort(); // max_locals
                    int codeLength = d.readInt();
                    out.merge(name, codeLength, Math::max);
                    d.skipBytes(len - 8);
                } else {
                    d.skipBytes(len);
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream d) throws IOException {
        int n = d.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            d.readUnsignedShort();
            d.skipBytes(d.readInt());
        }
    }
}
