package io.sakit.reference.transform;

import io.sakit.reference.sadb.Bundle;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;

/**
 * What a bundle's packets look like (SPEC.md 9.3 to 9.5): mode, encapsulation, which headers it has, their
 * SPIs and the ESP lengths, read once from the bundle so that the data path never reads the SA records per
 * packet.
 *
 * @param tunnel whether the bundle is a tunnel bundle
 * @param udpEsp whether it came from ADD_UDPESP_SA
 * @param hasAh whether it has an AH SA (AH only, or the AH SA of an ESP-then-AH bundle)
 * @param hasEsp whether it has an ESP SA
 * @param ahSpi the AH SA's SPI, or 0
 * @param espSpi the ESP SA's SPI, or 0
 * @param ivLength ivLen of 9.4: 8 for DES and 3DES, 0 for NULL and without ESP
 * @param icvLength icvLen of 9.4: 12 when the ESP SA has integrity, otherwise 0
 * @param blockSize B of 9.4: 8 for DES and 3DES, 4 for NULL
 */
public record BundleShape(boolean tunnel, boolean udpEsp, boolean hasAh, boolean hasEsp, int ahSpi, int espSpi, int ivLength, int icvLength,
        int blockSize) {

    /** Returns the shape of {@code bundle}. */
    public static BundleShape of(Bundle bundle) {
        SaParameters first = bundle.parameters(0);
        boolean hasEsp = first.operation() == Operation.ENCRYPT;
        boolean hasAh = !hasEsp || bundle.size() == 2;
        int ahSpi = hasAh ? bundle.parameters(bundle.size() - 1).spi() : 0;
        ConfAlgorithm conf = hasEsp ? first.conf() : ConfAlgorithm.NONE;
        return new BundleShape(bundle.isTunnel(), bundle.isUdpEsp(), hasAh, hasEsp, ahSpi, hasEsp ? first.spi() : 0, hasEsp ? conf.ivLength() : 0,
                hasEsp ? first.integrity().icvLength() : 0, conf.alignment());
    }

    /** Returns whether the bundle is an ESP-then-AH bundle. */
    public boolean isCombined() {
        return hasAh && hasEsp;
    }
}
