package io.sakit.testkit.verify;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.LayerLayout;
import io.sakit.testkit.framing.PacketLayout;
import io.sakit.testkit.framing.Span;
import io.sakit.testkit.peer.AhIcv;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.EspCipher;
import io.sakit.testkit.peer.EspIcv;
import io.sakit.testkit.peer.Hmac96;
import io.sakit.testkit.peer.LayoutResult;
import io.sakit.testkit.peer.TransmitLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether a successful transmit conforms (SPEC.md 10.3, 10.4): the length is unchanged and no byte outside
 * the IV fields, encrypted regions and ICV fields changed (TX-FRM-001); layer by layer from the outermost, the AH
 * ICV (TX-AH-001, TX-BND-001) and the ESP ICV are correct over the transmitted bytes, and each encrypted region
 * decrypts under the SA's key and the IV in the packet to the framed plaintext (TX-ESP-001, TX-ESP-002).
 */
public final class TransmitVerifier {

    /**
     * Returns the verdict on {@code transmitted}, the packet an adapter returned with SUCCESS for {@code framed}.
     *
     * @throws IllegalArgumentException when {@code framed} breaks the layout checks of 10.2, so no transmit of it can succeed
     */
    public Verdict verify(byte[] framed, byte[] transmitted, Bundles bundles) {
        LayoutResult read = TransmitLayout.read(framed, bundles, DataPathFeatures.ALL);
        if (!(read instanceof LayoutResult.Accepted accepted)) {
            throw new IllegalArgumentException("the framed packet cannot be transmitted: " + read);
        }
        PacketLayout layout = accepted.layout();
        if (transmitted.length != framed.length) {
            return new Verdict(List.of(new Finding("TX-FRM-001", -1, "length changed from " + framed.length + " to " + transmitted.length, List.of())));
        }
        List<Finding> findings = new ArrayList<>();
        List<Span> outside = ByteRuns.differing(framed, transmitted, new Span(0, framed.length), layout::mayChange);
        if (!outside.isEmpty()) {
            findings.add(new Finding("TX-FRM-001", -1, "bytes outside the IV, encrypted-region and ICV fields changed", outside));
        }
        byte[] current = transmitted.clone();
        List<Bundle> bundleList = bundles.outermostFirst();
        for (int i = 0; i < layout.layers().size(); i++) {
            findings.addAll(new LayerCheck(framed, current, layout, i, bundleList.get(i)).findings());
        }
        return new Verdict(findings);
    }

    /** The checks of one layer on {@code current}, which holds the outer layers already decrypted; decrypts this one. */
    private record LayerCheck(byte[] framed, byte[] current, PacketLayout layout, int index, Bundle bundle) {

        List<Finding> findings() {
            List<Finding> findings = new ArrayList<>();
            LayerLayout layer = layout.layers().get(index);
            bundle.ah().ifPresent(ah -> checkAh(ah, layer, findings));
            bundle.esp().ifPresent(esp -> checkEsp(esp, layer.esp().orElseThrow(), findings));
            return findings;
        }

        private void checkAh(SecurityAssociation ah, LayerLayout layer, List<Finding> findings) {
            Span icv = layer.ah().orElseThrow().icv();
            if (Hmac96.matches(AhIcv.compute(ah, current, layer.header(), layer.end(), icv.offset() - 12, framed), current, icv.offset())) {
                return;
            }
            if (bundle.isEspThenAh() && matchesBeforeEsp(ah, layer)) {
                findings.add(new Finding("TX-BND-001", index, "AH ICV was computed before the ESP transform, not over its result", List.of(icv)));
            } else {
                findings.add(new Finding("TX-AH-001", index, "AH ICV differs from HMAC-96 over the bytes of SPEC.md 9.3", List.of(icv)));
            }
        }

        private boolean matchesBeforeEsp(SecurityAssociation ah, LayerLayout layer) {
            EspFields esp = layer.esp().orElseThrow();
            byte[] beforeEsp = current.clone();
            System.arraycopy(framed, esp.iv().offset(), beforeEsp, esp.iv().offset(), esp.icv().end() - esp.iv().offset());
            Span icv = layer.ah().orElseThrow().icv();
            return Hmac96.matches(AhIcv.compute(ah, beforeEsp, layer.header(), layer.end(), icv.offset() - 12, framed), current, icv.offset());
        }

        private void checkEsp(SecurityAssociation esp, EspFields fields, List<Finding> findings) {
            String requirement = esp.parameters().conf() == ConfAlgorithm.NONE ? "TX-ESP-002" : "TX-ESP-001";
            if (!fields.icv().isEmpty() && !Hmac96.matches(EspIcv.compute(esp, current, fields), current, fields.icv().offset())) {
                findings.add(new Finding(requirement, index, "ESP ICV differs from HMAC-96 over the ESP header, IV and ciphertext", List.of(fields.icv())));
            }
            byte[] iv = Arrays.copyOfRange(current, fields.iv().offset(), fields.iv().end());
            EspCipher.decrypt(esp.parameters().conf(), esp.confKey(), iv, current, fields.encrypted());
            List<Span> wrong = ByteRuns.differing(framed, current, fields.encrypted(), this::inDeeperField);
            if (!wrong.isEmpty()) {
                findings.add(new Finding(requirement, index, "encrypted region does not decrypt under the SA's key and the packet's IV to the framed plaintext", wrong));
            }
        }

        private boolean inDeeperField(int offset) {
            return layout.fields().stream().anyMatch(field -> field.layer() > index && field.span().contains(offset));
        }
    }
}
