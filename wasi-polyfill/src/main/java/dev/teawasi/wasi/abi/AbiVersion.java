package dev.teawasi.wasi.abi;

/**
 * The two module names WASI preview 1 programs import, and where their ABIs differ (checked against the witx of
 * each snapshot): whence numbering, filestat (nlink u64 vs u32), subscription_clock (snapshot 0 has an extra
 * u64 identifier first), and sock_accept (preview1 only).
 */
public enum AbiVersion {
    PREVIEW1("wasi_snapshot_preview1", 64, 48),
    SNAPSHOT0("wasi_unstable", 56, 56);

    public final String moduleName;
    public final int filestatSize;
    public final int subscriptionSize;
    /** event is the same in both: userdata u64 @0, error u16 @8, type u8 @10, nbytes u64 @16, flags u16 @24. */
    public static final int EVENT_SIZE = 32;

    AbiVersion(String moduleName, int filestatSize, int subscriptionSize) {
        this.moduleName = moduleName;
        this.filestatSize = filestatSize;
        this.subscriptionSize = subscriptionSize;
    }

    /** Maps this snapshot's whence value to the preview1 numbering, or -1 when invalid. */
    public int whence(int raw) {
        if (this == PREVIEW1) {
            return raw >= 0 && raw <= 2 ? raw : -1;
        }
        switch (raw) {
            case 0:
                return Flags.WHENCE_CUR;
            case 1:
                return Flags.WHENCE_END;
            case 2:
                return Flags.WHENCE_SET;
            default:
                return -1;
        }
    }

    /** Offset of subscription_clock's clock id within a subscription. */
    public int clockIdOffset() {
        return this == PREVIEW1 ? 16 : 24;
    }
}
