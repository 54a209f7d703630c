package io.sakit.spec.model;

import java.util.List;
import java.util.Objects;

/**
 * A valid OFFLOAD_IPSEC_ADD_SA request: filter, tunnel endpoints, direction and one SA or an
 * ESP-then-AH bundle (SPEC.md section 5).
 */
public record AddSaRequest(Filter filter, Tunnel tunnel, Direction direction, List<SecurityAssociation> securityAssociations) {

    /** The largest KeyLen of any valid request: ESP 3DES (24) and SHA (20) bundled with AH SHA (20). */
    public static final int MAX_KEY_LENGTH = 64;

    /**
     * Enforces the rules that concern the request as a whole.
     *
     * @throws RuleViolation ADD-NUM-001, ADD-NUM-002 or ADD-ALG-006, see {@link #checkComposition}
     */
    public AddSaRequest {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(tunnel, "tunnel");
        Objects.requireNonNull(direction, "direction");
        securityAssociations = List.copyOf(securityAssociations);
        checkCount(securityAssociations.size());
        checkComposition(securityAssociations.size() == 1 ? List.of(securityAssociations.get(0).parameters())
                : List.of(securityAssociations.get(0).parameters(), securityAssociations.get(1).parameters()));
    }

    /**
     * Checks how the SAs of a request combine: one or two SAs; two only as ESP then AH; ESP without
     * integrity only as the ESP SA of such a bundle.
     *
     * @throws RuleViolation ADD-NUM-001, ADD-NUM-002 or ADD-ALG-006
     */
    public static void checkComposition(List<SaParameters> parameters) {
        checkCount(parameters.size());
        if (parameters.size() == 2 && (parameters.get(0).operation() != Operation.ENCRYPT || parameters.get(1).operation() != Operation.AUTHENTICATE)) {
            throw RuleViolation.invalidData("ADD-NUM-002", "two SAs as " + parameters.get(0).operation() + " then " + parameters.get(1).operation()
                    + "; the only combination is ENCRYPT (ESP) then AUTHENTICATE (AH)");
        }
        if (parameters.size() == 1 && parameters.get(0).integrity() == IntegrityAlgorithm.NONE) {
            throw RuleViolation.invalidData("ADD-ALG-006", "ESP SA without integrity and without an AH SA; an IPsec packet must be authenticated");
        }
    }

    /**
     * Checks the NumSAs value.
     *
     * @throws RuleViolation ADD-NUM-001 for any value other than 1 or 2
     */
    public static void checkCount(int numSas) {
        if (numSas != 1 && numSas != 2) {
            throw RuleViolation.invalidData("ADD-NUM-001", "NumSAs " + numSas + "; must be 1 or 2");
        }
    }

    /** Returns whether this request adds an ESP-then-AH bundle. */
    public boolean isBundle() {
        return securityAssociations.size() == 2;
    }

    /** Returns the KeyLen this request's KeyMat must have: the sum of every used algorithm's key length. */
    public int keyLength() {
        int total = 0;
        for (SecurityAssociation sa : securityAssociations) {
            total += sa.parameters().keyLength();
        }
        return total;
    }

    /** Returns the outermost SA on the wire: the AH SA of a bundle, otherwise the only SA. */
    public SecurityAssociation outermost() {
        return securityAssociations.get(securityAssociations.size() - 1);
    }

    @Override
    public String toString() {
        return "AddSa[" + direction + " " + tunnel + " " + filter + " " + securityAssociations + "]";
    }
}
