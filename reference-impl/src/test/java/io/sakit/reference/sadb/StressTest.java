package io.sakit.reference.sadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.ndis.NdisStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several threads add, delete, look up, transmit and receive at once on one reference adapter; afterwards,
 * and at every step, no SA is lost, no live handle is handed out twice, and no deleted key is readable.
 */
class StressTest {

    private static final int THREADS = 4;
    private static final int STEPS = 3000;

    private final ReferenceAdapter adapter = new ReferenceAdapter(ReferenceConfig.defaults());
    private final SaDatabase database = adapter.database();
    private final Map<Long, Integer> liveHandles = new ConcurrentHashMap<>();

    /** An inbound and an outbound bundle with the same ESP SA, owned by one thread. */
    private record Pair(SecurityAssociation sa, Bundle inbound, Bundle outbound) {
    }

    @Test
    @Timeout(120)
    @DisplayName("mixed adds, deletes, lookups and round trips from four threads keep every invariant")
    void mixedOperations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<List<Pair>>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    return work(thread);
                }));
            }
            List<Pair> survivors = new ArrayList<>();
            for (Future<List<Pair>> worker : workers) {
                survivors.addAll(worker.get(100, TimeUnit.SECONDS));
            }
            assertNothingLost(survivors);
            adapter.close();
            survivors.forEach(StressTest::assertWiped);
            assertThat(database.liveSas()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Pair> work(int thread) {
        Random random = new Random(thread);
        List<Pair> owned = new ArrayList<>();
        int nextSpi = thread << 24 | 0x100;
        for (int step = 0; step < STEPS; step++) {
            int choice = random.nextInt(10);
            if (owned.isEmpty() || choice < 4 && owned.size() < 100) {
                owned.add(addPair(nextSpi++, thread));
            } else if (choice < 6) {
                deletePair(owned.remove(random.nextInt(owned.size())));
            } else {
                roundTrip(owned.get(random.nextInt(owned.size())));
            }
        }
        return owned;
    }

    private Pair addPair(int spi, int thread) {
        SecurityAssociation sa = Sas.esp(spi, thread % 2 == 0 ? ConfAlgorithm.DES : ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
        Bundle inbound = added(database.add(Sas.transport(Direction.INBOUND, Filter.ANY, sa)), thread);
        Bundle outbound = added(database.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, sa)), thread);
        return new Pair(sa, inbound, outbound);
    }

    private Bundle added(AddResult result, int thread) {
        assertThat(result).isInstanceOf(AddResult.Added.class);
        long handle = ((AddResult.Added) result).handle();
        assertThat(liveHandles.putIfAbsent(handle, thread)).as("handle %x is already live", handle).isNull();
        Bundle bundle = database.bundle(handle);
        assertThat(bundle).isNotNull();
        return bundle;
    }

    private void deletePair(Pair pair) {
        for (Bundle bundle : List.of(pair.inbound(), pair.outbound())) {
            liveHandles.remove(bundle.handle());
            assertThat(database.delete(bundle.handle())).isEmpty();
            assertThat(database.delete(bundle.handle())).isPresent();
        }
        assertWiped(pair);
        assertThat(database.inbound(Headers.ESP, pair.sa().parameters().spi(), 0)).isNull();
    }

    private void roundTrip(Pair pair) {
        assertSameBundle(database.inbound(Headers.ESP, pair.sa().parameters().spi(), 0), pair.inbound());
        byte[] plain = Layouts.transportEsp(pair.sa(), Layouts.segment(), Headers.TCP);
        var sent = adapter.transmit(plain.clone(), pair.outbound().handle(), 0);
        assertThat(sent.status()).isEqualTo(NdisStatus.SUCCESS.code());
        var received = adapter.receive(sent.packet());
        assertThat(received.info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
    }

    private void assertNothingLost(List<Pair> survivors) {
        assertThat(database.liveSas()).isEqualTo(2 * survivors.size());
        assertThat(liveHandles).hasSize(2 * survivors.size());
        List<Bundle> stored = new ArrayList<>();
        database.forEachBundle(stored::add);
        assertThat(stored).hasSize(2 * survivors.size());
        for (Pair pair : survivors) {
            assertSameBundle(database.bundle(pair.inbound().handle()), pair.inbound());
            assertSameBundle(database.bundle(pair.outbound().handle()), pair.outbound());
            roundTrip(pair);
        }
    }

    /** Asserts that {@code found} is a view of the live bundle {@code expected} is: its handle, and the one monitor of that bundle. */
    private static void assertSameBundle(Bundle found, Bundle expected) {
        assertThat(found).isNotNull();
        assertThat(found.handle()).isEqualTo(expected.handle());
        assertThat(found.monitor()).isSameAs(expected.monitor());
    }

    private static void assertWiped(Pair pair) {
        for (Bundle bundle : List.of(pair.inbound(), pair.outbound())) {
            assertThat(bundle.isDeleted()).isTrue();
            assertThat(bundle.rangeHoldsKeysOf(pair.sa())).as("deleted bundle %x still holds its keys", bundle.handle()).isFalse();
            assertThatThrownBy(() -> bundle.key(0, true)).isInstanceOf(IllegalStateException.class);
        }
    }
}
