package io.sakit.conformance.generated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sakit.conformance.check.Fault;
import io.sakit.spec.codec.AddSaLayout;
import io.sakit.spec.model.AddSaRequest;
import io.sakit.spec.model.KeyMaterial;
import io.sakit.spec.model.SecurityAssociation;
import io.sakit.spec.ndis.NdisStatus;
import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Profile;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a shrunk counterexample as a vector file of one test, in the format of {@code spec/vectors}, so a
 * failure found by generation survives as a regression vector whatever happens to the generators.
 */
public final class CounterexampleVectors {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CounterexampleVectors() {
    }

    /** Returns an oid_request vector file holding one request with one injected fault and its expected status. */
    public static String oidRequest(Profile profile, Oid oid, byte[] buffer, Fault fault) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", "oid_request_vectors.schema.json");
        root.put("vectorType", "oid_request");
        root.put("specVersion", "1.0");
        root.put("generator", "io.sakit.conformance counterexample");
        root.put("numberOfTests", 1);
        root.putArray("header").add("A counterexample found by a generated case and shrunk to its smallest form.");
        ObjectNode note = root.putObject("notes").putObject(flag(fault));
        note.put("bugType", "COUNTEREXAMPLE");
        note.put("description", "The request carries the single fault '" + fault.name() + "'.");
        note.putArray("requirements").add(fault.requirementId());
        ObjectNode group = root.putArray("testGroups").addObject();
        group.put("abi", profile.abi().token());
        group.put("keyOrder", profile.keyOrder().token());
        ObjectNode test = group.putArray("tests").addObject();
        test.put("tcId", 1);
        test.put("comment", fault.name());
        test.putArray("flags").add(flag(fault));
        test.putArray("setup");
        ObjectNode request = test.putObject("request");
        request.put("oid", oid.name());
        request.put("buffer", HexFormat.of().formatHex(buffer));
        test.put("result", "invalid");
        test.put("status", fault.status().name());
        if (fault.status() == NdisStatus.INVALID_LENGTH) {
            int keyMat = AddSaLayout.ADD_SA.keyMaterial(profile.abi());
            test.put("bytesNeeded", buffer.length < keyMat ? keyMat : buffer.length + 1);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a counterexample vector", e);
        }
    }

    /**
     * Returns {@code request} with every key replaced by the public test pattern (bytes 0x5A, not a weak DES key)
     * of the same length: a counterexample vector goes into reports, which never hold a key the adapter was
     * given. Structural faults do not depend on key values, so the vector fails the same way.
     */
    public static AddSaRequest withPublicKeys(AddSaRequest request) {
        List<SecurityAssociation> sas = request.securityAssociations().stream()
                .map(sa -> new SecurityAssociation(sa.parameters(), pattern(sa.confKey().length()), pattern(sa.integrityKey().length()))).toList();
        return new AddSaRequest(request.filter(), request.tunnel(), request.direction(), sas);
    }

    private static KeyMaterial pattern(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 0x5A);
        return KeyMaterial.copyOf(bytes);
    }

    private static String flag(Fault fault) {
        StringBuilder flag = new StringBuilder();
        for (String part : fault.name().split("-")) {
            flag.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return flag.toString();
    }
}
