package io.sakit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sakit.spec.codec.Decoded;
import io.sakit.spec.codec.RequestDecoder;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.profile.Profile;
import java.util.List;
import java.util.Set;

/** The codec decodes any bytes, in every profile, without throwing and only into INVALID_LENGTH or INVALID_DATA rejections. */
class CodecFuzzTest {

    private static final Set<NdisStatus> STATUSES = Set.of(NdisStatus.INVALID_LENGTH, NdisStatus.INVALID_DATA);
    private static final List<RequestDecoder> DECODERS = Profile.presets().values().stream().map(p -> new RequestDecoder(p, true)).toList();

    @FuzzTest
    void decodeAnyBuffer(byte[] buffer) {
        for (RequestDecoder decoder : DECODERS) {
            for (Decoded<?> decoded : List.of(decoder.addSa(buffer), decoder.addUdpEspSa(buffer), decoder.deleteSa(buffer), decoder.deleteUdpEspSa(buffer))) {
                if (decoded instanceof Decoded.Rejected<?> rejected) {
                    assertThat(rejected.rejection().status()).isIn(STATUSES);
                    if (rejected.rejection().status() == NdisStatus.INVALID_LENGTH) {
                        assertThat(rejected.rejection().bytesNeeded()).isPositive();
                    }
                }
            }
        }
    }
}
