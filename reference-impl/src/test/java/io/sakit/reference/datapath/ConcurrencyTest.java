package io.sakit.reference.datapath;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Sas;
import io.sakit.reference.transform.RandomIvSource;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Concurrent calls on shared and separate bundles give exactly the results of sequential calls. */
class ConcurrencyTest {

    private static final int THREADS = 4;

    private final Harness harness = new Harness(Harness.EVERYTHING, new RandomIvSource());

    private long pair(SecurityAssociation... sas) {
        harness.add(new AddSaRequest(Filter.ANY, Tunnel.NONE, Direction.INBOUND, List.of(sas)));
        return harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, sas));
    }

    @Test
    @Timeout(60)
    @DisplayName("transmits and receives on one shared bundle and on one bundle per thread, in parallel, all round-trip exactly")
    void parallelRoundTrips() throws Exception {
        SecurityAssociation shared = Sas.esp(0xF000, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
        long sharedHandle = pair(shared);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                SecurityAssociation esp = Sas.esp(0xF001 + t, t % 2 == 0 ? ConfAlgorithm.DES : ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.MD5);
                SecurityAssociation ah = Sas.ah(0xF101 + t, IntegrityAlgorithm.SHA1);
                long own = pair(esp, ah);
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        roundTrip(Layouts.transportEsp(shared, Layouts.segment(), Headers.TCP), sharedHandle, 36);
                        roundTrip(Layouts.transportBundle(esp, ah, Layouts.segment(), Headers.TCP), own, 60);
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void roundTrip(byte[] packet, long handle, int regionStart) {
        TransmitResult sent = harness.transmit(packet, handle);
        assertThat(sent.status()).isEqualTo(NdisStatus.SUCCESS.code());
        ReceiveResult received = harness.receive(sent.packet());
        assertThat(received.info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
        int end = packet.length - 12;
        assertThat(Arrays.copyOfRange(received.packet(), regionStart, end)).isEqualTo(Arrays.copyOfRange(packet, regionStart, end));
    }
}
