package io.sakit.property;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of values of {@code T} that shrinks towards simpler values when a property fails.
 *
 * <p>Build generators from {@link Gens} and combine them with {@link #map}, {@link #flatMap} and
 * {@link #zip}: values built that way shrink field by field, so a counterexample stays readable.
 */
public final class Gen<T> {

    private final org.quicktheories.core.Gen<T> engine;

    Gen(org.quicktheories.core.Gen<T> engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    org.quicktheories.core.Gen<T> engine() {
        return engine;
    }

    /** Returns a generator of {@code mapper} applied to this generator's values. */
    public <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return new Gen<>(engine.map(mapper));
    }

    /** Returns a generator whose values come from the generator {@code mapper} picks for each value of this one. */
    public <R> Gen<R> flatMap(Function<? super T, Gen<? extends R>> mapper) {
        return new Gen<>(engine.flatMap(value -> mapper.apply(value).engine));
    }

    /** Returns a generator combining this generator's values with those of {@code other}. */
    public <B, R> Gen<R> zip(Gen<B> other, BiFunction<T, B, R> combiner) {
        return new Gen<>(engine.zip(other.engine, combiner));
    }

    /** Returns a generator combining this generator's values with those of two others. */
    public <B, C, R> Gen<R> zip(Gen<B> second, Gen<C> third, Function3<T, B, C, R> combiner) {
        return new Gen<>(engine.zip(second.engine, third.engine, combiner::apply));
    }

    /** Returns a generator combining this generator's values with those of three others. */
    public <B, C, D, R> Gen<R> zip(Gen<B> second, Gen<C> third, Gen<D> fourth, Function4<T, B, C, D, R> combiner) {
        return new Gen<>(engine.zip(second.engine, third.engine, fourth.engine, combiner::apply));
    }

    /** Returns a generator that draws from this generator and {@code other} about equally often. */
    public Gen<T> mix(Gen<T> other) {
        return new Gen<>(engine.mix(other.engine));
    }

    /** Returns this generator with values shown by {@code describer} in failure reports. */
    public Gen<T> describedAs(Function<T, String> describer) {
        return new Gen<>(engine.describedAs(describer::apply));
    }

    /** A function of three arguments. */
    @FunctionalInterface
    public interface Function3<A, B, C, R> {
        /** Applies the function. */
        R apply(A a, B b, C c);
    }

    /** A function of four arguments. */
    @FunctionalInterface
    public interface Function4<A, B, C, D, R> {
        /** Applies the function. */
        R apply(A a, B b, C c, D d);
    }
}
