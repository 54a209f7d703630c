package io.sakit.testkit.vectors;

import io.sakit.spec.vector.BugType;
import java.util.List;

/** The flags of the OID request files (add_sa.json, delete_sa.json, udpesp_sa.json), each with its note. */
enum OidFlag implements Flag {
    VALID_REQUEST(BugType.BASIC, "A well-formed request; an adapter advertising what it needs accepts it, writes a non-NULL handle and reads offsetof(KeyMat) + KeyLen bytes.",
            "ADD-OID-001", "ADD-LEN-005", "ADD-HDL-001", "CAP-HON-001"),
    ESP_WITHOUT_INTEGRITY_IN_BUNDLE(BugType.EDGE_CASE, "ESP with IntegrityAlgo NONE as SecAssoc[0] of an ESP-then-AH bundle is valid.", "ADD-ALG-006"),
    MAXIMUM_KEY_LEN(BugType.EDGE_CASE, "KeyLen 64, the largest any valid request carries (ESP 3DES + SHA, then AH SHA).", "ADD-LEN-002", "ADD-LEN-005"),
    BUFFER_LONGER_THAN_NEEDED(BugType.EDGE_CASE, "The buffer runs past offsetof(KeyMat) + KeyLen; the extra bytes are ignored and BytesRead is still the need.",
            "ADD-LEN-004", "ADD-LEN-005"),
    UNUSED_ENTRY_IGNORED(BugType.EDGE_CASE, "SecAssoc entries at index >= NumSAs hold garbage or another SA; they are never read.", "ADD-NUM-003"),
    ROUNDS_AND_RESERVED_IGNORED(BugType.EDGE_CASE, "algoRounds and the Reserved OFFLOAD_ALGO_INFO hold non-zero values; they are ignored.", "ADD-ALG-007"),
    OFFLOAD_HANDLE_INPUT_IGNORED(BugType.EDGE_CASE, "The OffloadHandle field holds a value on input; it is an output field and its input value is ignored.",
            "ADD-HDL-001"),
    DES_PARITY_IGNORED(BugType.EDGE_CASE, "DES or 3DES key bytes with wrong parity bits; parity is ignored, so the key is accepted.", "ADD-KEY-006"),
    TWO_KEY_TRIPLE_DES(BugType.EDGE_CASE, "A 3DES key with K1 = K3 but K1 != K2 and K2 != K3 (two-key triple DES) is valid.", "ADD-KEY-004"),
    CONTIGUOUS_MASK(BugType.BYTE_ORDER, "Contiguous masks at the edges (/1, /31, /32, /0) and masks that would look non-contiguous if read little-endian; all valid.",
            "FLT-VAL-002"),
    PORTS_WITH_ANY_PROTOCOL(BugType.EDGE_CASE, "Non-zero ports with Protocol 0 (any), TCP or UDP are valid.", "FLT-VAL-003"),
    PROTOCOL_BOUNDARY(BugType.EDGE_CASE, "Protocol 255, the largest IP protocol number, is valid.", "FLT-VAL-001"),
    OVERLAPPING_FILTERS(BugType.STATE, "A bundle whose filter equals or overlaps that of a live bundle is accepted.", "FLT-MAT-008"),
    BUFFER_SHORTER_THAN_KEY_MAT(BugType.TRUNCATED, "The buffer ends before KeyMat: INVALID_LENGTH with BytesNeeded offsetof(KeyMat).", "ADD-LEN-001"),
    KEY_LEN_TOO_LARGE(BugType.MODIFIED_PARAMETER, "KeyLen above 64: INVALID_DATA, whatever the buffer length.", "ADD-LEN-002"),
    KEY_MAT_TRUNCATED(BugType.TRUNCATED, "The buffer ends before offsetof(KeyMat) + KeyLen: INVALID_LENGTH with BytesNeeded offsetof(KeyMat) + KeyLen.",
            "ADD-LEN-003"),
    BAD_FLAGS(BugType.MODIFIED_PARAMETER, "Flags is not exactly OFFLOAD_INBOUND_SA or OFFLOAD_OUTBOUND_SA.", "ADD-FLG-001"),
    BAD_NUM_SAS(BugType.MODIFIED_PARAMETER, "NumSAs, a signed SHORT, is not 1 or 2.", "ADD-NUM-001"),
    BAD_BUNDLE_ORDER(BugType.MODIFIED_PARAMETER, "NumSAs 2 but the entries are not ENCRYPT then AUTHENTICATE.", "ADD-NUM-002"),
    BAD_OPERATION(BugType.MODIFIED_PARAMETER, "Operation of a used entry is neither AUTHENTICATE (1) nor ENCRYPT (2).", "ADD-OP-001"),
    AH_INTEGRITY_INVALID(BugType.MODIFIED_PARAMETER, "An AH entry whose IntegrityAlgo is NONE or undefined.", "ADD-ALG-001"),
    AH_WITH_CONF_ALGO(BugType.MODIFIED_PARAMETER, "An AH entry whose ConfAlgo identifier or algoKeylen is not zero.", "ADD-ALG-002"),
    ESP_CONF_INVALID(BugType.MODIFIED_PARAMETER, "An ESP entry whose ConfAlgo is RESERVED (2) or undefined (>= 4).", "ADD-ALG-003"),
    ESP_INTEGRITY_INVALID(BugType.MODIFIED_PARAMETER, "An ESP entry whose IntegrityAlgo is undefined (>= 3).", "ADD-ALG-004"),
    ESP_WITHOUT_ALGORITHMS(BugType.MODIFIED_PARAMETER, "An ESP entry with ConfAlgo NONE and IntegrityAlgo NONE.", "ADD-ALG-005"),
    ESP_WITHOUT_INTEGRITY_ALONE(BugType.MODIFIED_PARAMETER, "An ESP entry with IntegrityAlgo NONE that is not SecAssoc[0] of a bundle.", "ADD-ALG-006"),
    WRONG_ALGO_KEYLEN(BugType.MODIFIED_PARAMETER, "An algoKeylen differs from its algorithm's key length (KeyLen adjusted to the declared sum).",
            "ADD-KEY-001"),
    KEY_LEN_MISMATCH(BugType.MODIFIED_PARAMETER, "KeyLen (at most 64, fully present) differs from the sum of the used algoKeylen values.", "ADD-KEY-002"),
    DEGENERATE_TRIPLE_DES_KEY(BugType.WEAK_PARAMS, "A 3DES key with K1 = K2 or K2 = K3, compared with parity bits masked.", "ADD-KEY-004"),
    WEAK_DES_KEY(BugType.WEAK_PARAMS, "A DES key or 3DES component that is weak or semi-weak; accepting and refusing with INVALID_DATA both conform.",
            "ADD-KEY-005"),
    ONE_TUNNEL_ADDRESS_ZERO(BugType.MODIFIED_PARAMETER, "Exactly one of SrcTunnelAddr and DestTunnelAddr is zero.", "ADD-TUN-001"),
    PROTOCOL_ABOVE_255(BugType.MODIFIED_PARAMETER, "Protocol above 255, including values whose low byte is a valid protocol.", "FLT-VAL-001"),
    NON_CONTIGUOUS_MASK(BugType.BYTE_ORDER, "SrcMask or DestMask is not ones followed by zeros (read as network-order bytes), whatever the address.",
            "FLT-VAL-002"),
    PORT_WITHOUT_TCP_UDP(BugType.MODIFIED_PARAMETER, "A non-zero port with a Protocol other than 0, 6 or 17.", "FLT-VAL-003"),
    KEY_ORDER_DEPENDENT(BugType.PROFILE_DEPENDENT, "The same KeyMat splits into different keys under the two keyOrder profile points, so the outcome differs.",
            "ADD-KEY-003"),
    MULTIPLE_FAULTS_SAME_STATUS(BugType.MULTIPLE_FAULTS, "Several faults that all call for the same status.", "ADD-STS-001"),
    MULTIPLE_FAULTS_DIFFERENT_STATUS(BugType.MULTIPLE_FAULTS,
            "Faults in several steps of the check order: the status of the first step SHOULD be returned, that of any of them MUST.",
            "ADD-STS-001", "ADD-STS-002"),
    DUPLICATE_INBOUND_SA(BugType.STATE, "An inbound SA with the (SPI, IPsec protocol, lookup destination) of a live inbound SA.", "ADD-DUP-001"),
    NOT_A_DUPLICATE(BugType.STATE, "An inbound SA that shares the SPI of a live inbound SA but differs in protocol or lookup destination.", "ADD-DUP-001"),
    OUTBOUND_SPI_REUSED(BugType.STATE, "An outbound SA that repeats the SPI (and filter) of a live SA; outbound SAs are never looked up.", "ADD-DUP-002"),
    DUPLICATE_AFTER_DELETE(BugType.STATE, "An inbound SA equal to one that was deleted; the deleted SA no longer counts.", "ADD-DUP-001", "DEL-HDL-001"),
    DELETE_VALID(BugType.BASIC, "DELETE_SA of a live bundle's handle: SUCCESS with BytesRead sizeof(HANDLE).", "DEL-HDL-001", "DEL-LEN-002"),
    DELETE_BUFFER_TOO_SHORT(BugType.TRUNCATED, "DELETE_SA buffer shorter than sizeof(HANDLE): INVALID_LENGTH with BytesNeeded sizeof(HANDLE).",
            "DEL-LEN-001"),
    DELETE_BUFFER_LONGER(BugType.EDGE_CASE, "DELETE_SA buffer longer than sizeof(HANDLE); only the first handle is read.", "DEL-LEN-002"),
    DELETE_NULL_HANDLE(BugType.MODIFIED_PARAMETER, "DELETE_SA naming NULL.", "DEL-HDL-002"),
    DELETE_UNKNOWN_HANDLE(BugType.STATE, "DELETE_SA naming a value never returned as a handle (the adapter holds no SA).", "DEL-HDL-002"),
    DELETE_ALREADY_DELETED(BugType.STATE, "DELETE_SA naming the handle of a bundle already deleted.", "DEL-HDL-002"),
    DELETE_UDP_ESP_HANDLE(BugType.STATE, "DELETE_SA naming the handle of a UDP-ESP bundle, which only DELETE_UDPESP_SA removes.", "DEL-HDL-002"),
    DELETE_LEAVES_OTHERS(BugType.STATE, "Deleting one bundle leaves every other bundle live.", "DEL-HDL-003"),
    DELETE_REMOVES_BUNDLE(BugType.STATE, "Deleting a bundle removes both of its SAs from the inbound lookup.", "DEL-HDL-001"),
    UDP_ESP_LAYOUT(BugType.BASIC, "An OFFLOAD_IPSEC_ADD_UDPESP_SA request: every ADD_SA rule applies with its layout (KeyMat at 188 on x86, 196 on x64).",
            "UDP-ADD-001"),
    UDP_PROTOCOL_NOT_17(BugType.MODIFIED_PARAMETER, "An ADD_UDPESP_SA whose Protocol is not 17.", "UDP-PRO-001"),
    UDP_NOT_SINGLE_ESP(BugType.MODIFIED_PARAMETER, "An ADD_UDPESP_SA that is not exactly one ENCRYPT entry.", "UDP-ESP-001"),
    UDP_ENCAP_IKE(BugType.MODIFIED_PARAMETER, "UdpEncapType IKE, reserved for internal use: NOT_SUPPORTED.", "UDP-ENC-001"),
    UDP_ENCAP_TYPE_INVALID(BugType.MODIFIED_PARAMETER, "UdpEncapType 2 or more: INVALID_DATA.", "UDP-ENC-001"),
    UDP_INBOUND_PORT_ZERO(BugType.MODIFIED_PARAMETER, "An inbound ADD_UDPESP_SA with DstEncapPort 0.", "UDP-ENC-002"),
    UDP_OUTBOUND_PORT_IGNORED(BugType.EDGE_CASE, "An outbound ADD_UDPESP_SA ignores DstEncapPort, 0 included.", "UDP-ENC-002"),
    UDP_ENTRY_CREATED_OR_REUSED(BugType.STATE, "An inbound ADD_UDPESP_SA with a NULL entry handle creates the parser entry or reuses the live one.",
            "UDP-ENT-001"),
    UDP_ENTRY_NAMED_LIVE(BugType.STATE, "An inbound ADD_UDPESP_SA naming a live parser entry.", "UDP-ENT-002"),
    UDP_ENTRY_NAMED_UNKNOWN(BugType.STATE, "An inbound ADD_UDPESP_SA naming a value that is not a live parser entry handle.", "UDP-ENT-002"),
    UDP_ENTRY_MARKED(BugType.STATE, "A parser entry whose removal was requested is unknown to later adds that name it.", "UDP-ENT-002", "UDP-DEL-002"),
    UDP_OUTBOUND_ENTRY_IGNORED(BugType.EDGE_CASE, "An outbound ADD_UDPESP_SA ignores EncapTypeEntryOffldHandle, whatever it holds.", "UDP-ENT-003"),
    UDP_DELETE_VALID(BugType.BASIC, "DELETE_UDPESP_SA of a live UDP-ESP bundle, with a NULL entry handle or the bundle's own entry.", "UDP-DEL-002"),
    UDP_ENTRY_KEPT(BugType.STATE, "DELETE_UDPESP_SA with a NULL entry handle, or while another SA uses the entry, leaves the entry live.", "UDP-DEL-002"),
    UDP_DELETE_TOO_SHORT(BugType.TRUNCATED, "DELETE_UDPESP_SA buffer shorter than 2 * sizeof(HANDLE): INVALID_LENGTH with BytesNeeded 2 * sizeof(HANDLE).",
            "UDP-DEL-001"),
    UDP_DELETE_LONGER(BugType.EDGE_CASE, "DELETE_UDPESP_SA buffer longer than 2 * sizeof(HANDLE); only the two handles are read.", "UDP-DEL-001"),
    UDP_DELETE_UNKNOWN_SA(BugType.STATE, "DELETE_UDPESP_SA naming NULL, an unknown or deleted handle, or a plain ADD_SA bundle.", "UDP-DEL-003"),
    UDP_DELETE_WRONG_ENTRY(BugType.STATE, "DELETE_UDPESP_SA naming a parser entry the SA does not use.", "UDP-DEL-003"),
    UDP_SEPARATE_LOOKUP_SPACE(BugType.STATE, "Plain and UDP-ESP SAs are separate lookup spaces: equal keys across them are not duplicates.", "ADD-DUP-001");

    private final BugType bugType;
    private final String description;
    private final List<String> requirements;

    OidFlag(BugType bugType, String description, String... requirements) {
        this.bugType = bugType;
        this.description = description;
        this.requirements = List.of(requirements);
    }

    @Override
    public BugType bugType() {
        return bugType;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> requirements() {
        return requirements;
    }
}
