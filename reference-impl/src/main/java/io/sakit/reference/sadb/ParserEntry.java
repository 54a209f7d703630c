package io.sakit.reference.sadb;

/** A UDP-ESP parser entry (SPEC.md section 12.2): the port the receive path inspects, its users and its removal mark. */
public final class ParserEntry {

    private final long handle;
    private final int port;
    private int users;
    private boolean marked;

    ParserEntry(long handle, int port) {
        this.handle = handle;
        this.port = port;
    }

    /** Returns the entry's handle. */
    public long handle() {
        return handle;
    }

    /** Returns the UDP destination port the entry makes the receive path inspect. */
    public int port() {
        return port;
    }

    int users() {
        return users;
    }

    boolean isMarked() {
        return marked;
    }

    void addUser() {
        users++;
    }

    void removeUser() {
        users--;
    }

    void mark() {
        marked = true;
    }

    boolean removable() {
        return marked && users == 0;
    }
}
