/**
 * Field-level generators of the kit's domain values (addresses, masks, filters, SAs, keys, requests,
 * profiles, flows), so that a failing property shrinks to a request a person can read.
 */
package io.sakit.testkit.generate;
