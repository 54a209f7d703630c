package io.sakit.spec.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.Fixtures;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.model.UdpEncapType;
import io.sakit.spec.model.UdpEspAddRequest;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.BytesNeededMode;
import io.sakit.spec.profile.KeyOrder;
import io.sakit.spec.profile.Profile;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each check of the decoder, one fault at a time, and the order between checks. */
class RequestDecoderTest {

    private static final Profile X64 = Profile.DEFAULT;
    private final RequestDecoder decoder = new RequestDecoder(X64, false);
    private final RequestEncoder encoder = new RequestEncoder(X64);

    private byte[] valid() {
        return encoder.addSa(Fixtures.outboundEsp());
    }

    private Rejection reject(byte[] buffer) {
        Decoded<AddSaRequest> decoded = decoder.addSa(buffer);
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected<AddSaRequest>) decoded).rejection();
    }

    private byte[] poke(Consumer<byte[]> change) {
        byte[] buffer = valid();
        change.accept(buffer);
        return buffer;
    }

    private static void assertRejected(Rejection rejection, NdisStatus status, String requirementId) {
        assertThat(rejection.status()).as(rejection.toString()).isEqualTo(status);
        assertThat(rejection.requirementId()).as(rejection.toString()).isEqualTo(requirementId);
    }

    @ParameterizedTest
    @EnumSource(Abi.class)
    void validRequestDecodesWithBytesReadOfKeyMatOffsetPlusKeyLen(Abi abi) {
        Profile profile = new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.TOTAL, abi);
        byte[] buffer = new RequestEncoder(profile).addSa(Fixtures.outboundEsp());
        Decoded<AddSaRequest> decoded = new RequestDecoder(profile, false).addSa(buffer);
        assertThat(decoded).isEqualTo(new Decoded.Accepted<>(Fixtures.outboundEsp(), AddSaLayout.ADD_SA.keyMaterial(abi) + 44L));
    }

    @Test
    void bufferShorterThanKeyMatIsInvalidLengthWithTheFixedPartNeeded() {
        Rejection rejection = reject(Arrays.copyOf(valid(), 179));
        assertRejected(rejection, NdisStatus.INVALID_LENGTH, "ADD-LEN-001");
        assertThat(rejection.bytesNeeded()).isEqualTo(180);
    }

    @Test
    void additionalProfileReportsTheMissingBytes() {
        Profile ndis51 = new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.ADDITIONAL, Abi.X64);
        Decoded<AddSaRequest> decoded = new RequestDecoder(ndis51, false).addSa(Arrays.copyOf(valid(), 200));
        assertThat(((Decoded.Rejected<AddSaRequest>) decoded).rejection().bytesNeeded()).isEqualTo(180 + 44 - 200);
    }

    @Test
    void keyLenAboveSixtyFourIsInvalidDataBeforeTheLengthCheck() {
        assertRejected(reject(poke(b -> Bytes.put32le(b, 176, 65))), NdisStatus.INVALID_DATA, "ADD-LEN-002");
        assertRejected(reject(poke(b -> Bytes.put32le(b, 176, -1))), NdisStatus.INVALID_DATA, "ADD-LEN-002");
    }

    @Test
    void keyMatShorterThanKeyLenIsInvalidLengthWithTheTotalNeeded() {
        Rejection rejection = reject(Arrays.copyOf(valid(), 180 + 43));
        assertRejected(rejection, NdisStatus.INVALID_LENGTH, "ADD-LEN-003");
        assertThat(rejection.bytesNeeded()).isEqualTo(224);
    }

    @Test
    void longerBufferIsAcceptedAndOnlyTheNeededBytesAreRead() {
        Decoded<AddSaRequest> decoded = decoder.addSa(Arrays.copyOf(valid(), 300));
        assertThat(((Decoded.Accepted<AddSaRequest>) decoded).bytesRead()).isEqualTo(224);
    }

    @Test
    void flagsOtherThanExactlyOneDirectionAreInvalid() {
        for (int flags : new int[] {0, 3, 0x101, 0x8000}) {
            assertRejected(reject(poke(b -> Bytes.put16le(b, AddSaLayout.FLAGS, flags))), NdisStatus.INVALID_DATA, "ADD-FLG-001");
        }
    }

    @Test
    void numSasOutsideOneAndTwoIsInvalid() {
        for (int numSas : new int[] {0, 3, -1, 0x7FFF}) {
            assertRejected(reject(poke(b -> Bytes.put16le(b, AddSaLayout.NUM_SAS, numSas))), NdisStatus.INVALID_DATA, "ADD-NUM-001");
        }
    }

    @Test
    void unknownOperationIsInvalid() {
        assertRejected(reject(poke(b -> Bytes.put32le(b, 36, 3))), NdisStatus.INVALID_DATA, "ADD-OP-001");
    }

    @Test
    void reservedAndOutOfRangeAlgorithmsAreInvalid() {
        assertRejected(reject(poke(b -> Bytes.put32le(b, 36 + SaImage.CONF, 2))), NdisStatus.INVALID_DATA, "ADD-ALG-003");
        assertRejected(reject(poke(b -> Bytes.put32le(b, 36 + SaImage.CONF, 4))), NdisStatus.INVALID_DATA, "ADD-ALG-003");
        assertRejected(reject(poke(b -> Bytes.put32le(b, 36 + SaImage.INTEGRITY, 3))), NdisStatus.INVALID_DATA, "ADD-ALG-004");
    }

    @Test
    void ahRulesAreEnforced() {
        byte[] ah = encoder.addSa(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.INBOUND, List.of(Fixtures.ahMd5(7))));
        byte[] withConf = ah.clone();
        Bytes.put32le(withConf, 36 + SaImage.CONF, 1);
        assertRejected(reject(withConf), NdisStatus.INVALID_DATA, "ADD-ALG-002");
        byte[] withoutIntegrity = ah.clone();
        Bytes.put32le(withoutIntegrity, 36 + SaImage.INTEGRITY, 0);
        assertRejected(reject(withoutIntegrity), NdisStatus.INVALID_DATA, "ADD-ALG-001");
    }

    @Test
    void espWithoutAnyAlgorithmIsInvalid() {
        byte[] buffer = poke(b -> {
            Bytes.put32le(b, 36 + SaImage.CONF, 0);
            Bytes.put32le(b, 36 + SaImage.INTEGRITY, 0);
        });
        assertRejected(reject(buffer), NdisStatus.INVALID_DATA, "ADD-ALG-005");
    }

    @Test
    void wrongAlgoKeylenIsInvalid() {
        assertRejected(reject(poke(b -> Bytes.put32le(b, 36 + SaImage.INTEGRITY + 4, 12))), NdisStatus.INVALID_DATA, "ADD-KEY-001");
    }

    @Test
    void keyLenDifferentFromTheSumIsInvalid() {
        byte[] buffer = Arrays.copyOf(valid(), 180 + 45);
        Bytes.put32le(buffer, 176, 45);
        assertRejected(reject(buffer), NdisStatus.INVALID_DATA, "ADD-KEY-002");
    }

    @Test
    void bundleMustBeEspThenAh() {
        AddSaImage bundle = encoder.image(Fixtures.inboundBundle());
        AddSaImage ah = encoder.image(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.INBOUND, List.of(Fixtures.ahMd5(7))));
        AddSaImage esp = encoder.image(Fixtures.outboundEsp());
        AddSaImage ahThenEsp = new AddSaImage(0, 0, 0, 0, 0, 0, 0, 0, 0, bundle.flags(), 2,
                List.of(ah.securityAssociation(0), esp.securityAssociation(0), SaImage.ZERO), 0, 16 + 44, new byte[60]);
        assertRejected(reject(ImageCodec.encode(ahThenEsp, Abi.X64)), NdisStatus.INVALID_DATA, "ADD-NUM-002");
    }

    @Test
    void espWithoutIntegrityAloneIsInvalid() {
        byte[] bundle = encoder.addSa(Fixtures.inboundBundle());
        Bytes.put16le(bundle, AddSaLayout.NUM_SAS, 1);
        Bytes.put32le(bundle, 176, 8);
        assertRejected(reject(Arrays.copyOf(bundle, 188)), NdisStatus.INVALID_DATA, "ADD-ALG-006");
    }

    @Test
    void entriesBeyondNumSasAreIgnored() {
        byte[] buffer = poke(b -> Arrays.fill(b, 80, 168, (byte) 0xA5));
        assertThat(decoder.addSa(buffer).value()).isEqualTo(Fixtures.outboundEsp());
    }

    @Test
    void roundsAndReservedAreIgnored() {
        byte[] buffer = poke(b -> {
            Bytes.put32le(b, 36 + SaImage.INTEGRITY + 8, 16);
            Arrays.fill(b, 36 + SaImage.RESERVED, 36 + SaImage.RESERVED + 12, (byte) 0x5A);
        });
        assertThat(decoder.addSa(buffer).value()).isEqualTo(Fixtures.outboundEsp());
    }

    @Test
    void filterRulesAreEnforced() {
        assertRejected(reject(poke(b -> Bytes.put32le(b, AddSaLayout.PROTOCOL, 256))), NdisStatus.INVALID_DATA, "FLT-VAL-001");
        assertRejected(reject(poke(b -> Bytes.put32be(b, AddSaLayout.SRC_MASK, 0xFF00FF00))), NdisStatus.INVALID_DATA, "FLT-VAL-002");
        assertRejected(reject(poke(b -> Bytes.put32le(b, AddSaLayout.PROTOCOL, 1))), NdisStatus.INVALID_DATA, "FLT-VAL-003");
    }

    @Test
    void oneTunnelAddressAloneIsInvalid() {
        assertRejected(reject(poke(b -> Bytes.put32be(b, AddSaLayout.SRC_TUNNEL_ADDR, 0x01020304))), NdisStatus.INVALID_DATA, "ADD-TUN-001");
    }

    @Test
    void tripleDesKeyThatIsSingleDesIsInvalidEvenWhenOnlyParityDiffers() {
        byte[] buffer = poke(b -> {
            System.arraycopy(b, 180, b, 188, 8);
            b[188] ^= 1;
        });
        assertRejected(reject(buffer), NdisStatus.INVALID_DATA, "ADD-KEY-004");
    }

    @Test
    void weakDesKeysAreRejectedOnlyWhenConfigured() {
        SecurityAssociation weak = new SecurityAssociation(Fixtures.espDesOnly(1).parameters(),
                KeyMaterial.copyOf(new byte[] {1, 1, 1, 1, 1, 1, 1, 0}), KeyMaterial.empty());
        byte[] buffer = encoder.addSa(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.INBOUND, List.of(weak, Fixtures.ahMd5(2))));
        assertThat(decoder.addSa(buffer).isAccepted()).isTrue();
        assertRejected(((Decoded.Rejected<AddSaRequest>) new RequestDecoder(X64, true).addSa(buffer)).rejection(), NdisStatus.INVALID_DATA,
                "ADD-KEY-005");
    }

    @Test
    void keyOrderDecidesWhichBytesAreWhichKey() {
        Profile integrityFirst = new Profile(KeyOrder.INTEGRITY_FIRST, BytesNeededMode.TOTAL, Abi.X64);
        byte[] buffer = new RequestEncoder(integrityFirst).addSa(Fixtures.outboundEsp());
        assertThat(buffer[180]).as("integrity key first").isEqualTo((byte) 0x80);
        assertThat(new RequestDecoder(integrityFirst, false).addSa(buffer).value()).isEqualTo(Fixtures.outboundEsp());
        assertThat(decoder.addSa(buffer).value()).isNotEqualTo(Fixtures.outboundEsp());
    }

    @Test
    void firstFailingCheckDecidesAmongSeveralFaults() {
        byte[] flagsAndProtocol = poke(b -> {
            Bytes.put16le(b, AddSaLayout.FLAGS, 0);
            Bytes.put32le(b, AddSaLayout.PROTOCOL, 999);
        });
        assertRejected(reject(flagsAndProtocol), NdisStatus.INVALID_DATA, "ADD-FLG-001");
        byte[] shortAndBadFlags = Arrays.copyOf(poke(b -> Bytes.put16le(b, AddSaLayout.FLAGS, 0)), 200);
        assertRejected(reject(shortAndBadFlags), NdisStatus.INVALID_LENGTH, "ADD-LEN-003");
    }

    @ParameterizedTest
    @EnumSource(Abi.class)
    void deleteNeedsOneHandle(Abi abi) {
        Profile profile = new Profile(KeyOrder.CONF_FIRST, BytesNeededMode.TOTAL, abi);
        RequestDecoder d = new RequestDecoder(profile, false);
        byte[] buffer = new RequestEncoder(profile).deleteSa(0x0102030405060708L);
        long expected = abi == Abi.X64 ? 0x0102030405060708L : 0x05060708L;
        assertThat(d.deleteSa(buffer)).isEqualTo(new Decoded.Accepted<>(new io.sakit.spec.model.DeleteSaRequest(expected), abi.handleSize()));
        Rejection rejection = ((Decoded.Rejected<?>) d.deleteSa(Arrays.copyOf(buffer, abi.handleSize() - 1))).rejection();
        assertRejected(rejection, NdisStatus.INVALID_LENGTH, "DEL-LEN-001");
        assertThat(rejection.bytesNeeded()).isEqualTo(abi.handleSize());
    }

    @Test
    void udpEspRulesAreEnforced() {
        AddSaRequest esp = new AddSaRequest(new Filter(0, 0, 0, 0, 17, 0, 0), Tunnel.NONE, Direction.INBOUND, List.of(Fixtures.esp3desSha(9)));
        UdpEspAddRequest request = new UdpEspAddRequest(esp, UdpEncapType.OTHER, 4500, 0);
        byte[] buffer = encoder.addUdpEspSa(request);
        assertThat(decoder.addUdpEspSa(buffer).value()).isEqualTo(request);

        byte[] tcp = buffer.clone();
        Bytes.put32le(tcp, AddSaLayout.PROTOCOL, 6);
        assertThat(((Decoded.Rejected<?>) decoder.addUdpEspSa(tcp)).rejection().requirementId()).isEqualTo("UDP-PRO-001");
        byte[] noPort = buffer.clone();
        Bytes.put16be(noPort, AddSaLayout.ADD_UDPESP_SA.encapEntry(Abi.X64) + 4, 0);
        assertThat(((Decoded.Rejected<?>) decoder.addUdpEspSa(noPort)).rejection().requirementId()).isEqualTo("UDP-ENC-002");
        byte[] badType = buffer.clone();
        Bytes.put32le(badType, AddSaLayout.ADD_UDPESP_SA.encapEntry(Abi.X64), 2);
        assertThat(((Decoded.Rejected<?>) decoder.addUdpEspSa(badType)).rejection().requirementId()).isEqualTo("UDP-ENC-001");
        Rejection shortBuffer = ((Decoded.Rejected<?>) decoder.addUdpEspSa(Arrays.copyOf(buffer, 195))).rejection();
        assertThat(shortBuffer.bytesNeeded()).isEqualTo(196);
    }
}
