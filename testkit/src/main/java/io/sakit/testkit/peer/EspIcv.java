package io.sakit.testkit.peer;

import io.sakit.spec.model.SecurityAssociation;
import io.sakit.testkit.framing.EspFields;
import io.sakit.testkit.framing.Span;

/** The ESP ICV of SPEC.md 9.4: HMAC-96 under the ESP integrity key over bytes q to e − icvLen (header, IV, ciphertext). */
public final class EspIcv {

    private EspIcv() {
    }

    /** Returns the ICV of the ESP layer at {@code fields} of {@code packet}; the SA must have an integrity algorithm. */
    public static byte[] compute(SecurityAssociation esp, byte[] packet, EspFields fields) {
        Span coverage = fields.icvCoverage();
        return Hmac96.icv(esp.parameters().integrity(), esp.integrityKey(), packet, coverage.offset(), coverage.length());
    }
}
