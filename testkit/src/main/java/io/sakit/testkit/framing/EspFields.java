package io.sakit.testkit.framing;

import java.util.Objects;

/**
 * Where the ESP fields of a layer are (SPEC.md 9.4): the header at q (SPI at q, sequence number at q+4), the
 * IV from q+8 (empty for NULL), the encrypted region R from r = q + 8 + ivLen to e − icvLen, and the ICV (empty
 * when ESP integrity is NONE).
 */
public record EspFields(int offset, Span iv, Span encrypted, Span icv) {

    /** Requires the IV at q+8, R right after it and the ICV right after R. */
    public EspFields {
        Objects.requireNonNull(iv, "iv");
        Objects.requireNonNull(encrypted, "encrypted");
        Objects.requireNonNull(icv, "icv");
        if (iv.offset() != offset + 8 || encrypted.offset() != iv.end() || icv.offset() != encrypted.end()) {
            throw new IllegalArgumentException("ESP fields out of order: q " + offset + ", IV " + iv + ", R " + encrypted + ", ICV " + icv);
        }
    }

    /** Returns the fields of ESP at {@code offset} with the given lengths of IV, R and ICV. */
    public static EspFields at(int offset, int ivLength, int encryptedLength, int icvLength) {
        Span iv = new Span(offset + 8, ivLength);
        Span encrypted = new Span(iv.end(), encryptedLength);
        return new EspFields(offset, iv, encrypted, new Span(encrypted.end(), icvLength));
    }

    /** Returns the bytes the ESP ICV covers: q to e − icvLen (ESP header, IV, ciphertext). */
    public Span icvCoverage() {
        return new Span(offset, icv.offset() - offset);
    }

    /** Returns the offset of the Pad Length byte: the second-last byte of R. */
    public int padLengthOffset() {
        return encrypted.end() - 2;
    }

    /** Returns the offset of the Next Header byte: the last byte of R. */
    public int nextHeaderOffset() {
        return encrypted.end() - 1;
    }

    /** Returns these fields moved by {@code delta} bytes. */
    public EspFields shifted(int delta) {
        return new EspFields(offset + delta, iv.shifted(delta), encrypted.shifted(delta), icv.shifted(delta));
    }
}
