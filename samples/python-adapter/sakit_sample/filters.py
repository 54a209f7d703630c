"""Filter validation and matching (SPEC.md 8.1, 8.2, 8.5)."""

from dataclasses import dataclass
from typing import Optional

MASK32 = 0xFFFFFFFF
PORT_PROTOCOLS = (6, 17)


def contiguous(mask):
    """k one-bits followed by 32 - k zero-bits: ((~m + 1) & ~m) == 0 in 32-bit arithmetic (8.1)."""
    inverted = ~mask & MASK32
    return ((inverted + 1) & inverted & MASK32) == 0


@dataclass(frozen=True)
class Filter:
    """The seven filter fields; addresses and masks as big-endian values, ports as the two bytes on the wire read big-endian."""

    source: int
    source_mask: int
    destination: int
    destination_mask: int
    protocol: int
    source_port: int
    destination_port: int


@dataclass(frozen=True)
class Tuple:
    """The header tuple T of 8.3; ports is None when the packet has fewer than 4 bytes of upper-layer data."""

    source: int
    destination: int
    protocol: int
    ports: Optional[tuple]


def _address(address, mask, value):
    if address == 0:
        return True
    if mask == 0:
        return value == address
    return value & mask == address & mask


def matches(flt, t):
    """The four conditions of 8.2; a filter that needs ports the packet lacks does not match (8.3)."""
    if not _address(flt.source, flt.source_mask, t.source) or not _address(flt.destination, flt.destination_mask, t.destination):
        return False
    if flt.protocol != 0 and t.protocol != flt.protocol:
        return False
    if t.protocol not in PORT_PROTOCOLS or (flt.source_port == 0 and flt.destination_port == 0):
        return True
    if t.ports is None:
        return False
    source_port, destination_port = t.ports
    return flt.source_port in (0, source_port) and flt.destination_port in (0, destination_port)
