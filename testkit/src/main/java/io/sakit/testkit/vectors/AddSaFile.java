package io.sakit.testkit.vectors;

import io.sakit.spec.model.ConfAlgorithm;
import io.sakit.spec.model.Direction;
import io.sakit.spec.model.Filter;
import io.sakit.spec.model.IntegrityAlgorithm;
import io.sakit.spec.model.Tunnel;
import io.sakit.spec.profile.Abi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Generates add_sa.json: OID_TCP_TASK_IPSEC_ADD_SA requests, valid and with every fault the check order names. */
final class AddSaFile {

    /** The file name. */
    static final String NAME = "add_sa.json";

    private static final long SEED = 0x5A4B1701L;

    private AddSaFile() {
    }

    /** Returns the document tree. */
    static Map<String, Object> document() {
        return OidFile.build(List.of(
                "OID_TCP_TASK_IPSEC_ADD_SA (OFFLOAD_IPSEC_ADD_SA, KeyMat at 176 on x86 and 180 on x64): valid requests over every algorithm",
                "shape, mode and direction, and requests with one or several faults, in the check order of SPEC.md section 5.7."), AddSaFile::cases);
    }

    /** Returns the cases for one ABI. */
    static List<OidCase> cases(Abi abi) {
        Build build = new Build(abi, SEED);
        RequestBytes esp = build.esp();
        RequestBytes ah = build.ah();
        RequestBytes bundle = build.bundle();
        List<OidCase> cases = new ArrayList<>(ValidCases.all(build));
        cases.addAll(EdgeCases.all(build));
        cases.addAll(LengthCases.all(build, esp, bundle));
        cases.addAll(StructureCases.all(esp, ah, bundle));
        cases.addAll(StructureCases.bundleOrder(build.add(Suite.bundle(ConfAlgorithm.NONE, IntegrityAlgorithm.MD5, IntegrityAlgorithm.SHA1),
                Filter.ANY, Tunnel.NONE, Direction.OUTBOUND)));
        cases.addAll(AlgorithmCases.all(build, esp, ah, bundle));
        cases.addAll(KeyCases.all(build, esp, ah, bundle));
        cases.addAll(KeyValueCases.all(KeyValueCases.addSa(build)));
        cases.addAll(FilterFieldCases.all(esp, ah));
        cases.addAll(MultiFaultCases.all(esp, ah, bundle));
        cases.addAll(DuplicateCases.all(build));
        return cases;
    }
}
