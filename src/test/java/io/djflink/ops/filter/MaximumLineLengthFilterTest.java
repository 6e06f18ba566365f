package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values are DataJuicer's: {@code max(map(len, text.splitlines()))} in Python. */
class MaximumLineLengthFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) MaximumLineLengthFilter.SPEC.create(args, "text");
    }

    private static Object maxLineLength(String text) {
        Sample sample = Sample.of("text", text);
        filter(Map.of()).computeStats(sample);
        return sample.stats().get("max_line_length");
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }

    @Test
    void keepsWhatDataJuicersUnitTestKeeps() {
        Filter filter = filter(Map.of("min_len", 10, "max_len", 20));
        List<String> texts = List.of("a=1\nb\nc=1+2+3+5\nd=6",
                "Today is Sund Sund Sund Sunda and it's a happy day!\nYou know", "a v s e e f g a qkc",
                "，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►", "Do you need a cup of coffee?",
                "emoji表情测试下😊，😸31231\n");
        assertThat(texts.stream().filter(t -> keeps(filter, t)))
                .containsExactly("a v s e e f g a qkc", "emoji表情测试下😊，😸31231\n");
    }

    @Test
    void measuresLinesWithoutTheirLineBreaksAsLong() {
        assertThat(maxLineLength("a=1\nb\nc=1+2+3+5\nd=6")).isEqualTo(9L);
        assertThat(maxLineLength("emoji表情测试下😊，😸31231\n")).isEqualTo(18L);
        assertThat(maxLineLength("ab\r\ncd\rxyz")).isEqualTo(3L);
        assertThat(maxLineLength("x\u2028yy\u001c\u0085z\u000b")).isEqualTo(2L);
    }

    @Test
    void emptyTextAndBareLineBreaksHaveMaximumZero() {
        assertThat(maxLineLength("")).isEqualTo(0L);
        assertThat(maxLineLength("\n\n")).isEqualTo(0L);
    }

    @Test
    void countsCodePointsBeyondTheBmpOnceAndCjkOnce() {
        assertThat(maxLineLength("😀😀😀\n中文")).isEqualTo(3L);
        assertThat(maxLineLength("\uD83D")).isEqualTo(1L);
    }

    @Test
    void findsAVeryLongLineAmongShortOnes() {
        assertThat(maxLineLength("a\n" + "中".repeat(3_000_000) + "\nb")).isEqualTo(3_000_000L);
    }

    @Test
    void boundsAreInclusiveAndReversedRangeKeepsTheComplementOfTheOpenRange() {
        Filter inclusive = filter(Map.of("min_len", 2, "max_len", 3));
        assertThat(keeps(inclusive, "a\nb")).isFalse();
        assertThat(keeps(inclusive, "ab\nc")).isTrue();
        assertThat(keeps(inclusive, "abc")).isTrue();
        assertThat(keeps(inclusive, "abcd\na")).isFalse();
        Filter reversed = filter(Map.of("min_len", 2, "max_len", 4, "reversed_range", true));
        assertThat(keeps(reversed, "a\nb")).isTrue();
        assertThat(keeps(reversed, "ab")).isTrue();
        assertThat(keeps(reversed, "abc\na")).isFalse();
        assertThat(keeps(reversed, "abcd")).isTrue();
        assertThat(keeps(reversed, "abcde")).isTrue();
    }

    @Test
    void openIntervalsExcludeTheBounds() {
        Filter open = filter(Map.of("min_len", 2, "max_len", 4, "min_closed_interval", false,
                "max_closed_interval", false));
        assertThat(keeps(open, "ab")).isFalse();
        assertThat(keeps(open, "abc")).isTrue();
        assertThat(keeps(open, "abcd")).isFalse();
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "short");
        sample.stats().put("max_line_length", 99L);
        Filter filter = filter(Map.of("min_len", 90));
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("max_line_length", 99L);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void badParametersAreRejectedNamingOpAndParameter() {
        assertThatThrownBy(() -> filter(Map.of("max_length", 3)))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("maximum_line_length_filter").hasMessageContaining("max_length");
        assertThatThrownBy(() -> filter(Map.of("min_len", List.of(1))))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("min_len")
                .hasMessageContaining("an integer");
    }
}
