package io.sakit.conformance.execution;

import io.sakit.conformance.suite.Budget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How cases run: the run's seed and budget, the time one adapter call may take, the time one case may
 * take, and the command prefix that reproduces a case alone (the case id is appended with {@code --only}).
 */
public record ExecutionSettings(long seed, Budget budget, Duration callTimeout, Duration caseTimeout, String reproducePrefix, Optional<Path> keyLog) {

    /** Requires positive time limits. */
    public ExecutionSettings {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(reproducePrefix, "reproducePrefix");
        Objects.requireNonNull(keyLog, "keyLog");
        if (callTimeout.isNegative() || callTimeout.isZero() || caseTimeout.isNegative() || caseTimeout.isZero()) {
            throw new IllegalArgumentException("time limits must be positive");
        }
    }

    /** Returns the seed of one case: the run's seed mixed with the case id, so a case reruns alone with the same values. */
    public long caseSeed(String caseId) {
        long h = seed ^ (caseId.hashCode() * 0x9E3779B97F4A7C15L);
        h ^= h >>> 31;
        return h * 0xBF58476D1CE4E5B9L;
    }

    /** Returns the command that reruns one case alone. */
    public String reproduce(String caseId) {
        return reproducePrefix + " --seed " + seed + " --only " + caseId;
    }
}
