package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class RemoveHeaderMapperTest {

    private static String remove(String text) {
        return map(RemoveHeaderMapper.SPEC, text);
    }

    @Test
    void removesEverythingBeforeTheFirstHeader() {
        assertThat(remove("preamble \\section{Intro} body \\section{Two}")).isEqualTo("\\section{Intro} body \\section{Two}");
        assertThat(remove("\\documentclass{x}\n中文😀\n\\chapter*[short]{Long}\nbody")).isEqualTo("\\chapter*[short]{Long}\nbody");
        assertThat(remove("a \\subsubsection{s} b")).isEqualTo("\\subsubsection{s} b");
    }

    @Test
    void paragraphCountsOnlyWhenDirectlyFollowedBySubparagraph() {
        assertThat(remove("x \\paragraph{p} y")).isEqualTo("x \\paragraph{p} y");
        assertThat(remove("x \\subparagraph{q} y")).isEqualTo("x \\subparagraph{q} y");
        assertThat(remove("x \\paragraph{p}\\subparagraph{q} y")).isEqualTo("\\paragraph{p}\\subparagraph{q} y");
    }

    @Test
    void textWithoutHeaderIsKeptWhateverDropNoHead() {
        assertThat(remove("no header")).isEqualTo("no header");
        assertThat(map(RemoveHeaderMapper.SPEC, Map.of("drop_no_head", true), "x \\sectionx{y}")).isEqualTo("x \\sectionx{y}");
        assertThat(remove("")).isEmpty();
    }

    @Test
    void longPreamble() {
        String preamble = "\\x ".repeat(300_000);
        assertThat(remove(preamble + "\\part{P}")).isEqualTo("\\part{P}");
    }
}
