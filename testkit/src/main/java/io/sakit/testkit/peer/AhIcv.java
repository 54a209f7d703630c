package io.sakit.testkit.peer;

import io.sakit.spec.model.SecurityAssociation;
import io.sakit.testkit.framing.AhFields;
import io.sakit.testkit.packet.OptionList;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The AH ICV of SPEC.md 9.3: HMAC-96 under the AH key over the IPv4 header with its mutable fields and mutable
 * options zeroed, the AH header with its ICV zeroed, and the bytes from a+24 to the end of the layer.
 */
public final class AhIcv {

    private AhIcv() {
    }

    /** Returns the ICV for the layer whose IPv4 header is at {@code h}, which ends at {@code e}, with AH right after the header at {@code a}. */
    public static byte[] compute(SecurityAssociation ah, byte[] packet, int h, int e, int a) {
        return compute(ah, packet, h, e, a, packet);
    }

    /** Returns the ICV over {@link #input(byte[], int, int, int, byte[])}. */
    public static byte[] compute(SecurityAssociation ah, byte[] packet, int h, int e, int a, byte[] optionSource) {
        byte[] input = input(packet, h, e, a, optionSource);
        return Hmac96.icv(ah.parameters().integrity(), ah.integrityKey(), input, 0, input.length);
    }

    /**
     * Returns the bytes the AH ICV covers, in order: the IPv4 header with TOS, flags and fragment offset, TTL,
     * header checksum and every mutable option zeroed; the 24-byte AH header with the ICV zeroed; bytes a+24 to e.
     *
     * @throws IllegalArgumentException when the header's option list is malformed (it has no defined mutable extent)
     */
    public static byte[] input(byte[] packet, int h, int e, int a) {
        return input(packet, h, e, a, packet);
    }

    /**
     * Returns the bytes the AH ICV covers as {@link #input(byte[], int, int, int)}, the IPv4 header being h to a and its
     * options classified as they are in {@code optionSource}: the verifier reads them from the framed packet, so that
     * an adapter that changed a header byte is judged by the header the transport built.
     */
    public static byte[] input(byte[] packet, int h, int e, int a, byte[] optionSource) {
        ByteArrayOutputStream input = new ByteArrayOutputStream(e - h);
        input.writeBytes(zeroedHeader(packet, h, a, optionSource));
        byte[] ah = Arrays.copyOfRange(packet, a, a + AhFields.LENGTH);
        Arrays.fill(ah, 12, AhFields.LENGTH, (byte) 0);
        input.writeBytes(ah);
        input.write(packet, a + AhFields.LENGTH, e - a - AhFields.LENGTH);
        return input.toByteArray();
    }

    private static byte[] zeroedHeader(byte[] packet, int h, int a, byte[] optionSource) {
        byte[] header = Arrays.copyOfRange(packet, h, a);
        header[1] = 0;
        header[6] = 0;
        header[7] = 0;
        header[8] = 0;
        header[10] = 0;
        header[11] = 0;
        var options = OptionList.parse(optionSource, h, a).orElseThrow(() -> new IllegalArgumentException("malformed IPv4 option list at " + h));
        for (OptionList.Extent option : options) {
            if (option.mutable()) {
                Arrays.fill(header, option.offset() - h, option.offset() - h + option.length(), (byte) 0);
            }
        }
        return header;
    }
}
