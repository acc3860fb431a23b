package dev.teawasi.wasi.abi;

/** The small flag sets and enums of the ABI: oflags, fdflags, lookupflags, fstflags, clocks, events, whence. */
public final class Flags {
    // oflags (u16)
    public static final int O_CREAT = 1, O_DIRECTORY = 2, O_EXCL = 4, O_TRUNC = 8;
    // fdflags (u16)
    public static final int FDFLAG_APPEND = 1,
            FDFLAG_DSYNC = 2,
            FDFLAG_NONBLOCK = 4,
            FDFLAG_RSYNC = 8,
            FDFLAG_SYNC = 16;
    // lookupflags (u32)
    public static final int LOOKUP_SYMLINK_FOLLOW = 1;
    // fstflags (u16)
    public static final int FST_ATIM = 1, FST_ATIM_NOW = 2, FST_MTIM = 4, FST_MTIM_NOW = 8;
    // clockid (u32)
    public static final int CLOCK_REALTIME = 0,
            CLOCK_MONOTONIC = 1,
            CLOCK_PROCESS_CPUTIME = 2,
            CLOCK_THREAD_CPUTIME = 3;
    // eventtype (u8)
    public static final int EVENT_CLOCK = 0, EVENT_FD_READ = 1, EVENT_FD_WRITE = 2;
    // eventrwflags (u16)
    public static final int EVENT_FD_READWRITE_HANGUP = 1;
    // subclockflags (u16)
    public static final int SUBSCRIPTION_CLOCK_ABSTIME = 1;
    // whence (u8), preview1 numbering; wasi_unstable numbers them CUR=0, END=1, SET=2 (see AbiVersion)
    public static final int WHENCE_SET = 0, WHENCE_CUR = 1, WHENCE_END = 2;
    // advice (u8)
    public static final int ADVICE_NORMAL = 0, ADVICE_NOREUSE = 5;
    // preopentype (u8)
    public static final int PREOPENTYPE_DIR = 0;
    // sdflags (u8)
    public static final int SHUT_RD = 1, SHUT_WR = 2;

    private Flags() {}
}
