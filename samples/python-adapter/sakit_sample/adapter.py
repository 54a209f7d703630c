"""The adapter interface of SPEC.md 3.4 over the SA database and the data path."""

from dataclasses import replace

from . import constants as c
from .capabilities import Capabilities, Profile
from .filters import Tuple
from .receive import Receiver
from .sadb import SaDatabase
from .transmit import Transmitter

BUGS = {
    "filter-port-host-order": "filter ports are read from the request in host (little-endian) byte order, "
                              "so a filter on port 443 (bytes 01 BB) waits for port 47873",
}
OPTIONS = {"profile", "capacity", "parserEntries"}


def configure(options):
    """Capabilities from the handshake's options: profile (preset or keys=..), capacity, parserEntries."""
    unknown = sorted(set(options) - OPTIONS)
    if unknown:
        raise ValueError(f"unknown option(s) {unknown}; this adapter accepts {sorted(OPTIONS)}")
    caps = Capabilities()
    if "profile" in options:
        caps = replace(caps, profile=Profile.parse(options["profile"]))
    for key, attribute in (("capacity", "sa_capacity"), ("parserEntries", "parser_entry_capacity")):
        if key in options:
            value = options[key]
            if not value.isdigit() or not 1 <= int(value) <= 1_000_000:
                raise ValueError(f"option {key}={value} must be a whole number from 1 to 1000000")
            caps = replace(caps, **{attribute: int(value)})
    return caps


class Adapter:
    """One adapter instance: capabilities, setInformation, transmit, receive, matchingHandles, reset."""

    def __init__(self, capabilities, bugs=frozenset()):
        self.caps = capabilities
        self.sadb = SaDatabase(capabilities, bugs)
        self.transmitter = Transmitter(self.sadb, capabilities)
        self.receiver = Receiver(self.sadb, capabilities)

    def set_information(self, oid, buffer):
        return self.sadb.set_information(oid, buffer)

    def transmit(self, packet, handle, next_handle):
        return self.transmitter.transmit(packet, handle, next_handle)

    def receive(self, packet):
        return self.receiver.receive(packet)

    def matching_handles(self, direction, source, destination, protocol, source_port, destination_port):
        flag = c.INBOUND if direction == "INBOUND" else c.OUTBOUND
        return self.sadb.classify(flag, Tuple(source, destination, protocol, (source_port, destination_port)))

    def reset(self):
        self.sadb.reset()
