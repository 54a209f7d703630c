package io.sakit.spec.model;

import java.util.Objects;

/**
 * The parameters of one OFFLOAD_SECURITY_ASSOCIATION, apart from its keys: operation, SPI and algorithms.
 *
 * <p>The SPI is the 32-bit value as it appears in the AH or ESP header (network order, decision A6).
 */
public record SaParameters(Operation operation, int spi, ConfAlgorithm conf, IntegrityAlgorithm integrity) {

    /**
     * Enforces the per-SA algorithm rules (decision A11).
     *
     * @throws RuleViolation ADD-ALG-001 for AH without MD5 or SHA, ADD-ALG-002 for AH with a confidentiality
     *     algorithm, ADD-ALG-005 for ESP with neither algorithm
     */
    public SaParameters {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(conf, "conf");
        Objects.requireNonNull(integrity, "integrity");
        if (operation == Operation.AUTHENTICATE) {
            if (conf != ConfAlgorithm.NONE) {
                throw RuleViolation.invalidData("ADD-ALG-002", "AH SA with ConfAlgo " + conf + "; an AH SA's ConfAlgo must be all zero");
            }
            if (integrity == IntegrityAlgorithm.NONE) {
                throw RuleViolation.invalidData("ADD-ALG-001", "AH SA with IntegrityAlgo NONE; must be MD5 or SHA");
            }
        } else if (conf == ConfAlgorithm.NONE && integrity == IntegrityAlgorithm.NONE) {
            throw RuleViolation.invalidData("ADD-ALG-005", "ESP SA with ConfAlgo NONE and IntegrityAlgo NONE; at least one is required");
        }
    }

    /** Returns the number of key bytes this SA takes from KeyMat. */
    public int keyLength() {
        return conf.keyLength() + integrity.keyLength();
    }

    @Override
    public String toString() {
        String algorithms = operation == Operation.AUTHENTICATE ? integrity.name() : conf.name() + "/" + integrity.name();
        return operation.protocolName() + "[spi=0x" + String.format("%08X", spi) + ", " + algorithms + "]";
    }
}
