package io.sakit.spec.vector;

/** Which handle a setup step returned, for copying into a later step's buffer. */
public enum HandleField {
    /** The OffloadHandle the adapter wrote back (ADD_SA, ADD_UDPESP_SA). */
    OFFLOAD_HANDLE("offloadHandle"),
    /** The EncapTypeEntryOffldHandle the adapter wrote back (ADD_UDPESP_SA). */
    ENCAP_ENTRY_HANDLE("encapEntryHandle");

    private final String token;

    HandleField(String token) {
        this.token = token;
    }

    /** Returns the name used in vector files. */
    public String token() {
        return token;
    }
}
