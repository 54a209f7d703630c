package io.sakit.reports.certificate;

import io.sakit.reports.files.AtomicFiles;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.VerdictStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Issues certificates: states what a report established, binds it to the SHA-256 of the report file as it
 * is on disk, signs it with the kit's key (generated on first use) and writes {@code certificate.json}
 * beside the report, dated to the second. Ed25519 signatures are deterministic, so the same report, key and time always give the
 * same certificate.
 */
public final class CertificateIssuer {

    private final KeyDirectory keys;
    private final Clock clock;

    /** Creates an issuer that signs with the key in {@code keys} and dates certificates by {@code clock}. */
    public CertificateIssuer(KeyDirectory keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** Returns the signed certificate of {@code report}, whose file is {@code reportFile}. */
    public Certificate issue(RunReport report, Path reportFile) throws IOException {
        Ed25519PrivateKeyParameters key = keys.signingKey();
        CertificateBody body = body(report, new ReportReference(reportFile.getFileName().toString(), sha256(reportFile)),
                SigningKey.of(key.generatePublicKey().getEncoded()));
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        byte[] signed = Certificate.signedBytes(body);
        signer.update(signed, 0, signed.length);
        return new Certificate(body, HexFormat.of().formatHex(signer.generateSignature()));
    }

    /** Issues the certificate of {@code report} and writes it atomically beside {@code reportFile}; returns its path. */
    public Path write(RunReport report, Path reportFile) throws IOException {
        Path target = reportFile.resolveSibling(Certificate.NAME);
        AtomicFiles.write(target, issue(report, reportFile).render());
        return target;
    }

    private CertificateBody body(RunReport report, ReportReference reference, SigningKey publicKey) {
        RunInfo info = report.info();
        return new CertificateBody(CertificateBody.FORMAT, VerdictStatement.headline(report), report.verdict(), info.profile(), info.adapter(),
                info.capabilities(), VerdictStatement.advertisedTokens(info.capabilities()), info.seed(), info.budget(), info.kitVersion(),
                info.specVersion(), info.digests(), reference, clock.instant().truncatedTo(ChronoUnit.SECONDS), publicKey);
    }

    /** Returns the SHA-256 of a file's bytes in lower-case hexadecimal. */
    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
