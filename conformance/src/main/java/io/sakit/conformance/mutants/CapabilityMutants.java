package io.sakit.conformance.mutants;

import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.capability.AdapterCapabilities;
import io.sakit.spec.capability.AhSupport;
import io.sakit.spec.capability.EspSupport;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.SaImage;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.spi.SetResult;
import java.util.List;
import java.util.function.UnaryOperator;

/** Mutants whose answers do not match what they advertise. */
final class CapabilityMutants {

    private static final EspSupport NO_DES = new EspSupport(false, false, true, true, true, true, true, true);

    private CapabilityMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                new Mutant("not-supported-answered-success", "DES is accepted although not advertised", List.of("CAP-HON-002"),
                        () -> new StateMutants.Advertising(ReferenceConfig.defaults(), advertised(o -> o.withEsp(NO_DES)))),
                new Mutant("capability-before-structure", "an unadvertised algorithm is refused before the request is validated",
                        List.of("CAP-HON-007"), CapabilityBeforeStructure::new),
                new Mutant("options-without-capability", "IPv4 options are processed although IPv4Options is not advertised",
                        List.of("RX-OPT-001", "TX-OPT-001"), () -> new StateMutants.Advertising(ReferenceConfig.defaults(),
                                advertised(o -> o.withSupported(o.ahEspCombined(), o.transportTunnelCombined(), false, o.udpEspFlags())))),
                new Mutant("transport-tunnel-without-capability", "two-handle transmits are processed although TransportTunnelCombined is not advertised",
                        List.of("CAP-TTC-001"), () -> new StateMutants.Advertising(ReferenceConfig.defaults(),
                                advertised(o -> o.withSupported(o.ahEspCombined(), false, o.ipv4Options(), o.udpEspFlags())))),
                new Mutant("inconsistent-advertisement", "advertises AhEspCombined while advertising no AH", List.of("CAP-ADV-001"),
                        () -> new StateMutants.Advertising(ReferenceConfig.defaults(), advertised(o -> o.withAh(AhSupport.NONE)))));
    }

    private static AdapterCapabilities advertised(UnaryOperator<IpsecOffloadV1> change) {
        AdapterCapabilities c = ReferenceConfig.defaults().capabilities();
        return new AdapterCapabilities(change.apply(c.offload()), c.saCapacity(), c.parserEntryCapacity(), c.profile(), c.classifier());
    }

    /** Advertises no DES and refuses any buffer naming DES with NOT_SUPPORTED before anything else. */
    static final class CapabilityBeforeStructure extends MutantAdapter {
        CapabilityBeforeStructure() {
            super(ReferenceConfig.defaults(), advertised(o -> o.withEsp(NO_DES)));
        }

        @Override
        public SetResult setInformation(int oid, byte[] buffer) {
            if (oid == Oid.ADD_SA.value() && buffer.length >= AddSaLayout.OFFLOAD_HANDLE) {
                for (int i = 0; i < AddSaLayout.MAX_SAS; i++) {
                    int sa = AddSaLayout.securityAssociation(i);
                    if (Bytes.u32le(buffer, sa + SaImage.OPERATION) == 2 && Bytes.u32le(buffer, sa + SaImage.CONF) == 1) {
                        Bytes.putHandle(buffer, AddSaLayout.OFFLOAD_HANDLE, Abi.X64, 0);
                        return new SetResult(NdisStatus.NOT_SUPPORTED.code(), 0, 0, buffer);
                    }
                }
            }
            SetResult result = reference.setInformation(oid, buffer);
            return result;
        }
    }
}
