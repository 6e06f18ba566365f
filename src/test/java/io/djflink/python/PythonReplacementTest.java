package io.djflink.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Expected results are what Python's {@code regex.sub} returns for the same template. */
class PythonReplacementTest {

    private static final PythonRegex TWELVE_GROUPS = PythonRegex.compile(
            "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(?P<last_one>l)", 0);

    private static String sub(String pattern, String template, String text) {
        PythonRegex regex = PythonRegex.compile(pattern, 0);
        return regex.sub(text, PythonReplacement.parse(template, regex));
    }

    @Test
    void numberedAndNamedGroupsAreInserted() {
        assertThat(sub("(\\w+)@(\\w+)", "\\2 at \\1", "me@host")).isEqualTo("host at me");
        assertThat(sub("(?P<user>\\w+)@", "<\\g<user>>", "me@")).isEqualTo("<me>");
        assertThat(sub("(x)", "\\g<0>\\g<1>", "x")).isEqualTo("xx");
    }

    @Test
    void groupReferenceFollowedByADigitStaysSeparate() {
        PythonReplacement template = PythonReplacement.parse("\\g<1>0|\\10|\\g<last_one>", TWELVE_GROUPS);
        assertThat(TWELVE_GROUPS.sub("abcdefghijkl", template))
                .isEqualTo("a0|j|l");
    }

    @Test
    void dollarSignIsAnOrdinaryCharacter() {
        assertThat(sub("(a)", "$1 ${1} $", "a")).isEqualTo("$1 ${1} $");
    }

    @Test
    void unmatchedGroupInsertsNothing() {
        assertThat(sub("(a)|(b)", "[\\1\\2]", "ab")).isEqualTo("[a][b]");
    }

    @Test
    void characterEscapesInsertCharacters() {
        assertThat(sub("x", "\\n\\t\\\\\\x41\\u00e9\\U0001F600\\N{EM DASH}\\101\\0", "x"))
                .isEqualTo("\n\t\\Aé😀—A\0");
    }

    @Test
    void backslashBeforeANonLetterIsKept() {
        assertThat(sub("x", "\\-\\'\\é", "x")).isEqualTo("\\-\\'\\é");
    }

    @Test
    void isLiteralWhenNoGroupIsReferenced() {
        PythonRegex regex = PythonRegex.compile("(a)", 0);
        assertThat(PythonReplacement.parse("<LINK>", regex).isLiteral()).isTrue();
        assertThat(PythonReplacement.parse("<\\1>", regex).isLiteral()).isFalse();
    }

    @Test
    void badEscapesAndMissingGroupsAreRejectedUpFront() {
        PythonRegex regex = PythonRegex.compile("(?P<a>x)", 0);
        assertThatThrownBy(() -> PythonReplacement.parse("\\q", regex)).hasMessageContaining("bad escape \\q");
        assertThatThrownBy(() -> PythonReplacement.parse("\\2", regex))
                .hasMessageContaining("invalid group reference 2");
        assertThatThrownBy(() -> PythonReplacement.parse("\\g<b>", regex))
                .hasMessageContaining("unknown group name 'b'");
        assertThatThrownBy(() -> PythonReplacement.parse("ends\\", regex)).hasMessageContaining("end of template");
    }
}
