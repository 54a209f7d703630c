package io.sakit.testkit.vectors;

import io.sakit.spec.ndis.Oid;
import io.sakit.spec.profile.Abi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Generates udpesp_sa.json: OID_TCP_TASK_IPSEC_ADD_UDPESP_SA and DELETE_UDPESP_SA requests. */
final class UdpEspFile {

    /** The file name. */
    static final String NAME = "udpesp_sa.json";

    private static final long SEED = 0x0DB45001L;

    private UdpEspFile() {
    }

    /** Returns the document tree. */
    static Map<String, Object> document() {
        return OidFile.build(List.of(
                "OID_TCP_TASK_IPSEC_ADD_UDPESP_SA (OFFLOAD_IPSEC_ADD_UDPESP_SA, KeyMat at 188 on x86 and 196 on x64) and",
                "OID_TCP_TASK_IPSEC_DELETE_UDPESP_SA (two HANDLEs): every ADD_SA rule with the UDP-ESP layout, the UDP-ESP rules,",
                "parser entries created, named, reused and released, and duplicates in the UDP-ESP lookup space."), UdpEspFile::cases);
    }

    /** Returns the cases for one ABI; every ADD_UDPESP_SA request test carries the UdpEspLayout flag. */
    static List<OidCase> cases(Abi abi) {
        Build build = new Build(abi, SEED);
        List<OidCase> cases = new ArrayList<>(UdpAddCases.all(build));
        cases.addAll(UdpStateCases.all(build));
        return cases.stream().map(c -> c.request().oid() == Oid.ADD_UDPESP_SA ? c.flaggedFirst(OidFlag.UDP_ESP_LAYOUT) : c).toList();
    }
}
