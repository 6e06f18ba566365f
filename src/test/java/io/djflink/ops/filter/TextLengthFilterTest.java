package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextLengthFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) TextLengthFilter.SPEC.create(args, "text");
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }

    @Test
    void recordsTheLengthInCodePointsAsLong() {
        Sample sample = Sample.of("text", "a😀中\n");
        filter(Map.of()).computeStats(sample);
        assertThat(sample.stats()).containsEntry("text_len", 4L);
    }

    @Test
    void keepsTextsOfExactlyMinAndMaxLength() {
        Filter filter = filter(Map.of("min_len", 3, "max_len", 5));
        assertThat(keeps(filter, "ab")).isFalse();
        assertThat(keeps(filter, "abc")).isTrue();
        assertThat(keeps(filter, "abcde")).isTrue();
        assertThat(keeps(filter, "abcdef")).isFalse();
    }

    @Test
    void byDefaultKeepsTextsOfTenCodePointsOrMoreEvenIfTheyAreEmoji() {
        Filter filter = filter(Map.of());
        assertThat(keeps(filter, "😀".repeat(10))).isTrue();
        assertThat(keeps(filter, "😀".repeat(9))).isFalse();
        assertThat(keeps(filter, "中".repeat(10))).isTrue();
        assertThat(keeps(filter, "")).isFalse();
    }

    @Test
    void keepsVeryLongTextsUnderTheDefaultMaximum() {
        assertThat(keeps(filter(Map.of()), "x".repeat(5_000_000))).isTrue();
    }

    @Test
    void openIntervalsExcludeTheBounds() {
        Filter filter = filter(Map.of("min_len", 3, "max_len", 5, "min_closed_interval", false,
                "max_closed_interval", false));
        assertThat(keeps(filter, "abc")).isFalse();
        assertThat(keeps(filter, "abcd")).isTrue();
        assertThat(keeps(filter, "abcde")).isFalse();
    }

    @Test
    void reversedRangeKeepsTheComplementOfTheOpenRange() {
        Filter filter = filter(Map.of("min_len", 3, "max_len", 5, "reversed_range", true));
        assertThat(keeps(filter, "ab")).isTrue();
        assertThat(keeps(filter, "abc")).isTrue();
        assertThat(keeps(filter, "abcd")).isFalse();
        assertThat(keeps(filter, "abcde")).isTrue();
        assertThat(keeps(filter, "abcdef")).isTrue();
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "short");
        sample.stats().put("text_len", 100L);
        Filter filter = filter(Map.of("min_len", 50));
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("text_len", 100L);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void readsTheConfiguredTextKey() {
        Filter filter = (Filter) TextLengthFilter.SPEC.create(Map.of("text_key", "content", "min_len", 1), "text");
        Sample sample = Sample.of("content", "abc");
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("text_len", 3L);
    }

    @Test
    void missingOrNonStringTextIsAnErrorNamingTheField() {
        Filter filter = filter(Map.of());
        assertThatThrownBy(() -> filter.computeStats(Sample.of("other", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'text' is missing");
        assertThatThrownBy(() -> filter.computeStats(Sample.of("text", 42L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'text' holds a long");
    }

    @Test
    void unknownParameterIsRejectedNamingOpAndParameter() {
        assertThatThrownBy(() -> filter(Map.of("min_length", 3)))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("text_length_filter").hasMessageContaining("min_length");
    }

    @Test
    void wrongTypeIsRejectedNamingOpAndParameter() {
        assertThatThrownBy(() -> filter(Map.of("max_len", "many")))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("text_length_filter").hasMessageContaining("max_len")
                .hasMessageContaining("an integer");
    }
}
