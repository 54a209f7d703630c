/**
 * The packets of failing data-path cases as files an engineer opens in Wireshark: {@code failures.pcap}
 * (classic libpcap, LINKTYPE_RAW) with an index that maps frame numbers to cases, and the hex dump the
 * HTML report shows. No key material is ever written: the packets stay encrypted as they were captured.
 */
package io.sakit.reports.pcap;
