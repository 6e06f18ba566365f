package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import io.djflink.ops.text.SpecialCharacters;
import io.djflink.ops.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expected ratios are DataJuicer's, computed with its Python helpers. */
class WordRepetitionFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) WordRepetitionFilter.SPEC.create(args, "text");
    }

    private static Object ratio(String text, int repLen) {
        Sample sample = Sample.of("text", text);
        filter(Map.of("rep_len", repLen)).computeStats(sample);
        return sample.stats().get("word_rep_ratio");
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }

    @Test
    void keepsWhatDataJuicersUnitTestKeeps() {
        Filter filter = filter(Map.of("rep_len", 3, "min_ratio", 0.0, "max_ratio", 0.2));
        List<String> texts = List.of("Today is Sunday Sunday Sunday Sunday Sunday and it's a happy day!",
                "Today is Sunday Sunday Sunday and it's a happy day!",
                "Today is Sund Sund Sund Sund Sund Sunda and it's a happy day!",
                "plusieurs èrdash@hqbchd.ckd d'accéder à ces wwwasdasd fonc",
                "This proposed a novel proposed pretraining proposed pretraining.");
        assertThat(texts.stream().filter(t -> keeps(filter, t))).containsExactly(texts.get(1), texts.get(3),
                texts.get(4));
    }

    @Test
    void ratioIsTheShareOfNGramOccurrencesWhoseNGramRepeats() {
        assertThat(ratio("Today is Sunday Sunday Sunday Sunday Sunday and it's a happy day!", 3)).isEqualTo(0.3);
        assertThat(ratio("Today is Sund Sund Sund Sund Sund Sunda and it's a happy day!", 3)).isEqualTo(3.0 / 11);
        assertThat(ratio("x y x y x y", 2)).isEqualTo(1.0);
    }

    @Test
    void wordsAreLowerCasedAndStrippedOfSpecialCharactersBeforeCounting() {
        assertThat(ratio("A a. A! a", 1)).isEqualTo(1.0);
        assertThat(ratio("Der DER der", 2)).isEqualTo(1.0);
        assertThat(ratio("ΣΑΣ σας", 1)).isEqualTo(1.0);
        assertThat(ratio("😀 a 😀 a", 2)).isEqualTo(0.0);
    }

    @Test
    void splitsOnlyOnSpaceNewlineAndTabSoCjkRunsAndNbspJoinedWordsAreOneWord() {
        assertThat(ratio("中文 中文 中文", 2)).isEqualTo(1.0);
        assertThat(ratio("去除字母、数字、下划线占比过低或过高的代码", 1)).isEqualTo(0.0);
        assertThat(ratio("a\u00a0b a\u00a0b", 2)).isEqualTo(0.0);
    }

    @Test
    void fewerWordsThanRepLenOrEmptyTextGiveZero() {
        assertThat(ratio("", 1)).isEqualTo(0.0);
        assertThat(ratio("a b", 3)).isEqualTo(0.0);
        assertThat(keeps(filter(Map.of()), "")).isTrue();
    }

    @Test
    void agreesWithCountingJoinedNGramsOnLongRandomTexts() {
        Random random = new Random(7);
        String[] vocabulary = {"a", "B", "b.", "ç", "😀x", "中", "-", "Σ", "zz"};
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 5_000; i++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextBoolean() ? ' ' : '\n');
            }
            int repLen = 1 + random.nextInt(6);
            assertThat(ratio(text.toString(), repLen)).isEqualTo(joinedNGramRatio(text.toString(), repLen));
        }
    }

    /** The ratio exactly as DataJuicer computes it, with a string per n-gram. */
    private static double joinedNGramRatio(String text, int n) {
        List<String> words = Words.refine(Words.fromDocument(text), true, SpecialCharacters::contains);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
            counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int repeated = counts.values().stream().filter(c -> c > 1).mapToInt(Integer::intValue).sum();
        return total == 0 ? 0.0 : (double) repeated / total;
    }

    @Test
    void boundsAreInclusiveAndReversedRangeKeepsTheComplementOfTheOpenRange() {
        Filter inclusive = filter(Map.of("rep_len", 1, "min_ratio", 0.5, "max_ratio", 0.5));
        assertThat(keeps(inclusive, "a a b c")).isTrue();
        assertThat(keeps(inclusive, "a b c")).isFalse();
        Filter reversed = filter(Map.of("rep_len", 1, "min_ratio", 0.4, "max_ratio", 0.6, "reversed_range", true));
        assertThat(keeps(reversed, "a a b c")).isFalse();
        assertThat(keeps(reversed, "a b c")).isTrue();
        assertThat(keeps(reversed, "a a a")).isTrue();
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "a a a a");
        sample.stats().put("word_rep_ratio", 0.1);
        Filter filter = filter(Map.of("rep_len", 1));
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("word_rep_ratio", 0.1);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void tokenizationIsRejectedBecauseNoModelShips() {
        assertThatThrownBy(() -> filter(Map.of("tokenization", true, "lang", "zh")))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("word_repetition_filter").hasMessageContaining("zh.sp.model")
                .hasMessageContaining("tokenization: false");
    }

    @Test
    void badParametersAreRejectedNamingOpAndParameter() {
        assertThatThrownBy(() -> filter(Map.of("rep_len", 0)))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("word_repetition_filter")
                .hasMessageContaining("rep_len").hasMessageContaining("a positive integer");
        assertThatThrownBy(() -> filter(Map.of("max_rat", 0.3)))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("max_rat");
    }
}
