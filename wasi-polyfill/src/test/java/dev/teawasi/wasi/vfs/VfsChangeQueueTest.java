package dev.teawasi.wasi.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.wasi.host.VirtualClock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VfsChangeQueueTest {
    private final Vfs vfs = new Vfs(new VirtualClock());
    private int notified;
    private final VfsChangeQueue q = new VfsChangeQueue(vfs, 100, () -> notified++);

    private String drained() {
        return q.drain().stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    @Test
    void reportsCreateModifyDeleteWithPaths() {
        q.attach();
        vfs.mkdirs("/a/b");
        FileNode f = vfs.writeFile("/a/b/f", new byte[] {1});
        assertEquals(1, notified);
        assertEquals("create /a, create /a/b, create /a/b/f, modify /a/b/f", drained());
        f.write(1, new byte[] {2}, 0, 1);
        f.write(2, new byte[] {3}, 0, 1);
        f.truncate(1);
        assertEquals(2, notified);
        assertEquals("modify /a/b/f", drained()); // repeated modifications in a row are one change
        vfs.rename("/a/b", "/a/c");
        vfs.symlink("c/f", "/a/s");
        vfs.link("/a/c/f", "/a/hard");
        vfs.stat("/a/c/f"); // reading is no change
        vfs.lookup("/a/s", false).setTimes(1, 2);
        vfs.remove("/a");
        assertEquals(
                "delete /a/b, create /a/c, create /a/s, create /a/hard, modify /a/s, delete /a/s,"
                        + " delete /a/hard, delete /a/c/f, delete /a/c, delete /a",
                drained()); // files before directories
    }

    @Test
    void hardLinkedFileIsReportedUnderANameItStillHas() {
        q.attach();
        FileNode f = vfs.writeFile("/x", new byte[0]);
        vfs.link("/x", "/y");
        vfs.root().unlinkFile("y"); // the most recent name is gone
        q.drain();
        f.write(0, new byte[] {1}, 0, 1);
        assertEquals("modify /x", drained());
        vfs.root().unlinkFile("x");
        q.drain();
        f.write(0, new byte[] {1}, 0, 1); // an unlinked file (kept open by a guest) has no path: no event
        assertEquals("", drained());
    }

    @Test
    void boundedWithOverflowFlag() {
        q.attach();
        for (int i = 0; i < 150; i++) {
            vfs.root().createFile("f" + i);
        }
        List<VfsChangeQueue.Change> got = q.drain();
        assertEquals(100, got.size());
        assertTrue(q.drainOverflowed());
        assertFalse(q.drainOverflowed());
    }

    @Test
    void detachedQueueRecordsNothingAndListenerFailuresAreContained() {
        q.attach();
        q.detach();
        vfs.writeFile("/a", new byte[1]);
        assertEquals("", drained());
        assertEquals(null, vfs.listener);
        VfsListener failing = new VfsListener() {
            @Override
            public void created(DirectoryNode dir, String name, Inode node) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void removed(DirectoryNode dir, String name, Inode node) {}

            @Override
            public void modified(Inode node) {}
        };
        vfs.addListener(failing);
        q.attach();
        vfs.writeFile("/b", new byte[1]); // the failing listener does not stop the write or the other listener
        assertEquals("create /b, modify /b", drained());
        vfs.removeListener(failing);
    }
}
