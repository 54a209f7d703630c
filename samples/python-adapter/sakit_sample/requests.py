"""Reading and structurally validating the four SA requests (SPEC.md 4.5-4.9, 5.2-5.6, 8.1, 12.1 step 2).

Fields in network order (addresses, masks, ports, SPI, DstEncapPort) are read big-endian, every other
integer little-endian (3.2). Unused SecAssoc entries are never read (ADD-NUM-003).
"""

from dataclasses import dataclass, field

from . import constants as c
from .filters import Filter, contiguous

HANDLE_OFFSET = 168
SA_BASE = 36
SA_SIZE = 44
DES_WEAK_MASK = 0xFE


class Reject(Exception):
    """A request refused with an NDIS status; reason names the rule, never key bytes."""

    def __init__(self, status, reason):
        super().__init__(reason)
        self.status = status


def invalid(reason):
    return Reject(c.INVALID_DATA, reason)


@dataclass(frozen=True)
class Layout:
    """Offsets of OFFLOAD_IPSEC_ADD_SA (4.5) or OFFLOAD_IPSEC_ADD_UDPESP_SA (4.8) for one ABI."""

    handle_size: int
    udp: bool

    @property
    def encap(self):
        return HANDLE_OFFSET + self.handle_size

    @property
    def entry_handle(self):
        return self.encap + 8

    @property
    def key_length(self):
        return self.entry_handle + self.handle_size if self.udp else HANDLE_OFFSET + self.handle_size

    @property
    def key_material(self):
        """offsetof(KeyMat): 176/180 for ADD_SA, 188/196 for ADD_UDPESP_SA."""
        return self.key_length + 4


@dataclass
class Sa:
    """One used SecAssoc entry and its keys (bytearrays, so they can be wiped)."""

    operation: int
    spi: int
    integrity: int
    conf: int
    integrity_key: bytearray = field(default_factory=bytearray, repr=False)
    conf_key: bytearray = field(default_factory=bytearray, repr=False)

    @property
    def protocol(self):
        return c.PROTO_AH if self.operation == c.AUTHENTICATE else c.PROTO_ESP

    def wipe(self):
        for key in (self.integrity_key, self.conf_key):
            key[:] = bytes(len(key))


@dataclass
class AddRequest:
    """A structurally valid add request."""

    filter: Filter
    tunnel_source: int
    tunnel_destination: int
    direction: int
    sas: list
    udp: bool = False
    encap_type: int = c.ENCAP_OTHER
    encap_port: int = 0
    entry_handle: int = 0

    @property
    def tunnel(self):
        return self.tunnel_destination != 0


def u16le(b, o):
    return int.from_bytes(b[o:o + 2], "little")


def u32le(b, o):
    return int.from_bytes(b[o:o + 4], "little")


def be(b, o, n):
    return int.from_bytes(b[o:o + n], "big")


def handle_at(b, o, size):
    return int.from_bytes(b[o:o + size], "little")


def parse_add(buf, layout, key_len, profile, bugs):
    """Steps 4.1 to 4.9 of SPEC.md 5.7 (and 12.1 step 2 for UDP-ESP); raises Reject with INVALID_DATA."""
    direction = u16le(buf, 32)
    if direction not in (c.INBOUND, c.OUTBOUND):
        raise invalid("ADD-FLG-001 Flags")
    num_sas = int.from_bytes(buf[34:36], "little", signed=True)
    if num_sas not in (1, 2):
        raise invalid("ADD-NUM-001 NumSAs")
    sas = [_entry(buf, SA_BASE + SA_SIZE * i) for i in range(num_sas)]
    if num_sas == 2 and (sas[0].operation, sas[1].operation) != (c.ENCRYPT, c.AUTHENTICATE):
        raise invalid("ADD-NUM-002 bundle order")
    for i, sa in enumerate(sas):
        if sa.operation == c.ENCRYPT and sa.integrity == c.INTEGRITY_NONE and not (i == 0 and num_sas == 2):
            raise invalid("ADD-ALG-006 ESP without integrity")
    if key_len != sum(c.INTEGRITY_KEY_LENGTH[sa.integrity] + c.CONF_KEY_LENGTH[sa.conf] for sa in sas):
        raise invalid("ADD-KEY-002 KeyLen")
    flt = _filter(buf, bugs)
    tunnel_source, tunnel_destination = be(buf, 24, 4), be(buf, 28, 4)
    if (tunnel_source == 0) != (tunnel_destination == 0):
        raise invalid("ADD-TUN-001 one tunnel address")
    _take_keys(buf[layout.key_material:layout.key_material + key_len], sas, profile.key_order)
    for sa in sas:
        if sa.conf == c.CONF_3DES and _weak_3des(sa.conf_key):
            raise invalid("ADD-KEY-004 3DES components")
    request = AddRequest(flt, tunnel_source, tunnel_destination, direction, sas)
    if layout.udp:
        _udp_fields(buf, layout, request)
    return request


def _entry(buf, base):
    """Operation, algorithm identifiers and key lengths of one used entry (5.3 to 5.5, ADD-ALG-007: rounds and Reserved ignored)."""
    operation = u32le(buf, base)
    if operation not in (c.AUTHENTICATE, c.ENCRYPT):
        raise invalid("ADD-OP-001 Operation")
    integrity, integrity_len = u32le(buf, base + 8), u32le(buf, base + 12)
    conf, conf_len = u32le(buf, base + 20), u32le(buf, base + 24)
    if operation == c.AUTHENTICATE:
        if integrity not in (c.INTEGRITY_MD5, c.INTEGRITY_SHA):
            raise invalid("ADD-ALG-001 AH integrity")
        if conf != 0 or conf_len != 0:
            raise invalid("ADD-ALG-002 AH ConfAlgo")
    else:
        if conf not in c.CONF_KEY_LENGTH:
            raise invalid("ADD-ALG-003 ESP ConfAlgo")
        if integrity not in c.INTEGRITY_KEY_LENGTH:
            raise invalid("ADD-ALG-004 ESP IntegrityAlgo")
        if conf == c.CONF_NONE and integrity == c.INTEGRITY_NONE:
            raise invalid("ADD-ALG-005 ESP with neither")
    if integrity_len != c.INTEGRITY_KEY_LENGTH[integrity] or conf_len != c.CONF_KEY_LENGTH[conf]:
        raise invalid("ADD-KEY-001 algoKeylen")
    return Sa(operation, be(buf, base + 4, 4), integrity, conf)


def _filter(buf, bugs):
    """The seven filter fields, validated as in 8.1 (Protocol, then ports against Protocol, then masks)."""
    protocol = u32le(buf, 16)
    if protocol > 255:
        raise invalid("FLT-VAL-001 Protocol")
    port_order = "little" if "filter-port-host-order" in bugs else "big"
    source_port = int.from_bytes(buf[20:22], port_order)
    destination_port = int.from_bytes(buf[22:24], port_order)
    if (source_port or destination_port) and protocol not in (0, c.PROTO_TCP, c.PROTO_UDP):
        raise invalid("FLT-VAL-003 ports without TCP or UDP")
    source_mask, destination_mask = be(buf, 4, 4), be(buf, 12, 4)
    if not contiguous(source_mask) or not contiguous(destination_mask):
        raise invalid("FLT-VAL-002 mask")
    return Filter(be(buf, 0, 4), source_mask, be(buf, 8, 4), destination_mask, protocol, source_port, destination_port)


def _take_keys(key_material, sas, key_order):
    """KeyMat layout of 5.5: SecAssoc[0]'s keys, then SecAssoc[1]'s; within an ESP entry by keyOrder."""
    at = 0
    for sa in sas:
        conf_len, integrity_len = c.CONF_KEY_LENGTH[sa.conf], c.INTEGRITY_KEY_LENGTH[sa.integrity]
        if key_order == "CONF_FIRST":
            sa.conf_key = bytearray(key_material[at:at + conf_len])
            sa.integrity_key = bytearray(key_material[at + conf_len:at + conf_len + integrity_len])
        else:
            sa.integrity_key = bytearray(key_material[at:at + integrity_len])
            sa.conf_key = bytearray(key_material[at + integrity_len:at + integrity_len + conf_len])
        at += conf_len + integrity_len


def _weak_3des(key):
    """ADD-KEY-004: K1 = K2 or K2 = K3, compared with the parity bits masked."""
    k1, k2, k3 = (bytes(b & DES_WEAK_MASK for b in key[i:i + 8]) for i in (0, 8, 16))
    return k1 == k2 or k2 == k3


def _udp_fields(buf, layout, request):
    """12.1 step 2: Protocol 17, one ESP entry, UdpEncapType 0 or 1, inbound DstEncapPort not 0."""
    if request.filter.protocol != c.PROTO_UDP:
        raise invalid("UDP-PRO-001 Protocol")
    if len(request.sas) != 1 or request.sas[0].operation != c.ENCRYPT:
        raise invalid("UDP-ESP-001 one ESP entry")
    encap_type = u32le(buf, layout.encap)
    if encap_type not in (c.ENCAP_IKE, c.ENCAP_OTHER):
        raise invalid("UDP-ENC-001 UdpEncapType")
    port = be(buf, layout.encap + 4, 2)
    if request.direction == c.INBOUND and port == 0:
        raise invalid("UDP-ENC-002 DstEncapPort")
    request.udp = True
    request.encap_type = encap_type
    request.encap_port = port
    request.entry_handle = handle_at(buf, layout.entry_handle, layout.handle_size)
