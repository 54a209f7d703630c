package io.sakit.reference.transform;

import io.sakit.reference.sadb.Bundle;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.SaParameters;
import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * The crypto state of one bundle: its {@link BundleShape} and its transforms (SPEC.md 9.2 to 9.4), created
 * once per bundle through {@link Bundle#crypto} and keyed once, in the bundle's direction. Every method other
 * than {@link #shape()} must be called while holding the bundle's {@link Bundle#monitor()}, which also keeps a delete (and so
 * {@link #destroy()}) from running in between.
 */
public final class BundleCrypto implements Destroyable {

    private final BundleShape shape;
    private final EspTransform esp;
    private final AhIcv ah;

    private BundleCrypto(BundleShape shape, EspTransform esp, AhIcv ah) {
        this.shape = shape;
        this.esp = esp;
        this.ah = ah;
    }

    /**
     * Returns the crypto state of {@code bundle}, creating it on first use, or null when the bundle was deleted.
     * The caller holds the bundle's monitor, so the state stays keyed until the caller releases it.
     */
    public static BundleCrypto ofLive(Bundle bundle) {
        return bundle.isDeleted() ? null : bundle.crypto(BundleCrypto.class, BundleCrypto::create);
    }

    private static BundleCrypto create(Bundle bundle) {
        BundleShape shape = BundleShape.of(bundle);
        EspTransform esp = null;
        if (shape.hasEsp()) {
            SaParameters sa = bundle.parameters(0);
            boolean encrypting = bundle.direction() == Direction.OUTBOUND;
            CbcCipher cipher = shape.ivLength() == 0 ? null : cipher(sa.conf(), bundle.key(0, true), encrypting);
            esp = new EspTransform(cipher, shape.icvLength() == 0 ? null : hmac(sa.integrity(), bundle.key(0, false)));
        }
        int last = bundle.size() - 1;
        AhIcv ah = shape.hasAh() ? new AhIcv(hmac(bundle.parameters(last).integrity(), bundle.key(last, false))) : null;
        return new BundleCrypto(shape, esp, ah);
    }

    private static CbcCipher cipher(ConfAlgorithm algorithm, KeyMaterial key, boolean encrypting) {
        byte[] bytes = key.copy();
        key.destroy();
        try {
            return new CbcCipher(algorithm, bytes, encrypting);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static Hmac96 hmac(IntegrityAlgorithm algorithm, KeyMaterial key) {
        byte[] bytes = key.copy();
        key.destroy();
        try {
            return new Hmac96(algorithm, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Returns the bundle's shape; immutable, so usable without the monitor. */
    public BundleShape shape() {
        return shape;
    }

    /** Applies the ESP transform of 9.4 to the ESP header at {@code q} of the datagram ending at {@code e}, with an IV from {@code ivSource}. */
    public void protectEsp(byte[] b, int q, int e, IvSource ivSource) {
        esp.protect(b, q, e, ivSource);
    }

    /** Writes the AH ICV of 9.3 of the datagram [h, e), whose AH header follows its IPv4 header. */
    public void writeAhIcv(byte[] b, int h, int e) {
        ah.write(b, h, e);
    }

    /** Returns whether the AH ICV of 9.3 of the datagram [h, e) verifies. */
    public boolean verifyAhIcv(byte[] b, int h, int e) {
        return ah.verify(b, h, e);
    }

    /** Returns whether the ESP ICV of 9.4 verifies, or true when the ESP SA has no integrity. */
    public boolean verifyEspIcv(byte[] b, int q, int e) {
        return esp.verifyIcv(b, q, e);
    }

    /** Decrypts the ESP region R in place and returns its Pad Length (9.4). */
    public int decryptEsp(byte[] b, int q, int e) {
        return esp.decrypt(b, q, e);
    }

    /** Returns the Pad Length the ESP region R holds once decrypted, changing no byte. */
    public int espPadLength(byte[] b, int q, int e) {
        return esp.padLengthBeforeDecrypting(b, q, e);
    }

    /** Wipes every key this state holds (SPEC.md 6.3); the bundle calls it when it is removed. */
    @Override
    public void destroy() {
        if (esp != null) {
            esp.destroy();
        }
        if (ah != null) {
            ah.destroy();
        }
    }

    @Override
    public boolean isDestroyed() {
        return (esp == null || esp.isDestroyed()) && (ah == null || ah.isDestroyed());
    }

    @Override
    public String toString() {
        return "BundleCrypto[" + shape + "]";
    }
}
