/**
 * JMH benchmarks of the kit's speed and memory goals. Each goal is measured as a ratio between a candidate
 * and a baseline run side by side in one JMH run; {@link io.sakit.bench.Ratios} runs them and prints the table.
 */
package io.sakit.bench;
