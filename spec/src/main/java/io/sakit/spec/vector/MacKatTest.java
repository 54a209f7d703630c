package io.sakit.spec.vector;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One MAC known answer: key, message, the 12-byte tag and the full digest it is cut from. */
public record MacKatTest(int tcId, String comment, List<String> flags, byte[] key, byte[] msg, byte[] tag, byte[] fullDigest)
        implements VectorTest {

    /** Requires a 12-byte tag that is the start of the full digest; copies every array. */
    public MacKatTest {
        Objects.requireNonNull(comment, "comment");
        flags = List.copyOf(flags);
        key = key.clone();
        msg = msg.clone();
        tag = tag.clone();
        fullDigest = fullDigest.clone();
        if (tag.length != MacAlgorithm.TAG_LENGTH || fullDigest.length < tag.length
                || !Arrays.equals(tag, 0, tag.length, fullDigest, 0, tag.length)) {
            throw new IllegalArgumentException("tag must be the first 12 bytes of fullDigest");
        }
    }

    /** Returns a copy of the key. */
    @Override
    public byte[] key() {
        return key.clone();
    }

    /** Returns a copy of the message. */
    @Override
    public byte[] msg() {
        return msg.clone();
    }

    /** Returns a copy of the 12-byte tag. */
    @Override
    public byte[] tag() {
        return tag.clone();
    }

    /** Returns a copy of the full digest. */
    @Override
    public byte[] fullDigest() {
        return fullDigest.clone();
    }
}
