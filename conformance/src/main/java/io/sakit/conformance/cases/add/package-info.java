/**
 * ADD: OID_TCP_TASK_IPSEC_ADD_SA — structure, length, validation in the check order, status, atomicity,
 * the written-back buffer, handles and duplicates, over generated requests and single injected faults.
 */
package io.sakit.conformance.cases.add;
