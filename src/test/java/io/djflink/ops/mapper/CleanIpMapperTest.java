package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class CleanIpMapperTest {

    private static String clean(String text) {
        return map(CleanIpMapper.SPEC, text);
    }

    @Test
    void removesIpv4AndFullIpv6Addresses() {
        assertThat(clean("test of ip 234.128.124.123")).isEqualTo("test of ip ");
        assertThat(clean("ip:0.0.0.0 and 255.255.255.255")).isEqualTo("ip: and ");
        assertThat(clean("v6 FE80:0000:0000:0000:0202:B3FF:FE1E:8329 end")).isEqualTo("v6  end");
        assertThat(clean("请问234.0.0.1是😀")).isEqualTo("请问是😀");
    }

    @Test
    void cleansPartsOfLongerNumbersBecauseNothingAnchorsTheOctets() {
        assertThat(clean("256.1.1.1")).isEqualTo("2");
        assertThat(clean("x 1.2.3.256 y")).isEqualTo("x 6 y");
        assertThat(clean("1.2.3.4.5")).isEqualTo(".5");
    }

    @Test
    void leavesCompressedIpv6AndTextWithoutAddresses() {
        assertThat(clean("fe80::1 and ::")).isEqualTo("fe80::1 and ::");
        assertThat(clean("")).isEmpty();
        assertThat(clean("1.2.3")).isEqualTo("1.2.3");
    }

    @Test
    void handlesAVeryLongLine() {
        // each 8 characters "9.9.9.9." hold one address and leave its final dot
        assertThat(clean("9.".repeat(200_000))).isEqualTo(".".repeat(50_000));
    }

    @Test
    void replacesWithRepl() {
        assertThat(map(CleanIpMapper.SPEC, Map.of("repl", "<IP>"), "a 10.0.0.1 b")).isEqualTo("a <IP> b");
        assertThatThrownBy(() -> map(CleanIpMapper.SPEC, Map.of("pattern", "("), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("clean_ip_mapper")
                .hasMessageContaining("'pattern'");
    }
}
