package dev.teawasi.bench;

import java.io.ByteArrayOutputStream;

/**
 * A hand-assembled module for the bulk-memory micro-benchmark: 4 MiB of memory and two exports that repeat one
 * bulk operation in a loop, so that for large lengths nearly all the time is inside memory.copy / memory.fill.
 *
 * <pre>
 * (func (export "copy") (param $dst i32) (param $src i32) (param $len i32) (param $reps i32)
 *   (loop $l (memory.copy (local.get $dst) (local.get $src) (local.get $len))
 *            (br_if $l (local.tee $reps (i32.sub (local.get $reps) (i32.const 1))))))
 * (func (export "fill") (param $dst i32) (param $val i32) (param $len i32) (param $reps i32)   ;; same, memory.fill
 * </pre>
 */
public final class MemoryOpsModule {
    public static final int PAGES = 64;

    private MemoryOpsModule() {}

    public static byte[] bytes() {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        section(m, 1, new int[] {1, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 0}); // type: (i32 x4) -> ()
        section(m, 3, new int[] {2, 0, 0}); // two functions of type 0
        section(m, 5, new int[] {1, 0, PAGES}); // memory, min 64 pages
        ByteArrayOutputStream ex = new ByteArrayOutputStream();
        ex.write(3);
        export(ex, "memory", 2, 0);
        export(ex, "copy", 0, 0);
        export(ex, "fill", 0, 1);
        section(m, 7, ex.toByteArray());
        int[] copy = loop(new int[] {0xfc, 0x0a, 0, 0});
        int[] fill = loop(new int[] {0xfc, 0x0b, 0});
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        code.write(2);
        code.write(copy.length);
        write(code, copy);
        code.write(fill.length);
        write(code, fill);
        section(m, 10, code.toByteArray());
        return m.toByteArray();
    }

    private static int[] loop(int[] op) {
        int[] head = {0, 0x03, 0x40, 0x20, 0, 0x20, 1, 0x20, 2}; // no locals; loop; 3 x local.get
        int[] tail = {0x20, 3, 0x41, 1, 0x6b, 0x22, 3, 0x0d, 0, 0x0b, 0x0b}; // reps-1, tee, br_if, end, end
        int[] body = new int[head.length + op.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(op, 0, body, head.length, op.length);
        System.arraycopy(tail, 0, body, head.length + op.length, tail.length);
        return body;
    }

    private static void export(ByteArrayOutputStream out, String name, int kind, int index) {
        out.write(name.length());
        out.writeBytes(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(kind);
        out.write(index);
    }

    private static void section(ByteArrayOutputStream out, int id, int[] content) {
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        write(c, content);
        section(out, id, c.toByteArray());
    }

    private static void section(ByteArrayOutputStream out, int id, byte[] content) {
        out.write(id);
        out.write(content.length); // every section here is shorter than 128 bytes: a one-byte LEB128
        out.writeBytes(content);
    }

    private static void write(ByteArrayOutputStream out, int[] bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }
}
