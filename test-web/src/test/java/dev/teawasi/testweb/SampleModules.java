package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.Processes;
import dev.teawasi.testweb.support.WasmFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The modules every test feeds to the built JavaScript, with the answers expected for them. */
final class SampleModules {
    /** A module with a section of every kind, compiled from wat/all-sections.wat. */
    final Path allSections;
    /** Its sections according to wasm-objdump, as "id name offset=N size=N" lines. */
    final List<String> allSectionsExpected;
    /** Not a module at all. */
    final Path notWasm;
    /** A valid header followed by a type section that claims more bytes than the file has. */
    final Path truncated;
    /** A section whose size is 2^31 (negative as a Java int): once crashed the JVM scanner and misled the JS one. */
    final Path hugeSection;

    /** The spec's wording for a file without the magic number (the spec tests use it too). */
    static final String NOT_WASM_MESSAGE = "magic header not detected";

    SampleModules(Path dir) {
        allSections = WasmFiles.compile("all-sections", dir);
        allSectionsExpected = WasmFiles.objdumpSections(allSections);
        try {
            notWasm = Files.write(
                    dir.resolve("not-wasm.wasm"), "this is not WebAssembly\n".getBytes(StandardCharsets.US_ASCII));
            truncated = Files.write(
                    dir.resolve("truncated.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 0x7f, 0x00});
            hugeSection = Files.write(dir.resolve("huge-section.wasm"), new byte[] {
                0, 'a', 's', 'm', 1, 0, 0, 0, 1, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 8
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The message the JVM build gives for a malformed file (`java -jar teawasi.jar sections FILE`, without the
     * "teawasi: FILE: " prefix): the JavaScript builds must say exactly the same, whatever the wording.
     */
    static String jvmCompileError(Path file) {
        Processes.Result r = Processes.run(
                file.getParent(),
                List.of(
                        Artifacts.javaExecutable(),
                        "-jar",
                        Artifacts.demoJar().toString(),
                        "sections",
                        file.toString()),
                60);
        String prefix = "teawasi: " + file + ": ";
        assertEquals(1, r.exitCode, r::toString);
        assertTrue(r.stderr.startsWith(prefix) && r.stderr.length() > prefix.length() + 1, r::toString);
        return r.stderr.substring(prefix.length()).strip();
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes as a JS array literal, e.g. "[0,97,115,109]". */
    static String jsArrayLiteral(byte[] bytes) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < bytes.length; i++) {
            sb.append(i == 0 ? "" : ",").append(bytes[i] & 0xFF);
        }
        return sb.append(']').toString();
    }
}
