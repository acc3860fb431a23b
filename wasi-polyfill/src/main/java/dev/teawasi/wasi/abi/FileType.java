package dev.teawasi.wasi.abi;

/** filetype (u8). */
public final class FileType {
    public static final int UNKNOWN = 0,
            BLOCK_DEVICE = 1,
            CHARACTER_DEVICE = 2,
            DIRECTORY = 3,
            REGULAR_FILE = 4,
            SOCKET_DGRAM = 5,
            SOCKET_STREAM = 6,
            SYMBOLIC_LINK = 7;

    private FileType() {}
}
