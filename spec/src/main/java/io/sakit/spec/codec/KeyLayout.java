package io.sakit.spec.codec;

import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.profile.KeyOrder;
import java.util.List;

/**
 * The layout of KeyMat (decisions A1 and A1b): the keys of SecAssoc[0], then those of SecAssoc[1]; within
 * one SA the confidentiality and integrity keys in the profile's order.
 */
public final class KeyLayout {

    private KeyLayout() {
    }

    /** Returns the KeyMat bytes for these SAs under {@code order}. */
    public static byte[] join(List<SecurityAssociation> sas, KeyOrder order) {
        int total = 0;
        for (SecurityAssociation sa : sas) {
            total += sa.parameters().keyLength();
        }
        byte[] keyMat = new byte[total];
        int offset = 0;
        for (SecurityAssociation sa : sas) {
            KeyMaterial first = order == KeyOrder.CONF_FIRST ? sa.confKey() : sa.integrityKey();
            KeyMaterial second = order == KeyOrder.CONF_FIRST ? sa.integrityKey() : sa.confKey();
            first.copyInto(keyMat, offset);
            offset += first.length();
            second.copyInto(keyMat, offset);
            offset += second.length();
        }
        return keyMat;
    }

    /** Returns the KeyLen these SAs need: the sum of every used algorithm's key length. */
    public static int length(List<SaParameters> parameters) {
        int total = 0;
        for (SaParameters sa : parameters) {
            total += sa.keyLength();
        }
        return total;
    }

    /**
     * Splits KeyMat into the SAs' keys under {@code order} and builds the SAs, which checks the key values.
     *
     * @throws io.sakit.spec.model.RuleViolation ADD-KEY-004 for a 3DES key that is single DES
     * @throws IllegalArgumentException when KeyMat is shorter than the parameters need
     */
    public static List<SecurityAssociation> split(byte[] keyMat, List<SaParameters> parameters, KeyOrder order) {
        return split(keyMat, 0, parameters, order);
    }

    /**
     * Splits the KeyMat that starts at {@code offset} of {@code buffer} and runs to its end, as {@link #split(byte[], List, KeyOrder)}
     * does, copying each key once straight out of the buffer.
     *
     * @throws io.sakit.spec.model.RuleViolation ADD-KEY-004 for a 3DES key that is single DES
     * @throws IllegalArgumentException when KeyMat is shorter than the parameters need
     */
    public static List<SecurityAssociation> split(byte[] buffer, int offset, List<SaParameters> parameters, KeyOrder order) {
        SecurityAssociation[] sas = new SecurityAssociation[parameters.size()];
        int at = offset;
        for (int i = 0; i < sas.length; i++) {
            SaParameters sa = parameters.get(i);
            int confLength = sa.conf().keyLength();
            int integrityLength = sa.integrity().keyLength();
            int confOffset = order == KeyOrder.CONF_FIRST ? at : at + integrityLength;
            int integrityOffset = order == KeyOrder.CONF_FIRST ? at + confLength : at;
            if (at + confLength + integrityLength > buffer.length) {
                throw new IllegalArgumentException("KeyMat of " + (buffer.length - offset) + " bytes is too short for " + parameters);
            }
            sas[i] = new SecurityAssociation(sa, KeyMaterial.copyOfRange(buffer, confOffset, confLength),
                    KeyMaterial.copyOfRange(buffer, integrityOffset, integrityLength));
            at += confLength + integrityLength;
        }
        return List.of(sas);
    }
}
