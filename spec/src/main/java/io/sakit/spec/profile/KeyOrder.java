package io.sakit.spec.profile;

/** The order of the two keys of one SA inside {@code KeyMat} (decision A1). */
public enum KeyOrder {
    /** Confidentiality key first, then integrity key: the OFFLOAD_IPSEC_ADD_SA page (the default). */
    CONF_FIRST("conf-first"),
    /** Integrity key first, then confidentiality key: the OFFLOAD_ALGO_INFO page. */
    INTEGRITY_FIRST("integrity-first");

    private final String token;

    KeyOrder(String token) {
        this.token = token;
    }

    /** Returns the name used in profiles and on the command line. */
    public String token() {
        return token;
    }
}
