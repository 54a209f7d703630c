package io.sakit.spec.model;

import io.sakit.spec.ndis.NdisStatus;
import java.util.Objects;

/**
 * Thrown when a value breaks a rule of the specification; carries the requirement id and the NDIS
 * status the specification assigns to a request that breaks it.
 *
 * <p>It records no stack trace: decoders use it to stop at the first failing check.
 */
public final class RuleViolation extends IllegalArgumentException {

    private final String requirementId;
    private final transient NdisStatus status;

    /** Creates a violation of {@code requirementId} answered with {@code status}; {@code rule} states the rule. */
    public RuleViolation(String requirementId, NdisStatus status, String rule) {
        super(requirementId + ": " + rule);
        this.requirementId = Objects.requireNonNull(requirementId);
        this.status = Objects.requireNonNull(status);
    }

    /** Creates a violation answered with {@code NDIS_STATUS_INVALID_DATA}, the status of every malformed field. */
    public static RuleViolation invalidData(String requirementId, String rule) {
        return new RuleViolation(requirementId, NdisStatus.INVALID_DATA, rule);
    }

    /** Returns the id of the broken requirement, for example {@code ADD-FLG-001}. */
    public String requirementId() {
        return requirementId;
    }

    /** Returns the status a request breaking this rule receives. */
    public NdisStatus status() {
        return status;
    }

    /** Returns the rule as stated, without the requirement id. */
    public String rule() {
        return getMessage().substring(requirementId.length() + 2);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
