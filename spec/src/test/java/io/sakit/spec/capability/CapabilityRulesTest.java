package io.sakit.spec.capability;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.Fixtures;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.profile.Profile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilityRulesTest {

    private static Optional<String> refusal(AddSaRequest request, IpsecOffloadV1 offload) {
        return CapabilityRules.refusal(request, offload).map(Rejection::requirementId);
    }

    @Test
    void everythingSupportsEveryValidRequest() {
        assertThat(refusal(Fixtures.outboundEsp(), IpsecOffloadV1.EVERYTHING)).isEmpty();
        assertThat(refusal(Fixtures.inboundBundle(), IpsecOffloadV1.EVERYTHING)).isEmpty();
    }

    @Test
    void eachMissingFeatureIsRefusedWithItsRequirement() {
        IpsecOffloadV1 all = IpsecOffloadV1.EVERYTHING;
        assertThat(refusal(Fixtures.outboundEsp(), all.withEsp(EspSupport.NONE))).contains("CAP-HON-006");
        assertThat(refusal(Fixtures.inboundBundle(), all.withSupported(false, true, true, all.udpEspFlags()))).contains("CAP-HON-005");
        assertThat(refusal(Fixtures.outboundEsp(), all.withEsp(new EspSupport(true, false, false, true, true, true, true, true)))).contains("CAP-HON-002");
        assertThat(refusal(Fixtures.outboundEsp(), all.withEsp(new EspSupport(true, false, true, true, false, true, true, true)))).contains("CAP-HON-003");
        assertThat(refusal(Fixtures.outboundEsp(), all.withEsp(new EspSupport(true, false, true, true, true, true, false, true)))).contains("CAP-HON-004");
        AddSaRequest ahSha = new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.INBOUND, List.of(Fixtures.ahMd5(1)));
        assertThat(refusal(ahSha, all.withAh(new AhSupport(false, true, true, true, true, true)))).contains("CAP-HON-002");
    }

    @Test
    void everythingIsConsistentAndContradictionsAreNamed() {
        assertThat(CapabilityRules.inconsistencies(new AdapterCapabilities(IpsecOffloadV1.EVERYTHING, 1024, 16, Profile.DEFAULT, true))).isEmpty();
        IpsecOffloadV1 broken = new IpsecOffloadV1(0, true, true, false, 0x1, AhSupport.NONE, EspSupport.ALL);
        assertThat(CapabilityRules.inconsistencies(new AdapterCapabilities(broken, 0, 0, Profile.DEFAULT, false))).containsExactly(
                "Encapsulation lacks NDIS_ENCAPSULATION_IEEE_802_3", "AhEspCombined without both AH and ESP",
                "AhEspCombined without both AH MD5 and AH SHA-1 (the required integrity combinations)",
                "Supported.Flags sets a reserved IKE encapsulation bit (0x1-0x8)", "IPsec offload advertised with an SA capacity of 0");
    }
}
