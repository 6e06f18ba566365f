package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expected ratios are DataJuicer's, computed with its Python implementation. */
class CharacterRepetitionFilterTest {

    private static final String SUNDAY = "Today is Sund Sund Sund Sund Sund Sunda and it's a happy day!";

    private static Filter filter(Map<String, Object> args) {
        return (Filter) CharacterRepetitionFilter.SPEC.create(args, "text");
    }

    private static Object ratio(String text, long repLen) {
        Sample sample = Sample.of("text", text);
        filter(Map.of("rep_len", repLen)).computeStats(sample);
        return sample.stats().get("char_rep_ratio");
    }

    @Test
    void ratioOfTheMostFrequentRepeatedNGrams() {
        assertThat(ratio(SUNDAY, 5)).isEqualTo(0.45614035087719296);
        assertThat(ratio(SUNDAY, 10)).isEqualTo(0.40384615384615385);
        assertThat(ratio("a v s e c s f e f g a a a a a a a a a a", 5)).isEqualTo(0.45714285714285713);
        assertThat(ratio("abababababababababab", 2)).isEqualTo(0.5263157894736842);
        assertThat(ratio("aaaaaaaaaaaaaaaaaaaaaa", 10)).isEqualTo(1.0);
    }

    @Test
    void textWithoutRepeatedNGramsHasRatioZero() {
        assertThat(ratio("中文也是一个字算一个长度", 5)).isEqualTo(0.0);
        assertThat(ratio("abcdefghij", 10)).isEqualTo(0.0);
    }

    @Test
    void textShorterThanRepLenHasRatioZero() {
        assertThat(ratio("abcdefghi", 10)).isEqualTo(0.0);
        assertThat(ratio("", 10)).isEqualTo(0.0);
    }

    @Test
    void nGramsAreCountedInCodePoints() {
        assertThat(ratio("😀😀😀😀😀a😀😀😀😀😀b😀😀😀😀😀", 3)).isEqualTo(0.6);
    }

    @Test
    void dataJuicerExampleKeepsOnlyTheTextsWithoutRepetition() {
        Filter filter = filter(Map.of("rep_len", 5, "min_ratio", 0.0, "max_ratio", 0.4));
        assertThat(keeps(filter, SUNDAY)).isFalse();
        assertThat(keeps(filter, "a v s e c s f e f g a a a a a a a a a a")).isFalse();
        assertThat(keeps(filter, "，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►")).isTrue();
        assertThat(keeps(filter, "中文也是一个字算一个长度")).isTrue();
    }

    @Test
    void boundsAreInclusive() {
        Filter filter = filter(Map.of("rep_len", 3, "min_ratio", 0.0, "max_ratio", 0.6));
        assertThat(keeps(filter, "😀😀😀😀😀a😀😀😀😀😀b😀😀😀😀😀")).isTrue();
        Filter stricter = filter(Map.of("rep_len", 3, "min_ratio", 0.0, "max_ratio", 0.59));
        assertThat(keeps(stricter, "😀😀😀😀😀a😀😀😀😀😀b😀😀😀😀😀")).isFalse();
    }

    @Test
    void multiMegabyteDocumentOfARepeatedBlockHasTheExpectedRatio() {
        // 370 copies of 10,000 distinct supplementary characters: the 10,000 distinct 10-grams occur
        // 370 times if they start within the first 9,991 positions of a block, else 369 times, and
        // the sqrt(10,000) = 100 most frequent ones are taken.
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            block.appendCodePoint(0x20000 + i);
        }
        String text = block.toString().repeat(370);
        long windows = 3_700_000 - 10 + 1;
        assertThat(ratio(text, 10)).isEqualTo(100 * 370.0 / windows);
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "aaaaaaaaaaaaaaaaaaaa");
        sample.stats().put("char_rep_ratio", 0.1);
        Filter filter = filter(Map.of());
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("char_rep_ratio", 0.1);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void repLenMustBeAPositiveInteger() {
        assertThatThrownBy(() -> filter(Map.of("rep_len", 0)))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("character_repetition_filter")
                .hasMessageContaining("rep_len").hasMessageContaining("a positive integer");
        assertThatThrownBy(() -> filter(Map.of("rep_length", 5)))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("rep_length");
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }

    /** DataJuicer's computation as written in Python: a string per n-gram, frequencies sorted. */
    private static double ratioAsDataJuicerComputesIt(String text, int n) {
        int[] cps = text.codePoints().toArray();
        Map<String, Integer> freq = new HashMap<>();
        for (int i = 0; i + n <= cps.length; i++) {
            freq.merge(new String(cps, i, n), 1, Integer::sum);
        }
        if (freq.isEmpty()) {
            return 0.0;
        }
        List<Integer> sorted = new ArrayList<>(freq.values());
        sorted.sort(Comparator.reverseOrder());
        long numNoRep = sorted.stream().filter(f -> f == 1).count();
        int k = (int) Math.min((int) Math.sqrt(sorted.size()), sorted.size() - numNoRep);
        long top = sorted.subList(0, k).stream().mapToLong(Integer::longValue).sum();
        long all = sorted.stream().mapToLong(Integer::longValue).sum();
        return (double) top / all;
    }

    @Test
    void ratioIsDataJuicersOnRandomTextsWithManyEqualFrequencies() {
        int[] alphabet = "ab c😀".codePoints().toArray();
        Random random = new Random(31);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                text.appendCodePoint(alphabet[random.nextInt(1 + random.nextInt(alphabet.length))]);
            }
            int n = 1 + random.nextInt(6);
            assertThat(ratio(text.toString(), n)).as("n=%d %s", n, text)
                    .isEqualTo(ratioAsDataJuicerComputesIt(text.toString(), n));
        }
    }
}
