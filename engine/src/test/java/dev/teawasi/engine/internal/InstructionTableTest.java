package dev.teawasi.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.teawasi.engine.internal.binary.Opcodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated sources (Opcodes, Op, Dispatch) are what engine/src/main/instructions/instructions.txt gives. After
 * changing the table: {@code mvn -B -pl engine test -Dtest=InstructionTableTest -Dteawasi.regenerate=true}.
 */
class InstructionTableTest {
    private static final Path REPO = Paths.get("..").toAbsolutePath().normalize();

    @Test
    void generatedSourcesMatchTheTable() throws Exception {
        if (Boolean.getBoolean("teawasi.regenerate")) {
            InstructionTableGenerator.write(REPO);
        }
        for (Map.Entry<String, String> e :
                InstructionTableGenerator.load(REPO).generate().entrySet()) {
            String onDisk = new String(Files.readAllBytes(REPO.resolve(e.getKey())), StandardCharsets.UTF_8);
            assertEquals(
                    e.getValue(),
                    onDisk,
                    e.getKey() + " differs from instructions.txt: regenerate it with "
                            + "-Dteawasi.regenerate=true (see this test's comment)");
        }
    }

    @Test
    void tableAgreesWithTheDecoder() {
        assertEquals("i32.add", Opcodes.name(Opcodes.I32_ADD));
        assertEquals("table.fill", Opcodes.name(Opcodes.TABLE_FILL));
        assertEquals(Opcodes.IMM_MEMARG, Opcodes.immediates(Opcodes.I64_STORE32));
        assertEquals(Opcodes.IMM_UNKNOWN, Opcodes.immediates(0x1E));
        assertEquals("0x1e", Opcodes.name(0x1E));
    }
}
