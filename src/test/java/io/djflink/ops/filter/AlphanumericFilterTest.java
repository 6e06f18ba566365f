package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected ratios are DataJuicer's, computed with Python's {@code str.isalnum}. */
class AlphanumericFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) AlphanumericFilter.SPEC.create(args, "text");
    }

    private static Object ratio(String text) {
        Sample sample = Sample.of("text", text);
        filter(Map.of()).computeStats(sample);
        return sample.stats().get("alnum_ratio");
    }

    @Test
    void ratioOfAlphanumericCodePoints() {
        assertThat(ratio("Do you need a cup of coffee?")).isEqualTo(0.75);
        assertThat(ratio("中文也是一个字算一个长度")).isEqualTo(1.0);
    }

    @Test
    void numbersOfEveryKindCountAsAlphanumeric() {
        assertThat(ratio("½²①１一〇Ⅻ")).isEqualTo(1.0);
    }

    @Test
    void underscoreMiddleDotAndCombiningMarksDoNot() {
        assertThat(ratio("a_·\u0301")).isEqualTo(0.25);
    }

    @Test
    void anEmojiIsOneCharacterOfTheLength() {
        assertThat(ratio("😀a")).isEqualTo(0.5);
        assertThat(ratio("emoji 👊🏻 test")).isEqualTo(0.6923076923076923);
    }

    @Test
    void emptyTextHasRatioZeroAndIsDroppedByDefault() {
        assertThat(ratio("")).isEqualTo(0.0);
        Sample sample = Sample.of("text", "");
        Filter filter = filter(Map.of());
        filter.computeStats(sample);
        assertThat(filter.process(sample)).isFalse();
    }

    @Test
    void boundsAreInclusive() {
        Filter filter = filter(Map.of("min_ratio", 0.5, "max_ratio", 0.75));
        assertThat(keeps(filter, "ab!!")).isTrue();
        assertThat(keeps(filter, "abc!")).isTrue();
        assertThat(keeps(filter, "a!!!")).isFalse();
        assertThat(keeps(filter, "abcd")).isFalse();
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "!!!!");
        sample.stats().put("alnum_ratio", 0.9);
        Filter filter = filter(Map.of());
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("alnum_ratio", 0.9);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void tokenizationIsRejectedBecauseNoModelShips() {
        assertThatThrownBy(() -> filter(Map.of("tokenization", true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alphanumeric_filter")
                .hasMessageContaining("no tokenizer model ships with dj-flink")
                .hasMessageContaining("tokenization: false");
    }

    @Test
    void unknownAndMistypedParametersAreRejected() {
        assertThatThrownBy(() -> filter(Map.of("ratio", 1)))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("alphanumeric_filter")
                .hasMessageContaining("ratio");
        assertThatThrownBy(() -> filter(Map.of("min_ratio", "low")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("min_ratio")
                .hasMessageContaining("a number");
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }
}
