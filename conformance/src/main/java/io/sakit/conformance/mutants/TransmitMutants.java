package io.sakit.conformance.mutants;

import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.AhFields;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.LayerLayout;
import io.sakit.testkit.peer.AhIcv;
import io.sakit.testkit.peer.DataPathFeatures;
import io.sakit.testkit.peer.Hmac96;
import io.sakit.testkit.peer.LayoutResult;
import io.sakit.testkit.peer.TransmitLayout;
import java.util.List;
import java.util.Optional;

/** Mutants whose transmitted packets carry wrong ICVs: truncated from the wrong end, mutable fields included, AH before ESP. */
final class TransmitMutants {

    private TransmitMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                new Mutant("icv-truncated-wrong", "the ESP ICV keeps the rightmost 96 bits of the HMAC", List.of("TX-ESP-001"), IcvTruncatedWrong::new),
                new Mutant("ah-mutable-fields-not-zeroed", "the AH ICV covers TOS, flags, TTL and checksum as they are", List.of("TX-AH-001"),
                        AhMutableNotZeroed::new),
                new Mutant("ah-before-esp", "in an ESP+AH bundle the AH ICV is computed before ESP encrypts", List.of("TX-BND-001"), AhBeforeEsp::new));
    }

    /** A transmit whose result a mutant rewrites, given the input, the output and the single layer's layout. */
    abstract static class Rewriting extends Tracking {
        @Override
        public TransmitResult transmit(byte[] packet, long offloadHandle, long nextOffloadHandle) {
            byte[] input = packet.clone();
            TransmitResult result = reference.transmit(packet, offloadHandle, nextOffloadHandle);
            AddSaRequest request = request(offloadHandle);
            if (result.status() != NdisStatus.SUCCESS.code() || nextOffloadHandle != 0 || request == null) {
                return result;
            }
            LayoutResult layout = TransmitLayout.read(input, Bundles.of(Bundle.plain(request)), DataPathFeatures.ALL);
            if (layout instanceof LayoutResult.Accepted accepted) {
                rewrite(input, result.packet(), accepted.layout().layers().get(0), request);
            }
            return result;
        }

        abstract void rewrite(byte[] input, byte[] output, LayerLayout layer, AddSaRequest request);

        static Optional<SecurityAssociation> esp(AddSaRequest request) {
            return Bundle.plain(request).esp();
        }

        static Optional<SecurityAssociation> ah(AddSaRequest request) {
            return Bundle.plain(request).ah();
        }
    }

    static final class IcvTruncatedWrong extends Rewriting {
        @Override
        void rewrite(byte[] input, byte[] output, LayerLayout layer, AddSaRequest request) {
            Optional<SecurityAssociation> esp = esp(request);
            Optional<EspFields> fields = layer.esp();
            if (esp.isEmpty() || fields.isEmpty() || fields.get().icv().length() == 0) {
                return;
            }
            SecurityAssociation sa = esp.get();
            int start = fields.get().offset();
            byte[] full = Hmac96.full(sa.parameters().integrity(), sa.integrityKey(), output, start, fields.get().icv().offset() - start);
            System.arraycopy(full, full.length - Hmac96.LENGTH, output, fields.get().icv().offset(), Hmac96.LENGTH);
        }
    }

    static final class AhMutableNotZeroed extends Rewriting {
        @Override
        void rewrite(byte[] input, byte[] output, LayerLayout layer, AddSaRequest request) {
            Optional<SecurityAssociation> ah = ah(request);
            Optional<AhFields> fields = layer.ah();
            if (ah.isEmpty() || fields.isEmpty()) {
                return;
            }
            byte[] covered = java.util.Arrays.copyOfRange(output, layer.header(), layer.end());
            int icv = fields.get().icv().offset() - layer.header();
            java.util.Arrays.fill(covered, icv, icv + Hmac96.LENGTH, (byte) 0);
            SecurityAssociation sa = ah.get();
            byte[] wrong = Hmac96.icv(sa.parameters().integrity(), sa.integrityKey(), covered, 0, covered.length);
            System.arraycopy(wrong, 0, output, fields.get().icv().offset(), Hmac96.LENGTH);
        }
    }

    static final class AhBeforeEsp extends Rewriting {
        @Override
        void rewrite(byte[] input, byte[] output, LayerLayout layer, AddSaRequest request) {
            Optional<SecurityAssociation> ah = ah(request);
            if (ah.isEmpty() || layer.ah().isEmpty() || layer.esp().isEmpty()) {
                return;
            }
            byte[] icv = AhIcv.compute(ah.get(), input, layer.header(), layer.end(), layer.ah().get().offset());
            System.arraycopy(icv, 0, output, layer.ah().get().icv().offset(), icv.length);
        }
    }
}
