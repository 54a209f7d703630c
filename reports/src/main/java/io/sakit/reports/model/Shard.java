package io.sakit.reports.model;

/**
 * One part of a run split across CI jobs: part {@code index} (1-based) of {@code count}. A case belongs to
 * the shard its stable id hashes to, so every case runs in exactly one shard.
 */
public record Shard(int index, int count) {

    /** The whole run. */
    public static final Shard WHOLE = new Shard(1, 1);

    /** Requires 1 &lt;= index &lt;= count. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": must be I/N with 1 <= I <= N");
        }
    }

    /**
     * Parses {@code I/N}.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shard '" + text + "' is not I/N, for example 2/4", e);
        }
        throw new IllegalArgumentException("shard '" + text + "' is not I/N, for example 2/4");
    }

    /** Returns whether the case with this stable id belongs to this shard. */
    public boolean contains(String caseId) {
        return Math.floorMod(caseId.hashCode(), count) == index - 1;
    }

    /** Returns whether this is the whole run. */
    public boolean isWhole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
