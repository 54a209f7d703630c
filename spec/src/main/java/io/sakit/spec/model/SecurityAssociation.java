package io.sakit.spec.model;

import java.util.Objects;

/** One SA: its parameters and its keys, each key exactly as long as its algorithm requires. */
public record SecurityAssociation(SaParameters parameters, KeyMaterial confKey, KeyMaterial integrityKey) {

    /**
     * Enforces the key rules (decision A12).
     *
     * @throws RuleViolation ADD-KEY-001 for a key of the wrong length, ADD-KEY-004 for a 3DES key that is single DES
     */
    public SecurityAssociation {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(confKey, "confKey");
        Objects.requireNonNull(integrityKey, "integrityKey");
        requireLength(confKey, parameters.conf().keyLength(), parameters.conf().name());
        requireLength(integrityKey, parameters.integrity().keyLength(), parameters.integrity().name());
        if (parameters.conf() == ConfAlgorithm.TRIPLE_DES && DesKeys.collapsesToSingleDes(confKey)) {
            throw RuleViolation.invalidData("ADD-KEY-004", "3DES key with K1 = K2 or K2 = K3 (parity bits ignored); the three keys must differ pairwise in sequence");
        }
    }

    private static void requireLength(KeyMaterial key, int expected, String algorithm) {
        if (key.length() != expected) {
            throw RuleViolation.invalidData("ADD-KEY-001", "key of " + key.length() + " bytes for " + algorithm + "; must be " + expected);
        }
    }

    /** Returns the operation of this SA. */
    public Operation operation() {
        return parameters.operation();
    }

    /** Returns whether the confidentiality key (DES or each 3DES part) is a weak or semi-weak DES key. */
    public boolean hasWeakDesKey() {
        return switch (parameters.conf()) {
            case DES -> DesKeys.isWeak(confKey, 0);
            case TRIPLE_DES -> DesKeys.isWeak(confKey, 0) || DesKeys.isWeak(confKey, 8) || DesKeys.isWeak(confKey, 16);
            case NONE -> false;
        };
    }

    @Override
    public String toString() {
        return parameters.toString();
    }
}
