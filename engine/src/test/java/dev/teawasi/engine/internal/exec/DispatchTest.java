package dev.teawasi.engine.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The opcode renumbering must be a bijection: every loop number used once, every other op keeping its number. */
class DispatchTest {
    @Test
    void physicalNumbersAreABijection() {
        boolean[] used = new boolean[Dispatch.END];
        int loopOps = 0;
        for (int op = 0; op < Op.COUNT; op++) {
            int p = Dispatch.PHYSICAL[op];
            if (p == op) {
                continue;
            }
            assertTrue(p >= Dispatch.BASE && p < Dispatch.END, "op " + op + " -> " + p);
            assertTrue(!used[p], "number " + p + " given twice");
            used[p] = true;
            loopOps++;
        }
        assertEquals(Dispatch.END - Dispatch.BASE, loopOps, "every loop number belongs to one op");
        assertTrue(Dispatch.HOT_END > Dispatch.BASE && Dispatch.HOT_END <= Dispatch.END);
    }

    @Test
    void namedNumbersMatchTheirOps() {
        assertEquals(Dispatch.I32_ADD_C, Dispatch.PHYSICAL[Op.I32_ADD_C]);
        assertEquals(Dispatch.I32_ADD, Dispatch.PHYSICAL[Op.NUM + (0x6A - 0x45)]);
        assertEquals(Dispatch.CALL, Dispatch.PHYSICAL[Op.CALL]);
        assertEquals(Dispatch.RETURN, Dispatch.PHYSICAL[Op.RETURN]);
        assertEquals(Dispatch.F64_PROMOTE_F32, Dispatch.PHYSICAL[Op.NUM + (0xBB - 0x45)]);
        assertEquals(Op.MEMORY_GROW, Dispatch.PHYSICAL[Op.MEMORY_GROW], "rare ops keep their Op number");
    }
}
