package io.sakit.spec.vector;

import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One set request of a test: the OID, the whole information buffer, and the handles to copy into it before sending. */
public record RequestStep(Oid oid, byte[] buffer, List<HandleCopy> handles) {

    /** Requires an OID and a buffer; copies the buffer and the list. */
    public RequestStep {
        Objects.requireNonNull(oid, "oid");
        buffer = buffer.clone();
        handles = List.copyOf(handles);
    }

    /** Returns a copy of the information buffer as the file gives it (handle fields not yet filled in). */
    @Override
    public byte[] buffer() {
        return buffer.clone();
    }

    /** The handles earlier setup steps returned, as a runner recorded them. */
    @FunctionalInterface
    public interface ReturnedHandles {
        /** Returns the handle setup step {@code setupIndex} returned in {@code field}. */
        long handle(int setupIndex, HandleField field);
    }

    /** Returns the buffer with each copied handle written in, sizeof(HANDLE) bytes little-endian for the ABI. */
    public byte[] bufferWith(ReturnedHandles returned, Abi abi) {
        byte[] filled = buffer.clone();
        for (HandleCopy copy : handles) {
            long handle = returned.handle(copy.from(), copy.field());
            for (int i = 0; i < abi.handleSize(); i++) {
                filled[copy.at() + i] = (byte) (handle >>> (8 * i));
            }
        }
        return filled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestStep that && oid == that.oid && Arrays.equals(buffer, that.buffer) && handles.equals(that.handles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(oid, Arrays.hashCode(buffer), handles);
    }

    @Override
    public String toString() {
        return "RequestStep[" + oid + ", " + buffer.length + " bytes, handles=" + handles + "]";
    }
}
