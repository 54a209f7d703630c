package io.sakit.reference.sadb;

import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;

/**
 * What one bundle holds beyond its row, created when a snapshot of it is first taken (never while loading):
 * its crypto state and whether it was deleted. It is the bundle's monitor, the one object every view of the bundle synchronises on; a delete marks
 * it under that monitor, so a transform in progress finishes with its keys before they are wiped.
 */
final class BundleState {

    private final long handle;
    private Destroyable crypto;
    private boolean deleted;

    private BundleState(long handle) {
        this.handle = handle;
    }

    /** Returns the state of the live bundle with this handle. */
    static BundleState live(long handle) {
        return new BundleState(handle);
    }

    /** Returns whether the bundle was deleted; the caller holds this monitor. */
    boolean isDeleted() {
        return deleted;
    }

    /** Returns the crypto state, or null before the first packet; the caller holds this monitor. */
    Destroyable crypto() {
        return crypto;
    }

    /** Sets the crypto state; the caller holds this monitor. */
    void crypto(Destroyable state) {
        crypto = state;
    }

    /** Marks the bundle deleted and destroys its crypto state. */
    synchronized void destroy() {
        deleted = true;
        if (crypto != null) {
            try {
                crypto.destroy();
            } catch (DestroyFailedException e) {
                throw new IllegalStateException("crypto state of bundle " + Long.toHexString(handle) + " could not be destroyed", e);
            }
            crypto = null;
        }
    }
}
