package io.sakit.testkit.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one layer lies in a packet: its IPv4 header at h, its end e, its payload offset p = h + 4·IHL, and its
 * AH and ESP fields (SPEC.md 9.3 to 9.5, 10.2). For a UDP-ESP layer the UDP header is at p and ESP at p + 8.
 */
public record LayerLayout(int header, int end, int payload, Optional<AhFields> ah, Optional<EspFields> esp) {

    /** Requires h &lt;= p &lt;= e and at least one of AH and ESP. */
    public LayerLayout {
        Objects.requireNonNull(ah, "ah");
        Objects.requireNonNull(esp, "esp");
        if (header < 0 || payload < header || end < payload) {
            throw new IllegalArgumentException("layer with h " + header + ", p " + payload + ", e " + end);
        }
        if (ah.isEmpty() && esp.isEmpty()) {
            throw new IllegalArgumentException("a layer has AH, ESP or both");
        }
    }

    /** Returns the fields of this layer the adapter may write, tagged with {@code layer}, in packet order. */
    public List<Field> fields(int layer) {
        List<Field> fields = new ArrayList<>();
        ah.ifPresent(a -> fields.add(new Field(FieldKind.AH_ICV, layer, a.icv())));
        esp.ifPresent(e -> {
            addIfPresent(fields, new Field(FieldKind.IV, layer, e.iv()));
            addIfPresent(fields, new Field(FieldKind.ENCRYPTED, layer, e.encrypted()));
            addIfPresent(fields, new Field(FieldKind.ESP_ICV, layer, e.icv()));
        });
        return List.copyOf(fields);
    }

    private static void addIfPresent(List<Field> fields, Field field) {
        if (!field.span().isEmpty()) {
            fields.add(field);
        }
    }

    /** Returns where the protected payload of a tunnel layer starts: after AH for AH only, otherwise at R. */
    public int protectedPayload() {
        return esp.map(e -> e.encrypted().offset()).orElseGet(() -> ah.orElseThrow().end());
    }

    /** Returns this layout moved by {@code delta} bytes. */
    public LayerLayout shifted(int delta) {
        return new LayerLayout(header + delta, end + delta, payload + delta, ah.map(a -> a.shifted(delta)), esp.map(e -> e.shifted(delta)));
    }

    /** Returns a one-line description: the IPv4 span, then AH and ESP with their fields. */
    public String describe() {
        StringBuilder text = new StringBuilder("IPv4 [" + header + ", " + end + ") payload at " + payload);
        ah.ifPresent(a -> text.append("; AH at ").append(a.offset()).append(" ICV ").append(a.icv()));
        esp.ifPresent(e -> text.append("; ESP at ").append(e.offset()).append(" IV ").append(e.iv()).append(" R ").append(e.encrypted())
                .append(" ICV ").append(e.icv()));
        return text.toString();
    }
}
