/**
 * What an adapter advertises (NDIS_IPSEC_OFFLOAD_V1, with the NDIS 5.1 NDIS_TASK_IPSEC form, plus the
 * kit's capacity, profile and classifier extensions), the capability tokens requirements apply under,
 * the consistency rules an advertisement must satisfy, and the NOT_SUPPORTED checks a request meets.
 */
package io.sakit.spec.capability;
