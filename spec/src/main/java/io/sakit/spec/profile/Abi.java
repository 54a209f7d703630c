package io.sakit.spec.profile;

/** The application binary interface an adapter's structures follow: it fixes the size of {@code HANDLE}. */
public enum Abi {
    /** 32-bit Windows: {@code HANDLE} is 4 bytes. */
    X86(4),
    /** 64-bit Windows: {@code HANDLE} is 8 bytes (the default). */
    X64(8);

    private final int handleSize;

    Abi(int handleSize) {
        this.handleSize = handleSize;
    }

    /** Returns {@code sizeof(HANDLE)} in bytes. */
    public int handleSize() {
        return handleSize;
    }

    /** Returns the largest handle value this ABI can carry. */
    public long maxHandle() {
        return handleSize == 8 ? -1L : 0xFFFF_FFFFL;
    }

    /** Returns the lower-case name used in profiles and on the command line. */
    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
