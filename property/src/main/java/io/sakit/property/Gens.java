package io.sakit.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Factories of basic generators; domain generators are built from these. */
public final class Gens {

    private Gens() {
    }

    /** Returns a generator of {@code value} only. */
    public static <T> Gen<T> constant(T value) {
        return new Gen<>(Generate.constant(value));
    }

    /** Returns a generator of ints in {@code [min, max]} that shrinks towards {@code min}. */
    public static Gen<Integer> ints(int min, int max) {
        return new Gen<>(Generate.range(min, max));
    }

    /** Returns a generator of ints in {@code [min, max]} that shrinks towards {@code target}. */
    public static Gen<Integer> ints(int min, int max, int target) {
        return new Gen<>(Generate.range(min, max, target));
    }

    /** Returns a generator of every 32-bit int, shrinking towards 0. */
    public static Gen<Integer> anyInt() {
        return new Gen<>(SourceDSL.integers().all());
    }

    /** Returns a generator of longs in {@code [min, max]} that shrinks towards {@code min}. */
    public static Gen<Long> longs(long min, long max) {
        return new Gen<>(Generate.longRange(min, max));
    }

    /** Returns a generator of booleans. */
    public static Gen<Boolean> booleans() {
        return new Gen<>(Generate.booleans());
    }

    /** Returns a generator of byte arrays of exactly {@code length} bytes. */
    public static Gen<byte[]> bytes(int length) {
        return bytes(length, length);
    }

    /** Returns a generator of byte arrays of {@code minLength} to {@code maxLength} bytes, shrinking to shorter arrays of zeros. */
    public static Gen<byte[]> bytes(int minLength, int maxLength) {
        return new Gen<>(Generate.byteArrays(Generate.range(minLength, maxLength), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .describedAs(Arrays::toString);
    }

    /** Returns a generator picking from {@code values}, shrinking towards the first. */
    public static <T> Gen<T> pick(List<T> values) {
        return new Gen<>(Generate.pick(List.copyOf(values)));
    }

    /** Returns a generator of the constants of an enum, shrinking towards the first. */
    public static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
        return new Gen<>(Generate.enumValues(type));
    }

    /** Returns a generator drawing from one of {@code generators}, each equally likely, shrinking towards the first. */
    public static <T> Gen<T> oneOf(List<Gen<T>> generators) {
        return frequency(generators.stream().map(g -> new Weighted<>(1, g)).toList());
    }

    /** Returns a generator drawing from the given generators in proportion to their weights. */
    public static <T> Gen<T> frequency(List<Weighted<T>> choices) {
        List<Pair<Integer, org.quicktheories.core.Gen<T>>> pairs = new ArrayList<>();
        for (Weighted<T> choice : choices) {
            pairs.add(Pair.of(choice.weight(), choice.generator().engine()));
        }
        return new Gen<>(Generate.frequency(pairs));
    }

    /** Returns a generator of lists of {@code minSize} to {@code maxSize} elements, shrinking towards shorter lists. */
    public static <T> Gen<List<T>> lists(Gen<T> elements, int minSize, int maxSize) {
        return new Gen<>(SourceDSL.lists().of(elements.engine()).ofSizeBetween(minSize, maxSize));
    }

    /** A generator with its weight, for {@link #frequency}. */
    public record Weighted<T>(int weight, Gen<T> generator) {
        /** Requires a positive weight. */
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive");
            }
        }
    }
}
