package io.sakit.spec.capability;

import io.sakit.spec.codec.Bytes;

/**
 * Encodes and decodes the capability structures byte-exactly: NDIS_IPSEC_OFFLOAD_V1 (28 bytes, 2-bit
 * fields holding NDIS_OFFLOAD_SUPPORTED = 1) and NDIS 5.1 NDIS_TASK_IPSEC (24 bytes, 1-bit fields).
 */
public final class CapabilityCodec {

    /** sizeof(NDIS_IPSEC_OFFLOAD_V1). */
    public static final int V1_SIZE = 28;
    /** sizeof(NDIS_TASK_IPSEC). */
    public static final int TASK_IPSEC_SIZE = 24;

    private static final int SUPPORTED = 1;

    private CapabilityCodec() {
    }

    /** Returns the 28-byte NDIS_IPSEC_OFFLOAD_V1 of {@code offload}. */
    public static byte[] encodeV1(IpsecOffloadV1 offload) {
        byte[] buffer = new byte[V1_SIZE];
        Bytes.put32le(buffer, 0, offload.encapsulation());
        Bytes.put32le(buffer, 4, offload.ahEspCombined() ? SUPPORTED : 0);
        Bytes.put32le(buffer, 8, offload.transportTunnelCombined() ? SUPPORTED : 0);
        Bytes.put32le(buffer, 12, offload.ipv4Options() ? SUPPORTED : 0);
        Bytes.put32le(buffer, 16, offload.udpEspFlags());
        AhSupport ah = offload.ah();
        Bytes.put32le(buffer, 20, fields(2, ah.md5(), ah.sha1(), ah.transport(), ah.tunnel(), ah.send(), ah.receive()));
        EspSupport esp = offload.esp();
        Bytes.put32le(buffer, 24, fields(2, esp.des(), esp.reserved(), esp.tripleDes(), esp.nullEsp(), esp.transport(), esp.tunnel(), esp.send(), esp.receive()));
        return buffer;
    }

    /**
     * Reads NDIS_IPSEC_OFFLOAD_V1.
     *
     * @throws IllegalArgumentException for a short buffer or a field holding neither 0 nor NDIS_OFFLOAD_SUPPORTED
     */
    public static IpsecOffloadV1 decodeV1(byte[] buffer) {
        requireLength(buffer, V1_SIZE, "NDIS_IPSEC_OFFLOAD_V1");
        boolean[] ah = bits(Bytes.u32le(buffer, 20), 2, 6, "IPv4AH");
        boolean[] esp = bits(Bytes.u32le(buffer, 24), 2, 8, "IPv4ESP");
        return new IpsecOffloadV1(Bytes.u32le(buffer, 0), flag(buffer, 4, "AhEspCombined"), flag(buffer, 8, "TransportTunnelCombined"),
                flag(buffer, 12, "IPv4Options"), Bytes.u32le(buffer, 16), new AhSupport(ah[0], ah[1], ah[2], ah[3], ah[4], ah[5]),
                new EspSupport(esp[0], esp[1], esp[2], esp[3], esp[4], esp[5], esp[6], esp[7]));
    }

    /** Returns the 24-byte NDIS 5.1 NDIS_TASK_IPSEC of {@code offload}; Encapsulation and UDP-ESP flags have no place there. */
    public static byte[] encodeTaskIpsec(IpsecOffloadV1 offload) {
        byte[] buffer = new byte[TASK_IPSEC_SIZE];
        Bytes.put32le(buffer, 0, offload.ahEspCombined() ? 1 : 0);
        Bytes.put32le(buffer, 4, offload.transportTunnelCombined() ? 1 : 0);
        Bytes.put32le(buffer, 8, offload.ipv4Options() ? 1 : 0);
        AhSupport ah = offload.ah();
        Bytes.put32le(buffer, 16, fields(1, ah.md5(), ah.sha1(), ah.transport(), ah.tunnel(), ah.send(), ah.receive()));
        EspSupport esp = offload.esp();
        Bytes.put32le(buffer, 20, fields(1, esp.des(), esp.reserved(), esp.tripleDes(), esp.nullEsp(), esp.transport(), esp.tunnel(), esp.send(), esp.receive()));
        return buffer;
    }

    /**
     * Reads NDIS_TASK_IPSEC; the result carries Ethernet encapsulation and no UDP-ESP flags, which NDIS 5.1 cannot express.
     *
     * @throws IllegalArgumentException for a short buffer
     */
    public static IpsecOffloadV1 decodeTaskIpsec(byte[] buffer) {
        requireLength(buffer, TASK_IPSEC_SIZE, "NDIS_TASK_IPSEC");
        boolean[] ah = bits(Bytes.u32le(buffer, 16), 1, 6, "V4AH");
        boolean[] esp = bits(Bytes.u32le(buffer, 20), 1, 8, "V4ESP");
        return new IpsecOffloadV1(IpsecOffloadV1.ENCAPSULATION_IEEE_802_3, Bytes.u32le(buffer, 0) != 0, Bytes.u32le(buffer, 4) != 0,
                Bytes.u32le(buffer, 8) != 0, 0, new AhSupport(ah[0], ah[1], ah[2], ah[3], ah[4], ah[5]),
                new EspSupport(esp[0], esp[1], esp[2], esp[3], esp[4], esp[5], esp[6], esp[7]));
    }

    private static int fields(int width, boolean... values) {
        int word = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i]) {
                word |= SUPPORTED << (i * width);
            }
        }
        return word;
    }

    private static boolean[] bits(int word, int width, int count, String member) {
        boolean[] values = new boolean[count];
        int fieldMask = (1 << width) - 1;
        for (int i = 0; i < count; i++) {
            int value = (word >>> (i * width)) & fieldMask;
            if (value > SUPPORTED) {
                throw new IllegalArgumentException(member + " field " + i + " holds " + value + "; must be 0 or NDIS_OFFLOAD_SUPPORTED (1)");
            }
            values[i] = value == SUPPORTED;
        }
        if ((word >>> (count * width)) != 0) {
            throw new IllegalArgumentException(member + " sets bits beyond its fields: 0x" + Integer.toHexString(word));
        }
        return values;
    }

    private static boolean flag(byte[] buffer, int offset, String member) {
        int value = Bytes.u32le(buffer, offset);
        if (value != 0 && value != SUPPORTED) {
            throw new IllegalArgumentException("Supported." + member + " holds " + Integer.toUnsignedString(value) + "; must be 0 or 1");
        }
        return value == SUPPORTED;
    }

    private static void requireLength(byte[] buffer, int size, String structure) {
        if (buffer.length < size) {
            throw new IllegalArgumentException(structure + " needs " + size + " bytes, got " + buffer.length);
        }
    }
}
