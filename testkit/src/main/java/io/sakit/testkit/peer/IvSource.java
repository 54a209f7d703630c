package io.sakit.testkit.peer;

import java.security.SecureRandom;
import java.util.Random;

/** Where the sender takes the IV of each DES and 3DES transmit from (SPEC.md 10.3, decision A19). */
@FunctionalInterface
public interface IvSource {

    /** Returns {@code length} fresh IV bytes. */
    byte[] next(int length);

    /** Returns unpredictable IVs from a {@link SecureRandom}, as an adapter must generate them. */
    static IvSource secureRandom() {
        SecureRandom random = new SecureRandom();
        return length -> {
            byte[] iv = new byte[length];
            random.nextBytes(iv);
            return iv;
        };
    }

    /** Returns a reproducible sequence of IVs from {@code seed}: for tests and vectors, never for a real sender. */
    static IvSource seededForTests(long seed) {
        Random random = new Random(seed);
        return length -> {
            byte[] iv = new byte[length];
            random.nextBytes(iv);
            return iv;
        };
    }

    /** Returns the same IV every time: for known-answer tests only, it breaks the unpredictability rule. */
    static IvSource fixedForKnownAnswerTests(byte[] iv) {
        byte[] copy = iv.clone();
        return length -> {
            if (length != copy.length) {
                throw new IllegalArgumentException("fixed IV of " + copy.length + " bytes asked for " + length);
            }
            return copy.clone();
        };
    }
}
