"""IPv4 header rules, option parsing and the AH ICV input (SPEC.md 9.1, 9.3, K2, K13)."""

from dataclasses import dataclass

IMMUTABLE_OPTIONS = {0, 1, 130, 133, 134, 148, 149}


class Malformed(Exception):
    """An option list that cannot be parsed (9.3)."""


@dataclass(frozen=True)
class Header:
    """A well-formed IPv4 header at h of the span [h, e)."""

    h: int
    e: int
    ihl: int
    protocol: int
    source: int
    destination: int
    fragment: bool
    fragment_offset: int

    @property
    def p(self):
        """The payload offset h + 4·IHL."""
        return self.h + 4 * self.ihl

    @property
    def has_options(self):
        return self.ihl > 5


def header(pkt, h, e):
    """Returns the header at h if it is well-formed for [h, e) (9.1), else None."""
    if h < 0 or e > len(pkt) or e - h < 20:
        return None
    version, ihl = pkt[h] >> 4, pkt[h] & 0x0F
    if version != 4 or ihl < 5 or h + 4 * ihl > e or int.from_bytes(pkt[h + 2:h + 4], "big") != e - h:
        return None
    if ihl > 5:
        try:
            mutable_options(pkt, h + 20, h + 4 * ihl)
        except Malformed:
            return None
    word = int.from_bytes(pkt[h + 6:h + 8], "big")
    return Header(h, e, ihl, pkt[h + 9], int.from_bytes(pkt[h + 12:h + 16], "big"), int.from_bytes(pkt[h + 16:h + 20], "big"),
                  bool(word & 0x2000) or bool(word & 0x1FFF), word & 0x1FFF)


def mutable_options(pkt, start, end):
    """Returns the (from, to) ranges of mutable options in [start, end); raises Malformed (9.3, K13)."""
    ranges = []
    i = start
    while i < end:
        kind = pkt[i]
        if kind == 0:
            break
        if kind == 1:
            i += 1
            continue
        if i + 1 >= end or pkt[i + 1] < 2 or i + pkt[i + 1] > end:
            raise Malformed()
        length = pkt[i + 1]
        if kind not in IMMUTABLE_OPTIONS:
            ranges.append((i, i + length))
        i += length
    return ranges


def ah_icv_input(pkt, hdr, a, e):
    """9.3: the IPv4 header with mutable fields and options zeroed, the AH header with its ICV zeroed, then a+24 to e."""
    h = hdr.h
    head = bytearray(pkt[h:hdr.p])
    for offset in (1, 6, 7, 8, 10, 11):
        head[offset] = 0
    for begin, end in mutable_options(pkt, h + 20, hdr.p):
        head[begin - h:end - h] = bytes(end - begin)
    ah = bytearray(pkt[a:a + 24])
    ah[12:24] = bytes(12)
    return bytes(head) + bytes(ah) + bytes(pkt[a + 24:e])
