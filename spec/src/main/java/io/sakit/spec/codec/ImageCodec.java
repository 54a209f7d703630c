package io.sakit.spec.codec;

import io.sakit.spec.profile.Abi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes raw images to information buffers and reads them back, byte-exactly, for both ABIs.
 *
 * <p>Encoding never validates: any image, however malformed, becomes the buffer a transport with that
 * bug would send. Reading requires the buffer to reach KeyMat and reads at most KeyLen key bytes.
 */
public final class ImageCodec {

    private ImageCodec() {
    }

    /** Returns the OFFLOAD_IPSEC_ADD_SA buffer for {@code image}: KeyMat offset plus the image's key bytes. */
    public static byte[] encode(AddSaImage image, Abi abi) {
        return encode(image, AddSaLayout.ADD_SA, abi);
    }

    /** Returns the OFFLOAD_IPSEC_ADD_UDPESP_SA buffer for {@code image}. */
    public static byte[] encode(UdpEspImage image, Abi abi) {
        byte[] buffer = encode(image.common(), AddSaLayout.ADD_UDPESP_SA, abi);
        int entry = AddSaLayout.ADD_UDPESP_SA.encapEntry(abi);
        Bytes.put32le(buffer, entry, image.encapType());
        Bytes.put16be(buffer, entry + 4, image.destinationEncapPort());
        Bytes.putHandle(buffer, AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(abi), abi, image.encapEntryHandle());
        return buffer;
    }

    private static byte[] encode(AddSaImage image, AddSaLayout layout, Abi abi) {
        byte[] keys = image.keyMaterial();
        byte[] buffer = new byte[layout.keyMaterial(abi) + keys.length];
        Bytes.put32be(buffer, AddSaLayout.SRC_ADDR, image.sourceAddress());
        Bytes.put32be(buffer, AddSaLayout.SRC_MASK, image.sourceMask());
        Bytes.put32be(buffer, AddSaLayout.DEST_ADDR, image.destinationAddress());
        Bytes.put32be(buffer, AddSaLayout.DEST_MASK, image.destinationMask());
        Bytes.put32le(buffer, AddSaLayout.PROTOCOL, image.protocol());
        Bytes.put16be(buffer, AddSaLayout.SRC_PORT, image.sourcePort());
        Bytes.put16be(buffer, AddSaLayout.DEST_PORT, image.destinationPort());
        Bytes.put32be(buffer, AddSaLayout.SRC_TUNNEL_ADDR, image.sourceTunnelAddress());
        Bytes.put32be(buffer, AddSaLayout.DEST_TUNNEL_ADDR, image.destinationTunnelAddress());
        Bytes.put16le(buffer, AddSaLayout.FLAGS, image.flags());
        Bytes.put16le(buffer, AddSaLayout.NUM_SAS, image.numSas());
        for (int i = 0; i < AddSaLayout.MAX_SAS; i++) {
            writeSa(buffer, AddSaLayout.securityAssociation(i), image.securityAssociation(i));
        }
        Bytes.putHandle(buffer, AddSaLayout.OFFLOAD_HANDLE, abi, image.offloadHandle());
        Bytes.put32le(buffer, layout.keyLength(abi), image.keyLength());
        System.arraycopy(keys, 0, buffer, layout.keyMaterial(abi), keys.length);
        Arrays.fill(keys, (byte) 0);
        return buffer;
    }

    private static void writeSa(byte[] buffer, int offset, SaImage sa) {
        Bytes.put32le(buffer, offset + SaImage.OPERATION, sa.operation());
        Bytes.put32be(buffer, offset + SaImage.SPI, sa.spi());
        writeAlgo(buffer, offset + SaImage.INTEGRITY, sa.integrity());
        writeAlgo(buffer, offset + SaImage.CONF, sa.conf());
        writeAlgo(buffer, offset + SaImage.RESERVED, sa.reserved());
    }

    private static void writeAlgo(byte[] buffer, int offset, AlgoImage algo) {
        Bytes.put32le(buffer, offset, algo.identifier());
        Bytes.put32le(buffer, offset + 4, algo.keyLength());
        Bytes.put32le(buffer, offset + 8, algo.rounds());
    }

    /**
     * Reads the OFFLOAD_IPSEC_ADD_SA image from {@code buffer}.
     *
     * @throws IllegalArgumentException when the buffer does not reach KeyMat
     */
    public static AddSaImage read(byte[] buffer, Abi abi) {
        return read(buffer, AddSaLayout.ADD_SA, abi);
    }

    /**
     * Reads the OFFLOAD_IPSEC_ADD_UDPESP_SA image from {@code buffer}.
     *
     * @throws IllegalArgumentException when the buffer does not reach KeyMat
     */
    public static UdpEspImage readUdpEsp(byte[] buffer, Abi abi) {
        AddSaImage common = read(buffer, AddSaLayout.ADD_UDPESP_SA, abi);
        int entry = AddSaLayout.ADD_UDPESP_SA.encapEntry(abi);
        return new UdpEspImage(common, Bytes.u32le(buffer, entry), Bytes.u16be(buffer, entry + 4),
                Bytes.handle(buffer, AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(abi), abi));
    }

    private static AddSaImage read(byte[] buffer, AddSaLayout layout, Abi abi) {
        int keyMatOffset = layout.keyMaterial(abi);
        if (buffer.length < keyMatOffset) {
            throw new IllegalArgumentException("buffer of " + buffer.length + " bytes does not reach KeyMat at " + keyMatOffset);
        }
        List<SaImage> sas = new ArrayList<>(AddSaLayout.MAX_SAS);
        for (int i = 0; i < AddSaLayout.MAX_SAS; i++) {
            sas.add(readSa(buffer, AddSaLayout.securityAssociation(i)));
        }
        int keyLength = Bytes.u32le(buffer, layout.keyLength(abi));
        long present = Math.min(Integer.toUnsignedLong(keyLength), buffer.length - (long) keyMatOffset);
        byte[] keys = Arrays.copyOfRange(buffer, keyMatOffset, keyMatOffset + (int) present);
        AddSaImage image = new AddSaImage(Bytes.u32be(buffer, AddSaLayout.SRC_ADDR), Bytes.u32be(buffer, AddSaLayout.SRC_MASK),
                Bytes.u32be(buffer, AddSaLayout.DEST_ADDR), Bytes.u32be(buffer, AddSaLayout.DEST_MASK), Bytes.u32le(buffer, AddSaLayout.PROTOCOL),
                Bytes.u16be(buffer, AddSaLayout.SRC_PORT), Bytes.u16be(buffer, AddSaLayout.DEST_PORT),
                Bytes.u32be(buffer, AddSaLayout.SRC_TUNNEL_ADDR), Bytes.u32be(buffer, AddSaLayout.DEST_TUNNEL_ADDR),
                Bytes.u16le(buffer, AddSaLayout.FLAGS), (short) Bytes.u16le(buffer, AddSaLayout.NUM_SAS), sas,
                Bytes.handle(buffer, AddSaLayout.OFFLOAD_HANDLE, abi), keyLength, keys);
        Arrays.fill(keys, (byte) 0);
        return image;
    }

    private static SaImage readSa(byte[] buffer, int offset) {
        return new SaImage(Bytes.u32le(buffer, offset + SaImage.OPERATION), Bytes.u32be(buffer, offset + SaImage.SPI),
                readAlgo(buffer, offset + SaImage.INTEGRITY), readAlgo(buffer, offset + SaImage.CONF), readAlgo(buffer, offset + SaImage.RESERVED));
    }

    private static AlgoImage readAlgo(byte[] buffer, int offset) {
        return new AlgoImage(Bytes.u32le(buffer, offset), Bytes.u32le(buffer, offset + 4), Bytes.u32le(buffer, offset + 8));
    }
}
