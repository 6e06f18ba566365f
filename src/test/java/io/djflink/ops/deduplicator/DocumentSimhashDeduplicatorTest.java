package io.djflink.ops.deduplicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentSimhashDeduplicatorTest {

    private static DatasetOp op(Map<String, Object> args) {
        return (DatasetOp) DocumentSimhashDeduplicator.SPEC.create(args, "text");
    }

    private static List<Integer> keptDigests(DatasetOp op, Long... simhashes) {
        return op.select(List.of((Object[]) simhashes)).stream().boxed().toList();
    }

    @Test
    void digestIsTheSimhashOfTheSpaceShinglesAndIsRecordedAsAnUnsignedDecimal() {
        Sample sample = Sample.of("text", "One two three four five six seven");
        Object digest = op(Map.of()).digest(sample);

        SimHasher hasher = new SimHasher();
        long expected = hasher.simhash(List.of("one two three four five six", "two three four five six seven"));
        assertThat(digest).isEqualTo(expected);
        assertThat(sample.get(DocumentSimhashDeduplicator.HASH_FIELD)).isEqualTo(Long.toUnsignedString(expected));
    }

    @Test
    void reusesTheSimhashASampleAlreadyHas() {
        Sample sample = Sample.of("text", "ignored", DocumentSimhashDeduplicator.HASH_FIELD, "18446744073709551615");
        assertThat(op(Map.of()).digest(sample)).isEqualTo(-1L);
        Sample broken = Sample.of("text", "x", DocumentSimhashDeduplicator.HASH_FIELD, "abc");
        assertThatThrownBy(() -> op(Map.of()).digest(broken)).hasMessageContaining("__dj__simhash holds \"abc\"");
    }

    @Test
    void textShorterThanTheWindowHashesToZero() {
        assertThat(op(Map.of()).digest(Sample.of("text", "too short"))).isEqualTo(0L);
    }

    @Test
    void simhashesWithinTheDistanceJoinTransitivelyAndKeepTheFirstSample() {
        long a = 0L;
        long b = 0b1111L;
        long c = 0b1111_1111L;
        long far = -1L;
        // a~b (4 bits), b~c (4 bits), a and c are 8 bits apart but share b's cluster
        assertThat(keptDigests(op(Map.of()), c, far, a, b)).containsExactly(0, 1);
        assertThat(keptDigests(op(Map.of("hamming_distance", 3)), c, far, a, b)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void exactRepeatsOfAnIsolatedSimhashAreDropped() {
        assertThat(keptDigests(op(Map.of()), 5L, -1L, 5L, 5L)).containsExactly(0, 1);
    }

    @Test
    void nearDuplicateTextsKeepTheFirst() {
        String text = IntStream.range(0, 200).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        String edited = text.replace("w100 ", "changed ");
        DatasetOp op = op(Map.of());
        List<Object> digests = new ArrayList<>();
        for (String t : List.of(text, "an entirely different text that has enough words in it", edited)) {
            digests.add(op.digest(Sample.of("text", t)));
        }
        assertThat(op.select(digests).stream().boxed().toList()).containsExactly(0, 1);
    }

    @Test
    void emptyDatasetKeepsNothing() {
        assertThat(op(Map.of()).select(List.of()).isEmpty()).isTrue();
    }

    @Test
    void hammingDistanceMustBeBelowTheBlockCount() {
        assertThatThrownBy(() -> op(Map.of("hamming_distance", 6))).isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("hamming_distance (6) must be less than num_blocks (6)");
        assertThatThrownBy(() -> op(Map.of("tokenization", "sentencepiece")))
                .hasMessageContaining("space, punctuation, character");
    }
}
