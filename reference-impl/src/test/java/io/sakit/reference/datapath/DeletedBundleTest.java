package io.sakit.reference.datapath;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.reference.fixtures.Expect;
import io.sakit.reference.fixtures.Harness;
import io.sakit.reference.fixtures.Headers;
import io.sakit.reference.fixtures.Layouts;
import io.sakit.reference.fixtures.Octets;
import io.sakit.reference.fixtures.Protect;
import io.sakit.reference.fixtures.Sas;
import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.ReceiveInfo;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.CryptoStatus;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.spi.ReceiveResult;
import io.sakit.spec.spi.TransmitResult;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Deleted bundles (SPEC.md 6.2, 13.2): never used again, and never with wiped keys, even when deleted during a call. */
class DeletedBundleTest {

    private static final byte[] IV = Octets.hex("31 41 59 26 53 58 97 93");

    private final Harness harness = Harness.everything();
    private final SecurityAssociation esp = Sas.esp(0xD001, ConfAlgorithm.TRIPLE_DES, IntegrityAlgorithm.SHA1);
    private final byte[] plain = Layouts.transportEsp(esp, Layouts.segment(), Headers.TCP);
    private final byte[] sent = protect(Harness.IV);
    private final byte[] received = protect(IV);
    private final byte[] decrypted = Octets.splice(received, plain, 36, plain.length - 12);

    private byte[] protect(byte[] iv) {
        byte[] b = plain.clone();
        Protect.esp(b, 20, b.length, esp, iv);
        return b;
    }

    @Test
    @DisplayName("DEL-HDL-001: after delete, transmit is refused and receive is unprocessed")
    void deleted() {
        long outbound = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp));
        long inbound = harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp));
        Expect.transmitted(harness.transmit(plain, outbound), sent);
        Expect.oneLayer(harness.receive(received), CryptoStatus.SUCCESS, decrypted);
        harness.database().delete(outbound);
        harness.database().delete(inbound);
        Expect.refused(harness.transmit(plain, outbound), plain);
        Expect.unprocessed(harness.receive(received), received);
    }

    @Test
    @DisplayName("SEQ-RST-001: after reset, transmit is refused and receive is unprocessed")
    void reset() {
        long outbound = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp));
        harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp));
        harness.database().reset();
        Expect.refused(harness.transmit(plain, outbound), plain);
        Expect.unprocessed(harness.receive(received), received);
    }

    @Test
    @Timeout(60)
    @DisplayName("a bundle deleted during transmits and receives is used whole before the delete or not at all, never with wiped keys")
    void deletedDuringCalls() throws Exception {
        for (int round = 0; round < 200; round++) {
            long outbound = harness.add(Sas.transport(Direction.OUTBOUND, Filter.ANY, esp));
            long inbound = harness.add(Sas.transport(Direction.INBOUND, Filter.ANY, esp));
            AtomicReference<AssertionError> failure = new AtomicReference<>();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(1);
            Thread worker = new Thread(() -> {
                try {
                    useUntilGone(outbound, started, stop);
                } catch (AssertionError e) {
                    failure.set(e);
                }
            });
            worker.start();
            started.await();
            harness.database().delete(round % 2 == 0 ? outbound : inbound);
            harness.database().delete(round % 2 == 0 ? inbound : outbound);
            stop.set(true);
            worker.join();
            if (failure.get() != null) {
                throw failure.get();
            }
        }
    }

    private void useUntilGone(long outbound, CountDownLatch started, AtomicBoolean stop) {
        boolean transmitGone = false;
        boolean receiveGone = false;
        for (int i = 0; !stop.get() || i < 3; i++) {
            TransmitResult t = harness.transmit(plain, outbound);
            ReceiveResult r = harness.receive(received);
            started.countDown();
            if (t.status() == NdisStatus.SUCCESS.code()) {
                assertThat(transmitGone).as("transmit succeeded after a refusal").isFalse();
                assertThat(t.packet()).isEqualTo(sent);
            } else {
                transmitGone = true;
                assertThat(t.packet()).isEqualTo(plain);
            }
            if (r.info().cryptoDone()) {
                assertThat(receiveGone).as("receive processed after an unprocessed result").isFalse();
                assertThat(r.info()).isEqualTo(ReceiveInfo.processed(CryptoStatus.SUCCESS));
                assertThat(r.packet()).isEqualTo(decrypted);
            } else {
                receiveGone = true;
                assertThat(r.packet()).isEqualTo(received);
            }
        }
    }
}
