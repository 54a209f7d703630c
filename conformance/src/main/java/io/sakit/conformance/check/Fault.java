package io.sakit.conformance.check;

import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.codec.Bytes;
import io.sakit.spec.codec.SaImage;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.Operation;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.profile.Abi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * One fault injected into the buffer of a valid ADD_SA request, with the requirement it breaks and the
 * status the specification assigns: the request then has exactly one fault, so exactly one status is right.
 */
public record Fault(String name, String requirementId, NdisStatus status, Predicate<AddSaRequest> applies, Injection injection) {

    /** Changes a buffer in place or returns a new one. */
    @FunctionalInterface
    public interface Injection {
        /** Returns the faulty buffer made from the valid {@code buffer} of {@code request}. */
        byte[] inject(byte[] buffer, AddSaRequest request, Abi abi);
    }

    /** Returns the faulty buffer for a valid request's buffer. */
    public byte[] apply(byte[] valid, AddSaRequest request, Abi abi) {
        return injection.inject(valid.clone(), request, abi);
    }

    /** Returns every fault the kit injects. */
    public static List<Fault> all() {
        List<Fault> faults = new ArrayList<>();
        faults.add(poke("flags-none", "ADD-FLG-001", r -> true, (b, r, a) -> Bytes.put16le(b, AddSaLayout.FLAGS, 0)));
        faults.add(poke("flags-both", "ADD-FLG-001", r -> true, (b, r, a) -> Bytes.put16le(b, AddSaLayout.FLAGS, 3)));
        faults.add(poke("flags-unknown-bit", "ADD-FLG-001", r -> true, (b, r, a) -> Bytes.put16le(b, AddSaLayout.FLAGS, r.direction().flag() | 0x100)));
        faults.add(poke("numsas-zero", "ADD-NUM-001", r -> true, (b, r, a) -> Bytes.put16le(b, AddSaLayout.NUM_SAS, 0)));
        faults.add(poke("numsas-three", "ADD-NUM-001", r -> true, (b, r, a) -> Bytes.put16le(b, AddSaLayout.NUM_SAS, 3)));
        faults.add(poke("numsas-negative", "ADD-NUM-001", r -> true, (b, r, a) -> Bytes.put16le(b, AddSaLayout.NUM_SAS, -1)));
        faults.add(poke("operation-unknown", "ADD-OP-001", r -> true, (b, r, a) -> Bytes.put32le(b, sa(0) + SaImage.OPERATION, 3)));
        faults.add(poke("ah-without-integrity", "ADD-ALG-001", Fault::singleAh, (b, r, a) -> Bytes.put32le(b, sa(0) + SaImage.INTEGRITY, 0)));
        faults.add(poke("esp-conf-reserved", "ADD-ALG-003", Fault::firstIsEsp, (b, r, a) -> Bytes.put32le(b, sa(0) + SaImage.CONF, 2)));
        faults.add(poke("esp-conf-out-of-range", "ADD-ALG-003", Fault::firstIsEsp, (b, r, a) -> Bytes.put32le(b, sa(0) + SaImage.CONF, 4)));
        faults.add(poke("esp-integrity-out-of-range", "ADD-ALG-004", Fault::firstIsEsp, (b, r, a) -> Bytes.put32le(b, sa(0) + SaImage.INTEGRITY, 3)));
        faults.add(poke("keylen-field-wrong", "ADD-KEY-001", Fault::firstHasIntegrity,
                (b, r, a) -> Bytes.put32le(b, sa(0) + SaImage.INTEGRITY + 4, r.securityAssociations().get(0).parameters().integrity().keyLength() + 1)));
        faults.add(new Fault("keylen-not-the-sum", "ADD-KEY-002", NdisStatus.INVALID_DATA, r -> r.keyLength() < 64, Fault::extraKeyByte));
        faults.add(poke("protocol-above-255", "FLT-VAL-001", r -> r.filter().sourcePort() == 0 && r.filter().destinationPort() == 0,
                (b, r, a) -> Bytes.put32le(b, AddSaLayout.PROTOCOL, 256)));
        faults.add(poke("mask-not-contiguous", "FLT-VAL-002", r -> true, (b, r, a) -> Bytes.put32be(b, AddSaLayout.SRC_MASK, 0xFF00FF00)));
        faults.add(poke("port-on-icmp", "FLT-VAL-003", r -> true, (b, r, a) -> {
            Bytes.put32le(b, AddSaLayout.PROTOCOL, 1);
            Bytes.put16be(b, AddSaLayout.DEST_PORT, 7);
        }));
        faults.add(poke("one-tunnel-address", "ADD-TUN-001", r -> !r.tunnel().isTunnel(), (b, r, a) -> Bytes.put32be(b, AddSaLayout.SRC_TUNNEL_ADDR, 0x0A000001)));
        faults.add(poke("keylen-above-64", "ADD-LEN-002", r -> true, (b, r, a) -> Bytes.put32le(b, AddSaLayout.ADD_SA.keyLength(a), 65)));
        faults.add(new Fault("keymat-one-byte-short", "ADD-LEN-003", NdisStatus.INVALID_LENGTH, r -> r.keyLength() > 0,
                (b, r, a) -> Arrays.copyOf(b, b.length - 1)));
        faults.add(new Fault("header-one-byte-short", "ADD-LEN-001", NdisStatus.INVALID_LENGTH, r -> true,
                (b, r, a) -> Arrays.copyOf(b, AddSaLayout.ADD_SA.keyMaterial(a) - 1)));
        return faults;
    }

    private static Fault poke(String name, String requirementId, Predicate<AddSaRequest> applies, Poke poke) {
        return new Fault(name, requirementId, NdisStatus.INVALID_DATA, applies, (b, r, a) -> {
            poke.apply(b, r, a);
            return b;
        });
    }

    @FunctionalInterface
    private interface Poke {
        void apply(byte[] buffer, AddSaRequest request, Abi abi);
    }

    private static byte[] extraKeyByte(byte[] buffer, AddSaRequest request, Abi abi) {
        byte[] longer = Arrays.copyOf(buffer, buffer.length + 1);
        Bytes.put32le(longer, AddSaLayout.ADD_SA.keyLength(abi), request.keyLength() + 1);
        return longer;
    }

    private static int sa(int index) {
        return AddSaLayout.securityAssociation(index);
    }

    private static boolean singleAh(AddSaRequest request) {
        return !request.isBundle() && request.securityAssociations().get(0).operation() == Operation.AUTHENTICATE;
    }

    private static boolean firstIsEsp(AddSaRequest request) {
        return request.securityAssociations().get(0).operation() == Operation.ENCRYPT;
    }

    private static boolean firstHasIntegrity(AddSaRequest request) {
        return request.securityAssociations().get(0).parameters().integrity().keyLength() > 0;
    }

    @Override
    public String toString() {
        return name + " (" + requirementId + ")";
    }
}
