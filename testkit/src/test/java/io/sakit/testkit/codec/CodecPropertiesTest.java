package io.sakit.testkit.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.sakit.property.Budget;
import io.sakit.property.Gen;
import io.sakit.property.Gens;
import io.sakit.property.Property;
import io.sakit.spec.capability.AhSupport;
import io.sakit.spec.capability.CapabilityCodec;
import io.sakit.spec.capability.EspSupport;
import io.sakit.spec.capability.IpsecOffloadV1;
import io.sakit.spec.codec.AddSaImage;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.AlgoImage;
import io.sakit.spec.codec.Decoded;
import io.sakit.spec.codec.ImageCodec;
import io.sakit.spec.codec.RequestDecoder;
import io.sakit.spec.codec.RequestEncoder;
import io.sakit.spec.codec.SaImage;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.profile.Abi;
import io.sakit.spec.profile.Profile;
import io.sakit.testkit.generate.RequestGenerators;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of the codec over generated values, in every profile. */
class CodecPropertiesTest {

    private static final Budget BUDGET = new Budget(2000, 2000);
    private static final long SEED = 20261126L;

    private static <T> Property<T> forAll(Gen<T> generator) {
        return Property.forAll(generator).withSeed(SEED).withBudget(BUDGET);
    }

    private record Case<T>(T value, Profile profile) {
    }

    @Test
    void everyValidAddSaRequestRoundTripsInEveryProfile() {
        forAll(RequestGenerators.addSaRequests().zip(RequestGenerators.profiles(), Case::new)).check(c -> {
            byte[] buffer = new RequestEncoder(c.profile()).addSa(c.value());
            long need = AddSaLayout.ADD_SA.keyMaterial(c.profile().abi()) + c.value().keyLength();
            assertThat(buffer).hasSize((int) need);
            assertThat(new RequestDecoder(c.profile(), false).addSa(buffer)).isEqualTo(new Decoded.Accepted<>(c.value(), need));
        });
    }

    @Test
    void everyValidUdpEspRequestRoundTripsInEveryProfile() {
        forAll(RequestGenerators.udpEspRequests().zip(RequestGenerators.profiles(), Case::new)).check(c -> {
            long handle = c.profile().abi() == Abi.X86 ? c.value().encapEntryHandle() & 0xFFFF_FFFFL : c.value().encapEntryHandle();
            var expected = new io.sakit.spec.model.UdpEspAddRequest(c.value().request(), c.value().encapType(), c.value().destinationEncapPort(), handle);
            byte[] buffer = new RequestEncoder(c.profile()).addUdpEspSa(c.value());
            assertThat(new RequestDecoder(c.profile(), false).addUdpEspSa(buffer).value()).isEqualTo(expected);
        });
    }

    @Test
    void bytesBeyondTheNeedNeverChangeTheDecodedRequest() {
        Gen<Case<byte[]>> extended = RequestGenerators.addSaRequests().zip(RequestGenerators.profiles(), Gens.bytes(1, 64), (request, profile, tail) -> {
            byte[] valid = new RequestEncoder(profile).addSa(request);
            byte[] longer = Arrays.copyOf(valid, valid.length + tail.length);
            System.arraycopy(tail, 0, longer, valid.length, tail.length);
            return new Case<>(longer, profile);
        });
        forAll(extended).check(c -> {
            RequestDecoder decoder = new RequestDecoder(c.profile(), false);
            Decoded<?> decoded = decoder.addSa(c.value());
            assertThat(decoded.isAccepted()).isTrue();
            long need = ((Decoded.Accepted<?>) decoded).bytesRead();
            assertThat(decoded).isEqualTo(decoder.addSa(Arrays.copyOf(c.value(), (int) need)));
        });
    }

    @Test
    void everyTruncationIsInvalidLengthWithTheProfilesBytesNeeded() {
        Gen<Case<int[]>> truncations = RequestGenerators.addSaRequests().zip(RequestGenerators.profiles(), Gens.ints(1, 400), (request, profile, cut) -> {
            int length = new RequestEncoder(profile).addSa(request).length;
            return new Case<>(new int[] {length, Math.max(0, length - cut)}, profile);
        });
        forAll(RequestGenerators.addSaRequests().zip(truncations, (request, t) -> new Object[] {request, t})).check(pair -> {
            var request = (io.sakit.spec.model.AddSaRequest) pair[0];
            @SuppressWarnings("unchecked")
            Case<int[]> t = (Case<int[]>) pair[1];
            byte[] full = new RequestEncoder(t.profile()).addSa(request);
            int given = Math.min(t.value()[1], full.length - 1);
            Decoded<?> decoded = new RequestDecoder(t.profile(), false).addSa(Arrays.copyOf(full, given));
            assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
            var rejection = ((Decoded.Rejected<?>) decoded).rejection();
            assertThat(rejection.status()).isEqualTo(NdisStatus.INVALID_LENGTH);
            int keyMat = AddSaLayout.ADD_SA.keyMaterial(t.profile().abi());
            long required = given < keyMat ? keyMat : full.length;
            assertThat(rejection.bytesNeeded()).isEqualTo(t.profile().bytesNeeded().bytesNeeded(required, given));
        });
    }

    @Test
    void decodingArbitraryBytesNeverThrowsAndAnswersOnlyLengthOrDataStatuses() {
        Set<NdisStatus> allowed = Set.of(NdisStatus.INVALID_LENGTH, NdisStatus.INVALID_DATA);
        forAll(Gens.bytes(0, 260).zip(RequestGenerators.profiles(), Case::new)).check(c -> {
            RequestDecoder decoder = new RequestDecoder(c.profile(), true);
            for (Decoded<?> decoded : List.of(decoder.addSa(c.value()), decoder.addUdpEspSa(c.value()), decoder.deleteSa(c.value()),
                    decoder.deleteUdpEspSa(c.value()))) {
                if (decoded instanceof Decoded.Rejected<?> rejected) {
                    assertThat(rejected.rejection().status()).isIn(allowed);
                }
            }
        });
    }

    @Test
    void decodingMostlyValidBytesWithRandomFieldsNeverThrows() {
        Gen<byte[]> mutated = RequestGenerators.addSaRequests().zip(Gens.ints(0, 227), Gens.ints(0, 255), (request, at, value) -> {
            byte[] buffer = new RequestEncoder(Profile.DEFAULT).addSa(request);
            buffer[at % buffer.length] = (byte) value.intValue();
            return buffer;
        });
        forAll(mutated).check(buffer -> assertThat(new RequestDecoder(Profile.DEFAULT, false).addSa(buffer)).isNotNull());
    }

    @Test
    void rawImagesRoundTripByteExactly() {
        Gen<AlgoImage> algo = Gens.anyInt().zip(Gens.anyInt(), Gens.anyInt(), AlgoImage::new);
        Gen<SaImage> sa = Gens.anyInt().zip(Gens.anyInt(), algo, algo.zip(algo, (a, b) -> new AlgoImage[] {a, b}),
                (op, spi, integrity, rest) -> new SaImage(op, spi, integrity, rest[0], rest[1]));
        Gen<int[]> fields = Gens.anyInt().zip(Gens.anyInt(), Gens.anyInt(), Gens.anyInt(), (a, b, c, d) -> new int[] {a, b, c, d});
        Gen<AddSaImage> images = fields.zip(fields, Gens.lists(sa, 3, 3), Gens.bytes(0, 64), (f, g, sas, keys) -> new AddSaImage(f[0], f[1], f[2], f[3],
                g[0], g[1] & 0xFFFF, g[2] & 0xFFFF, g[3], f[0] ^ g[0], g[1] >>> 16, (short) g[2], sas, (long) f[1] << 32 | (g[3] & 0xFFFF_FFFFL),
                keys.length, keys));
        forAll(images.zip(Gens.enumValues(Abi.class), (image, abi) -> new Object[] {image, abi})).check(pair -> {
            AddSaImage image = (AddSaImage) pair[0];
            Abi abi = (Abi) pair[1];
            AddSaImage read = ImageCodec.read(ImageCodec.encode(image, abi), abi);
            assertThat(read.offloadHandle()).isEqualTo(abi == Abi.X64 ? image.offloadHandle() : image.offloadHandle() & 0xFFFF_FFFFL);
            assertThat(ImageCodec.encode(read, abi)).isEqualTo(ImageCodec.encode(image, abi));
        });
    }

    @Test
    void capabilityStructuresRoundTrip() {
        Gen<AhSupport> ah = Gens.lists(Gens.booleans(), 6, 6).map(b -> new AhSupport(b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5)));
        Gen<EspSupport> esp = Gens.lists(Gens.booleans(), 8, 8).map(b -> new EspSupport(b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5),
                b.get(6), b.get(7)));
        Gen<IpsecOffloadV1> offloads = Gens.lists(Gens.booleans(), 3, 3).zip(Gens.anyInt(), ah, esp, (s, flags, a, e) ->
                new IpsecOffloadV1(flags ^ 0x5A, s.get(0), s.get(1), s.get(2), flags, a, e));
        forAll(offloads).check(offload -> {
            assertThat(CapabilityCodec.decodeV1(CapabilityCodec.encodeV1(offload))).isEqualTo(offload);
            IpsecOffloadV1 legacy = CapabilityCodec.decodeTaskIpsec(CapabilityCodec.encodeTaskIpsec(offload));
            assertThat(legacy.ah()).isEqualTo(offload.ah());
            assertThat(legacy.esp()).isEqualTo(offload.esp());
        });
    }
}
