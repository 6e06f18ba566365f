package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class RemoveCommentsMapperTest {

    @Test
    void removesInlineCommentsWithThePrecedingCharacterThenCommentLines() {
        assertThat(map(RemoveCommentsMapper.SPEC, "a % c\n% line\nb\\% kept %x\n%")).isEqualTo("a\nb\\% kept\n");
        assertThat(map(RemoveCommentsMapper.SPEC, "%%\n%% This is file `sample-sigconf.tex',\n\\clearpage x%y"))
                .isEqualTo("\\clearpage ");
    }

    @Test
    void anInlineCommentCanTakeThePrecedingLineBreak() {
        assertThat(map(RemoveCommentsMapper.SPEC, Map.of("multiline", false), "a\n%b")).isEqualTo("a");
        assertThat(map(RemoveCommentsMapper.SPEC, Map.of("multiline", false), "x%")).isEqualTo("x%");
    }

    @Test
    void eachKindCanBeTurnedOff() {
        assertThat(map(RemoveCommentsMapper.SPEC, Map.of("inline", false), "a % c\n% line\nb")).isEqualTo("a % c\nb");
        assertThat(map(RemoveCommentsMapper.SPEC, Map.of("inline", false, "multiline", false), "a % c\n% l"))
                .isEqualTo("a % c\n% l");
    }

    @Test
    void docTypeIsAcceptedAsStringOrListAndIgnored() {
        assertThat(map(RemoveCommentsMapper.SPEC, Map.of("doc_type", List.of("tex", "md")), "中文 %注释😀\n"))
                .isEqualTo("中文\n");
        assertThatThrownBy(() -> map(RemoveCommentsMapper.SPEC, Map.of("inline", "sometimes"), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'inline'")
                .hasMessageContaining("a boolean");
    }

    @Test
    void emptyAndLongTexts() {
        assertThat(map(RemoveCommentsMapper.SPEC, "")).isEmpty();
        String line = "y".repeat(100_000);
        assertThat(map(RemoveCommentsMapper.SPEC, line + "x %" + line + "\n" + line)).isEqualTo(line + "x\n" + line);
    }
}
