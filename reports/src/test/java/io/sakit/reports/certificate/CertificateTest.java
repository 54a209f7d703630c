package io.sakit.reports.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.reports.SampleReports;
import io.sakit.reports.json.ReportFile;
import io.sakit.reports.json.ReportJson;
import io.sakit.reports.model.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateTest {

    private static final Clock CLOCK = Clock.fixed(SampleReports.STARTED.plusSeconds(120), ZoneOffset.UTC);

    @TempDir
    Path keysDir;
    @TempDir
    Path otherKeysDir;
    @TempDir
    Path out;

    private KeyDirectory keys;
    private Path reportFile;
    private Path certificateFile;

    @BeforeEach
    void writeReportAndCertificate() throws Exception {
        keys = new KeyDirectory(keysDir);
        RunReport report = SampleReports.conformant();
        reportFile = out.resolve(ReportFile.NAME);
        ReportFile.write(report, reportFile);
        certificateFile = new CertificateIssuer(keys, CLOCK).write(report, reportFile);
    }

    private Verification verify() throws Exception {
        return new CertificateVerifier(keys).verify(certificateFile);
    }

    @Test
    void aFreshCertificateIsValid() throws Exception {
        Verification verification = verify();
        assertThat(verification.status()).isEqualTo(VerificationStatus.VALID);
        assertThat(verification.detail()).startsWith("CONFORMANT to sakit spec 1.0 under profile default");
    }

    @Test
    void theCertificateStatesTheRunAndTheReportDigest() throws Exception {
        CertificateBody body = Certificate.parse(Files.readAllBytes(certificateFile)).body();
        RunReport report = SampleReports.conformant();
        assertThat(body.verdict()).isEqualTo(report.verdict());
        assertThat(body.profile()).isEqualTo("default");
        assertThat(body.adapter()).isEqualTo(report.info().adapter());
        assertThat(body.capabilities()).isEqualTo(report.info().capabilities());
        assertThat(body.advertised()).contains("AH", "ESP", "RECEIVE").doesNotContain("UDP_ESP", "CLASSIFIER");
        assertThat(body.seed()).isEqualTo(42L);
        assertThat(body.budget()).isEqualTo("standard");
        assertThat(body.digests()).isEqualTo(report.info().digests());
        assertThat(body.report()).isEqualTo(new ReportReference("report.json", CertificateIssuer.sha256(reportFile)));
        assertThat(body.issued()).isEqualTo(CLOCK.instant());
        assertThat(body.publicKey().fingerprint()).startsWith("SHA256:").hasSize(7 + 64);
    }

    @Test
    void theSignatureCoversTheCanonicalFormOfTheFileWithoutItsSignature() throws Exception {
        ObjectNode tree = (ObjectNode) ReportJson.mapper().readTree(Files.readAllBytes(certificateFile));
        byte[] signature = HexFormat.of().parseHex(tree.remove("signature").textValue());
        byte[] key = HexFormat.of().parseHex(tree.get("publicKey").get("key").textValue());
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(key, 0));
        byte[] canonical = CanonicalJson.bytes(tree);
        verifier.update(canonical, 0, canonical.length);
        assertThat(verifier.verifySignature(signature)).isTrue();
    }

    @Test
    void theSameReportKeyAndTimeGiveTheSameCertificate() throws Exception {
        byte[] first = Files.readAllBytes(certificateFile);
        new CertificateIssuer(keys, CLOCK).write(SampleReports.conformant(), reportFile);
        assertThat(Files.readAllBytes(certificateFile)).isEqualTo(first);
    }

    @Test
    void changingAnyByteOfTheCertificateIsTampering() throws Exception {
        byte[] original = Files.readAllBytes(certificateFile);
        for (int i = 0; i < original.length; i++) {
            for (int flip : new int[] {0x01, 0x20}) {
                byte[] changed = original.clone();
                changed[i] ^= (byte) flip;
                Files.write(certificateFile, changed);
                Verification verification = verify();
                assertThat(verification.status()).as("byte %d ^ 0x%02x", i, flip).isEqualTo(VerificationStatus.TAMPERED);
                assertThat(verification.detail()).as("byte %d", i).startsWith("certificate.json was altered");
            }
        }
    }

    @Test
    void addingOrRemovingAByteOfTheCertificateIsTampering() throws Exception {
        byte[] original = Files.readAllBytes(certificateFile);
        Files.write(certificateFile, java.util.Arrays.copyOf(original, original.length - 1));
        assertThat(verify().status()).isEqualTo(VerificationStatus.TAMPERED);
        Files.write(certificateFile, java.util.Arrays.copyOf(original, original.length + 1));
        assertThat(verify().status()).isEqualTo(VerificationStatus.TAMPERED);
    }

    @Test
    void changingAByteOfTheReportIsTampering() throws Exception {
        byte[] original = Files.readAllBytes(reportFile);
        for (int i = 0; i < original.length; i += Math.max(1, original.length / 400)) {
            byte[] changed = original.clone();
            changed[i] ^= 0x01;
            Files.write(reportFile, changed);
            Verification verification = verify();
            assertThat(verification.status()).as("report byte %d", i).isEqualTo(VerificationStatus.TAMPERED);
            assertThat(verification.detail()).startsWith("report.json was altered");
        }
        Files.write(reportFile, java.util.Arrays.copyOf(original, original.length - 1));
        assertThat(verify().status()).isEqualTo(VerificationStatus.TAMPERED);
    }

    @Test
    void aMissingReportIsReported() throws Exception {
        Files.delete(reportFile);
        assertThat(verify().status()).isEqualTo(VerificationStatus.MISSING_REPORT);
    }

    @Test
    void aCertificateSignedByAnotherKeyIsUntrustedUntilItsKeyIsTrusted() throws Exception {
        KeyDirectory other = new KeyDirectory(otherKeysDir);
        new CertificateIssuer(other, CLOCK).write(SampleReports.conformant(), reportFile);
        Verification verification = verify();
        assertThat(verification.status()).isEqualTo(VerificationStatus.UNTRUSTED_KEY);
        assertThat(verification.detail()).contains(SigningKey.fingerprintOf(other.ownPublicKey().orElseThrow()));

        Files.createDirectories(keysDir.resolve(KeyDirectory.TRUSTED));
        Files.copy(otherKeysDir.resolve(KeyDirectory.PUBLIC_KEY), keysDir.resolve(KeyDirectory.TRUSTED).resolve("other-lab.pem"));
        assertThat(verify().status()).isEqualTo(VerificationStatus.VALID);
    }

    @Test
    void verifyingNeverCreatesAKey() throws Exception {
        KeyDirectory empty = new KeyDirectory(otherKeysDir.resolve("none"));
        assertThat(new CertificateVerifier(empty).verify(certificateFile).status()).isEqualTo(VerificationStatus.UNTRUSTED_KEY);
        assertThat(otherKeysDir.resolve("none")).doesNotExist();
    }

    @Test
    void theSigningKeyIsGeneratedOnceAndReadableByItsOwnerOnly() throws Exception {
        Path privateKey = keysDir.resolve(KeyDirectory.PRIVATE_KEY);
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(keysDir.resolve(KeyDirectory.PUBLIC_KEY))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        if (keysDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        }
        byte[] first = keys.signingKey().getEncoded();
        assertThat(new KeyDirectory(keysDir).signingKey().getEncoded()).isEqualTo(first);
    }

    @Test
    void keysLiveUnderSakitHomeOrTheUsersHome() {
        assertThat(KeyDirectory.location(java.util.Map.of("SAKIT_HOME", "/opt/sakit"), "/home/lab")).isEqualTo(Path.of("/opt/sakit", "keys"));
        assertThat(KeyDirectory.location(java.util.Map.of(), "/home/lab")).isEqualTo(Path.of("/home/lab", ".sakit", "keys"));
        assertThat(KeyDirectory.location(java.util.Map.of("SAKIT_HOME", " "), "/home/lab")).isEqualTo(Path.of("/home/lab", ".sakit", "keys"));
    }
}
