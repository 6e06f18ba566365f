package io.djflink.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected results are what {@code regex.sub(pattern, repl, text, flags=...)} returns in Python. */
class PythonRegexTest {

    static Stream<Arguments> pythonSubResults() {
        return Stream.of(
                // dot, dollar and \Z
                Arguments.of(".", 0, "x", "a\rb\nc", "xxx\nx"),
                Arguments.of(".", Pattern.DOTALL, "x", "a\nb", "xxx"),
                Arguments.of("x$", 0, "y", "x\nx\n", "x\ny\n"),
                Arguments.of("x\\Z", 0, "y", "x\n", "x\n"),
                Arguments.of("x\\Z", 0, "y", "ax", "ay"),
                Arguments.of("(?m)x$", 0, "y", "x\nx\rx", "y\nx\ry"),
                // MULTILINE caret also matches after a final newline
                Arguments.of("(?m)^", 0, ">", "a\nb\n", ">a\n>b\n>"),
                Arguments.of("^", Pattern.MULTILINE, ">", "a\n\nb\n", ">a\n>\n>b\n>"),
                // Unicode classes
                Arguments.of("\\w+", 0, "W", "héllo wörld 中文 ① x_1 a\u0301", "W W W ① W W"),
                Arguments.of("\\d", 0, "D", "1 ٣ ① ²", "D D ① ²"),
                Arguments.of("\\s", 0, "_", "a\u3000b\u001cc\u0085d\u00a0e\u200bf", "a_b\u001cc_d_e\u200bf"),
                Arguments.of("[^\\s]+", 0, "N", "a b\u3000c", "N N\u3000N"),
                Arguments.of("\\bcat\\b", 0, "dog", "cat concat 猫cat cat_ cat", "dog concat 猫cat cat_ dog"),
                Arguments.of("\\p{Han}+", 0, "H", "中文abc漢字", "HabcH"),
                Arguments.of("\\p{L}+", 0, "L", "héllo, 世界!", "L, L!"),
                Arguments.of("(?a)\\w+", 0, "W", "héllo", "WéW"),
                // case-insensitive matching over Unicode, without full case folding
                Arguments.of("(?i)σ", 0, "s", "ΣσςS", "sssS"),
                Arguments.of("(?i)straße", 0, "X", "STRASSE Straße STRAßE", "STRASSE X X"),
                Arguments.of("(?i)k", 0, "x", "Kk\u212a", "xxx"),
                // Python-only syntax
                Arguments.of("(?P<first_word>\\w+) (?P=first_word)", 0, "\\g<first_word>", "the the cat cat sat",
                        "the cat sat"),
                Arguments.of("a(?#a comment)b", 0, "X", "ab", "X"),
                Arguments.of("(?x) a [ ] b  # comment", 0, "-", "a b ab", "- ab"),
                Arguments.of("\\mcat\\M", 0, "dog", "cat concat cats", "dog concat cats"),
                Arguments.of("(?s:.)x", 0, "Y", "\nx", "Y"),
                // braces: {,n} is a quantifier, other braces are literal
                Arguments.of("a{,2}", 0, "X", "aaa", "XXX"),
                Arguments.of("a{", 0, "X", "a{", "X"),
                Arguments.of("x{1,a}", 0, "X", "x{1,a}", "X"),
                Arguments.of("a{}", 0, "X", "a{}", "X"),
                // sets: '[' and '&' are literal, a leading ']' is literal, \b is a backspace
                Arguments.of("[[]", 0, "(", "[a]", "(a]"),
                Arguments.of("[&&]", 0, "+", "a&&b", "a++b"),
                Arguments.of("[]a]", 0, "-", "b]a", "b--"),
                Arguments.of("[\\b]", 0, "B", "a\bb", "aBb"),
                // escapes
                Arguments.of("\\101\\0", 0, "X", "A\u0000B", "XB"),
                Arguments.of("\\v", 0, "|", "\u000b\n\f", "|\n\f"),
                Arguments.of("\\U0001F600", 0, ":)", "hi 😀", "hi :)"),
                Arguments.of("\\é", 0, "e", "é", "e"),
                Arguments.of("(\\d)\\1", 0, "X", "11 12 22", "X 12 X"),
                // empty matches
                Arguments.of("x*", 0, "-", "abxd", "-a-b--d-"),
                Arguments.of("", 0, "-", "😀a", "-😀-a-"),
                Arguments.of("x*|b", 0, "-", "abc", "-a---c-"),
                Arguments.of("(?=b)|b", 0, "-", "abc", "a--c"),
                Arguments.of("(a)(b)?", 0, "[\\2]", "ab a", "[b] []"));
    }

    @ParameterizedTest(name = "[{index}] sub {0} in {3}")
    @MethodSource("pythonSubResults")
    void subGivesPythonsResult(String pattern, int flags, String repl, String text, String expected) {
        PythonRegex regex = PythonRegex.compile(pattern, flags);
        assertThat(regex.sub(text, PythonReplacement.parse(repl, regex))).isEqualTo(expected);
    }

    @Test
    void subReturnsTheSameStringWhenNothingMatches() {
        PythonRegex regex = PythonRegex.compile("x", 0);
        String text = "abc";
        assertThat(regex.sub(text, PythonReplacement.parse("y", regex))).isSameAs(text);
    }

    @Test
    void groupRepeatedTooOftenForJavasStackIsReportedAsAnArgumentError() {
        PythonRegex regex = PythonRegex.compile("(a|b)+", 0);
        PythonReplacement replacement = PythonReplacement.parse("x", regex);
        assertThatThrownBy(() -> regex.sub("ab".repeat(500_000), replacement))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'(a|b)+' recurses too deeply");
    }

    @Test
    void namedGroupsKeepTheirPythonNamesAndNumbers() {
        PythonRegex regex = PythonRegex.compile("(a)(?P<user_name>b)(?P<c>c)", 0);
        assertThat(regex.groupCount()).isEqualTo(3);
        assertThat(regex.groupNumber("user_name")).isEqualTo(2);
        assertThat(regex.groupNumber("c")).isEqualTo(3);
        assertThat(regex.groupNumber("missing")).isNull();
    }

    @Test
    void unwrapRawStringRemovesPythonRawStringQuotes() {
        assertThat(PythonRegex.unwrapRawString("r'\\d+'")).isEqualTo("\\d+");
        assertThat(PythonRegex.unwrapRawString("r\"\\d+\"")).isEqualTo("\\d+");
        assertThat(PythonRegex.unwrapRawString("r''")).isEmpty();
    }

    @Test
    void unwrapRawStringLeavesOtherPatternsAlone() {
        assertThat(PythonRegex.unwrapRawString("r'")).isEqualTo("r'");
        assertThat(PythonRegex.unwrapRawString("r'abc\"")).isEqualTo("r'abc\"");
        assertThat(PythonRegex.unwrapRawString("'abc'")).isEqualTo("'abc'");
        assertThat(PythonRegex.unwrapRawString("raw")).isEqualTo("raw");
    }

    @Test
    void invalidPatternIsReportedWithThePattern() {
        assertThatThrownBy(() -> PythonRegex.compile("(ab", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'(ab'");
    }

    @Test
    void unknownGroupNameInBackreferenceIsRejected() {
        assertThatThrownBy(() -> PythonRegex.compile("(?P<a>x)(?P=b)", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown group name 'b'");
    }

    @Test
    void posixClassesAndUnsupportedFlagsAreRejectedWithAReason() {
        assertThatThrownBy(() -> PythonRegex.compile("[[:alpha:]]", 0))
                .hasMessageContaining("POSIX character classes");
        assertThatThrownBy(() -> PythonRegex.compile("(?L)a", 0))
                .hasMessageContaining("inline flag 'L'");
        assertThatThrownBy(() -> PythonRegex.compile("(?V1)a", 0))
                .hasMessageContaining("version 1");
    }

    @Test
    void conditionalGroupsAreReportedAsUnsupported() {
        assertThatThrownBy(() -> PythonRegex.compile("(a)?(?(1)b|c)", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported regular expression '(a)?(?(1)b|c)'");
    }
}
