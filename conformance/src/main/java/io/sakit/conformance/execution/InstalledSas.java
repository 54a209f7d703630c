package io.sakit.conformance.execution;

import io.sakit.reports.model.CapturedSa;
import io.sakit.reports.pcap.EspSaTable;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SecurityAssociation;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SAs of the bundles a case installed: as report rows, which never carry keys, and as Wireshark ESP SA
 * table lines with the keys, for a key log the user asked for. Outer addresses are the tunnel endpoints of a
 * tunnel bundle, otherwise the filter's host addresses, and {@code *} where the filter names no single host.
 */
final class InstalledSas {

    private InstalledSas() {
    }

    /** Returns the SAs of {@code bundles} without keys, each once, in installation order. */
    static List<CapturedSa> rows(List<AddSaRequest> bundles) {
        Set<CapturedSa> rows = new LinkedHashSet<>();
        bundles.forEach(bundle -> bundle.securityAssociations().forEach(sa -> rows.add(row(bundle, sa))));
        return new ArrayList<>(rows);
    }

    /** Returns the Wireshark ESP SA table lines of the ESP SAs of {@code bundles}, keys included, each once. */
    static List<String> keyedLines(List<AddSaRequest> bundles) {
        Set<String> lines = new LinkedHashSet<>();
        HexFormat hex = HexFormat.of();
        for (AddSaRequest bundle : bundles) {
            for (SecurityAssociation sa : bundle.securityAssociations()) {
                EspSaTable.line(row(bundle, sa), hex.formatHex(sa.confKey().copy()), hex.formatHex(sa.integrityKey().copy())).ifPresent(lines::add);
            }
        }
        return new ArrayList<>(lines);
    }

    private static CapturedSa row(AddSaRequest bundle, SecurityAssociation sa) {
        boolean esp = sa.operation() == Operation.ENCRYPT;
        String source = bundle.tunnel().isTunnel() ? Ipv4.format(bundle.tunnel().source()) : host(bundle.filter().sourceAddress(), bundle.filter().sourceMask());
        String destination = bundle.tunnel().isTunnel() ? Ipv4.format(bundle.tunnel().destination())
                : host(bundle.filter().destinationAddress(), bundle.filter().destinationMask());
        return new CapturedSa(esp ? "ESP" : "AH", source, destination, Integer.toUnsignedLong(sa.parameters().spi()),
                esp ? encryption(sa.parameters().conf()) : "NONE", authentication(sa.parameters().integrity()));
    }

    private static String host(int address, int mask) {
        return address != 0 && (mask == 0 || mask == -1) ? Ipv4.format(address) : "*";
    }

    private static String encryption(ConfAlgorithm algorithm) {
        return switch (algorithm) {
            case NONE -> "NULL";
            case DES -> "DES-CBC";
            case TRIPLE_DES -> "3DES-CBC";
        };
    }

    private static String authentication(IntegrityAlgorithm algorithm) {
        return switch (algorithm) {
            case NONE -> "NULL";
            case MD5 -> "HMAC-MD5-96";
            case SHA1 -> "HMAC-SHA1-96";
        };
    }
}
