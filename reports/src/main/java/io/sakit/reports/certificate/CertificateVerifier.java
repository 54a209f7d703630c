package io.sakit.reports.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Verifies a certificate offline, in this order: the certificate file is in its exact form and its
 * signature matches its content under the public key it carries (else TAMPERED, certificate); the report
 * it names is beside it (else MISSING_REPORT); the report's SHA-256 is the certified one (else TAMPERED,
 * report); the public key is trusted by the key directory (else UNTRUSTED_KEY). Only then is it VALID.
 */
public final class CertificateVerifier {

    private final KeyDirectory keys;

    /** Creates a verifier that trusts the keys of {@code keys}. */
    public CertificateVerifier(KeyDirectory keys) {
        this.keys = keys;
    }

    /**
     * Verifies the certificate at {@code certificateFile}.
     *
     * @throws IOException when the certificate, the report or the trusted keys cannot be read
     */
    public Verification verify(Path certificateFile) throws IOException {
        String name = certificateFile.getFileName().toString();
        Certificate certificate;
        try {
            certificate = Certificate.parse(Files.readAllBytes(certificateFile));
        } catch (IllegalArgumentException e) {
            return new Verification(VerificationStatus.TAMPERED, name + " was altered: " + e.getMessage());
        }
        if (!signatureMatches(certificate)) {
            return new Verification(VerificationStatus.TAMPERED, name + " was altered: its signature does not match its content");
        }
        return checkReport(certificateFile, certificate);
    }

    private Verification checkReport(Path certificateFile, Certificate certificate) throws IOException {
        ReportReference reference = certificate.body().report();
        Path report = certificateFile.toAbsolutePath().resolveSibling(reference.file());
        if (!Files.isRegularFile(report)) {
            return new Verification(VerificationStatus.MISSING_REPORT, reference.file() + " is not beside the certificate in " + report.getParent());
        }
        String digest = CertificateIssuer.sha256(report);
        if (!digest.equals(reference.sha256())) {
            return new Verification(VerificationStatus.TAMPERED,
                    reference.file() + " was altered: its SHA-256 is " + digest + ", the certificate certifies " + reference.sha256());
        }
        SigningKey key = certificate.body().publicKey();
        if (!keys.trusts(key.raw())) {
            return new Verification(VerificationStatus.UNTRUSTED_KEY, "signed by key " + key.fingerprint() + ", which is not among the trusted keys in "
                    + keys.path() + " (add its PEM public key to " + KeyDirectory.TRUSTED + "/ to trust it)");
        }
        return new Verification(VerificationStatus.VALID, certificate.body().statement() + "; " + reference.file() + " unchanged; signed by trusted key "
                + key.fingerprint());
    }

    private static boolean signatureMatches(Certificate certificate) {
        Ed25519Signer verifier = new Ed25519Signer();
        try {
            verifier.init(false, new Ed25519PublicKeyParameters(certificate.body().publicKey().raw(), 0));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] signed = Certificate.signedBytes(certificate.body());
        verifier.update(signed, 0, signed.length);
        return verifier.verifySignature(certificate.signatureBytes());
    }
}
