"""Where the IPsec headers of one layer are: the offsets of SPEC.md 9.4 and 10.2 (h, p, a, q, r, L)."""

from dataclasses import dataclass

from . import constants as c
from .crypto import block_size, iv_length


def be32(pkt, offset):
    return int.from_bytes(pkt[offset:offset + 4], "big")


@dataclass
class Layer:
    """One bundle applied to the span [hdr.h, e): AH at a (or None), ESP at q (or None)."""

    bundle: object
    hdr: object
    a: int = None
    q: int = None

    @property
    def e(self):
        return self.hdr.e

    @property
    def esp(self):
        return self.bundle.esp

    @property
    def iv_len(self):
        return iv_length(self.esp.conf)

    @property
    def icv_len(self):
        return c.ICV_LENGTH if self.esp.integrity else 0

    @property
    def r(self):
        """Start of the encrypted region R."""
        return self.q + 8 + self.iv_len

    @property
    def length(self):
        """L, the length of R."""
        return self.e - self.icv_len - self.r

    def esp_lengths_ok(self):
        """e − q >= 8 + ivLen + icvLen, L >= B and L mod B = 0 (9.4)."""
        block = block_size(self.esp.conf)
        return self.e - self.q >= 8 + self.iv_len + self.icv_len and self.length >= block and self.length % block == 0


def esp_offset(bundle, hdr):
    """q: p for ESP only, p + 24 after the AH of a bundle, p + 8 after the UDP header of UDP-ESP."""
    if bundle.udp:
        return hdr.p + 8
    return hdr.p + 24 if bundle.ah is not None else hdr.p
