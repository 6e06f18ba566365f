package io.djflink.ops.deduplicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HammingNeighboursTest {

    private static Set<String> closePairs(HammingNeighbours neighbours, long[] values) {
        Set<String> pairs = new TreeSet<>();
        neighbours.forEachClosePair(values, (i, j) -> pairs.add(Math.min(i, j) + "-" + Math.max(i, j)));
        return pairs;
    }

    @Test
    void findsExactlyThePairsWithinTheDistance() {
        Random r = new Random(3);
        long[] values = new long[300];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 3 == 0 || i == 0 ? r.nextLong() : values[i - 1] ^ (1L << r.nextInt(64))
                    ^ (r.nextBoolean() ? 1L << r.nextInt(64) : 0) ^ (r.nextInt(4) == 0 ? 0xF0L << r.nextInt(56) : 0);
        }
        for (int distance = 1; distance <= 5; distance++) {
            Set<String> expected = new TreeSet<>();
            for (int i = 0; i < values.length; i++) {
                for (int j = i + 1; j < values.length; j++) {
                    if (Long.bitCount(values[i] ^ values[j]) <= distance) {
                        expected.add(i + "-" + j);
                    }
                }
            }
            assertThat(closePairs(new HammingNeighbours(distance + 2, distance), values)).as("distance %d", distance)
                    .isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void distanceIsInclusive() {
        long a = 0L;
        long fourBits = 0b1111L << 60;
        long fiveBits = 0b11111L;
        assertThat(closePairs(new HammingNeighbours(6, 4), new long[] {a, fourBits, fiveBits}))
                .containsExactly("0-1");
    }

    @Test
    void everyBlockCountAboveTheDistanceFindsTheSamePairs() {
        long[] values = {0L, 0b111L, 0b111L << 61, -1L, -1L ^ 0b101L};
        Set<String> withSix = closePairs(new HammingNeighbours(6, 3), values);
        assertThat(closePairs(new HammingNeighbours(4, 3), values)).isEqualTo(withSix);
        assertThat(closePairs(new HammingNeighbours(64, 3), values)).isEqualTo(withSix)
                .containsExactlyInAnyOrder("0-1", "0-2", "3-4");
    }
}
