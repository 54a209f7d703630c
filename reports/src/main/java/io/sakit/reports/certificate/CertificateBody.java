package io.sakit.reports.certificate;

import io.sakit.reports.model.AdapterInfo;
import io.sakit.reports.model.Verdict;
import io.sakit.spec.capability.AdapterCapabilities;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a certificate states, which is everything its signature covers: the format version, the
 * verdict and its statement, the profile, the adapter and its options, what it advertised (in full and as
 * capability tokens), the seed and budget, the kit and spec versions, the run's digests, the report it
 * certifies, when it was issued, and the public key that signs it.
 */
public record CertificateBody(String format, String statement, Verdict verdict, String profile, AdapterInfo adapter,
        AdapterCapabilities capabilities, List<String> advertised, long seed, String budget, String kitVersion, String specVersion,
        Map<String, String> digests, ReportReference report, Instant issued, SigningKey publicKey) {

    /** The format version this kit writes and reads. */
    public static final String FORMAT = "sakit-certificate/1";

    /** Requires format version {@value #FORMAT} and every part; keeps the digests in key order. */
    public CertificateBody {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("certificate format '" + format + "' is not " + FORMAT);
        }
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(capabilities, "capabilities");
        advertised = List.copyOf(advertised);
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(kitVersion, "kitVersion");
        Objects.requireNonNull(specVersion, "specVersion");
        digests = Collections.unmodifiableMap(new TreeMap<>(digests));
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
