package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values are DataJuicer's: {@code len(text) / len(text.splitlines())} in Python. */
class AverageLineLengthFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) AverageLineLengthFilter.SPEC.create(args, "text");
    }

    private static Object averageLineLength(String text) {
        Sample sample = Sample.of("text", text);
        filter(Map.of()).computeStats(sample);
        return sample.stats().get("avg_line_length");
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }

    @Test
    void keepsWhatDataJuicersUnitTestKeeps() {
        Filter filter = filter(Map.of("min_len", 10, "max_len", 20));
        List<String> texts = List.of("a=1\nb\nc=1+2+3+5\nd=6", "Today is Sund Sund Sunda and it's a happy day!\nYou know",
                "a v s e e f g a qkc", "，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►",
                "Do you need a cup of coffee?", "emoji表情测试下😊，😸31231\n");
        assertThat(texts.stream().filter(t -> keeps(filter, t)))
                .containsExactly("a v s e e f g a qkc", "emoji表情测试下😊，😸31231\n");
    }

    @Test
    void dividesTheWholeLengthLineBreaksIncludedByTheNumberOfLines() {
        assertThat(averageLineLength("a=1\nb\nc=1+2+3+5\nd=6")).isEqualTo(4.75);
        assertThat(averageLineLength("a\n\nb\n")).isEqualTo(5.0 / 3);
    }

    @Test
    void aTrailingLineBreakStartsNoLineAndCrLfIsOneBreak() {
        assertThat(averageLineLength("emoji表情测试下😊，😸31231\n")).isEqualTo(19.0);
        assertThat(averageLineLength("\n")).isEqualTo(1.0);
        assertThat(averageLineLength("a\r\nb")).isEqualTo(2.0);
        assertThat(averageLineLength("ab\r\r\n")).isEqualTo(2.5);
    }

    @Test
    void splitsLinesOnEveryPythonLineBoundary() {
        assertThat(averageLineLength("x\u2028yy\u001c\u0085z\u000b")).isEqualTo(2.0);
    }

    @Test
    void emptyTextHasNoLinesAndAverageZero() {
        assertThat(averageLineLength("")).isEqualTo(0.0);
        assertThat(keeps(filter(Map.of("min_len", 0)), "")).isTrue();
        assertThat(keeps(filter(Map.of()), "")).isFalse();
    }

    @Test
    void countsCodePointsSoEmojiAndCjkAreOneCharacterEach() {
        assertThat(averageLineLength("😀😀😀\n中文")).isEqualTo(3.0);
    }

    @Test
    void handlesVeryLongLines() {
        String line = "x".repeat(2_000_000);
        assertThat(averageLineLength(line + "\n" + line)).isEqualTo(2_000_000.5);
    }

    @Test
    void boundsAreInclusiveAndReversedRangeKeepsTheComplementOfTheOpenRange() {
        Filter inclusive = filter(Map.of("min_len", 2, "max_len", 3));
        assertThat(keeps(inclusive, "a")).isFalse();
        assertThat(keeps(inclusive, "ab")).isTrue();
        assertThat(keeps(inclusive, "abc")).isTrue();
        assertThat(keeps(inclusive, "abcd")).isFalse();
        Filter reversed = filter(Map.of("min_len", 2, "max_len", 3, "reversed_range", true));
        assertThat(keeps(reversed, "a")).isTrue();
        assertThat(keeps(reversed, "ab")).isTrue();
        assertThat(keeps(reversed, "ab\ncd\ne")).isFalse();
        assertThat(keeps(reversed, "abc")).isTrue();
        assertThat(keeps(reversed, "abcd")).isTrue();
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "short");
        sample.stats().put("avg_line_length", 50.0);
        Filter filter = filter(Map.of("min_len", 40));
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("avg_line_length", 50.0);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void badParametersAreRejectedNamingOpAndParameter() {
        assertThatThrownBy(() -> filter(Map.of("min_length", 3)))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("average_line_length_filter").hasMessageContaining("min_length");
        assertThatThrownBy(() -> filter(Map.of("max_len", "long")))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("average_line_length_filter").hasMessageContaining("max_len")
                .hasMessageContaining("an integer");
    }
}
