package io.sakit.conformance.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reports.model.CapturedSa;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledSasTest {

    private static final byte[] DES_KEY = HexFormat.of().parseHex("0123456789abcdef");
    private static final byte[] MD5_KEY = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    private static final SecurityAssociation ESP = new SecurityAssociation(new SaParameters(Operation.ENCRYPT, 0x1001, ConfAlgorithm.DES,
            IntegrityAlgorithm.MD5), KeyMaterial.copyOf(DES_KEY), KeyMaterial.copyOf(MD5_KEY));
    private static final SecurityAssociation AH = new SecurityAssociation(new SaParameters(Operation.AUTHENTICATE, 0x1001, ConfAlgorithm.NONE,
            IntegrityAlgorithm.SHA1), KeyMaterial.empty(), KeyMaterial.copyOf(new byte[20]));

    @TempDir
    Path dir;

    @Test
    void rowsNameTunnelEndpointsOrFilterHostsAndNeverKeys() {
        Filter hostToSubnet = new Filter(Ipv4.parse("10.0.0.1"), -1, Ipv4.parse("10.0.1.0"), Ipv4.parse("255.255.255.0"), 0, 0, 0);
        AddSaRequest transport = new AddSaRequest(hostToSubnet, Tunnel.NONE, Direction.OUTBOUND, List.of(ESP, AH));
        AddSaRequest tunnel = new AddSaRequest(Filter.ANY, new Tunnel(Ipv4.parse("192.0.2.1"), Ipv4.parse("192.0.2.2")), Direction.INBOUND, List.of(ESP));
        assertThat(InstalledSas.rows(List.of(transport, tunnel, transport))).containsExactly(
                new CapturedSa("ESP", "10.0.0.1", "*", 0x1001, "DES-CBC", "HMAC-MD5-96"),
                new CapturedSa("AH", "10.0.0.1", "*", 0x1001, "NONE", "HMAC-SHA1-96"),
                new CapturedSa("ESP", "192.0.2.1", "192.0.2.2", 0x1001, "DES-CBC", "HMAC-MD5-96"));
    }

    @Test
    void theKeyLogHoldsTheEspKeysInAnOwnerOnlyFile() throws IOException {
        Path file = dir.resolve("keys");
        KeyLog log = new KeyLog(file);
        log.append("TX.case", List.of(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.OUTBOUND, List.of(ESP, AH))));
        log.append("RX.other", List.of(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.INBOUND, List.of(AH))));
        assertThat(Files.readAllLines(file)).containsExactly("# Wireshark ESP SA table (esp_sa) with the test keys of the failing cases' ESP SAs",
                "# TX.case", "\"IPv4\",\"*\",\"*\",\"0x00001001\",\"DES-CBC [RFC2405]\",\"0x0123456789abcdef\",\"HMAC-MD5-96 [RFC2403]\","
                        + "\"0x00112233445566778899aabbccddeeff\"");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }
}
