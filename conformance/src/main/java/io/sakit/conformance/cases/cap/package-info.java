/**
 * CAP: capability honesty. The advertisement is consistent; every advertised combination is accepted;
 * every unadvertised one is refused with NOT_SUPPORTED after the structural checks; the declared capacity
 * is reached exactly and the next add gets RESOURCES.
 */
package io.sakit.conformance.cases.cap;
