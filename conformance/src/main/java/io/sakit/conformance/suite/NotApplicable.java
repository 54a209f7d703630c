package io.sakit.conformance.suite;

/** Thrown by a case body when the case does not apply to the adapter: NOT_APPLICABLE, with the reason. */
public final class NotApplicable extends RuntimeException {

    /** Creates the signal with the reason, for example {@code not advertised: ESP_DES}. */
    public NotApplicable(String reason) {
        super(reason, null, false, false);
    }
}
