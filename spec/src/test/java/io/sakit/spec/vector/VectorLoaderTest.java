package io.sakit.spec.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.KeyOrder;
import io.sakit.spec.profile.Profile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every packaged vector file loads into records whose content matches what the file declares. */
class VectorLoaderTest {

    static List<String> packagedFiles() {
        return VectorLoader.packagedFiles();
    }

    @ParameterizedTest
    @MethodSource("packagedFiles")
    void everyPackagedFileLoadsWithItsDeclaredNumberOfTests(String name) {
        VectorFile file = VectorLoader.load(name);
        assertThat(file.header().fileName()).isEqualTo(name);
        assertThat(file.header().specVersion()).isEqualTo("1.0");
        assertThat(file.tests()).hasSize(file.header().numberOfTests()).isNotEmpty();
        assertThat(file.tests()).allSatisfy(test -> assertThat(file.requirementsOf(test)).isNotEmpty());
    }

    @Test
    void oidRequestFilesHoldBothAbisAndTheDocumentedExpectations() {
        OidRequestFile file = VectorLoader.oidRequests("add_sa.json");
        assertThat(file.groups()).extracting(OidRequestGroup::abi).contains(Abi.X86, Abi.X64);
        assertThat(file.tests()).allSatisfy(test -> {
            assertThat(test.request().oid()).isIn(Oid.ADD_SA, Oid.DELETE_SA);
            assertThat(test.accepts(test.status())).isTrue();
        });
        assertThat(file.tests()).anySatisfy(test -> assertThat(test.result()).isEqualTo(Result.ACCEPTABLE));
        assertThat(file.tests()).filteredOn(test -> test.status() == NdisStatus.INVALID_LENGTH)
                .allSatisfy(test -> assertThat(test.bytesNeeded()).isPresent());
    }

    @Test
    void groupsApplyToTheProfilesTheyName() {
        OidRequestFile file = VectorLoader.oidRequests("add_sa.json");
        Profile integrityFirstX86 = Profile.parse("keys=integrity-first,abi=x86");
        assertThat(file.groups()).filteredOn(group -> group.appliesTo(integrityFirstX86)).isNotEmpty()
                .allSatisfy(group -> {
                    assertThat(group.abi()).isEqualTo(Abi.X86);
                    assertThat(group.keyOrder()).isNotEqualTo(Optional.of(KeyOrder.CONF_FIRST));
                });
    }

    @Test
    void requirementsComeFromTheNotesOfTheFlags() {
        OidRequestFile file = VectorLoader.oidRequests("delete_sa.json");
        OidRequestTest test = file.tests().get(0);
        List<String> expected = test.flags().stream().flatMap(flag -> file.header().notes().get(flag).requirements().stream()).distinct().toList();
        assertThat(file.requirementsOf(test)).containsExactlyElementsOf(expected);
    }

    @Test
    void typedAccessorsGiveEachKindOfFile() {
        assertThat(VectorLoader.filterMatch().tests()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(VectorLoader.macKats().groups()).extracting(MacKatGroup::algorithm).containsExactly(MacAlgorithm.HMAC_MD5_96,
                MacAlgorithm.HMAC_SHA1_96);
        assertThat(VectorLoader.cipherKats().groups()).extracting(CipherKatGroup::algorithm).contains(CipherAlgorithm.TRIPLE_DES_CBC);
    }

    @Test
    void handlesAreCopiedIntoTheBufferForTheAbi() {
        RequestStep step = new RequestStep(Oid.DELETE_UDPESP_SA, new byte[8], List.of(new HandleCopy(0, HandleField.ENCAP_ENTRY_HANDLE, 4)));
        byte[] filled = step.bufferWith((index, field) -> field == HandleField.ENCAP_ENTRY_HANDLE ? 0x04030201L : 0, Abi.X86);
        assertThat(filled).containsExactly(0, 0, 0, 0, 1, 2, 3, 4);
    }
}
