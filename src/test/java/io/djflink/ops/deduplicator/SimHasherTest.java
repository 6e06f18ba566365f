package io.djflink.ops.deduplicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimHasherTest {

    private final SimHasher hasher = new SimHasher();

    @Test
    void tokenHashIsTheFirstEightMd5BytesBigEndian() {
        // md5("hello") = 5d41402abc4b2a76 b9719d911017c592
        assertThat(hasher.tokenHash("hello")).isEqualTo(0x5d41402abc4b2a76L);
    }

    @Test
    void oneTokensSimhashIsItsHash() {
        assertThat(hasher.simhash(List.of("hello"))).isEqualTo(0x5d41402abc4b2a76L);
    }

    @Test
    void eachBitIsTheMajorityAndTiesGiveZero() {
        long h1 = hasher.tokenHash("hello");
        long h2 = hasher.tokenHash("world");
        long h3 = hasher.tokenHash("again");
        assertThat(hasher.simhash(List.of("hello", "world"))).isEqualTo(h1 & h2);
        assertThat(hasher.simhash(List.of("hello", "world", "again")))
                .isEqualTo((h1 & h2) | (h1 & h3) | (h2 & h3));
        assertThat(hasher.simhash(List.of("hello", "hello", "world"))).isEqualTo(h1);
    }

    @Test
    void noTokensGiveZero() {
        assertThat(hasher.simhash(List.of())).isZero();
    }
}
