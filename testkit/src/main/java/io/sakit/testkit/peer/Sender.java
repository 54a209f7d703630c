package io.sakit.testkit.peer;

import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.LayerLayout;
import io.sakit.testkit.framing.PacketLayout;
import java.util.List;
import java.util.Objects;

/**
 * The sending peer: applies the bundles to a framed packet exactly as a conforming adapter's transmit does
 * (SPEC.md 10). A packet that fails the checks of 10.1 and 10.2 is refused with NDIS_STATUS_INVALID_PACKET and
 * returned unchanged (K1); otherwise the transport bundle's layer is applied first and the tunnel bundle's last
 * (10.4), and within a layer ESP (IV, encryption, ESP ICV) before the AH ICV (10.3, 10.4).
 *
 * <p>The direction of the bundles is not checked: the handles a transmit names are the SA database's concern
 * (TX-HDL-001), and the remote peer protects with what is an inbound bundle for the adapter.
 */
public final class Sender {

    private final IvSource ivSource;
    private final DataPathFeatures features;

    /** Creates a sender that takes IVs from {@code ivSource} under the advertised {@code features}. */
    public Sender(IvSource ivSource, DataPathFeatures features) {
        this.ivSource = Objects.requireNonNull(ivSource, "ivSource");
        this.features = Objects.requireNonNull(features, "features");
    }

    /** Returns the transmit result for {@code framed} on {@code bundles}: SUCCESS with the protected packet, or INVALID_PACKET. */
    public TransmitResult protect(byte[] framed, Bundles bundles) {
        LayoutResult layout = TransmitLayout.read(framed, bundles, features);
        if (layout instanceof LayoutResult.Accepted accepted) {
            return new TransmitResult(NdisStatus.SUCCESS.code(), applied(framed, accepted.layout(), bundles.outermostFirst()));
        }
        return new TransmitResult(NdisStatus.INVALID_PACKET.code(), framed.clone());
    }

    private byte[] applied(byte[] framed, PacketLayout layout, List<Bundle> outermostFirst) {
        byte[] packet = framed.clone();
        for (int i = layout.layers().size() - 1; i >= 0; i--) {
            apply(packet, layout.layers().get(i), outermostFirst.get(i));
        }
        return packet;
    }

    private void apply(byte[] packet, LayerLayout layer, Bundle bundle) {
        bundle.esp().ifPresent(sa -> protectEsp(packet, layer.esp().orElseThrow(), sa));
        bundle.ah().ifPresent(sa -> {
            int a = layer.ah().orElseThrow().offset();
            byte[] icv = AhIcv.compute(sa, packet, layer.header(), layer.end(), a);
            System.arraycopy(icv, 0, packet, layer.ah().get().icv().offset(), icv.length);
        });
    }

    private void protectEsp(byte[] packet, EspFields fields, SecurityAssociation esp) {
        byte[] iv = fields.iv().isEmpty() ? new byte[0] : ivSource.next(fields.iv().length());
        System.arraycopy(iv, 0, packet, fields.iv().offset(), iv.length);
        EspCipher.encrypt(esp.parameters().conf(), esp.confKey(), iv, packet, fields.encrypted());
        if (!fields.icv().isEmpty()) {
            byte[] icv = EspIcv.compute(esp, packet, fields);
            System.arraycopy(icv, 0, packet, fields.icv().offset(), icv.length);
        }
    }
}
