package io.sakit.testkit.framing;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The layout description of a framed packet: its length and its layers from the outermost inwards, so the
 * bytes an adapter may write on transmit (IV fields, encrypted regions, ICV fields; TX-FRM-001) are known.
 */
public record PacketLayout(int length, List<LayerLayout> layers) {

    /** Requires one or two layers that lie inside the packet. */
    public PacketLayout {
        layers = List.copyOf(layers);
        if (layers.isEmpty() || layers.size() > 2) {
            throw new IllegalArgumentException("a packet has one or two layers, not " + layers.size());
        }
        if (layers.stream().anyMatch(layer -> layer.end() > length)) {
            throw new IllegalArgumentException("a layer ends past the packet length " + length);
        }
    }

    /** Returns every field an adapter may write, outermost layer first. */
    public List<Field> fields() {
        return IntStream.range(0, layers.size()).boxed().flatMap(i -> layers.get(i).fields(i).stream()).toList();
    }

    /** Returns whether the adapter may change the byte at {@code offset}: it lies in an IV, R or ICV field. */
    public boolean mayChange(int offset) {
        return fields().stream().anyMatch(field -> field.span().contains(offset));
    }

    /** Returns a description with one line per layer, for reports. */
    public String describe() {
        return IntStream.range(0, layers.size()).mapToObj(i -> "layer " + i + ": " + layers.get(i).describe())
                .collect(Collectors.joining("\n", length + " bytes\n", ""));
    }
}
