package io.sakit.conformance.check;

import io.sakit.conformance.suite.CaseContext;
import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.spi.ReceiveResult;

/**
 * Compares a receive with the result the specification gives (SPEC.md 11.1) and names the requirement the
 * first difference breaks: an unexpected CryptoDone, the wrong CryptoStatus, NextCryptoDone, or wrong bytes.
 */
public final class ReceiveJudgement {

    private ReceiveJudgement() {
    }

    /**
     * Requires {@code actual} to equal {@code expected} apart from SaDeleteReq (K22).
     *
     * @param unprocessedRule the requirement that makes the packet unprocessed when the spec expects it to be
     * @throws ConformanceFailure naming the requirement and the difference
     */
    public static void expect(CaseContext context, byte[] input, ReceiveResult expected, ReceiveResult actual, String unprocessedRule) {
        context.capture("receive input", input);
        ReceiveInfo e = expected.info();
        ReceiveInfo a = actual.info();
        if (a.nextCryptoDone() && !a.cryptoDone()) {
            throw new ConformanceFailure("RX-NXT-001: NextCryptoDone without CryptoDone", "NextCryptoDone 1 only with CryptoDone 1", a.toString());
        }
        if (e.cryptoDone() != a.cryptoDone()) {
            String rule = e.cryptoDone() ? processedRule(e.cryptoStatus()) : unprocessedRule;
            fail(context, rule + ": CryptoDone", e, a, actual);
        }
        if (e.cryptoStatus() != a.cryptoStatus()) {
            fail(context, processedRule(e.cryptoStatus()) + ": CryptoStatus", e, a, actual);
        }
        if (e.nextCryptoDone() != a.nextCryptoDone()) {
            fail(context, "RX-TTC-001: NextCryptoDone", e, a, actual);
        }
        if (!java.util.Arrays.equals(expected.packet(), actual.packet())) {
            String rule = !e.cryptoDone() ? unprocessedRule + " (bytes must be indicated as received)"
                    : e.cryptoStatus() == CryptoStatus.SUCCESS.value() ? "RX-ESP-003" : processedRule(e.cryptoStatus()) + " (the layer's bytes must be unchanged)";
            context.capture("receive output", actual.packet());
            context.capture("expected output", expected.packet());
            throw new ConformanceFailure(rule + ": the indicated packet differs at byte " + firstDifference(expected.packet(), actual.packet()),
                    expected.packet().length + " bytes as the specification gives them", actual.packet().length + " bytes that differ");
        }
    }

    private static String processedRule(int status) {
        return switch (CryptoStatus.of(status).orElse(CryptoStatus.GENERIC_ERROR)) {
            case SUCCESS -> "RX-ESP-001";
            case TRANSPORT_AH_AUTH_FAILED, TUNNEL_AH_AUTH_FAILED -> "RX-AH-002";
            case TRANSPORT_ESP_AUTH_FAILED, TUNNEL_ESP_AUTH_FAILED -> "RX-ESP-002";
            case INVALID_PACKET_SYNTAX -> "RX-SYN-001";
            case INVALID_PROTOCOL -> "RX-PRO-001";
            case GENERIC_ERROR -> "RX-ESP-001";
        };
    }

    private static void fail(CaseContext context, String what, ReceiveInfo expected, ReceiveInfo actual, ReceiveResult result) {
        context.capture("receive output", result.packet());
        throw new ConformanceFailure(what + " differs from the specification", expected.toString(), actual.toString());
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return n;
    }
}
