package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecifiedFieldFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) SpecifiedFieldFilter.SPEC.create(args, "text");
    }

    private static boolean keeps(Filter filter, Sample sample) {
        filter.computeStats(sample);
        return filter.process(sample);
    }

    private static Sample withMeta(Object... keyValues) {
        LinkedHashMap<String, Object> meta = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            meta.put((String) keyValues[i], keyValues[i + 1]);
        }
        return Sample.of("text", "t", "meta", meta);
    }

    @Test
    void keepsSamplesWhoseValueIsATargetAsDataJuicersUnitTest() {
        Filter filter = filter(Map.of("field_key", "meta.suffix", "target_value", List.of(".pdf", ".txt")));
        assertThat(keeps(filter, withMeta("suffix", ".pdf", "star", 50L))).isTrue();
        assertThat(keeps(filter, withMeta("suffix", ".docx", "star", 6L))).isFalse();
        assertThat(keeps(filter, withMeta("suffix", ".txt", "star", 100L))).isTrue();
        assertThat(keeps(filter, withMeta("suffix", "", "star", 12.51))).isFalse();
        assertThat(keeps(filter, withMeta("suffix", null, "star", null))).isFalse();
    }

    @Test
    void aListValueIsKeptOnlyWhenEveryElementIsATargetAsDataJuicersListTest() {
        Filter filter = filter(Map.of("field_key", "meta.path.test", "target_value", List.of("pdf", "txt", "json")));
        assertThat(keeps(filter, withMeta("path", Map.of("test", List.of("txt", "json"))))).isTrue();
        assertThat(keeps(filter, withMeta("path", Map.of("test", List.of("pdf", "txt", "xbs"))))).isFalse();
        assertThat(keeps(filter, withMeta("path", Map.of("test", List.of("docx", "", "html"))))).isFalse();
        assertThat(keeps(filter, withMeta("path", Map.of("test", List.of("json"))))).isTrue();
        assertThat(keeps(filter, withMeta("path", Map.of("test", List.of())))).isTrue();
    }

    @Test
    void comparesWithPythonEqualitySoTrueEqualsOneAndOneEqualsOnePointZero() {
        Filter filter = filter(Map.of("field_key", "meta.star", "target_value", List.of(1, "2")));
        assertThat(keeps(filter, withMeta("star", true))).isTrue();
        assertThat(keeps(filter, withMeta("star", 1.0))).isTrue();
        assertThat(keeps(filter, withMeta("star", 2L))).isFalse();
        assertThat(keeps(filter, withMeta("star", "1"))).isFalse();
    }

    @Test
    void noneIsKeptOnlyWhenNoneIsATarget() {
        Filter filter = filter(Map.of("field_key", "meta.suffix", "target_value", new ArrayList<>(Arrays.asList(
                ".txt", null))));
        assertThat(keeps(filter, withMeta("suffix", null))).isTrue();
    }

    @Test
    void copiesTheValueIntoTheStatisticsUnderTheFieldKey() {
        Sample sample = withMeta("suffix", ".pdf");
        filter(Map.of("field_key", "meta.suffix", "target_value", List.of(".pdf"))).computeStats(sample);
        assertThat(sample.stats()).containsEntry("meta.suffix", ".pdf");
    }

    @Test
    void decidesOnAValueAlreadyInTheStatistics() {
        Sample sample = withMeta("suffix", ".pdf");
        sample.stats().put("meta.suffix", ".exe");
        Filter filter = filter(Map.of("field_key", "meta.suffix", "target_value", List.of(".pdf")));
        assertThat(keeps(filter, sample)).isFalse();
        assertThat(sample.stats()).containsEntry("meta.suffix", ".exe");
    }

    @Test
    void reversedRangeNegatesTheDecision() {
        Filter filter = filter(Map.of("field_key", "meta.suffix", "target_value", List.of(".pdf"),
                "reversed_range", true));
        assertThat(keeps(filter, withMeta("suffix", ".pdf"))).isFalse();
        assertThat(keeps(filter, withMeta("suffix", ".txt"))).isTrue();
    }

    @Test
    void anEmptyTargetListKeepsEverything() {
        assertThat(keeps(filter(Map.of("field_key", "meta.suffix")), withMeta("suffix", ".exe"))).isTrue();
    }

    @Test
    void readsTopLevelFieldsAndUnicodeValues() {
        Filter filter = filter(Map.of("field_key", "lang", "target_value", List.of("中文", "😀")));
        assertThat(keeps(filter, Sample.of("lang", "😀"))).isTrue();
        assertThat(keeps(filter, Sample.of("lang", "中"))).isFalse();
    }

    @Test
    void everyLevelOfThePathMustExistAsInDataJuicer() {
        Filter filter = filter(Map.of("field_key", "meta.suffix", "target_value", List.of(".pdf")));
        assertThatThrownBy(() -> keeps(filter, withMeta("star", 5L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'meta.suffix' is missing");
        assertThatThrownBy(() -> keeps(filter, Sample.of("text", "t")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'meta.suffix' is missing");
    }

    @Test
    void anEmptyFieldKeyFailsOnEverySampleLikeDataJuicersPathAssertion() {
        assertThatThrownBy(() -> keeps(filter(Map.of()), Sample.of("text", "t")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field_key is empty");
    }

    @Test
    void targetValueMustBeAList() {
        assertThatThrownBy(() -> filter(Map.of("field_key", "a", "target_value", ".pdf")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("specified_field_filter")
                .hasMessageContaining("target_value").hasMessageContaining("a list");
    }
}
