package io.sakit.testkit.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Ipv4;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.Operation;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import io.sakit.testkit.framing.Bundle;
import io.sakit.testkit.framing.Bundles;
import io.sakit.testkit.framing.FrameOptions;
import io.sakit.testkit.framing.Framer;
import io.sakit.testkit.packet.Ipv4Header;
import io.sakit.testkit.packet.Ipv4Option;
import io.sakit.testkit.packet.Octets;
import io.sakit.testkit.packet.Payload;
import io.sakit.testkit.packet.PlainPacket;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * One AH and one ESP transport packet worked by hand: the framed bytes, the exact bytes each ICV covers (SPEC.md
 * 9.3, 9.4) and the results, computed here with the JDK's Mac and Cipher directly and pinned to values computed
 * outside Java (Python hmac, OpenSSL 3 legacy DES).
 */
class HandWorkedPacketTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final int SOURCE = Ipv4.parse("192.0.2.1");
    private static final int DESTINATION = Ipv4.parse("192.0.2.2");
    private static final Octets UDP_SEGMENT = Octets.hex("04d2 0035 000c 0000 61626364");
    private static final byte[] AH_KEY = HEX.parseHex("0102030405060708090a0b0c0d0e0f1011121314");
    private static final byte[] DES_KEY = HEX.parseHex("0123456789abcdef");
    private static final byte[] MD5_KEY = HEX.parseHex("101112131415161718191a1b1c1d1e1f");
    private static final byte[] IV = HEX.parseHex("1122334455667788");

    @Test
    void ahTransportIcvCoversTheZeroedHeaderTheAhHeaderAndTheData() throws Exception {
        Ipv4Header header = new Ipv4Header(0x10, 0x1234, 0x4000, 64, 17, SOURCE, DESTINATION, List.of(Ipv4Option.routerAlert(), Ipv4Option.recordRoute(1)));
        SecurityAssociation ah = new SecurityAssociation(new SaParameters(Operation.AUTHENTICATE, 0x100, ConfAlgorithm.NONE, IntegrityAlgorithm.SHA1),
                KeyMaterial.empty(), KeyMaterial.copyOf(AH_KEY));
        Bundle outbound = Bundle.plain(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.OUTBOUND, List.of(ah)));
        byte[] framed = new Framer(FrameOptions.DEFAULT).frame(PlainPacket.of(header, new Payload.Raw(17, UDP_SEGMENT)).bytes(), Bundles.of(outbound)).packet();

        assertThat(HEX.formatHex(framed)).isEqualTo("4810004412344000" + "40330234" + "c0000201c0000202" + "94040000" + "07070400000000" + "00"
                + "11040000" + "00000100" + "00000001" + "000000000000000000000000" + "04d20035000c000061626364");
        String icvInput = "4800004412340000" + "00330000" + "c0000201c0000202" + "94040000" + "00000000000000" + "00"
                + "11040000" + "00000100" + "00000001" + "000000000000000000000000" + "04d20035000c000061626364";
        assertThat(HEX.formatHex(AhIcv.input(framed, 0, framed.length, 32)))
                .as("TOS, flags and offset, TTL and checksum zeroed; Router Alert kept; Record Route zeroed; ICV zeroed").isEqualTo(icvInput);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(AH_KEY, "HmacSHA1"));
        String icv = HEX.formatHex(mac.doFinal(HEX.parseHex(icvInput)), 0, 12);
        assertThat(icv).isEqualTo("641461f562219b3776de0dbf");

        TransmitResult sent = new Sender(IvSource.secureRandom(), DataPathFeatures.ALL).protect(framed, Bundles.of(outbound));
        assertThat(sent.status()).isEqualTo(NdisStatus.SUCCESS.code());
        assertThat(HEX.formatHex(sent.packet())).isEqualTo(HEX.formatHex(framed).replace("000000000000000000000000" + "04d2", icv + "04d2"));

        ReceiveResult received = receiverOf(ah, null).receive(sent.packet());
        assertThat(received.info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        assertThat(received.packet()).isEqualTo(sent.packet());
    }

    @Test
    void espTransportEncryptsTheRegionAndAuthenticatesHeaderIvAndCiphertext() throws Exception {
        Ipv4Header header = new Ipv4Header(0, 1, 0, 64, 17, SOURCE, DESTINATION, List.of());
        SecurityAssociation esp = new SecurityAssociation(new SaParameters(Operation.ENCRYPT, 0x200, ConfAlgorithm.DES, IntegrityAlgorithm.MD5),
                KeyMaterial.copyOf(DES_KEY), KeyMaterial.copyOf(MD5_KEY));
        Bundle outbound = Bundle.plain(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.OUTBOUND, List.of(esp)));
        byte[] framed = new Framer(FrameOptions.DEFAULT.withSequence(5)).frame(PlainPacket.of(header, new Payload.Raw(17, UDP_SEGMENT)).bytes(),
                Bundles.of(outbound)).packet();

        String ipHeader = "45000040000100004032f687c0000201c0000202";
        String region = "04d20035000c000061626364" + "0102" + "02" + "11";
        assertThat(HEX.formatHex(framed)).as("SPI, sequence, zero IV, payload, padding 1 2, Pad Length 2, Next Header 17, zero ICV")
                .isEqualTo(ipHeader + "00000200" + "00000005" + "0000000000000000" + region + "000000000000000000000000");

        Cipher des = Cipher.getInstance("DES/CBC/NoPadding");
        des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(DES_KEY, "DES"), new IvParameterSpec(IV));
        String ciphertext = HEX.formatHex(des.doFinal(HEX.parseHex(region)));
        assertThat(ciphertext).isEqualTo("4df4287858502f1277b0382e32a9cb86");
        Mac mac = Mac.getInstance("HmacMD5");
        mac.init(new SecretKeySpec(MD5_KEY, "HmacMD5"));
        String icv = HEX.formatHex(mac.doFinal(HEX.parseHex("00000200" + "00000005" + HEX.formatHex(IV) + ciphertext)), 0, 12);
        assertThat(icv).isEqualTo("0a301652c6c744380deeea3e");

        TransmitResult sent = new Sender(IvSource.fixedForKnownAnswerTests(IV), DataPathFeatures.ALL).protect(framed, Bundles.of(outbound));
        assertThat(HEX.formatHex(sent.packet())).isEqualTo(ipHeader + "00000200" + "00000005" + HEX.formatHex(IV) + ciphertext + icv);

        ReceiveResult received = receiverOf(null, esp).receive(sent.packet());
        assertThat(received.info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        assertThat(HEX.formatHex(received.packet())).as("R decrypted in place; header, IV and ICV kept")
                .isEqualTo(ipHeader + "00000200" + "00000005" + HEX.formatHex(IV) + region + icv);
    }

    private static Receiver receiverOf(SecurityAssociation ah, SecurityAssociation esp) {
        SecurityAssociation sa = ah != null ? ah : esp;
        Filter toDestination = new Filter(0, 0, DESTINATION, 0, 0, 0, 0);
        Bundle inbound = Bundle.plain(new AddSaRequest(toDestination, Tunnel.NONE, Direction.INBOUND, List.of(sa)));
        return new Receiver(List.of(inbound), DataPathFeatures.ALL);
    }
}
