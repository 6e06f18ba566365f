package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuffixFilterTest {

    private static final List<String> SUFFIXES = List.of(".pdf", ".docx", ".txt", ".html", ".py");

    private static Filter filter(Map<String, Object> args) {
        return (Filter) SuffixFilter.SPEC.create(args, "text");
    }

    private static List<String> kept(Filter filter) {
        return SUFFIXES.stream().filter(suffix -> keeps(filter, Sample.of("text", "t", "__dj__suffix__", suffix)))
                .toList();
    }

    private static boolean keeps(Filter filter, Sample sample) {
        filter.computeStats(sample);
        return filter.process(sample);
    }

    @Test
    void keepsSamplesWithOneOfTheSuffixesAsDataJuicersUnitTest() {
        assertThat(kept(filter(Map.of("suffixes", List.of(".txt", ".pdf"))))).containsExactly(".pdf", ".txt");
    }

    @Test
    void withoutSuffixesKeepsEverythingEvenWithoutTheSuffixField() {
        assertThat(kept(filter(Map.of()))).isEqualTo(SUFFIXES);
        Map<String, Object> none = new HashMap<>();
        none.put("suffixes", null);
        assertThat(keeps(filter(none), Sample.of("text", "t"))).isTrue();
    }

    @Test
    void aSingleStringIsOneSuffixComparedVerbatim() {
        assertThat(kept(filter(Map.of("suffixes", ".py")))).containsExactly(".py");
        assertThat(kept(filter(Map.of("suffixes", "py")))).isEmpty();
    }

    @Test
    void reversedRangeKeepsTheOtherSuffixes() {
        assertThat(kept(filter(Map.of("suffixes", List.of(".txt", ".pdf"), "reversed_range", true))))
                .containsExactly(".docx", ".html", ".py");
    }

    @Test
    void aNullOrNonStringSuffixMatchesNothing() {
        Filter filter = filter(Map.of("suffixes", List.of(".txt")));
        assertThat(keeps(filter, Sample.of("text", "t", "__dj__suffix__", null))).isFalse();
        assertThat(keeps(filter, Sample.of("text", "t", "__dj__suffix__", 7L))).isFalse();
    }

    @Test
    void recordsNoStatistics() {
        Sample sample = Sample.of("text", "t", "__dj__suffix__", ".txt");
        keeps(filter(Map.of("suffixes", ".txt")), sample);
        assertThat(sample.has("__dj__stats__")).isFalse();
    }

    @Test
    void aSampleWithoutTheLoadersSuffixFieldIsAnErrorNamingIt() {
        assertThatThrownBy(() -> keeps(filter(Map.of("suffixes", ".txt")), Sample.of("text", "t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'__dj__suffix__' is missing").hasMessageContaining("loader");
    }

    @Test
    void suffixesMustBeStrings() {
        assertThatThrownBy(() -> filter(Map.of("suffixes", List.of(".txt", 3))))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("suffix_filter")
                .hasMessageContaining("suffixes").hasMessageContaining("a string or a list of strings");
    }
}
