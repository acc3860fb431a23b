package dev.teawasi.engine.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.teawasi.engine.Wat;
import dev.teawasi.engine.internal.exec.Machine;
import dev.teawasi.engine.internal.store.EngineConfig;
import dev.teawasi.engine.internal.store.Trap;
import org.junit.jupiter.api.Test;

/**
 * What the JavaScript WebAssembly namespace needs of the engine: instantiation without the start function and calls
 * that reuse the arrays of ended calls (the platform is told when a memory's array is replaced: InstalledPlatformTest).
 */
class JsFaceSupportTest {
    private static final String MODULE = "(module (memory (export \"mem\") 1 4)"
            + " (global $g (export \"g\") (mut i32) (i32.const 0))"
            + " (func $start (global.set $g (i32.const 7))) (start $start)"
            + " (func (export \"add\") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))"
            + " (func (export \"mix\") (param i64 f64 f32) (result f64 i64 f32)"
            + "   (local.get 1) (local.get 0) (local.get 2))"
            + " (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0)))"
            + " (func (export \"trap\") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0))))";

    private static WasmModule module() {
        return WasmModule.compile(Wat.toWasm(MODULE));
    }

    @Test
    void instantiateWithoutStartLeavesTheStartFunctionToTheCaller() {
        Instance inst = Instance.instantiateWithoutStart(module(), new Imports(), new EngineConfig());
        assertEquals(0, inst.global("g").get().asI32());
        int start = inst.state().module.startFunction;
        inst.invoke(inst.state().functions[start]);
        assertEquals(7, inst.global("g").get().asI32());
        assertEquals(
                7,
                Instance.instantiate(module(), new Imports()).global("g").get().asI32());
    }

    @Test
    void reusedMachinesRunCallsAfterResultsAndTraps() {
        Instance inst = Instance.instantiate(module(), new Imports());
        EngineConfig config = new EngineConfig();
        Machine m = Machine.reusing(null, inst.function("add"), config);
        m.setSlotI(0, 2);
        m.setSlotI(1, 3);
        assertEquals(Machine.DONE, m.run(Integer.MAX_VALUE));
        assertEquals(5, m.slotI(0));
        Machine trap = Machine.reusing(m, inst.function("trap"), config);
        trap.setSlotI(0, 0);
        assertThrows(Trap.class, () -> trap.run(Integer.MAX_VALUE));
        Machine mix = Machine.reusing(trap, inst.function("mix"), config);
        mix.setSlotL(0, -9L);
        mix.setSlotD(1, 2.5);
        mix.setSlotI(2, Float.floatToRawIntBits(1.5f));
        assertEquals(Machine.DONE, mix.run(Integer.MAX_VALUE));
        assertEquals(2.5, mix.slotD(0));
        assertEquals(-9L, mix.slotL(1));
        assertEquals(1.5f, Float.intBitsToFloat(mix.slotI(2)));
        Machine again = Machine.reusing(mix, inst.function("add"), config);
        again.setSlotI(0, 40);
        again.setSlotI(1, 2);
        assertEquals(Machine.DONE, again.run(Integer.MAX_VALUE));
        assertEquals(42, again.slotI(0));
    }
}
