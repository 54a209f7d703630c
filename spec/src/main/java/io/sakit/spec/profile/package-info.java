/**
 * Interpretation profiles: the named choices where Microsoft's documentation contradicts itself
 * (key order within KeyMat, the meaning of BytesNeeded, the ABI), each with a default.
 */
package io.sakit.spec.profile;
