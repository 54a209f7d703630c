package io.sakit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sakit.reference.adapter.ReferenceAdapter;
import io.sakit.reference.adapter.ReferenceConfig;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.spi.SetResult;
import java.util.Set;

/**
 * The reference's OID path answers any request with a defined status, changes its state only on SUCCESS,
 * and writes back a buffer of the request's length (ROB-BUF-001).
 */
class ValidationFuzzTest {

    private static final Set<Integer> DEFINED = Set.of(NdisStatus.SUCCESS.code(), NdisStatus.INVALID_LENGTH.code(), NdisStatus.INVALID_DATA.code(),
            NdisStatus.NOT_SUPPORTED.code(), NdisStatus.RESOURCES.code(), NdisStatus.INVALID_OID.code());
    private static final Oid[] OIDS = Oid.values();

    private final ReferenceAdapter adapter = new ReferenceAdapter(ReferenceConfig.defaults());

    @FuzzTest
    void anyRequest(FuzzedDataProvider data) {
        int steps = data.consumeInt(1, 4);
        for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
            int oid = data.consumeBoolean() ? OIDS[data.consumeInt(0, OIDS.length - 1)].value() : data.consumeInt();
            byte[] buffer = data.consumeBytes(data.consumeInt(0, 300));
            int before = adapter.database().liveSas();
            SetResult result = adapter.setInformation(oid, buffer.clone());
            assertThat(result.status()).isIn(DEFINED);
            assertThat(result.buffer()).hasSize(buffer.length);
            if (result.status() != NdisStatus.SUCCESS.code()) {
                assertThat(adapter.database().liveSas()).isEqualTo(before);
            }
        }
    }
}
