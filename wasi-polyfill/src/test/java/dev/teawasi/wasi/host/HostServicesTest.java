package dev.teawasi.wasi.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class HostServicesTest {
    @Test
    void byteArrayInputIsNotReadyUntilClosed() {
        ByteArrayInput in = new ByteArrayInput();
        byte[] b = new byte[8];
        assertEquals(InputSource.NOT_READY, in.read(b, 0, 8));
        assertEquals(InputSource.NOT_READY, in.available());
        in.append("abcdef".getBytes(), 1, 3);
        assertEquals(3, in.available());
        assertEquals(2, in.read(b, 0, 2));
        assertEquals('b', b[0]);
        in.append(new byte[100]);
        assertEquals(101, in.available());
        in.close();
        assertEquals(101, in.read(new byte[200], 0, 200));
        assertEquals(InputSource.EOF, in.read(b, 0, 8));
        assertEquals(InputSource.EOF, in.available());
    }

    @Test
    void streamAdapters() {
        StreamInput in = new StreamInput(new ByteArrayInputStream("xyz".getBytes()));
        byte[] b = new byte[8];
        assertEquals(3, in.available());
        assertEquals(3, in.read(b, 0, 8));
        assertEquals(InputSource.EOF, in.read(b, 0, 8));
        assertEquals(InputSource.EOF, in.available());
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        StreamOutput out = new StreamOutput(bos);
        out.write("hello".getBytes(), 1, 3);
        out.flush();
        assertArrayEquals("ell".getBytes(), bos.toByteArray());
    }

    @Test
    void virtualClockMovesOnlyWhenAskedAndSeededRandomRepeats() {
        VirtualClock c = new VirtualClock(100);
        assertEquals(100, c.realtimeNanos());
        assertEquals(0, c.monotonicNanos());
        c.sleep(50);
        c.advance(-5);
        assertEquals(150, c.realtimeNanos());
        assertEquals(50, c.monotonicNanos());
        byte[] a = new byte[13];
        byte[] b = new byte[13];
        new SeededRandom(7).nextBytes(a, 0, 13);
        new SeededRandom(7).nextBytes(b, 0, 13);
        assertArrayEquals(a, b);
        new SeededRandom(8).nextBytes(b, 0, 13);
        assertNotEquals(a[0] | a[1] << 8, b[0] | b[1] << 8);
    }

    @Test
    void systemClockIsMonotonic() {
        SystemClock c = new SystemClock();
        long t = c.monotonicNanos();
        c.sleep(1000);
        assertEquals(true, c.monotonicNanos() >= t + 1000);
        assertEquals(true, c.realtimeNanos() > 1_600_000_000_000_000_000L);
    }
}
