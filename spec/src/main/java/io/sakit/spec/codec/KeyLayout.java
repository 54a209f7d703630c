package io.sakit.spec.codec;

import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.SaParameters;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.profile.KeyOrder;
import java.util.ArrayList;
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
        int total = sas.stream().mapToInt(sa -> sa.parameters().keyLength()).sum();
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

    /**
     * Splits KeyMat into the SAs' keys under {@code order} and builds the SAs, which checks the key values.
     *
     * @throws io.sakit.spec.model.RuleViolation ADD-KEY-004 for a 3DES key that is single DES
     * @throws IllegalArgumentException when KeyMat is shorter than the parameters need
     */
    public static List<SecurityAssociation> split(byte[] keyMat, List<SaParameters> parameters, KeyOrder order) {
        List<SecurityAssociation> sas = new ArrayList<>(parameters.size());
        int offset = 0;
        for (SaParameters sa : parameters) {
            int confLength = sa.conf().keyLength();
            int integrityLength = sa.integrity().keyLength();
            int confOffset = order == KeyOrder.CONF_FIRST ? offset : offset + integrityLength;
            int integrityOffset = order == KeyOrder.CONF_FIRST ? offset + confLength : offset;
            if (offset + confLength + integrityLength > keyMat.length) {
                throw new IllegalArgumentException("KeyMat of " + keyMat.length + " bytes is too short for " + parameters);
            }
            sas.add(new SecurityAssociation(sa, KeyMaterial.copyOfRange(keyMat, confOffset, confLength),
                    KeyMaterial.copyOfRange(keyMat, integrityOffset, integrityLength)));
            offset += confLength + integrityLength;
        }
        return sas;
    }
}
