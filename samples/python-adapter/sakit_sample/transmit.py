"""transmit(packet, OffloadHandle, NextOffloadHandle) of SPEC.md 10: handle checks, layout checks, transforms in order."""

from . import constants as c
from .crypto import encrypt, fresh_iv, icv
from .ipv4 import ah_icv_input, header
from .layers import Layer, be32, esp_offset


class Transmitter:
    """Applies outbound bundles; never changes the SA database."""

    def __init__(self, sadb, capabilities):
        self.sadb = sadb
        self.caps = capabilities

    def transmit(self, packet, handle, next_handle):
        """Returns (status, packet): SUCCESS with the transformed packet, or INVALID_PACKET with it unchanged (K1)."""
        work = bytearray(packet)
        layers = self._layers(work, handle, next_handle)
        if layers is None:
            return c.INVALID_PACKET, bytes(packet)
        for layer in layers:
            _apply(work, layer)
        return c.SUCCESS, bytes(work)

    def _layers(self, pkt, handle, next_handle):
        """10.1 and 10.2: the layers to apply, innermost first, or None when the transmit is refused."""
        first = self.sadb.outbound(handle)
        if first is None:
            return None
        if next_handle == 0:
            layer = self._check(pkt, first, 0, len(pkt))
            return None if layer is None else [layer]
        tunnel = self.sadb.outbound(next_handle)
        if (not self.caps.transport_tunnel_combined or tunnel is None or tunnel.udp or not tunnel.tunnel
                or first.udp or first.tunnel):
            return None
        outer = self._check(pkt, tunnel, 0, len(pkt))
        span = None if outer is None else _inner_span(pkt, outer)
        inner = None if span is None else self._check(pkt, first, *span)
        return None if inner is None else [inner, outer]

    def _check(self, pkt, bundle, h, e):
        """The three layout rules of 10.2 for bundle over [h, e)."""
        hdr = header(pkt, h, e)
        if hdr is None or hdr.fragment or (hdr.has_options and not self.caps.ipv4_options):
            return None
        p = hdr.p
        layer = Layer(bundle, hdr)
        if bundle.udp:
            if hdr.protocol != c.PROTO_UDP or e - p < 8:
                return None
        elif bundle.ah is not None:
            if hdr.protocol != c.PROTO_AH or e - p < 24 or pkt[p + 1] != 4 or be32(pkt, p + 4) != bundle.ah.spi:
                return None
            if bundle.esp is not None and pkt[p] != c.PROTO_ESP:
                return None
            layer.a = p
        elif hdr.protocol != c.PROTO_ESP:
            return None
        if bundle.esp is not None:
            layer.q = esp_offset(bundle, hdr)
            if not layer.esp_lengths_ok() or be32(pkt, layer.q) != bundle.esp.spi:
                return None
        return layer


def _inner_span(pkt, outer):
    """10.2: the inner datagram at a + 24 up to n (AH-only tunnel), or at r for its Total Length, at most L − 2 (ESP tunnel)."""
    if outer.q is None:
        return outer.a + 24, outer.e
    start = outer.r
    if outer.length < 4:
        return None
    total = int.from_bytes(pkt[start + 2:start + 4], "big")
    return (start, start + total) if total <= outer.length - 2 else None


def _apply(pkt, layer):
    """10.3 and 10.4: ESP first (IV, encryption of R, ESP ICV), then the AH ICV over the result."""
    bundle = layer.bundle
    esp = bundle.esp
    if esp is not None:
        q, r, length, e = layer.q, layer.r, layer.length, layer.e
        if esp.conf != c.CONF_NONE:
            iv = fresh_iv()
            pkt[q + 8:q + 16] = iv
            pkt[r:r + length] = encrypt(esp.conf, esp.conf_key, iv, pkt[r:r + length])
        if esp.integrity:
            pkt[e - c.ICV_LENGTH:e] = icv(esp.integrity, esp.integrity_key, pkt[q:e - c.ICV_LENGTH])
    ah = bundle.ah
    if ah is not None:
        a = layer.a
        pkt[a + 12:a + 24] = icv(ah.integrity, ah.integrity_key, ah_icv_input(pkt, layer.hdr, a, layer.e))
