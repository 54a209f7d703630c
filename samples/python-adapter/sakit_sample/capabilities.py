"""What this implementation advertises (SPEC.md 7.1 and 7.3) and the interpretation profiles it can take (14.1, 14.2)."""

from dataclasses import dataclass

from . import constants as c

PRESETS = {
    "default": ("CONF_FIRST", "TOTAL", "X64"),
    "x86": ("CONF_FIRST", "TOTAL", "X86"),
    "integrity-first": ("INTEGRITY_FIRST", "TOTAL", "X64"),
    "ndis51": ("CONF_FIRST", "ADDITIONAL", "X86"),
    "ndis51-integrity-first": ("INTEGRITY_FIRST", "ADDITIONAL", "X86"),
}
_TOKENS = {
    "keys": {"conf-first": "CONF_FIRST", "integrity-first": "INTEGRITY_FIRST"},
    "bytes-needed": {"total": "TOTAL", "additional": "ADDITIONAL"},
    "abi": {"x64": "X64", "x86": "X86"},
}


@dataclass(frozen=True)
class Profile:
    """One choice per profile point of SPEC.md 14.1."""

    key_order: str = "CONF_FIRST"
    bytes_needed: str = "TOTAL"
    abi: str = "X64"

    @property
    def handle_size(self):
        """sizeof(HANDLE): 4 on x86, 8 on x64 (3.1)."""
        return 8 if self.abi == "X64" else 4

    def needed(self, required, given):
        """BytesNeeded in the form of the bytesNeeded point (5.2)."""
        return required if self.bytes_needed == "TOTAL" else required - given

    @staticmethod
    def parse(text):
        """Reads a preset name or keys=..,bytes-needed=..,abi=.. (14.2); raises ValueError naming what is wrong."""
        text = text.strip().lower()
        if text in PRESETS:
            return Profile(*PRESETS[text])
        points = {"keys": "CONF_FIRST", "bytes-needed": "TOTAL", "abi": "X64"}
        for part in text.split(","):
            key, _, value = part.strip().partition("=")
            if key not in _TOKENS or value not in _TOKENS[key]:
                raise ValueError(f"profile '{text}': use a preset ({', '.join(PRESETS)}) or keys=..,bytes-needed=..,abi=..")
            points[key] = _TOKENS[key][value]
        return Profile(points["keys"], points["bytes-needed"], points["abi"])


@dataclass(frozen=True)
class Capabilities:
    """Everything of version 1 is advertised; capacities are options (defaults 256 SAs, 16 parser entries)."""

    profile: Profile = Profile()
    sa_capacity: int = 256
    parser_entry_capacity: int = 16
    udp_esp_flags: int = c.UDPESP_TRANSPORT | c.UDPESP_TUNNEL
    ah_esp_combined: bool = True
    transport_tunnel_combined: bool = True
    ipv4_options: bool = True

    def ah(self, feature):
        """IPv4AH: md5, sha1, transport, tunnel, send, receive are all supported."""
        return True

    def esp(self, feature):
        """IPv4ESP: des, tripleDes, nullEsp, transport, tunnel, send, receive are supported; Reserved is not."""
        return feature != "reserved"

    def to_json(self, classifier=True):
        """The capabilities object of the stdio handshake, field names as in the kit's records."""
        return {
            "offload": {
                "encapsulation": 0x2,  # NDIS_ENCAPSULATION_IEEE_802_3
                "ahEspCombined": self.ah_esp_combined,
                "transportTunnelCombined": self.transport_tunnel_combined,
                "ipv4Options": self.ipv4_options,
                "udpEspFlags": self.udp_esp_flags,
                "ah": {f: self.ah(f) for f in ("md5", "sha1", "transport", "tunnel", "send", "receive")},
                "esp": {f: self.esp(f) for f in ("des", "reserved", "tripleDes", "nullEsp", "transport", "tunnel", "send", "receive")},
            },
            "saCapacity": self.sa_capacity,
            "parserEntryCapacity": self.parser_entry_capacity,
            "profile": {"keyOrder": self.profile.key_order, "bytesNeeded": self.profile.bytes_needed, "abi": self.profile.abi},
            "classifier": classifier,
        }
