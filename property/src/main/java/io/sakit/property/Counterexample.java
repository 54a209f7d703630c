package io.sakit.property;

/**
 * The smallest falsifying value a property run found, with what reproduces it: the seed and the number
 * of examples tried before the first failure, and the failure the smallest value causes.
 */
public record Counterexample<T>(long seed, int examplesTried, T value, String description, Throwable failure) {
}
