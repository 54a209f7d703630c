package io.sakit.testkit.verify;

import io.sakit.spec.model.SecurityAssociation;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.Field;
import io.sakit.testkit.framing.FieldKind;
import io.sakit.testkit.framing.PacketLayout;
import io.sakit.testkit.peer.EspCipher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks TX-IV-001 (SPEC.md 10.3, a SHOULD): transmits of one framed packet on the same bundles carry distinct
 * IVs in every IV field, the inner layer's read after decrypting the outer layer.
 */
public final class IvRepetition {

    private IvRepetition() {
    }

    /** Returns the verdict on the IVs of {@code transmitted}, all successful transmits of a packet with {@code layout}. */
    public static Verdict check(List<byte[]> transmitted, PacketLayout layout, Bundles bundles) {
        List<Finding> findings = new ArrayList<>();
        for (Field field : layout.fields()) {
            if (field.kind() != FieldKind.IV) {
                continue;
            }
            Set<String> distinct = new HashSet<>();
            for (byte[] packet : transmitted) {
                byte[] readable = field.layer() == 0 ? packet : outerDecrypted(packet, layout, bundles.outermostFirst().get(0));
                distinct.add(Arrays.toString(Arrays.copyOfRange(readable, field.span().offset(), field.span().end())));
            }
            if (distinct.size() < transmitted.size()) {
                findings.add(new Finding("TX-IV-001", field.layer(), transmitted.size() + " transmits carried " + distinct.size() + " distinct IVs",
                        List.of(field.span())));
            }
        }
        return new Verdict(findings);
    }

    private static byte[] outerDecrypted(byte[] packet, PacketLayout layout, Bundle outer) {
        byte[] copy = packet.clone();
        if (outer.esp().isPresent()) {
            SecurityAssociation esp = outer.esp().get();
            EspFields fields = layout.layers().get(0).esp().orElseThrow();
            EspCipher.decrypt(esp.parameters().conf(), esp.confKey(), Arrays.copyOfRange(copy, fields.iv().offset(), fields.iv().end()), copy, fields.encrypted());
        }
        return copy;
    }
}
