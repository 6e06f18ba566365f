package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected ratios are DataJuicer's, computed with its SPECIAL_CHARACTERS. */
class SpecialCharactersFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) SpecialCharactersFilter.SPEC.create(args, "text");
    }

    private static Object ratio(String text) {
        Sample sample = Sample.of("text", text);
        filter(Map.of()).computeStats(sample);
        return sample.stats().get("special_char_ratio");
    }

    @Test
    void ratioOfSpecialCodePoints() {
        assertThat(ratio("Do you need a cup of coffee?")).isEqualTo(0.25);
        assertThat(ratio("，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►")).isEqualTo(0.8529411764705882);
    }

    @Test
    void singleCodePointEmojiAndSkinTonesAreSpecialAndCountOnce() {
        assertThat(ratio("😀a")).isEqualTo(0.5);
        assertThat(ratio("👊🏻 ok")).isEqualTo(0.6);
    }

    @Test
    void someCjkCharactersAreSpecialButNbspAndLineSeparatorAreNot() {
        assertThat(ratio("一士上ー")).isEqualTo(1.0);
        assertThat(ratio("a\u00a0b\u2028")).isEqualTo(0.0);
        assertThat(ratio("∶％")).isEqualTo(0.0);
    }

    @Test
    void emptyTextHasRatioZero() {
        assertThat(ratio("")).isEqualTo(0.0);
    }

    @Test
    void boundsAreInclusiveWithDefaultMaximumOfAQuarter() {
        Filter filter = filter(Map.of());
        assertThat(keeps(filter, "abc!")).isTrue();
        assertThat(keeps(filter, "ab!!")).isFalse();
        assertThat(keeps(filter, "abcd")).isTrue();
    }

    @Test
    void reversedRangeKeepsOnlyOutliers() {
        Filter filter = filter(Map.of("min_ratio", 0.1, "max_ratio", 0.5, "reversed_range", true));
        assertThat(keeps(filter, "abcd")).isTrue();
        assertThat(keeps(filter, "abc!")).isFalse();
        assertThat(keeps(filter, "!!!a")).isTrue();
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "!!!!");
        sample.stats().put("special_char_ratio", 0.0);
        Filter filter = filter(Map.of());
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("special_char_ratio", 0.0);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void unknownAndMistypedParametersAreRejected() {
        assertThatThrownBy(() -> filter(Map.of("max", 1)))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("special_characters_filter")
                .hasMessageContaining("max");
        assertThatThrownBy(() -> filter(Map.of("max_ratio", true)))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("max_ratio");
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }
}
