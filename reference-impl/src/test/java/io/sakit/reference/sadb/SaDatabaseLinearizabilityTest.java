package io.sakit.reference.sadb;

import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.SaHistory;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.FlowKey;
import io.sakit.spec.model.Ipv4;
import java.util.Arrays;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SA database is linearizable: every concurrent history of adds, deletes, inbound lookups,
 * classifications and counts gives the results of some sequential order of the same calls.
 */
@Param(name = "spi", gen = IntGen.class, conf = "1:2")
@Param(name = "slot", gen = IntGen.class, conf = "1:3")
@Param(name = "generation", gen = IntGen.class, conf = "1:2")
public class SaDatabaseLinearizabilityTest {

    private static final FlowKey FLOW = new FlowKey(Ipv4.parse(Layouts.HOST_A), Ipv4.parse(Layouts.HOST_B), Headers.TCP, 1234, 80);

    private final SaHistory history = new SaHistory();

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

    /** Looks up the inbound ESP SA with this SPI and reports its handle, 0 when there is none. */
    @Operation
    public long lookup(@Param(name = "spi") int spi) {
        Bundle bundle = history.database().inbound(Headers.ESP, spi, 0);
        return bundle == null ? 0 : bundle.handle();
    }

    /** Classifies a TCP flow outbound and reports the matching handles. */
    @Operation
    public String classify() {
        return Arrays.toString(history.database().matchingHandles(Direction.OUTBOUND, FLOW));
    }

    /** Reports the number of live SAs. */
    @Operation
    public int liveSas() {
        return history.database().liveSas();
    }

    @Test
    @DisplayName("is linearizable under model checking, which explores thread switches at every shared access")
    void modelChecking() {
        new ModelCheckingOptions().iterations(8).invocationsPerIteration(60).threads(2).actorsPerThread(3).actorsBefore(2).actorsAfter(1)
                .check(getClass());
    }

    @Test
    @DisplayName("is linearizable under stress on three real threads")
    void stress() {
        new StressOptions().iterations(30).invocationsPerIteration(1000).threads(3).actorsPerThread(3).actorsBefore(2).actorsAfter(1)
                .check(getClass());
    }
}
