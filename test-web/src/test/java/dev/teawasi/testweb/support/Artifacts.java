package dev.teawasi.testweb.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the packaged build lives. test-web tests these artifacts, so they must exist before its tests run. */
public final class Artifacts {
    private Artifacts() {}

    public static Path root() {
        return Paths.get(System.getProperty("teawasi.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** The executable jar, demo/target/teawasi.jar. */
    public static Path demoJar() {
        return existing(root().resolve("demo/target/teawasi.jar"));
    }

    /** The npm folder built by web: teawasi.js, teawasi.classic.js, bin/teawasi.mjs, ... */
    public static Path npmDir() {
        existing(root().resolve("web/target/npm/teawasi.js"));
        return root().resolve("web/target/npm");
    }

    public static Path npmFile(String name) {
        return existing(npmDir().resolve(name));
    }

    private static Path existing(Path path) {
        if (!Files.isRegularFile(path)) {
            fail(path + " does not exist: test-web tests the packaged build, so run it from the repository root"
                    + " with the package phase (scripts/test.sh, or mvn verify)");
        }
        return path;
    }

    /** The java launcher running these tests, to start the demo jar with the same JDK. */
    public static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
