package io.sakit.reference.transform;

import io.sakit.reference.packet.IpsecHeaders;
import io.sakit.reference.packet.Ipv4Header;
import io.sakit.reference.packet.Ipv4Options;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The AH ICV of SPEC.md 9.3 under one AH SA's key: HMAC-96 over the IPv4 header with Type of Service, Flags
 * and Fragment Offset, Time to Live, Header Checksum and every mutable option zeroed, then the AH header with
 * its ICV zeroed, then the rest of the datagram as it is. Only the two headers (at most 84 bytes) are copied,
 * into a buffer of this SA; the packet itself is read in place. Not thread-safe: used under the bundle's
 * monitor.
 */
final class AhIcv implements Destroyable {

    private static final int MAX_IPV4_HEADER = 60;
    private static final int TYPE_OF_SERVICE = 1;
    private static final int FLAGS_AND_FRAGMENT_OFFSET = 6;
    private static final int TIME_TO_LIVE = 8;
    private static final int HEADER_CHECKSUM = 10;

    private final Hmac96 hmac;
    private final byte[] headers = new byte[MAX_IPV4_HEADER + IpsecHeaders.AH_LENGTH];

    AhIcv(Hmac96 hmac) {
        this.hmac = hmac;
    }

    /** Computes the ICV of the datagram [h, e), whose AH header follows its IPv4 header, and writes it into the AH ICV field. */
    void write(byte[] b, int h, int e) {
        hmac.finishInto(b, digest(b, h, e));
    }

    /** Returns whether the AH ICV field of the datagram [h, e) holds its ICV; compared in constant time. */
    boolean verify(byte[] b, int h, int e) {
        return hmac.finishAndCompare(b, digest(b, h, e));
    }

    private int digest(byte[] b, int h, int e) {
        int headerLength = Ipv4Header.payloadOffset(b, h) - h;
        int length = headerLength + IpsecHeaders.AH_LENGTH;
        System.arraycopy(b, h, headers, 0, length);
        headers[TYPE_OF_SERVICE] = 0;
        headers[FLAGS_AND_FRAGMENT_OFFSET] = 0;
        headers[FLAGS_AND_FRAGMENT_OFFSET + 1] = 0;
        headers[TIME_TO_LIVE] = 0;
        headers[HEADER_CHECKSUM] = 0;
        headers[HEADER_CHECKSUM + 1] = 0;
        Ipv4Options.zeroMutable(headers, Ipv4Header.MIN_LENGTH, headerLength);
        Arrays.fill(headers, headerLength + IpsecHeaders.AH_ICV_OFFSET, length, (byte) 0);
        hmac.update(headers, 0, length);
        hmac.update(b, h + length, e - h - length);
        return h + headerLength + IpsecHeaders.AH_ICV_OFFSET;
    }

    /** Wipes the key the HMAC holds. */
    @Override
    public void destroy() {
        hmac.destroy();
        Arrays.fill(headers, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return hmac.isDestroyed();
    }
}
