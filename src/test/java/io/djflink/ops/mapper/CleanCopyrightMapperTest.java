package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class CleanCopyrightMapperTest {

    private static String clean(String text) {
        return map(CleanCopyrightMapper.SPEC, text);
    }

    @Test
    void removesOnlyTheFirstBlockCommentWhenItMentionsCopyright() {
        assertThat(clean("这是一段 /* 多行注释\n注释内容copyright */ 的文本。另外还有一些 // 单行注释。"))
                .isEqualTo("这是一段  的文本。另外还有一些 // 单行注释。");
        assertThat(clean("/* Copyright 2024 */\nint x;/* Copyright again */")).isEqualTo("\nint x;/* Copyright again */");
        assertThat(clean("/* COPYRIGHT 😀 */x")).isEqualTo("x");
    }

    @Test
    void aFirstBlockWithoutCopyrightLeavesEverythingAlone() {
        assertThat(clean("/* plain */ /* Copyright */")).isEqualTo("/* plain */ /* Copyright */");
        assertThat(clean("// header\n/* plain */")).isEqualTo("// header\n/* plain */");
    }

    @Test
    void blockEndsAtTheFirstCloserAfterItsOpener() {
        assertThat(clean("/*/ copyright */ x")).isEqualTo(" x");
        assertThat(clean("/**/ copyright")).isEqualTo("/**/ copyright");
    }

    @Test
    void withoutBlockDropsLeadingCommentAndEmptyLines() {
        assertThat(clean("// header\n# more\n\n-- sql\ncode\n// not header")).isEqualTo("code\n// not header");
        assertThat(clean("#a\n\n")).isEmpty();
        assertThat(clean("/* never closed\ncode")).isEqualTo("/* never closed\ncode");
        assertThat(clean(" // indented\ncode")).isEqualTo(" // indented\ncode");
    }

    @Test
    void emptyAndLongTexts() {
        assertThat(clean("")).isEmpty();
        String longLine = "x".repeat(1_000_000);
        assertThat(clean("/* copyright */" + longLine)).isEqualTo(longLine);
        assertThat(clean(longLine)).isSameAs(longLine);
    }
}
