/**
 * The requirement catalog as data: every requirement of SPEC.md with its stable id, level, text,
 * sources, decision and the capabilities it applies under, loaded from {@code spec/requirements/*.json}.
 */
package io.sakit.spec.requirement;
