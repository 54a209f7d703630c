"""receive(packet) of SPEC.md 11 and 12.4: eligibility, lookup, the nine steps of 11.4, transport over tunnel, the filter post-check."""

from dataclasses import dataclass

from . import constants as c
from .crypto import decrypt, icv_matches
from .filters import Tuple, matches
from .ipv4 import ah_icv_input, header
from .layers import Layer, be32, esp_offset
from .sadb import PLAIN, UDP


@dataclass(frozen=True)
class Indication:
    """The packet as indicated and its per-packet information (11.1)."""

    packet: bytes
    crypto_done: bool = False
    next_crypto_done: bool = False
    crypto_status: int = c.CRYPTO_SUCCESS
    sa_delete_req: bool = False


@dataclass
class Done:
    """A layer that passed every step of 11.4, with what the filter post-check reads from it."""

    layer: Layer
    pad_length: int = 0

    @property
    def bundle(self):
        return self.layer.bundle

    def payload(self, pkt):
        """The protected payload span and the Next Header announcing it: after AH, or ESP's decrypted payload."""
        layer = self.layer
        if self.bundle.esp is not None:
            end = layer.r + layer.length - self.pad_length - 2
            return layer.r, end, pkt[layer.e - layer.icv_len - 1]
        return layer.a + 24, layer.e, pkt[layer.a]


class Failed(Exception):
    """A layer that failed a step of 11.4, with its CryptoStatus."""

    def __init__(self, status):
        super().__init__(status)
        self.status = status


class Receiver:
    """Processes inbound packets against the SA database; never changes it."""

    def __init__(self, sadb, capabilities):
        self.sadb = sadb
        self.caps = capabilities

    def receive(self, packet):
        original = bytes(packet)
        found = self._outer(original)
        if found is None:
            return Indication(original)
        bundle, via, hdr = found
        work = bytearray(original)
        try:
            outer = self._process(work, bundle, via, hdr)
        except Failed as failure:
            return Indication(original, True, False, failure.status)
        inner = self._inner(work, outer)
        if inner is None:
            flow, filters = self._outer_tuple(work, outer), [bundle.filter]
        else:
            snapshot = bytes(work)
            inner_bundle, inner_via, inner_hdr = inner
            try:
                done = self._process(work, inner_bundle, inner_via, inner_hdr)
            except Failed as failure:
                return Indication(snapshot, True, True, failure.status)
            flow = _transport_tuple(work, done) if _tunnel_header(work, outer) is not None else None
            filters = [bundle.filter, inner_bundle.filter]
        if flow is None or not all(matches(f, flow) for f in filters):
            return Indication(original)
        return Indication(bytes(work), True, inner is not None)

    def _eligible(self, hdr):
        """11.2 items 2 and 3: not a fragment; options only when advertised."""
        return hdr is not None and not hdr.fragment and (not hdr.has_options or self.caps.ipv4_options)

    def _outer(self, pkt):
        """11.2 and 11.3 (12.4 for UDP): the bundle, the protocol it was found under, and the header; or None."""
        hdr = header(pkt, 0, len(pkt))
        if not self._eligible(hdr):
            return None
        p, n = hdr.p, len(pkt)
        if hdr.protocol == c.PROTO_AH and n - p >= 8:
            bundle = self.sadb.lookup(PLAIN, be32(pkt, p + 4), c.PROTO_AH, hdr.destination)
            return None if bundle is None else (bundle, c.PROTO_AH, hdr)
        if hdr.protocol == c.PROTO_ESP and n - p >= 4:
            bundle = self.sadb.lookup(PLAIN, be32(pkt, p), c.PROTO_ESP, hdr.destination)
            return None if bundle is None else (bundle, c.PROTO_ESP, hdr)
        if hdr.protocol == c.PROTO_UDP and n - p >= 12:
            port = int.from_bytes(pkt[p + 2:p + 4], "big")
            spi = be32(pkt, p + 8)
            if spi == 0 or port not in self.sadb.entry_ports():
                return None
            bundle = self.sadb.lookup(UDP, spi, c.PROTO_ESP, hdr.destination)
            if bundle is None or bundle.entry is None or bundle.entry.port != port:
                return None
            return bundle, c.PROTO_ESP, hdr
        return None

    def _process(self, pkt, bundle, via, hdr):
        """The nine steps of 11.4 over [hdr.h, hdr.e); decrypts R in place; raises Failed with the first failing step's status."""
        ah, esp = bundle.ah, bundle.esp
        both = ah is not None and esp is not None
        p, e = hdr.p, hdr.e
        layer = Layer(bundle, hdr)
        if both and via == c.PROTO_ESP:
            raise Failed(c.CRYPTO_INVALID_PROTOCOL)
        if ah is not None:
            if e - p < 24 or pkt[p + 1] != 4:
                raise Failed(c.CRYPTO_INVALID_PACKET_SYNTAX)
            layer.a = p
        if both and pkt[p] != c.PROTO_ESP:
            raise Failed(c.CRYPTO_INVALID_PROTOCOL)
        if esp is not None:
            layer.q = esp_offset(bundle, hdr)
            if not layer.esp_lengths_ok():
                raise Failed(c.CRYPTO_INVALID_PACKET_SYNTAX)
        if both and be32(pkt, layer.q) != esp.spi:
            raise Failed(c.CRYPTO_INVALID_PROTOCOL)
        tunnel = bundle.tunnel
        if ah is not None and not icv_matches(ah.integrity, ah.integrity_key, ah_icv_input(pkt, hdr, p, e), pkt[p + 12:p + 24]):
            raise Failed(c.CRYPTO_TUNNEL_AH_AUTH_FAILED if tunnel else c.CRYPTO_TRANSPORT_AH_AUTH_FAILED)
        if esp is None:
            return Done(layer)
        q, icv_end = layer.q, e - layer.icv_len
        if esp.integrity and not icv_matches(esp.integrity, esp.integrity_key, pkt[q:icv_end], pkt[icv_end:e]):
            raise Failed(c.CRYPTO_TUNNEL_ESP_AUTH_FAILED if tunnel else c.CRYPTO_TRANSPORT_ESP_AUTH_FAILED)
        r, length = layer.r, layer.length
        if esp.conf != c.CONF_NONE:
            pkt[r:r + length] = decrypt(esp.conf, esp.conf_key, pkt[q + 8:q + 16], pkt[r:r + length])
        pad_length = pkt[icv_end - 2]
        if pad_length + 2 > length:
            raise Failed(c.CRYPTO_INVALID_PACKET_SYNTAX)
        return Done(layer, pad_length)

    def _inner(self, pkt, outer):
        """11.6: the inner transport layer of a plain tunnel, as (bundle, protocol, header), or None."""
        if not self.caps.transport_tunnel_combined or outer.bundle.udp or not outer.bundle.tunnel:
            return None
        start, end, _ = outer.payload(pkt)
        hdr = header(pkt, start, end)
        if not self._eligible(hdr):
            return None
        p = hdr.p
        if hdr.protocol == c.PROTO_AH and end - p >= 8:
            spi = be32(pkt, p + 4)
        elif hdr.protocol == c.PROTO_ESP and end - p >= 4:
            spi = be32(pkt, p)
        else:
            return None
        bundle = self.sadb.lookup(PLAIN, spi, hdr.protocol, hdr.destination, transport_only=True)
        return None if bundle is None else (bundle, hdr.protocol, hdr)

    def _outer_tuple(self, pkt, done):
        """8.3 for a packet with one processed layer; None when the filter cannot match (K9)."""
        bundle, hdr = done.bundle, done.layer.hdr
        if bundle.udp:
            udp_ports = (int.from_bytes(pkt[hdr.p:hdr.p + 2], "big"), int.from_bytes(pkt[hdr.p + 2:hdr.p + 4], "big"))
            addresses = hdr if not bundle.tunnel else _tunnel_header(pkt, done)
            return None if addresses is None else Tuple(addresses.source, addresses.destination, c.PROTO_UDP, udp_ports)
        if not bundle.tunnel:
            return _transport_tuple(pkt, done)
        inner = _tunnel_header(pkt, done)
        if inner is None:
            return None
        upper = None if inner.fragment_offset else (inner.p, inner.e)
        return Tuple(inner.source, inner.destination, inner.protocol, _ports(pkt, upper))


def _tunnel_header(pkt, done):
    """K9: the protected payload of a tunnel layer must be one well-formed IPv4 datagram announced by Next Header 4."""
    start, end, next_header = done.payload(pkt)
    return header(pkt, start, end) if next_header == c.PROTO_IPIP else None


def _transport_tuple(pkt, done):
    """8.3 for a transport layer: its IPv4 header, the innermost Next Header, the first bytes of the upper-layer data."""
    hdr = done.layer.hdr
    start, end, next_header = done.payload(pkt)
    return Tuple(hdr.source, hdr.destination, next_header, _ports(pkt, (start, end)))


def _ports(pkt, span):
    """The source and destination port from the first 4 bytes of the upper-layer data, or None when there are fewer."""
    if span is None or span[1] - span[0] < 4:
        return None
    start = span[0]
    return int.from_bytes(pkt[start:start + 2], "big"), int.from_bytes(pkt[start + 2:start + 4], "big")
