package io.djflink.ops.deduplicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentMinhashDeduplicatorTest {

    private static final String ARTICLE = IntStream.range(0, 80).mapToObj(i -> "word" + i)
            .collect(Collectors.joining(" "));

    private static DatasetOp op(Map<String, Object> args) {
        return (DatasetOp) DocumentMinhashDeduplicator.SPEC.create(args, "text");
    }

    /** The indices of the texts the op keeps. */
    private static List<Integer> kept(DatasetOp op, String... texts) {
        List<Object> digests = new ArrayList<>();
        for (String t : texts) {
            digests.add(op.digest(Sample.of("text", t)));
        }
        return op.select(digests).stream().boxed().toList();
    }

    /** Digests of an op with two bands of one value each, whose band keys the test writes itself. */
    private static BitSet selectTwoBandDigests(List<Object> digests) {
        return op(Map.of("num_permutations", 2, "num_bands", 2, "num_rows_per_band", 1)).select(digests);
    }

    @Test
    void nearDuplicateKeepsOnlyTheFirstOfTheCluster() {
        String edited = ARTICLE.replace("word40", "changed");
        String other = IntStream.range(0, 80).mapToObj(i -> "term" + i).collect(Collectors.joining(" "));

        assertThat(kept(op(Map.of()), ARTICLE, other, edited)).containsExactly(0, 1);
        assertThat(kept(op(Map.of()), edited, other, ARTICLE)).containsExactly(0, 1);
    }

    @Test
    void textsDifferingOnlyInCaseAreDuplicatesUnlessLowercaseIsOff() {
        String upper = ARTICLE.toUpperCase();
        assertThat(kept(op(Map.of()), ARTICLE, upper)).containsExactly(0);
        assertThat(kept(op(Map.of("lowercase", false)), ARTICLE, upper)).containsExactly(0, 1);
    }

    @Test
    void digestIsOneLongPerBand() {
        Object digest = op(Map.of()).digest(Sample.of("text", ARTICLE));
        assertThat(digest).asList().hasSize(25).allSatisfy(key -> assertThat(key).isInstanceOf(Long.class));
        assertThat(op(Map.of("jaccard_threshold", 0.9)).digest(Sample.of("text", ARTICLE))).asList().hasSize(9);
        assertThat(op(Map.of("num_bands", 4, "num_rows_per_band", 3)).digest(Sample.of("text", ARTICLE))).asList()
                .hasSize(4);
    }

    @Test
    void clustersJoinTransitivelyThroughSharedBandsAndKeepTheirSmallestIndex() {
        // 0 and 2 share band 0; 2 and 3 share band 1; 1 shares nothing
        List<Object> digests = List.of(List.of(7L, 1L), List.of(8L, 2L), List.of(7L, 3L), List.of(9L, 3L));
        assertThat(selectTwoBandDigests(digests).stream().boxed().toList()).containsExactly(0, 1);
    }

    @Test
    void equalKeysInDifferentBandsDoNotJoin() {
        List<Object> digests = List.of(List.of(5L, 6L), List.of(6L, 5L));
        assertThat(selectTwoBandDigests(digests).stream().boxed().toList()).containsExactly(0, 1);
    }

    @Test
    void textWithoutShinglesGetsTheMarkerAndIsDropped() {
        DatasetOp op = op(Map.of());
        assertThat(op.digest(Sample.of("text", "only four words here"))).isEqualTo(DocumentMinhashDeduplicator.NO_SHINGLES);
        assertThat(kept(op, "only four words here", ARTICLE, "", "only four words here")).containsExactly(1);
        assertThat(kept(op)).isEmpty();
    }

    @Test
    void characterTokenizationFindsNearDuplicateChineseTexts() {
        DatasetOp op = op(Map.of("tokenization", "character"));
        String text = "国际海底管理局大会第八届会议请秘书长采取一项临时措施，设立一个自愿信托基金，以便支付来自发展中国家的法律和技术委员会成员以及"
                + "来自发展中国家的财务委员会成员参加委员会会议的费用。";
        assertThat(kept(op, "你好，请问你是谁", text, "时间：" + text)).containsExactly(0, 1);
    }

    @Test
    void punctuationTokenizationCutsAtPunctuation() {
        DatasetOp op = op(Map.of("tokenization", "punctuation", "window_size", 2));
        assertThat(kept(op, "a,b,c,d,e,f", "A;b.c!d,e?f", "a,b,x,d,e,f")).containsExactly(0, 2);
    }

    @Test
    void moreThan1024PermutationsUseNumpysStreamBeyondTheShippedPrefix() {
        DatasetOp op = op(Map.of("num_permutations", 2048, "num_bands", 128, "num_rows_per_band", 16));
        assertThat(kept(op, ARTICLE, ARTICLE.toUpperCase(), "x y z w v u")).containsExactly(0, 2);
    }

    @Test
    void unsupportedSettingsAreRejectedNamingTheParameter() {
        assertThatThrownBy(() -> op(Map.of("tokenization", "sentencepiece")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("sentencepiece")
                .hasMessageContaining("space, punctuation, character");
        assertThatThrownBy(() -> op(Map.of("tokenization", "words"))).hasMessageContaining("tokenization");
        assertThatThrownBy(() -> op(Map.of("num_bands", 30, "num_rows_per_band", 10)))
                .hasMessageContaining("num_bands * num_rows_per_band = 30 * 10 exceeds num_permutations = 256");
        assertThatThrownBy(() -> op(Map.of("jaccard_threshold", 1.5))).hasMessageContaining("jaccard_threshold");
        assertThatThrownBy(() -> op(Map.of("window_size", 0))).hasMessageContaining("window_size");
    }

    @Test
    void missingTextFailsNamingTheField() {
        assertThatThrownBy(() -> op(Map.of()).digest(Sample.of("body", ARTICLE)))
                .hasMessageContaining("text field 'text' is missing");
    }
}
