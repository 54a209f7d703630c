package io.sakit.reports;

import io.sakit.reports.model.AdapterInfo;
import io.sakit.reports.model.Aggregation;
import io.sakit.reports.model.CapturedPacket;
import io.sakit.reports.model.CapturedSa;
import io.sakit.reports.model.CaseResult;
import io.sakit.reports.model.Outcome;
import io.sakit.reports.model.RunInfo;
import io.sakit.reports.model.RunReport;
import io.sakit.reports.model.Shard;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.requirement.Requirement;
import io.sakit.spec.requirement.RequirementCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Sample results for the writers' tests: a failing run with every outcome, and a conformant run. */
public final class SampleReports {

    /** The catalog packaged with the spec module. */
    public static final RequirementCatalog CATALOG = RequirementCatalog.load();
    /** When the sample runs started. */
    public static final Instant STARTED = Instant.parse("2026-03-01T10:00:00Z");
    /** An ESP packet in transport mode (SPI 0x1001, sequence 1), starting at the IPv4 header, with a correct length and checksum. */
    public static final String ESP_PACKET = "450000391c46400040329c34c0a80001c0a800c7000010010000000148656c6c6f2c20776f726c64212121"
            + "2121212121212121212121212121";
    /** The script a hostile message carries. */
    public static final String SCRIPT = "<script>alert('x')</script>";

    private SampleReports() {
    }

    /** Returns capabilities that advertise everything but UDP-ESP and the classifier. */
    public static AdapterCapabilities capabilities() {
        return new AdapterCapabilities(IpsecOffloadV1.EVERYTHING.withSupported(true, true, true, 0), 64, 16, Profile.DEFAULT, false);
    }

    /** Returns the identity of a whole run of shard {@code shard}. */
    public static RunInfo info(Shard shard) {
        return new RunInfo("0.1.0", "1.0", Map.of("kit", "sha256:1111", "spec", "sha256:2222", "vectors", "sha256:3333"),
                new AdapterInfo("reference", "sakit reference implementation", Map.of("capacity", "64", "wipe", "on")), capabilities(), "default", 42L,
                "standard", shard, List.of(), "sakit run --adapter reference --seed 42" + (shard.isWhole() ? "" : " --shard " + shard), STARTED,
                Optional.of(STARTED.plusSeconds(95)));
    }

    /** Returns a finished whole run that fails: every outcome, a FAIL with evidence, an ERROR. */
    public static RunReport failing() {
        return Aggregation.report(info(Shard.WHOLE), failingCases(), CATALOG, true);
    }

    /** Returns the cases of {@link #failing()}. */
    public static List<CaseResult> failingCases() {
        return List.of(
                pass("add.alg.md5-ah", "ADD", "ADD-ALG-001"),
                fail("add.len.short-buffer", "ADD", "ADD-LEN-001", "BytesNeeded is the missing byte count, not the total",
                        "status INVALID_LENGTH, BytesNeeded 184", "status INVALID_LENGTH, BytesNeeded 8"),
                acceptable("add.key.weak-des", "ADD", "ADD-KEY-005", "weak DES key accepted; rejecting it is allowed too"),
                new CaseResult("rx.ah.bad-icv", "RX", "AH packet with a corrupted ICV is flagged", List.of("RX-AH-002", "RX-AH-001"), Outcome.FAIL,
                        "CryptoStatus was CRYPTO_SUCCESS " + SCRIPT, Optional.of("CryptoDone 1, CRYPTO_TRANSPORT_AH_AUTH_FAILED"),
                        Optional.of("CryptoDone 1, CRYPTO_SUCCESS & <b>bold</b>"), "sakit run --adapter reference --only rx.ah.bad-icv --seed 7",
                        Optional.empty(), OptionalLong.of(7L), 31L, Optional.of("{\"spi\":4097,\"icv\":\"00ff\",\"note\":\"</pre>" + SCRIPT + "\"}"),
                        List.of(new CapturedPacket("receive input", ESP_PACKET), new CapturedPacket("indicated", ESP_PACKET.substring(0, 40))),
                        List.of(new CapturedSa("ESP", "10.0.0.1", "*", 0x1001, "3DES-CBC", "HMAC-SHA1-96"), new CapturedSa("AH", "*", "10.0.0.2", 0x1001,
                                "NONE", "HMAC-MD5-96")), 15_000L),
                pass("rx.esp.decrypt-3des", "RX", "RX-ESP-001"),
                error("tx.esp.encrypt-des", "TX", "TX-ESP-001", "adapter threw IllegalStateException: ring full"),
                pass("tx.ah.md5", "TX", "TX-AH-001"),
                notApplicable("udp.ent.rx-transport", "UDP", "UDP-ENT-001", "not advertised: UDP_ESP"),
                pass("del.hdl.live", "DEL", "DEL-HDL-001"));
    }

    /** Returns a finished whole run in which every applicable requirement passes. */
    public static RunReport conformant() {
        List<CaseResult> cases = new ArrayList<>();
        AdapterCapabilities capabilities = capabilities();
        for (Requirement requirement : CATALOG.all()) {
            if (!requirement.testable()) {
                continue;
            }
            String id = requirement.id().toLowerCase(java.util.Locale.ROOT).replace('-', '.');
            cases.add(requirement.appliesTo(capabilities) ? pass(id, requirement.family().name(), requirement.id())
                    : notApplicable(id, requirement.family().name(), requirement.id(), "not advertised"));
        }
        return Aggregation.report(info(Shard.WHOLE), cases, CATALOG, true);
    }

    /** Returns a passing case. */
    public static CaseResult pass(String id, String family, String requirement) {
        return result(id, family, requirement, Outcome.PASS, "");
    }

    /** Returns a failing case with expected and actual. */
    public static CaseResult fail(String id, String family, String requirement, String message, String expected, String actual) {
        return new CaseResult(id, family, "checks " + requirement, List.of(requirement), Outcome.FAIL, message, Optional.of(expected),
                Optional.of(actual), command(id), Optional.of("add-sa-length/tc" + id.length()), OptionalLong.empty(), 1L, Optional.empty(),
                List.of(), List.of(), 2_000L);
    }

    /** Returns a case that ended in ERROR. */
    public static CaseResult error(String id, String family, String requirement, String message) {
        return result(id, family, requirement, Outcome.ERROR, message);
    }

    /** Returns a case that took an allowed alternative. */
    public static CaseResult acceptable(String id, String family, String requirement, String reason) {
        return result(id, family, requirement, Outcome.ACCEPTABLE, reason);
    }

    /** Returns a case that does not apply. */
    public static CaseResult notApplicable(String id, String family, String requirement, String reason) {
        return result(id, family, requirement, Outcome.NOT_APPLICABLE, reason);
    }

    private static CaseResult result(String id, String family, String requirement, Outcome outcome, String message) {
        return new CaseResult(id, family, "checks " + requirement, List.of(requirement), outcome, message, Optional.empty(), Optional.empty(),
                command(id), Optional.empty(), OptionalLong.empty(), 1L, Optional.empty(), List.of(), List.of(), 1_000L);
    }

    private static String command(String id) {
        return "sakit run --adapter reference --only " + id;
    }
}
