package io.sakit.reference.classify;

/**
 * The shape of a filter: the masks its addresses are compared under (0 when the address is not used)
 * and which of protocol, source port and destination port it constrains.
 */
record TupleShape(int sourceMask, int destinationMask, boolean protocol, boolean sourcePort, boolean destinationPort) {

    /** Returns whether {@code other} is a shape with the same masks and constrained fields; written out because classifying calls it per add. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TupleShape that && is(that.sourceMask, that.destinationMask, that.protocol, that.sourcePort, that.destinationPort);
    }

    /** Returns whether this shape has these masks and constrained fields. */
    boolean is(int otherSourceMask, int otherDestinationMask, boolean otherProtocol, boolean otherSourcePort, boolean otherDestinationPort) {
        return sourceMask == otherSourceMask && destinationMask == otherDestinationMask && protocol == otherProtocol && sourcePort == otherSourcePort
                && destinationPort == otherDestinationPort;
    }

    @Override
    public int hashCode() {
        long masks = ((long) sourceMask << 32 | (destinationMask & 0xFFFF_FFFFL)) * 0x9E37_79B9_7F4A_7C15L;
        return (int) (masks >>> 32) ^ (protocol ? 4 : 0) ^ (sourcePort ? 2 : 0) ^ (destinationPort ? 1 : 0);
    }

    /** Returns whether entries of this shape need a second index for packets without ports (protocol any, a port set). */
    boolean needsPortlessIndex() {
        return !protocol && (sourcePort || destinationPort);
    }

    /** Returns the hash of a packet's or an entry's values under this shape; ports count only when {@code withPorts}. */
    int hash(int source, int destination, int protocolValue, int sourcePortValue, int destinationPortValue, boolean withPorts) {
        long h = (source & sourceMask) * 0x9E3779B97F4A7C15L;
        h ^= (destination & destinationMask) * 0xC2B2AE3D27D4EB4FL;
        if (protocol) {
            h ^= protocolValue * 0x165667B19E3779F9L;
        }
        if (withPorts) {
            h ^= ((long) (sourcePort ? sourcePortValue : 0) << 16 | (destinationPort ? destinationPortValue : 0)) * 0x27D4EB2F165667C5L;
        }
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32);
    }
}
