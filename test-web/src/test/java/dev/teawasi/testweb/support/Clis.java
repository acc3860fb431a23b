package dev.teawasi.testweb.support;

import java.util.ArrayList;
import java.util.List;

/** The two command lines under test: `java -jar teawasi.jar` and `node bin/teawasi.mjs`, with the same arguments. */
public enum Clis {
    JVM,
    NODE;

    public List<String> command(String... args) {
        List<String> c = new ArrayList<>();
        if (this == JVM) {
            c.addAll(List.of(
                    Artifacts.javaExecutable(), "-jar", Artifacts.demoJar().toString()));
        } else {
            c.addAll(List.of(
                    Tools.node().toString(),
                    Artifacts.npmFile("bin/teawasi.mjs").toString()));
        }
        c.addAll(List.of(args));
        return c;
    }
}
