package io.sakit.testkit.vectors;

import io.sakit.spec.codec.Decoded;
import io.sakit.spec.codec.Rejection;
import io.sakit.spec.codec.RequestDecoder;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.BytesNeededMode;
import io.sakit.spec.profile.KeyOrder;
import io.sakit.spec.profile.Profile;
import io.sakit.spec.vector.RequestStep;
import io.sakit.spec.vector.Result;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a constructed OID test against the spec module's {@link RequestDecoder}, under each key order the
 * test claims: setup steps must decode as valid; the request must get the expected status, a requirement id
 * of the test, BytesNeeded and BytesRead, or, when the adapter decides, must decode as valid. Any disagreement
 * is a bug in the generator or in the decoder, and stops generation.
 */
final class DecoderCrossCheck {

    private DecoderCrossCheck() {
    }

    /** Throws {@link IllegalStateException} describing the first disagreement. */
    static void verify(OidCase test, Abi abi) {
        for (KeyOrder order : test.scope().orders()) {
            Profile profile = new Profile(order, BytesNeededMode.TOTAL, abi);
            RequestDecoder decoder = new RequestDecoder(profile, false);
            for (int i = 0; i < test.setup().size(); i++) {
                requireAccepted(decode(decoder, test.setup().get(i)), test, profile, "setup step " + i);
            }
            Decoded<?> outcome = decode(decoder, test.request());
            if (test.adapterDecides()) {
                requireAccepted(outcome, test, profile, "request");
            } else {
                compare(outcome, test, profile);
            }
            checkWeakKeys(test, profile);
        }
    }

    /** A weak-key test must be refused by a decoder that refuses weak keys; a valid test must not (no key is weak by accident). */
    private static void checkWeakKeys(OidCase test, Profile profile) {
        Decoded<?> strict = decode(new RequestDecoder(profile, true), test.request());
        if (test.flags().contains(OidFlag.WEAK_DES_KEY) && test.expected().status() == NdisStatus.SUCCESS) {
            Rejection rejection = rejection(strict, test, profile);
            require(rejection.requirementId().equals("ADD-KEY-005"), test, profile, "a weak-key-refusing decoder says " + rejection);
        } else if (test.expected().result() == Result.VALID && !test.adapterDecides()) {
            requireAccepted(strict, test, profile, "request (weak keys refused)");
        }
    }

    private static Decoded<?> decode(RequestDecoder decoder, RequestStep step) {
        byte[] buffer = step.buffer();
        return switch (step.oid()) {
            case ADD_SA -> decoder.addSa(buffer);
            case ADD_UDPESP_SA -> decoder.addUdpEspSa(buffer);
            case DELETE_SA -> decoder.deleteSa(buffer);
            case DELETE_UDPESP_SA -> decoder.deleteUdpEspSa(buffer);
        };
    }

    private static void compare(Decoded<?> outcome, OidCase test, Profile profile) {
        Expectation expected = test.expected();
        if (expected.status() == NdisStatus.SUCCESS) {
            long read = requireAccepted(outcome, test, profile, "request");
            require(read == expected.bytesRead().getAsLong(), test, profile, "decoder reads " + read + " bytes");
            return;
        }
        Rejection rejection = rejection(outcome, test, profile);
        require(rejection.status() == expected.status(), test, profile, "decoder says " + rejection);
        require(requirements(test).contains(rejection.requirementId()), test, profile, "decoder cites " + rejection.requirementId()
                + ", not among " + requirements(test));
        if (expected.bytesNeeded().isPresent()) {
            require(rejection.bytesNeeded() == expected.bytesNeeded().getAsLong(), test, profile, "decoder needs " + rejection.bytesNeeded());
        }
    }

    private static Set<String> requirements(OidCase test) {
        Set<String> ids = new TreeSet<>();
        test.flags().forEach(flag -> ids.addAll(flag.requirements()));
        return ids;
    }

    private static long requireAccepted(Decoded<?> outcome, OidCase test, Profile profile, String what) {
        if (outcome instanceof Decoded.Accepted<?> accepted) {
            return accepted.bytesRead();
        }
        throw disagreement(test, profile, what + " is refused by the decoder: " + ((Decoded.Rejected<?>) outcome).rejection());
    }

    private static Rejection rejection(Decoded<?> outcome, OidCase test, Profile profile) {
        if (outcome instanceof Decoded.Rejected<?> rejected) {
            return rejected.rejection();
        }
        throw disagreement(test, profile, "the decoder accepts the request");
    }

    private static void require(boolean condition, OidCase test, Profile profile, String detail) {
        if (!condition) {
            throw disagreement(test, profile, detail);
        }
    }

    private static IllegalStateException disagreement(OidCase test, Profile profile, String detail) {
        return new IllegalStateException("generator and decoder disagree on '" + test.comment() + "' (" + profile.canonical() + ", expected "
                + test.expected().status() + "): " + detail);
    }
}
