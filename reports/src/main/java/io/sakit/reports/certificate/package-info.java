/**
 * The signed certificate, {@code certificate.json}: what a run established (verdict, profile, adapter,
 * capabilities, seed, budget, versions, digests) bound to the SHA-256 of the {@code report.json} it
 * certifies and signed with Ed25519; the kit's key store outside the repository; and offline verification
 * that tells a valid certificate from a tampered one, an untrusted key and a missing report.
 */
package io.sakit.reports.certificate;
