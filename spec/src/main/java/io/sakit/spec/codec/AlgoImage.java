package io.sakit.spec.codec;

/** The raw fields of one OFFLOAD_ALGO_INFO (12 bytes): any bit pattern, as a buffer may hold it. */
public record AlgoImage(int identifier, int keyLength, int rounds) {

    /** The all-zero OFFLOAD_ALGO_INFO. */
    public static final AlgoImage ZERO = new AlgoImage(0, 0, 0);

    /** The size of OFFLOAD_ALGO_INFO in bytes. */
    public static final int SIZE = 12;
}
