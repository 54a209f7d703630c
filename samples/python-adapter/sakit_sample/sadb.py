"""The SA database: the four OIDs with their check order and written-back buffers (SPEC.md 5, 6, 7.6, 7.7, 12.1-12.3, K3).

Every request is validated completely before anything changes, so a failure leaves no trace (ADD-ATM-001).
"""

from dataclasses import dataclass

from . import constants as c
from .filters import matches
from .requests import HANDLE_OFFSET, Layout, Reject, handle_at, invalid, parse_add, u32le

PLAIN, UDP = "plain", "udp"
ALL_ONES = 0xFFFFFFFF


@dataclass
class ParserEntry:
    """A UDP-ESP parser entry (12.2): type OTHER, destination port, users and the removal mark."""

    handle: int
    port: int
    users: int = 0
    marked: bool = False


@dataclass
class Bundle:
    """The SAs of one successful add: one SA, or ESP followed by AH."""

    handle: int
    request: object
    entry: ParserEntry = None

    @property
    def direction(self):
        return self.request.direction

    @property
    def udp(self):
        return self.request.udp

    @property
    def tunnel(self):
        return self.request.tunnel

    @property
    def filter(self):
        return self.request.filter

    @property
    def sas(self):
        return self.request.sas

    @property
    def ah(self):
        return next((sa for sa in self.sas if sa.operation == c.AUTHENTICATE), None)

    @property
    def esp(self):
        return next((sa for sa in self.sas if sa.operation == c.ENCRYPT), None)

    @property
    def space(self):
        return UDP if self.udp else PLAIN

    @property
    def lookup_destination(self):
        """11.3: DestTunnelAddr for tunnels; DestAddr for a host filter; otherwise the wildcard 0."""
        req = self.request
        if req.tunnel:
            return req.tunnel_destination
        flt = req.filter
        return flt.destination if flt.destination != 0 and flt.destination_mask in (0, ALL_ONES) else 0

    def index_keys(self):
        return [(self.space, sa.spi, sa.protocol, self.lookup_destination) for sa in self.sas]


class SaDatabase:
    """Live bundles by handle, parser entries by handle, and the inbound index of 11.3."""

    def __init__(self, capabilities, bugs=frozenset()):
        self.caps = capabilities
        self.profile = capabilities.profile
        self.bugs = bugs
        self.bundles = {}
        self.entries = {}
        self.index = {}
        self.next_handle = 1
        self.next_entry_handle = 1

    # --- dispatch (5.1) ---

    def set_information(self, oid, buf):
        """Returns (status, bytesRead, bytesNeeded, written-back buffer)."""
        if oid == c.OID_ADD_SA:
            return self._add(buf, udp=False)
        if oid == c.OID_ADD_UDPESP_SA:
            return self._add(buf, udp=True)
        if oid == c.OID_DELETE_SA:
            return self._delete(buf)
        if oid == c.OID_DELETE_UDPESP_SA:
            return self._delete_udp(buf)
        return c.INVALID_OID, 0, 0, bytes(buf)

    # --- add (5.7, 12.1) ---

    def _add(self, buf, udp):
        layout = Layout(self.profile.handle_size, udp)
        out = bytearray(buf)
        given = len(buf)
        try:
            if given < layout.key_material:
                return self._failed(out, layout, c.INVALID_LENGTH, self.profile.needed(layout.key_material, given))
            key_len = u32le(buf, layout.key_length)
            if key_len > c.MAX_KEY_LENGTH:
                raise invalid("ADD-LEN-002 KeyLen")
            need = layout.key_material + key_len
            if given < need:
                return self._failed(out, layout, c.INVALID_LENGTH, self.profile.needed(need, given))
            request = parse_add(buf, layout, key_len, self.profile, self.bugs)
            self._check_capabilities(request)
            entry = self._check_state(request)
        except Reject as reject:
            return self._failed(out, layout, reject.status, 0)
        bundle = self._commit(request, entry)
        out[HANDLE_OFFSET:HANDLE_OFFSET + layout.handle_size] = bundle.handle.to_bytes(layout.handle_size, "little")
        if udp and request.direction == c.INBOUND and request.entry_handle == 0:
            out[layout.entry_handle:layout.entry_handle + layout.handle_size] = bundle.entry.handle.to_bytes(layout.handle_size, "little")
        return c.SUCCESS, need, 0, bytes(out)

    def _failed(self, out, layout, status, needed):
        """K3: OffloadHandle written back NULL when the buffer holds the whole field; nothing else changes."""
        end = HANDLE_OFFSET + layout.handle_size
        if len(out) >= end:
            out[HANDLE_OFFSET:end] = bytes(layout.handle_size)
        return status, 0, needed, bytes(out)

    def _check_capabilities(self, request):
        """5.7 step 5 (7.6), then for UDP-ESP the encapsulation type and Supported.Flags (12.1 step 3)."""
        caps = self.caps
        for sa in request.sas:
            ah = sa.operation == c.AUTHENTICATE
            supports = caps.ah if ah else caps.esp
            if ah:
                algorithm = "md5" if sa.integrity == c.INTEGRITY_MD5 else "sha1"
            else:
                algorithm = {c.CONF_NONE: "nullEsp", c.CONF_DES: "des", c.CONF_3DES: "tripleDes"}[sa.conf]
            mode = "tunnel" if request.tunnel else "transport"
            direction = "send" if request.direction == c.OUTBOUND else "receive"
            if not all(supports(feature) for feature in (algorithm, mode, direction)):
                raise Reject(c.NOT_SUPPORTED, "CAP-HON not advertised")
        if len(request.sas) == 2 and not caps.ah_esp_combined:
            raise Reject(c.NOT_SUPPORTED, "CAP-HON-005 AhEspCombined")
        if request.udp:
            if request.encap_type == c.ENCAP_IKE:
                raise Reject(c.NOT_SUPPORTED, "UDP-ENC-001 IKE")
            if not caps.udp_esp_flags & (c.UDPESP_TUNNEL if request.tunnel else c.UDPESP_TRANSPORT):
                raise Reject(c.NOT_SUPPORTED, "UDP-CAP-001 Supported.Flags")

    def _check_state(self, request):
        """Entry handle, duplicates, SA capacity, parser capacity (5.7 steps 6-7, 12.1 steps 4-7); returns the entry to use."""
        inbound_udp = request.udp and request.direction == c.INBOUND
        named = None
        if inbound_udp and request.entry_handle != 0:
            named = self.entries.get(request.entry_handle)
            if named is None or named.marked:
                raise invalid("UDP-ENT-002 entry handle")
        if request.direction == c.INBOUND:
            probe = Bundle(0, request)
            if any(key in self.index for key in probe.index_keys()):
                raise invalid("ADD-DUP-001 duplicate inbound SA")
        if self.live_sas() + len(request.sas) > self.caps.sa_capacity:
            raise Reject(c.RESOURCES, "CAP-CAP-002 SA capacity")
        if not inbound_udp or named is not None:
            return named
        reusable = next((e for e in self.entries.values() if not e.marked and e.port == request.encap_port), None)
        if reusable is None and len(self.entries) >= self.caps.parser_entry_capacity:
            raise Reject(c.RESOURCES, "UDP-ENT-004 parser capacity")
        return reusable

    def _commit(self, request, entry):
        bundle = Bundle(self._new_handle(), request)
        if request.udp and request.direction == c.INBOUND:
            if entry is None:
                entry = ParserEntry(self._new_entry_handle(), request.encap_port)
                self.entries[entry.handle] = entry
            entry.users += 1
            bundle.entry = entry
        self.bundles[bundle.handle] = bundle
        if request.direction == c.INBOUND:
            for key in bundle.index_keys():
                self.index[key] = bundle
        return bundle

    def _new_handle(self):
        """SA handles: a counter, skipping values still live (ADD-HDL-002); never above 32 bits on x86."""
        limit = 0xFFFFFFFF if self.profile.handle_size == 4 else 0xFFFFFFFFFFFFFFFF
        while self.next_handle in self.bundles or self.next_handle == 0:
            self.next_handle = self.next_handle % limit + 1
        handle = self.next_handle
        self.next_handle = handle % limit + 1
        return handle

    def _new_entry_handle(self):
        while self.next_entry_handle in self.entries:
            self.next_entry_handle += 1
        handle = self.next_entry_handle
        self.next_entry_handle += 1
        return handle

    def live_sas(self):
        return sum(len(b.sas) for b in self.bundles.values())

    # --- delete (6, 12.3) ---

    def _delete(self, buf):
        size = self.profile.handle_size
        if len(buf) < size:
            return c.INVALID_LENGTH, 0, self.profile.needed(size, len(buf)), bytes(buf)
        bundle = self.bundles.get(handle_at(buf, 0, size))
        if bundle is None or bundle.udp:
            return c.INVALID_DATA, 0, 0, bytes(buf)
        self._remove(bundle)
        return c.SUCCESS, size, 0, bytes(buf)

    def _delete_udp(self, buf):
        size = self.profile.handle_size
        if len(buf) < 2 * size:
            return c.INVALID_LENGTH, 0, self.profile.needed(2 * size, len(buf)), bytes(buf)
        bundle = self.bundles.get(handle_at(buf, 0, size))
        entry_handle = handle_at(buf, size, size)
        if bundle is None or not bundle.udp:
            return c.INVALID_DATA, 0, 0, bytes(buf)
        if entry_handle != 0 and (bundle.entry is None or bundle.entry.handle != entry_handle):
            return c.INVALID_DATA, 0, 0, bytes(buf)
        entry = bundle.entry
        self._remove(bundle)
        if entry is not None:
            entry.users -= 1
            entry.marked = entry.marked or entry_handle != 0
            if entry.marked and entry.users == 0:
                del self.entries[entry.handle]
        return c.SUCCESS, 2 * size, 0, bytes(buf)

    def _remove(self, bundle):
        """Removes a bundle from every table and wipes its keys (DEL-KEY-001)."""
        del self.bundles[bundle.handle]
        if bundle.direction == c.INBOUND:
            for key in bundle.index_keys():
                self.index.pop(key, None)
        for sa in bundle.sas:
            sa.wipe()

    def reset(self):
        """13.2: every bundle and parser entry removed, keys wiped."""
        for bundle in list(self.bundles.values()):
            self._remove(bundle)
        self.entries.clear()

    # --- what the data path asks ---

    def outbound(self, handle):
        bundle = self.bundles.get(handle)
        return bundle if bundle is not None and bundle.direction == c.OUTBOUND else None

    def lookup(self, space, spi, protocol, destination, transport_only=False):
        """11.3: the entry for the destination, else the wildcard entry; returns (bundle, protocol) or None."""
        for dest in (destination, 0):
            bundle = self.index.get((space, spi, protocol, dest))
            if bundle is not None and not (transport_only and bundle.tunnel):
                return bundle
        return None

    def entry_ports(self):
        return {entry.port for entry in self.entries.values()}

    def classify(self, direction, t):
        """8.5: the handles of the live bundles of that direction whose filters match."""
        return [b.handle for b in self.bundles.values() if b.direction == direction and matches(b.filter, t)]
