package io.sakit.spec.model;

import io.sakit.spec.ndis.CryptoStatus;

/**
 * The receive half of NDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO that an adapter reports with each
 * received packet (SPEC.md section 9).
 *
 * <p>{@code cryptoStatus} is the raw value so that an implementation's undefined values can be reported as they are.
 */
public record ReceiveInfo(boolean saDeleteReq, boolean cryptoDone, boolean nextCryptoDone, int cryptoStatus) {

    /** What an adapter reports for a packet it did not process: nothing done, CRYPTO_SUCCESS. */
    public static final ReceiveInfo UNPROCESSED = new ReceiveInfo(false, false, false, CryptoStatus.SUCCESS.value());

    /** Returns the info for a packet processed through one IPsec layer with the given outcome. */
    public static ReceiveInfo processed(CryptoStatus status) {
        return new ReceiveInfo(false, true, false, status.value());
    }

    /** Returns the info for a packet whose tunnel and transport layers were both processed. */
    public static ReceiveInfo processedBoth(CryptoStatus status) {
        return new ReceiveInfo(false, true, true, status.value());
    }

    @Override
    public String toString() {
        return "ReceiveInfo[CryptoDone=" + (cryptoDone ? 1 : 0) + ", NextCryptoDone=" + (nextCryptoDone ? 1 : 0) + ", SaDeleteReq="
                + (saDeleteReq ? 1 : 0) + ", CryptoStatus=" + CryptoStatus.describe(cryptoStatus) + "]";
    }
}
