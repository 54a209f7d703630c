package io.sakit.conformance.check;

import io.sakit.conformance.suite.ConformanceFailure;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.spi.OffloadAdapter;
import io.sakit.spec.spi.SetResult;
import java.util.HexFormat;

/**
 * One OID set request sent to an adapter and its completion, with the checks the specification makes on
 * a completion: status, BytesRead, BytesNeeded, the written-back buffer and the handles in it.
 */
public record Completion(Oid oid, byte[] sent, SetResult result, Abi abi) {

    /** Sends {@code buffer} with {@code oid} to {@code adapter} and returns the completion; the adapter gets a copy. */
    public static Completion send(OffloadAdapter adapter, Oid oid, byte[] buffer, Abi abi) {
        return new Completion(oid, buffer.clone(), adapter.setInformation(oid.value(), buffer.clone()), abi);
    }

    /** Returns whether the request completed with {@code status}. */
    public boolean is(NdisStatus status) {
        return result.status() == status.code();
    }

    /** Returns the status as NDIS names it. */
    public String status() {
        return NdisStatus.describe(result.status());
    }

    /**
     * Requires the status {@code expected}.
     *
     * @throws ConformanceFailure naming {@code what}, the expected and the actual status
     */
    public Completion expectStatus(NdisStatus expected, String what) {
        if (!is(expected)) {
            throw new ConformanceFailure(what + ": expected " + NdisStatus.describe(expected.code()) + ", got " + status(),
                    NdisStatus.describe(expected.code()), status());
        }
        return this;
    }

    /** Requires BytesRead to be {@code expected} (checked only after SUCCESS, SPEC.md K6). */
    public Completion expectBytesRead(long expected, String requirementId) {
        if (result.bytesRead() != expected) {
            throw new ConformanceFailure(requirementId + ": BytesRead after SUCCESS", Long.toString(expected), Long.toString(result.bytesRead()));
        }
        return this;
    }

    /** Requires BytesNeeded to be {@code expected} (checked only after INVALID_LENGTH, SPEC.md K6). */
    public Completion expectBytesNeeded(long expected, String requirementId) {
        if (result.bytesNeeded() != expected) {
            throw new ConformanceFailure(requirementId + ": BytesNeeded after INVALID_LENGTH", Long.toString(expected), Long.toString(result.bytesNeeded()));
        }
        return this;
    }

    /** Returns the OffloadHandle written back, or 0 when the buffer does not hold the whole field. */
    public long offloadHandle() {
        byte[] back = result.buffer();
        return back.length >= AddSaLayout.OFFLOAD_HANDLE + abi.handleSize() ? Bytes.handle(back, AddSaLayout.OFFLOAD_HANDLE, abi) : 0;
    }

    /** Returns the EncapTypeEntryOffldHandle written back by an ADD_UDPESP_SA, or 0 when the buffer does not hold it. */
    public long entryHandle() {
        int offset = AddSaLayout.ADD_UDPESP_SA.encapEntryHandle(abi);
        byte[] back = result.buffer();
        return back.length >= offset + abi.handleSize() ? Bytes.handle(back, offset, abi) : 0;
    }

    /**
     * Requires the written-back buffer to have the request's length and equal it outside the given fields
     * (offset, length pairs), SPEC.md 5.9 and K3.
     *
     * @throws ConformanceFailure naming the first differing byte
     */
    public Completion expectUnchangedExcept(String requirementId, int... fields) {
        byte[] back = result.buffer();
        if (back.length != sent.length) {
            throw new ConformanceFailure(requirementId + ": the written-back buffer has another length", sent.length + " bytes", back.length + " bytes");
        }
        for (int i = 0; i < sent.length; i++) {
            if (back[i] != sent[i] && !inFields(i, fields)) {
                boolean key = i >= keyMaterialOffset();
                throw new ConformanceFailure(requirementId + ": byte " + i + (key ? " (key material)" : "")
                        + " of the written-back buffer changed (only the handle fields may)", key ? "unchanged" : hex(sent[i]), key ? "changed" : hex(back[i]));
            }
        }
        return this;
    }

    private int keyMaterialOffset() {
        return switch (oid) {
            case ADD_SA -> AddSaLayout.ADD_SA.keyMaterial(abi);
            case ADD_UDPESP_SA -> AddSaLayout.ADD_UDPESP_SA.keyMaterial(abi);
            case DELETE_SA, DELETE_UDPESP_SA -> Integer.MAX_VALUE;
        };
    }

    private static boolean inFields(int index, int... fields) {
        for (int f = 0; f + 1 < fields.length; f += 2) {
            if (index >= fields[f] && index < fields[f] + fields[f + 1]) {
                return true;
            }
        }
        return false;
    }

    private static String hex(byte b) {
        return "0x" + HexFormat.of().toHexDigits(b);
    }
}
