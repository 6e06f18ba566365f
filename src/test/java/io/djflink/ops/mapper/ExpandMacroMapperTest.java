package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class ExpandMacroMapperTest {

    private static String expand(String text) {
        return map(ExpandMacroMapper.SPEC, text);
    }

    @Test
    void expandsNewcommandAndDefMacrosIncludingTheirDefinitionLines() {
        assertThat(expand("\\newcommand{\\theHalgorithm}{\\arabic{algorithm}}\n\\theHalgorithm."))
                .isEqualTo("\\newcommand{\\arabic{algorithm}}{\\arabic{algorithm}}\n\\arabic{algorithm}.");
        assertThat(expand("\\def\\foo{bar}\n\\foo{} and \\foo!")).isEqualTo("\\defbar{bar}\nbar{} and bar!");
    }

    @Test
    void occurrenceAtTheEndOrFollowedByALetterOrDigitIsNotExpanded() {
        assertThat(expand("\\def\\a{X}\n\\a1 \\ab \\a")).isEqualTo("\\defX{X}\n\\a1 \\ab \\a");
    }

    @Test
    void theCharacterAfterAnExpansionCannotStartTheNextOne() {
        assertThat(expand("\\def\\x{é😀}\n\\x \\x\\x. \\x")).isEqualTo("\\defé😀{é😀}\né😀 é😀\\x. \\x");
    }

    @Test
    void onlyDefinitionsEndingTheirLineWithABraceCount() {
        assertThat(expand("\\newcommand{\\a}{x} % note\n\\a.")).isEqualTo("\\newcommand{\\a}{x} % note\n\\a.");
        assertThat(expand("\\newcommand\\a{x}\n\\a.")).isEqualTo("\\newcommand\\a{x}\n\\a.");
    }

    @Test
    void aNameDefinedTwiceKeepsItsLastValue() {
        assertThat(expand("\\newcommand{\\a}{1}\n\\def\\a{2}\n\\a."))
                .isEqualTo("\\newcommand{2}{1}\n\\def2{2}\n2.");
    }

    @Test
    void textWithoutMacrosIsUnchanged() {
        assertThat(expand("")).isEmpty();
        assertThat(expand("中文 plain text")).isEqualTo("中文 plain text");
        String longLine = "\\def\\a{b}\n" + "\\a ".repeat(100_000);
        assertThat(expand(longLine)).isEqualTo("\\defb{b}\n" + "b ".repeat(100_000));
    }
}
