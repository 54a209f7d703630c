package io.sakit.conformance.mutants;

import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.SetResult;
import io.sakit.spec.profile.Abi;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Mutants that misreport or misprocess received packets. */
final class ReceiveMutants {

    private ReceiveMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                new Mutant("cryptodone-on-unprocessed", "every indicated packet carries CryptoDone", List.of("RX-LKP-002"),
                        () -> new Reporting((in, r) -> new ReceiveResult(r.packet(), new ReceiveInfo(false, true, r.info().nextCryptoDone(),
                                r.info().cryptoStatus())))),
                new Mutant("esp-failure-reported-as-ah", "an ESP ICV failure is reported as an AH authentication failure", List.of("RX-ESP-002"),
                        () -> new Reporting((in, r) -> withStatus(r, map(r.info().cryptoStatus(), CryptoStatus.TRANSPORT_ESP_AUTH_FAILED,
                                CryptoStatus.TRANSPORT_AH_AUTH_FAILED, CryptoStatus.TUNNEL_ESP_AUTH_FAILED, CryptoStatus.TUNNEL_AH_AUTH_FAILED)))),
                new Mutant("tunnel-status-as-transport", "failures of tunnel SAs are reported with the transport statuses", List.of("RX-AH-002", "RX-ESP-002"),
                        () -> new Reporting((in, r) -> withStatus(r, map(r.info().cryptoStatus(), CryptoStatus.TUNNEL_AH_AUTH_FAILED,
                                CryptoStatus.TRANSPORT_AH_AUTH_FAILED, CryptoStatus.TUNNEL_ESP_AUTH_FAILED, CryptoStatus.TRANSPORT_ESP_AUTH_FAILED)))),
                new Mutant("no-decrypt-in-place", "a processed packet is indicated as received, still encrypted", List.of("RX-ESP-003"),
                        () -> new Reporting((in, r) -> r.info().cryptoDone() && r.info().cryptoStatus() == 0 ? new ReceiveResult(in, r.info()) : r)),
                new Mutant("fragments-processed", "fragments are processed like whole datagrams", List.of("RX-FRG-001"), FragmentsProcessed::new),
                new Mutant("sa-delete-req-removes-sa", "an SA that sets SaDeleteReq is also removed", List.of("RX-DEL-001"), DeleteRequestRemoves::new),
                new Mutant("outbound-used-on-receive", "a packet no inbound SA takes is tried on the outbound SAs", List.of("RX-LKP-003"),
                        OutboundUsedOnReceive::new));
    }

    private static ReceiveResult withStatus(ReceiveResult result, int status) {
        ReceiveInfo i = result.info();
        return new ReceiveResult(result.packet(), new ReceiveInfo(i.saDeleteReq(), i.cryptoDone(), i.nextCryptoDone(), status));
    }

    private static int map(int status, CryptoStatus from1, CryptoStatus to1, CryptoStatus from2, CryptoStatus to2) {
        return status == from1.value() ? to1.value() : status == from2.value() ? to2.value() : status;
    }

    /** Changes what the reference reports for a received packet; the function gets the input and the reference's result. */
    static final class Reporting extends MutantAdapter {
        private final BiFunction<byte[], ReceiveResult, ReceiveResult> change;

        Reporting(BiFunction<byte[], ReceiveResult, ReceiveResult> change) {
            this.change = change;
        }

        @Override
        public ReceiveResult receive(byte[] packet) {
            byte[] input = packet.clone();
            return change.apply(input, reference.receive(packet));
        }
    }

    /** Clears the fragment fields before processing and puts them back afterwards. */
    static final class FragmentsProcessed extends MutantAdapter {
        @Override
        public ReceiveResult receive(byte[] packet) {
            if (packet.length < 20 || (Bytes.u16be(packet, 6) & 0x3FFF) == 0) {
                return reference.receive(packet);
            }
            int fragment = Bytes.u16be(packet, 6);
            Bytes.put16be(packet, 6, fragment & ~0x3FFF);
            ReceiveResult result = reference.receive(packet);
            Bytes.put16be(result.packet(), 6, fragment);
            return result;
        }
    }

    /** Deletes the inbound SA that processed a packet and says so with SaDeleteReq. */
    static final class DeleteRequestRemoves extends Tracking {
        @Override
        public ReceiveResult receive(byte[] packet) {
            byte[] input = packet.clone();
            ReceiveResult result = reference.receive(packet);
            if (!result.info().cryptoDone() || input.length < 28) {
                return result;
            }
            int header = (input[0] & 0x0F) * 4;
            int spiOffset = (input[9] & 0xFF) == 51 ? header + 4 : header;
            int spi = input.length >= spiOffset + 4 ? Bytes.u32be(input, spiOffset) : 0;
            requests().entrySet().stream().filter(e -> e.getValue().direction() == Direction.INBOUND)
                    .filter(e -> e.getValue().securityAssociations().stream().anyMatch(sa -> sa.parameters().spi() == spi)).map(Map.Entry::getKey)
                    .findFirst().ifPresent(handle -> {
                        byte[] delete = new byte[8];
                        Bytes.putHandle(delete, 0, Abi.X64, handle);
                        setInformation(Oid.DELETE_SA.value(), delete);
                    });
            ReceiveInfo i = result.info();
            return new ReceiveResult(result.packet(), new ReceiveInfo(true, i.cryptoDone(), i.nextCryptoDone(), i.cryptoStatus()));
        }
    }

    /** Keeps a second reference where every outbound SA is also inbound, and asks it when the first leaves a packet unprocessed. */
    static final class OutboundUsedOnReceive extends MutantAdapter {
        private final ReferenceAdapter mirror = new ReferenceAdapter(ReferenceConfig.defaults());

        @Override
        public SetResult setInformation(int oid, byte[] buffer) {
            SetResult result = reference.setInformation(oid, buffer.clone());
            if (oid == Oid.ADD_SA.value() && result.status() == NdisStatus.SUCCESS.code()
                    && Bytes.u16le(buffer, AddSaLayout.FLAGS) == Direction.OUTBOUND.flag()) {
                byte[] inbound = buffer.clone();
                Bytes.put16le(inbound, AddSaLayout.FLAGS, Direction.INBOUND.flag());
                mirror.setInformation(oid, inbound);
            }
            return result;
        }

        @Override
        public ReceiveResult receive(byte[] packet) {
            byte[] input = packet.clone();
            ReceiveResult result = reference.receive(packet);
            return result.info().cryptoDone() ? result : mirror.receive(input);
        }

        @Override
        public void reset() {
            mirror.reset();
            super.reset();
        }
    }
}
