package io.sakit.reference.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sakit.reference.fixtures.Sas;
import io.sakit.reference.sadb.AddResult;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The reference's state dump is stable JSON in handle order that shows keys as fingerprints only. */
class StateDumpTest {

    private static final SecurityAssociation ESP = Sas.esp(0x1234, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
    private static final SecurityAssociation AH = Sas.ah(0x1234, IntegrityAlgorithm.MD5);

    private static long add(ReferenceAdapter adapter, Direction direction, SecurityAssociation... sas) {
        return ((AddResult.Added) adapter.database().add(Sas.transport(direction, Sas.hosts("10.0.0.1", "10.0.0.2"), sas))).handle();
    }

    @Test
    void listsBundlesAndEntriesInHandleOrderWithFingerprintsOnly() throws Exception {
        ReferenceAdapter adapter = new ReferenceAdapter(ReferenceConfig.defaults());
        long first = add(adapter, Direction.INBOUND, ESP, AH);
        long second = add(adapter, Direction.OUTBOUND, ESP);
        adapter.database().addUdpEsp(new UdpEspAddRequest(Sas.transport(Direction.INBOUND, new Filter(0, 0, 0, 0, Filter.UDP, 0, 0), Sas.esp(0x99, ConfAlgorithm.DES,
                IntegrityAlgorithm.MD5)), UdpEncapType.OTHER, 4500, 0));

        String dump = adapter.dump();
        JsonNode root = new ObjectMapper().readTree(dump);
        assertThat(root.get("liveSas").asInt()).isEqualTo(4);
        assertThat(root.get("bundles")).extracting(b -> b.get("handle").asText())
                .startsWith("0x" + Long.toHexString(first), "0x" + Long.toHexString(second));
        JsonNode sa = root.get("bundles").get(0).get("sas").get(0);
        assertThat(sa.get("spi").asText()).isEqualTo("0x00001234");
        assertThat(sa.get("confKey").asText()).startsWith("sha256:");
        assertThat(root.get("parserEntries")).hasSize(1);
        assertThat(root.get("parserEntries").get(0).get("port").asInt()).isEqualTo(4500);
        for (byte[] key : new byte[][] {Sas.confKey(ESP), Sas.integrityKey(ESP), Sas.integrityKey(AH)}) {
            assertThat(dump.toLowerCase()).doesNotContain(HexFormat.of().formatHex(key));
        }
        assertThat(adapter.dump()).as("the same state dumps the same").isEqualTo(dump);
    }

    @Test
    void aDeleteAndAResetShowInTheDump() throws Exception {
        ReferenceAdapter adapter = new ReferenceAdapter(ReferenceConfig.defaults());
        String empty = adapter.dump();
        long handle = add(adapter, Direction.INBOUND, ESP);
        assertThat(adapter.dump()).isNotEqualTo(empty);
        adapter.database().delete(handle);
        assertThat(adapter.dump()).isEqualTo(empty);
        add(adapter, Direction.OUTBOUND, AH);
        adapter.reset();
        assertThat(new ObjectMapper().readTree(adapter.dump()).get("bundles")).isEmpty();
    }
}
