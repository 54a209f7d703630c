/**
 * The any-language plug-in: the adapter {@code exec:<command line>}, which runs an implementation in a child
 * process and speaks sakit stdio protocol 1 with it (spec/STDIO-PROTOCOL.md: one JSON object per line, one
 * request and one answer, a handshake first), and {@link io.sakit.conformance.adapter.exec.StdioServer}, which
 * serves any in-process adapter over the same protocol. A child that crashes, hangs or breaks the protocol is
 * stopped, its call fails with a one-line message quoting its standard error, and a new child serves the next case.
 */
package io.sakit.conformance.adapter.exec;
