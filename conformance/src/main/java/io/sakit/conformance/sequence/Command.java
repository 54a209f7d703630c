package io.sakit.conformance.sequence;

import io.sakit.conformance.check.Fault;
import io.sakit.spec.model.AddSaRequest;

/**
 * One step of a sequence. Bundles are named symbolically by {@code ref}: the index, modulo their number, of
 * the adds that succeeded so far in the sequence, so a command means the same bundle on both sides.
 */
public sealed interface Command permits Command.Add, Command.AddFaulty, Command.Delete, Command.DeleteBogus, Command.Reset, Command.Transmit,
        Command.Receive {

    /** Adds a valid request. */
    record Add(AddSaRequest request) implements Command {
        @Override
        public String toString() {
            return "add " + request;
        }
    }

    /** Adds a request with one injected fault. */
    record AddFaulty(AddSaRequest request, Fault fault) implements Command {
        @Override
        public String toString() {
            return "add with fault " + fault + " " + request;
        }
    }

    /** Deletes the bundle {@code ref} refers to (NULL when none was added). */
    record Delete(int ref) implements Command {
        @Override
        public String toString() {
            return "delete #" + ref;
        }
    }

    /** Deletes a handle value that was never issued on either side. */
    record DeleteBogus(long value) implements Command {
        @Override
        public String toString() {
            return "delete bogus 0x" + Long.toHexString(value);
        }
    }

    /** Resets the adapter. */
    record Reset() implements Command {
        @Override
        public String toString() {
            return "reset";
        }
    }

    /** Transmits a packet framed for the outbound bundle {@code ref} refers to, with a payload of {@code payloadLength} bytes. */
    record Transmit(int ref, int payloadLength, int payloadSeed) implements Command {
        @Override
        public String toString() {
            return "transmit on #" + ref + " (" + payloadLength + " payload bytes)";
        }
    }

    /** Receives a packet protected for the inbound bundle {@code ref} refers to, with bit {@code flipBit} flipped when it is not negative. */
    record Receive(int ref, int payloadLength, int payloadSeed, int flipBit) implements Command {
        @Override
        public String toString() {
            return "receive for #" + ref + " (" + payloadLength + " payload bytes" + (flipBit < 0 ? "" : ", bit " + flipBit + " flipped") + ")";
        }
    }
}
