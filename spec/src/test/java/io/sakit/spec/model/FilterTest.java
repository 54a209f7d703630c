package io.sakit.spec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilterTest {

    private static final int HOST = Ipv4.parse("10.1.2.3");

    @Test
    void zeroAddressMatchesAnythingWhateverTheMask() {
        assertThat(Filter.addressMatches(0, Ipv4.parse("255.255.255.0"), HOST)).isTrue();
    }

    @Test
    void zeroMaskWithAnAddressIsAnExactMatch() {
        assertThat(Filter.addressMatches(HOST, 0, HOST)).isTrue();
        assertThat(Filter.addressMatches(HOST, 0, HOST + 1)).isFalse();
    }

    @Test
    void maskedComparisonIgnoresAddressBitsOutsideTheMask() {
        assertThat(Filter.addressMatches(Ipv4.parse("10.1.2.99"), Ipv4.parse("255.255.255.0"), HOST)).isTrue();
        assertThat(Filter.addressMatches(Ipv4.parse("10.1.3.0"), Ipv4.parse("255.255.255.0"), HOST)).isFalse();
    }

    @Test
    void portsConstrainOnlyTcpAndUdp() {
        Filter port80 = new Filter(0, 0, 0, 0, 0, 0, 80);
        assertThat(port80.matches(new FlowKey(HOST, HOST, 6, 1000, 80))).isTrue();
        assertThat(port80.matches(new FlowKey(HOST, HOST, 17, 1000, 81))).isFalse();
        assertThat(port80.matches(new FlowKey(HOST, HOST, 1, 0, 0))).isTrue();
    }

    @Test
    void invalidFiltersNameTheirRule() {
        assertThatThrownBy(() -> new Filter(0, Ipv4.parse("255.0.255.0"), 0, 0, 0, 0, 0)).hasMessageStartingWith("FLT-VAL-002");
        assertThatThrownBy(() -> new Filter(0, 0, 0, 0, 1, 0, 80)).hasMessageStartingWith("FLT-VAL-003");
        assertThatThrownBy(() -> new Filter(0, 0, 0, 0, 256, 0, 0)).hasMessageStartingWith("FLT-VAL-001");
    }

    @Test
    void contiguityCoversEveryPrefix() {
        for (int prefix = 0; prefix <= 32; prefix++) {
            assertThat(Ipv4.isContiguous(prefix == 0 ? 0 : -1 << (32 - prefix))).isTrue();
        }
        assertThat(Ipv4.isContiguous(Ipv4.parse("0.255.255.255"))).isFalse();
        assertThat(Ipv4.format(Ipv4.parse("192.168.0.1"))).isEqualTo("192.168.0.1");
        assertThatThrownBy(() -> Ipv4.parse("1.2.3.256")).hasMessageContaining("out of range");
    }
}
