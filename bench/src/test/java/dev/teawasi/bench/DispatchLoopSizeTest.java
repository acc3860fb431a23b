package dev.teawasi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method with more than 8000 bytes of bytecode (DontCompileHugeMethods): a dispatch loop
 * over that size runs interpreted, measured 15x slower (fib 37: 63 s instead of 4 s, bench/results/2026-11-25). This
 * guards the engine's dispatch methods, with a margin, and every other engine method at the limit itself.
 */
class DispatchLoopSizeTest {
    private static final int MARGIN = 200;

    private static Class<?> machine() throws ClassNotFoundException {
        String name = "dev.teawasi.engine.internal.exec.Machine";
        return Class.forName(name, false, DispatchLoopSizeTest.class.getClassLoader());
    }

    @Test
    void dispatchLoopStaysCompilable() throws Exception {
        int size = MethodSizes.codeLength(machine(), "loop");
        assertTrue(size > 0, "Machine.loop not found");
        assertTrue(
                size <= MethodSizes.HUGE_METHOD_LIMIT - MARGIN,
                "Machine.loop has " + size
                        + " bytes of bytecode; keep it well under 8000 (move rare instructions into Machine.rare)");
    }

    @Test
    void secondSwitchStaysCompilable() throws Exception {
        int size = MethodSizes.codeLength(machine(), "warm");
        assertTrue(size > 0, "Machine.warm not found");
        assertTrue(size <= MethodSizes.HUGE_METHOD_LIMIT - MARGIN, "Machine.warm has " + size + " bytes of bytecode");
    }

    @Test
    void noEngineMethodIsTooLargeToCompile() throws Exception {
        List<String> huge = MethodSizes.largerInEngine(MethodSizes.HUGE_METHOD_LIMIT);
        assertEquals(List.of(), huge, "engine methods HotSpot will never JIT-compile");
    }
}
