package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected word counts are DataJuicer's, computed with its Python helpers. */
class WordsNumFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) WordsNumFilter.SPEC.create(args, "text");
    }

    private static Object numWords(String text) {
        Sample sample = Sample.of("text", text);
        filter(Map.of()).computeStats(sample);
        return sample.stats().get("num_words");
    }

    @Test
    void punctuationRunIsOneWordBecauseRatioAndFullwidthPercentAreNotSpecial() {
        assertThat(numWords("，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►")).isEqualTo(1L);
    }

    @Test
    void countsWordsSplitOnSpaceNewlineAndTab() {
        assertThat(numWords("Today is Sund Sund Sund Sunda and it's a happy day!\nYou know")).isEqualTo(13L);
        assertThat(numWords("a b\tc\nd\re")).isEqualTo(4L);
        assertThat(numWords("a\u00a0b c\u3000d")).isEqualTo(2L);
    }

    @Test
    void wordsMadeOfSpecialCharactersOnlyDoNotCount() {
        assertThat(numWords("-- ... !! 123")).isEqualTo(0L);
        assertThat(numWords("😀 👊 hello")).isEqualTo(1L);
        assertThat(numWords("ГГГ Гa")).isEqualTo(1L);
    }

    @Test
    void emptyAndBlankTextsHaveNoWords() {
        assertThat(numWords("")).isEqualTo(0L);
        assertThat(numWords("   \n\t  ")).isEqualTo(0L);
    }

    @Test
    void cjkWithoutSpacesIsOneWord() {
        assertThat(numWords("中文也是一个字算一个长度")).isEqualTo(1L);
    }

    @Test
    void boundsAreInclusive() {
        Filter filter = filter(Map.of("min_num", 2, "max_num", 3));
        assertThat(keeps(filter, "one")).isFalse();
        assertThat(keeps(filter, "one two")).isTrue();
        assertThat(keeps(filter, "one two three")).isTrue();
        assertThat(keeps(filter, "one two three four")).isFalse();
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "one");
        sample.stats().put("num_words", 20L);
        Filter filter = filter(Map.of());
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("num_words", 20L);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void tokenizationIsRejectedBecauseNoModelShips() {
        assertThatThrownBy(() -> filter(Map.of("tokenization", true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("words_num_filter")
                .hasMessageContaining("no tokenizer model ships with dj-flink")
                .hasMessageContaining("tokenization: false");
    }

    @Test
    void acceptsLangWithoutTokenization() {
        assertThat(keeps(filter(Map.of("lang", "zh", "min_num", 1)), "中文")).isTrue();
    }

    @Test
    void unknownAndMistypedParametersAreRejected() {
        assertThatThrownBy(() -> filter(Map.of("min_words", 1)))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("words_num_filter")
                .hasMessageContaining("min_words");
        assertThatThrownBy(() -> filter(Map.of("tokenization", "maybe")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("tokenization")
                .hasMessageContaining("a boolean");
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }
}
