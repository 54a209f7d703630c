package io.sakit.reference.datapath;

import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.SaHistory;
import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.Arrays;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The data path over the SA database is linearizable: concurrent transmits and receives interleaved with
 * adds and deletes give the statuses, per-packet information and bytes of some sequential order. IVs are
 * fixed, so transmitted bytes are deterministic. Checked under stress only: the cipher loops are too long
 * for model checking's switch-point exploration.
 */
@Param(name = "spi", gen = IntGen.class, conf = "1:2")
@Param(name = "slot", gen = IntGen.class, conf = "1:3")
@Param(name = "generation", gen = IntGen.class, conf = "1:2")
public class DataPathLinearizabilityTest {

    private static final byte[] PLAIN = Layouts.transportEsp(SaHistory.sa(1), Layouts.segment(), Headers.TCP);
    private static final byte[][] PROTECTED = {protectedPacket(1), protectedPacket(2)};

    private final SaHistory history = new SaHistory();
    private final DataPath dataPath = new DataPath(history.database(), Harness.EVERYTHING, Harness.FIXED_IV);

    /** Adds an inbound SA with this SPI. */
    @Operation
    public String addInbound(@Param(name = "spi") int spi) {
        return history.add(Direction.INBOUND, spi);
    }

    /** Adds an outbound SA with this SPI. */
    @Operation
    public String addOutbound(@Param(name = "spi") int spi) {
        return history.add(Direction.OUTBOUND, spi);
    }

    /** Deletes the handle of this slot and generation. */
    @Operation
    public String delete(@Param(name = "slot") int slot, @Param(name = "generation") int generation) {
        return history.delete(slot, generation);
    }

    /** Transmits the plain packet with the handle of this slot and generation and reports status and bytes. */
    @Operation
    public String transmit(@Param(name = "slot") int slot, @Param(name = "generation") int generation) {
        TransmitResult result = dataPath.transmit(PLAIN.clone(), SaHistory.handle(slot, generation), 0);
        return result.status() + " " + Arrays.hashCode(result.packet());
    }

    /** Receives the packet protected with this SPI's keys and reports the per-packet information and bytes. */
    @Operation
    public String receive(@Param(name = "spi") int spi) {
        ReceiveResult result = dataPath.receive(PROTECTED[spi - 1].clone());
        return result.info() + " " + Arrays.hashCode(result.packet());
    }

    @Test
    @DisplayName("is linearizable under stress on three real threads")
    void stress() {
        new StressOptions().iterations(40).invocationsPerIteration(1000).threads(3).actorsPerThread(3).actorsBefore(2).actorsAfter(1)
                .check(getClass());
    }

    private static byte[] protectedPacket(int spi) {
        Harness sender = Harness.everything();
        long handle = sender.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, SaHistory.sa(spi)));
        return sender.transmit(Layouts.transportEsp(SaHistory.sa(spi), Layouts.segment(), Headers.TCP), handle).packet();
    }
}
