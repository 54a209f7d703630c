/**
 * DEL: OID_TCP_TASK_IPSEC_DELETE_SA — length, deleting live bundles whole, refusing unknown handles
 * without side effects, and leaving every other bundle alone.
 */
package io.sakit.conformance.cases.del;
