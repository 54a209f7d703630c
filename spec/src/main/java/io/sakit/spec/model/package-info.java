/**
 * Immutable, validated records for every NDIS IPsec offload structure the specification names.
 *
 * <p>A value never exists half built: each compact constructor enforces the specification's rules
 * and throws {@link io.sakit.spec.model.RuleViolation} naming the requirement it breaks. Key
 * material lives apart from the parameters, in {@link io.sakit.spec.model.KeyMaterial}, which
 * never prints.
 */
package io.sakit.spec.model;
