package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class RemoveTableTextMapperTest {

    private static final io.djflink.ops.OpSpec SPEC = RemoveTableTextMapper.SPEC;

    @Test
    void removesBlocksOfTwoOrMoreRowsAfterALineBreak() {
        assertThat(map(SPEC, "x\na b\nc d\n")).isEqualTo("x\n");
        assertThat(map(SPEC, "x\n1 2 3\n4 5 6\ntail")).isEqualTo("x\ntail");
        assertThat(map(SPEC, "x\n中 文\n😀 b\n")).isEqualTo("x\n");
    }

    @Test
    void aTableAtTheStartOfTheTextKeepsItsFirstRow() {
        assertThat(map(SPEC, "a b\nc d\ne f\n")).isEqualTo("a b\n");
    }

    @Test
    void theLastLineNeedsALineBreakToBeARow() {
        assertThat(map(SPEC, "x\na b\nc d")).isEqualTo("x\na b\nc d");
    }

    @Test
    void barsMaySeparateColumnsOrBelongToThemAndBlankLinesDoNotEndATable() {
        assertThat(map(SPEC, "x\na|b c\nd e|f\n\n\ng h i\nend")).isEqualTo("x\ng h i\nend");
    }

    @Test
    void rowsNeedSingleSpacesOrTabsAndNoOtherWhitespace() {
        assertThat(map(SPEC, "x\na  b\nc d\n")).isEqualTo("x\na  b\nc d\n");
        assertThat(map(SPEC, "x\na b\r\nc d\r\n")).isEqualTo("x\na b\r\nc d\r\n");
    }

    @Test
    void onlyTheConfiguredColumnCountsAreRemoved() {
        assertThat(map(SPEC, Map.of("min_col", 3, "max_col", 3), "x\na b\nc d\ne f g\nh i j\n")).isEqualTo("x\na b\nc d\n");
    }

    @Test
    void columnCountsMustLieBetweenTwoAndTwenty() {
        assertThatThrownBy(() -> map(SPEC, Map.of("min_col", 1), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'min_col'").hasMessageContaining("2 to 20");
        assertThatThrownBy(() -> map(SPEC, Map.of("max_col", 21), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'max_col'");
    }

    @Test
    void longTablesAndBarHeavyLinesAreFast() {
        String table = "x\n" + "a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w\n".repeat(50_000) + "end";
        String cleaned = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> map(SPEC, table));
        assertThat(cleaned).isEqualTo("x\nend");
        assertThat(map(SPEC, "")).isEmpty();
    }
}
