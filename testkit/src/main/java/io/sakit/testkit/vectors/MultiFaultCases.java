package io.sakit.testkit.vectors;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.model.Ipv4;
import java.util.List;

/** Requests with several faults: one status when they share it, the first in the check order otherwise (ADD-STS-001/002). */
final class MultiFaultCases {

    private MultiFaultCases() {
    }

    /** Returns the cases, built on an ESP request with a TCP filter, an AH tunnel request and a bundle. */
    static List<OidCase> all(RequestBytes esp, RequestBytes ah, RequestBytes bundle) {
        int keyMat = esp.keyMatOffset();
        return List.of(
                Cases.invalid("Flags 0 and NumSAs 0", esp.copy().flags(0).numSas(0), OidFlag.MULTIPLE_FAULTS_SAME_STATUS, OidFlag.BAD_FLAGS,
                        OidFlag.BAD_NUM_SAS),
                Cases.invalid("Flags 3 and Protocol 256", esp.copy().flags(3).protocol(256), OidFlag.MULTIPLE_FAULTS_SAME_STATUS, OidFlag.BAD_FLAGS,
                        OidFlag.PROTOCOL_ABOVE_255),
                Cases.invalid("Operation 0 and SrcMask 255.0.255.0", esp.copy().operation(0, 0).srcMask(Ipv4.parse("255.0.255.0")),
                        OidFlag.MULTIPLE_FAULTS_SAME_STATUS, OidFlag.BAD_OPERATION, OidFlag.NON_CONTIGUOUS_MASK),
                Cases.invalid("ConfAlgo RESERVED and KeyLen 43", esp.copy().conf(0, 2).keyLen(43), OidFlag.MULTIPLE_FAULTS_SAME_STATUS,
                        OidFlag.ESP_CONF_INVALID, OidFlag.KEY_LEN_MISMATCH),
                Cases.invalid("SrcTunnelAddr 0 in a tunnel bundle and KeyLen 65", bundle.copy().srcTunnel(0).keyLen(65),
                        OidFlag.MULTIPLE_FAULTS_SAME_STATUS, OidFlag.ONE_TUNNEL_ADDRESS_ZERO, OidFlag.KEY_LEN_TOO_LARGE),
                Cases.invalid("Protocol 1 with DestPort 443 and DestMask 0.0.255.255", esp.copy().protocol(1).destMask(Ipv4.parse("0.0.255.255")),
                        OidFlag.MULTIPLE_FAULTS_SAME_STATUS, OidFlag.PORT_WITHOUT_TCP_UDP, OidFlag.NON_CONTIGUOUS_MASK),
                Cases.tooShortAndInvalid("buffer of 100 bytes with Flags 0", esp.copy().flags(0).length(100, 0), keyMat,
                        OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.BUFFER_SHORTER_THAN_KEY_MAT, OidFlag.BAD_FLAGS),
                Cases.tooShortAndInvalid("buffer ending before KeyLen with Protocol 300", esp.copy().protocol(300).length(AddSaLayout.OFFLOAD_HANDLE, 0),
                        keyMat, OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.BUFFER_SHORTER_THAN_KEY_MAT, OidFlag.PROTOCOL_ABOVE_255),
                Cases.tooShortAndInvalid("KeyMat 1 byte short with NumSAs 0", esp.copy().numSas(0).length(esp.need() - 1, 0), esp.need(),
                        OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.KEY_MAT_TRUNCATED, OidFlag.BAD_NUM_SAS),
                Cases.tooShortAndInvalid("KeyMat 1 byte short with Operation 7", ah.copy().operation(0, 7).length(ah.need() - 1, 0), ah.need(),
                        OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.KEY_MAT_TRUNCATED, OidFlag.BAD_OPERATION),
                Cases.tooShortAndInvalid("KeyMat 5 bytes short with DestTunnelAddr 0", bundle.copy().destTunnel(0).length(bundle.need() - 5, 0),
                        bundle.need(), OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.KEY_MAT_TRUNCATED, OidFlag.ONE_TUNNEL_ADDRESS_ZERO));
    }

    /** Returns the two cases that add a duplicate to a bytes fault: {@code duplicate} repeats setup step 0's key. */
    static List<OidCase> withDuplicate(RequestBytes original, RequestBytes duplicate) {
        return List.of(
                Cases.tooShortAndInvalid("duplicate inbound SA whose KeyMat is 1 byte short", duplicate.copy().length(duplicate.need() - 1, 0),
                        duplicate.need(), OidFlag.MULTIPLE_FAULTS_DIFFERENT_STATUS, OidFlag.KEY_MAT_TRUNCATED, OidFlag.DUPLICATE_INBOUND_SA)
                        .after(original.step()),
                Cases.invalid("duplicate inbound SA with Protocol 256", duplicate.copy().protocol(256), OidFlag.MULTIPLE_FAULTS_SAME_STATUS,
                        OidFlag.DUPLICATE_INBOUND_SA, OidFlag.PROTOCOL_ABOVE_255).after(original.step()));
    }
}
