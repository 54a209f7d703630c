package io.sakit.testkit.peer;

import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.LayerLayout;
import java.util.Objects;

/** The outcome of processing one layer (SPEC.md 11.4): the packet with the layer decrypted, or the failure status. */
sealed interface LayerOutcome permits LayerOutcome.Succeeded, LayerOutcome.Failed {

    /** The layer passed every step; {@code packet} holds its encrypted region replaced by the plaintext. */
    record Succeeded(byte[] packet, Bundle bundle, LayerLayout layout) implements LayerOutcome {
        public Succeeded {
            Objects.requireNonNull(packet, "packet");
            Objects.requireNonNull(bundle, "bundle");
            Objects.requireNonNull(layout, "layout");
        }
    }

    /** The layer failed at a step of 11.4 with {@code status}; its changes are discarded. */
    record Failed(CryptoStatus status) implements LayerOutcome {
        public Failed {
            Objects.requireNonNull(status, "status");
        }
    }
}
