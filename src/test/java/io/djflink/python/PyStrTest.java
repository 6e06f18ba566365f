package io.djflink.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyStrTest {

    @Test
    void lenCountsCodePointsSoAnEmojiIsOneCharacter() {
        assertThat(PyStr.len("😀")).isEqualTo(1);
        assertThat(PyStr.len("a😀b👊🏻")).isEqualTo(5);
        assertThat(PyStr.len("中文")).isEqualTo(2);
        assertThat(PyStr.len("")).isZero();
    }

    @Test
    void stripRemovesWhatPythonCallsWhitespaceIncludingCharactersJavaDoesNot() {
        assertThat(PyStr.strip("\u00a0\u2007\u202f\u0085 x \u3000\u1680\u2028\u2029")).isEqualTo("x");
        assertThat(PyStr.strip("\u001c\u001d\u001e\u001fx\t\n\u000b\f\r")).isEqualTo("x");
    }

    @Test
    void stripKeepsZeroWidthSpaceAndByteOrderMark() {
        assertThat(PyStr.strip(" \u200bx\ufeff ")).isEqualTo("\u200bx\ufeff");
    }

    @Test
    void stripOfOnlyWhitespaceIsEmptyAndKeepsInnerWhitespace() {
        assertThat(PyStr.strip(" \n\t\u3000 ")).isEmpty();
        assertThat(PyStr.strip("")).isEmpty();
        assertThat(PyStr.strip(" a \n b ")).isEqualTo("a \n b");
    }

    @Test
    void splitLinesBreaksOnEveryPythonLineBoundary() {
        assertThat(PyStr.splitLines("a\nb\rc\r\nd\u000be\ff\u001cg\u001dh\u001ei\u0085j\u2028k\u2029l"))
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
    }

    @Test
    void splitLinesHasNoTrailingEmptyLineButKeepsInnerOnes() {
        assertThat(PyStr.splitLines("a\n")).containsExactly("a");
        assertThat(PyStr.splitLines("a\n\nb\n\n")).containsExactly("a", "", "b", "");
        assertThat(PyStr.splitLines("\n")).containsExactly("");
        assertThat(PyStr.splitLines("")).isEmpty();
        assertThat(PyStr.splitLines("\r\n\r")).containsExactly("", "");
    }

    @Test
    void splitLinesDoesNotBreakOnUnitSeparatorOrNbsp() {
        assertThat(PyStr.splitLines("a\u001fb\u00a0c")).containsExactly("a\u001fb\u00a0c");
    }

    @Test
    void lineCountAndLongestLineLengthAgreeWithSplitLines() {
        for (String s : List.of("", "\n", "a\n", "a\n\nb\n\n", "\r\n\r", "ab\r\ncd\rxyz", "😀😀\u2028中\u0085",
                "x\u001cyy\u000b", "\uD83D\n\uDE00a", "a\u001fb\u00a0c")) {
            List<String> lines = PyStr.splitLines(s);
            assertThat(PyStr.lineCount(s)).as(s).isEqualTo(lines.size());
            assertThat(PyStr.longestLineLength(s)).as(s)
                    .isEqualTo(lines.stream().mapToInt(PyStr::len).max().orElse(0));
        }
    }

    @Test
    void lowerUsesFullUnicodeMappingRegardlessOfLocale() {
        assertThat(PyStr.lower("İ")).isEqualTo("i\u0307");
        assertThat(PyStr.len(PyStr.lower("İ"))).isEqualTo(2);
        assertThat(PyStr.lower("TITLE")).isEqualTo("title");
    }

    /** Expected values are Python's {@code str.lower()}. */
    @Test
    void lowerChoosesFinalSigmaByPythonsRule() {
        assertThat(PyStr.lower("ΣΑΣ ΟΔΟΣ.")).isEqualTo("σας οδος.");
        assertThat(PyStr.lower("Σ")).isEqualTo("σ");
        assertThat(PyStr.lower("AΣB")).isEqualTo("aσb");
        assertThat(PyStr.lower("A'Σ")).isEqualTo("a'ς");
        assertThat(PyStr.lower("A\u0301Σ\u0301b")).isEqualTo("a\u0301σ\u0301b");
    }

    /** Java bounds the sigma context by word boundaries; Python looks past any non-letter. */
    @Test
    void lowerChoosesFinalSigmaWhereJavaWouldNot() {
        assertThat(PyStr.lower("lto:Σ━X")).isEqualTo("lto:ς━x");
        assertThat(PyStr.lower("FгZΣ-")).isEqualTo("fгzς-");
        assertThat(PyStr.lower("e\u200c&YΣ(use")).isEqualTo("e\u200c&yς(use");
    }
}
