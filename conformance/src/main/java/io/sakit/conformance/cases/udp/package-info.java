/**
 * UDP: OID_TCP_TASK_IPSEC_ADD_UDPESP_SA and DELETE_UDPESP_SA — parser entries created, shared, named,
 * marked and released; their capacity; the subtype capabilities; the IKE marker on the receive path.
 */
package io.sakit.conformance.cases.udp;
