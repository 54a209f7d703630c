/**
 * The vector generator: builds every vector file of {@code spec/vectors} by construction (a valid request
 * from the model records, then exactly the faults a test is about, poked in at the layout's offsets),
 * states each expected outcome from the specification's decisions, cross-checks it with the spec module's
 * decoder and the JDK, and writes the files deterministically.
 */
package io.sakit.testkit.vectors;
