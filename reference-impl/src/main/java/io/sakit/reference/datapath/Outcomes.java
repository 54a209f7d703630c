package io.sakit.reference.datapath;

import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.ndis.CryptoStatus;

/** The per-packet information of every receive result of SPEC.md 11.1, made once so that no packet allocates it. */
final class Outcomes {

    private static final CryptoStatus[] STATUSES = CryptoStatus.values();
    private static final ReceiveInfo[] ONE_LAYER = new ReceiveInfo[STATUSES.length];
    private static final ReceiveInfo[] TWO_LAYERS = new ReceiveInfo[STATUSES.length];

    static {
        for (CryptoStatus status : STATUSES) {
            ONE_LAYER[status.ordinal()] = ReceiveInfo.processed(status);
            TWO_LAYERS[status.ordinal()] = ReceiveInfo.processedBoth(status);
        }
    }

    private Outcomes() {
    }

    /** Returns CryptoDone 1, NextCryptoDone 0 and {@code status}. */
    static ReceiveInfo oneLayer(CryptoStatus status) {
        return ONE_LAYER[status.ordinal()];
    }

    /** Returns CryptoDone 1, NextCryptoDone 1 and {@code status}. */
    static ReceiveInfo twoLayers(CryptoStatus status) {
        return TWO_LAYERS[status.ordinal()];
    }
}
