package dev.teawasi.wasi.vfs;

import dev.teawasi.wasi.abi.FileType;
import java.nio.charset.StandardCharsets;

/** A symbolic link: its target is stored as written and only interpreted when followed. */
public final class SymlinkNode extends Inode {
    private final String target;
    private final int byteLength;

    SymlinkNode(Vfs vfs, String target) {
        super(vfs);
        this.target = target;
        this.byteLength = target.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Bytes the target counts against the Vfs's byte limit (one per char). */
    long targetCost() {
        return target.length();
    }

    public String target() {
        return target;
    }

    @Override
    int defaultMode() {
        return 0777;
    }

    @Override
    public int fileType() {
        return FileType.SYMBOLIC_LINK;
    }

    @Override
    public long size() {
        return byteLength;
    }
}
