package io.sakit.testkit.peer;

import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.testkit.framing.AhFields;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.LayerLayout;
import io.sakit.testkit.packet.Ipv4Rules;
import io.sakit.testkit.packet.Wire;
import java.util.Arrays;
import java.util.Optional;

/**
 * Processes one layer of a received packet with the nine steps of SPEC.md 11.4, in order; the first failing step
 * ends the layer with its status and discards every change (K8). The packet given is never modified.
 */
final class LayerProcessor {

    private static final int ESP = 50;

    private LayerProcessor() {
    }

    /** Returns the outcome of processing the layer over [h, e) of {@code packet} with the bundle found for it. */
    static LayerOutcome process(byte[] packet, int h, int e, InboundLookup.Found found) {
        Bundle s = found.bundle();
        int p = Ipv4Rules.payloadOffset(packet, h);
        int q = s.isUdpEsp() ? p + 8 : s.isEspThenAh() ? p + AhFields.LENGTH : p;
        // step 1: a bundle reached through its ESP key lacks the AH header
        if (s.isEspThenAh() && found.protocol() == ESP) {
            return failed(CryptoStatus.INVALID_PROTOCOL);
        }
        // step 2: AH length and Payload Len
        if (s.ah().isPresent() && (e - p < AhFields.LENGTH || Wire.u8(packet, p + 1) != AhFields.PAYLOAD_LEN)) {
            return failed(CryptoStatus.INVALID_PACKET_SYNTAX);
        }
        // step 3: AH Next Header of a bundle
        if (s.isEspThenAh() && Wire.u8(packet, p) != ESP) {
            return failed(CryptoStatus.INVALID_PROTOCOL);
        }
        // step 4: ESP lengths
        Optional<EspFields> esp = s.esp().flatMap(sa -> espFields(sa.parameters(), q, e));
        if (s.esp().isPresent() && esp.isEmpty()) {
            return failed(CryptoStatus.INVALID_PACKET_SYNTAX);
        }
        // step 5: ESP SPI of a bundle
        if (s.isEspThenAh() && Wire.u32(packet, q) != s.esp().orElseThrow().parameters().spi()) {
            return failed(CryptoStatus.INVALID_PROTOCOL);
        }
        Optional<AhFields> ah = s.ah().map(sa -> new AhFields(p));
        // step 6: AH ICV
        if (s.ah().isPresent() && !Hmac96.matches(AhIcv.compute(s.ah().get(), packet, h, e, p), packet, ah.orElseThrow().icv().offset())) {
            return failed(s.isTunnel() ? CryptoStatus.TUNNEL_AH_AUTH_FAILED : CryptoStatus.TRANSPORT_AH_AUTH_FAILED);
        }
        return decrypted(packet, new LayerLayout(h, e, p, ah, esp), s);
    }

    private static LayerOutcome decrypted(byte[] packet, LayerLayout layout, Bundle s) {
        if (s.esp().isEmpty()) {
            return new LayerOutcome.Succeeded(packet.clone(), s, layout);
        }
        SecurityAssociation sa = s.esp().get();
        EspFields fields = layout.esp().orElseThrow();
        // step 7: ESP ICV
        if (!fields.icv().isEmpty() && !Hmac96.matches(EspIcv.compute(sa, packet, fields), packet, fields.icv().offset())) {
            return failed(s.isTunnel() ? CryptoStatus.TUNNEL_ESP_AUTH_FAILED : CryptoStatus.TRANSPORT_ESP_AUTH_FAILED);
        }
        // step 8: decryption in place, in a copy until the layer has succeeded
        byte[] plain = packet.clone();
        byte[] iv = Arrays.copyOfRange(packet, fields.iv().offset(), fields.iv().end());
        EspCipher.decrypt(sa.parameters().conf(), sa.confKey(), iv, plain, fields.encrypted());
        // step 9: Pad Length
        if (Wire.u8(plain, fields.padLengthOffset()) + 2 > fields.encrypted().length()) {
            return failed(CryptoStatus.INVALID_PACKET_SYNTAX);
        }
        return new LayerOutcome.Succeeded(plain, s, layout);
    }

    /** Returns the ESP fields at q for a layer ending at e, or empty when the lengths cannot be right (step 4). */
    private static Optional<EspFields> espFields(SaParameters esp, int q, int e) {
        int ivLength = esp.conf().ivLength();
        int icvLength = esp.integrity().icvLength();
        int length = e - icvLength - (q + 8 + ivLength);
        if (e - q < 8 + ivLength + icvLength || length < esp.conf().alignment() || length % esp.conf().alignment() != 0) {
            return Optional.empty();
        }
        return Optional.of(EspFields.at(q, ivLength, length, icvLength));
    }

    private static LayerOutcome failed(CryptoStatus status) {
        return new LayerOutcome.Failed(status);
    }
}
