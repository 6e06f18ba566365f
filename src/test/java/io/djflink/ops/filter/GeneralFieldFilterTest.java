package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected values are those of DataJuicer's {@code ExpressionTransformer}, run in Python on the same
 * sample; rejected conditions are those its {@code ast.parse} or evaluator refuses.
 */
class GeneralFieldFilterTest {

    private static Filter filter(String condition) {
        return (Filter) GeneralFieldFilter.SPEC.create(Map.of("filter_condition", condition), "text");
    }

    private static Sample sample() {
        LinkedHashMap<String, Object> meta = new LinkedHashMap<>();
        meta.put("a", 3L);
        meta.put("b", Map.of("c", "x"));
        LinkedHashMap<String, Object> stats = new LinkedHashMap<>();
        stats.put("text_len", 7L);
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", "sample1");
        fields.put("num", 5L);
        fields.put("flt", 2.5);
        fields.put("flag", true);
        fields.put("zero", 0L);
        fields.put("empty", "");
        fields.put("none", null);
        fields.put("big", BigInteger.TWO.pow(63));
        fields.put("lst", List.of(1L, 2L));
        fields.put("lst2", List.of(1L, "a"));
        fields.put("emoji", "😀");
        fields.put("pua", "\ue000");
        fields.put("cjk", "中文");
        fields.put("__dj__meta__", meta);
        fields.put("__dj__stats__", stats);
        fields.put("nan", Double.NaN);
        fields.put("dict", Map.of("k", 1L));
        return new Sample(fields);
    }

    private static Object evaluate(String condition) {
        Sample sample = sample();
        filter(condition).computeStats(sample);
        return sample.stats().get("general_field_filter_condition");
    }

    static Stream<Arguments> conditionsAndDataJuicersValues() {
        return Stream.of(
                Arguments.of("10 < num < 20", false),
                Arguments.of("1 < num < 10", true),
                Arguments.of("num == 5.0", true),
                Arguments.of("flag == 1", true),
                Arguments.of("flag == True", true),
                Arguments.of("True == 1", true),
                Arguments.of("flag < 2", true),
                Arguments.of("num != 'x'", true),
                Arguments.of("num == '5'", false),
                Arguments.of("missing == None", false),
                Arguments.of("missing != 1", false),
                Arguments.of("none == None", false),
                Arguments.of("text == 'sample1'", true),
                Arguments.of("text == \"sample1\"", true),
                Arguments.of("text < 'sample2'", true),
                Arguments.of("text >= 'sample1'", true),
                Arguments.of("'a' 'b' == 'ab'", true),
                Arguments.of("__dj__meta__.a == 3", true),
                Arguments.of("__dj__meta__.b.c == 'x'", true),
                Arguments.of("__dj__meta__.missing.c == 'x'", false),
                Arguments.of("__dj__stats__.text_len >= 7", true),
                Arguments.of("emoji > pua", true),
                Arguments.of("cjk == '\\u4e2d\\u6587'", true),
                Arguments.of("'\\N{GRINNING FACE}' == emoji", true),
                Arguments.of("'\\U0001F600' == emoji", true),
                Arguments.of("big > 9223372036854775807", true),
                Arguments.of("big == 9223372036854775808.0", true),
                Arguments.of("9007199254740993 > 9007199254740992.0", true),
                Arguments.of("num.real == 5", true),
                Arguments.of("flag.real == 1", true),
                Arguments.of("flt.imag == 0", true),
                Arguments.of("flt.numerator == 2", false),
                Arguments.of("text.upper == 1", false),
                Arguments.of("num < 6 and flag", true),
                Arguments.of("zero or empty", false),
                Arguments.of("zero or num", true),
                Arguments.of("num", 5L),
                Arguments.of("empty", ""),
                Arguments.of("none", null),
                Arguments.of("True", true),
                Arguments.of("None", null),
                Arguments.of("'x'", "x"),
                Arguments.of("lst == lst", true),
                Arguments.of("lst != lst2", true),
                Arguments.of("lst < lst", false),
                Arguments.of("lst <= lst", true),
                Arguments.of("nan == nan", false),
                Arguments.of("nan != nan", true),
                Arguments.of("nan < 1", false),
                Arguments.of("dict.k == 1", true),
                Arguments.of("dict == dict", true),
                Arguments.of("1 < 2 < 3", true),
                Arguments.of("1 < 3 < 2", false),
                Arguments.of("3 > 2 == 2", true),
                Arguments.of("(num < 10) == True", true),
                Arguments.of("0x10 == 16", true),
                Arguments.of("0o17 == 15", true),
                Arguments.of("0b101 == 5", true),
                Arguments.of("1_000 == 1000", true),
                Arguments.of("1e3 == 1000", true),
                Arguments.of(".5 < 1", true),
                Arguments.of("5. == 5", true),
                Arguments.of("0.0 == 0", true),
                Arguments.of("r'\\d' == '\\\\d'", true),
                Arguments.of("'''x''' == 'x'", true),
                Arguments.of("'''a\nb''' == 'a\\nb'", true),
                Arguments.of("u'x' == 'x'", true),
                Arguments.of("R'\\d' == '\\\\d'", true),
                Arguments.of("'\\q' == '\\\\q'", true),
                Arguments.of("'\\101\\x41\\u0041' == 'AAA'", true),
                Arguments.of("'a\\\nb' == 'ab'", true),
                Arguments.of("text == 'sample1' # comment", true),
                Arguments.of("(num >\n 1)", true),
                Arguments.of("num >\\\n 1", true),
                Arguments.of("\nnum > 1\n", true),
                Arguments.of("1 > 2 < 'a'", false),
                Arguments.of("num==5or flag", true),
                Arguments.of("ｎｕｍ == 5", true),
                Arguments.of("num > 1 and (flag or zero) and text != 'nothing here'", true),
                Arguments.of("(num < 10 or num > 20) and flag == True and text!='sample3'", true),
                Arguments.of("num > 1 or text < 1", true),
                Arguments.of("zero and text < 1", false),
                Arguments.of("empty < 'a' < 'b'", true));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("conditionsAndDataJuicersValues")
    void evaluatesAsDataJuicer(String condition, Object expected) {
        assertThat(evaluate(condition)).isEqualTo(expected);
    }

    static Stream<Arguments> conditionsAndDataJuicersTypeErrors() {
        return Stream.of(
                Arguments.of("num < 'a'", "'<' not supported between instances of 'int' and 'str'"),
                Arguments.of("text > 1", "'>' not supported between instances of 'str' and 'int'"),
                Arguments.of("lst < lst2", "'<' not supported between instances of 'int' and 'str'"),
                Arguments.of("1 < 2 < (text > 1)", "'>' not supported between instances of 'str' and 'int'"),
                Arguments.of("dict < dict", "'<' not supported between instances of 'dict' and 'dict'"),
                Arguments.of("none < 1 or flag < 'x'", "'<' not supported between instances of 'bool' and 'str'"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("conditionsAndDataJuicersTypeErrors")
    void orderingValuesPythonCannotOrderFailsTheSample(String condition, String pythonError) {
        assertThatThrownBy(() -> evaluate(condition)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("filter_condition \"" + condition + "\"").hasMessageContaining(pythonError);
    }

    static Stream<Arguments> rejectedConditions() {
        return Stream.of(
                Arguments.of("num > -5", "unary minus ('-') is not supported (at column 7"),
                Arguments.of("num > +5", "unary plus ('+') is not supported (at column 7"),
                Arguments.of("not flag", "'not' is not supported (at column 1"),
                Arguments.of("len(text) > 3", "a function call is not supported (at column 4"),
                Arguments.of("num in [1, 2]", "the 'in' comparison is not supported (at column 5"),
                Arguments.of("num not in x", "the 'not in' comparison is not supported (at column 5"),
                Arguments.of("num is None", "the 'is' comparison is not supported (at column 5"),
                Arguments.of("num + 1 > 2", "the arithmetic operator '+' is not supported (at column 5"),
                Arguments.of("x ** 2", "the arithmetic operator '**' is not supported (at column 3"),
                Arguments.of("x & y", "the bitwise operator '&' is not supported (at column 3"),
                Arguments.of("~x", "bitwise not ('~') is not supported (at column 1"),
                Arguments.of("num > [1]", "a list ('[...]') is not supported (at column 7"),
                Arguments.of("lst[0] == 1", "a subscript ('[...]') is not supported (at column 4"),
                Arguments.of("{'a': 1} == x", "a dict or set ('{...}') is not supported (at column 1"),
                Arguments.of("(1, 2) == x", "a tuple (',') is not supported (at column 3"),
                Arguments.of("x, y", "a tuple (',') is not supported (at column 2"),
                Arguments.of("() == x", "an empty tuple '()' is not supported (at column 1"),
                Arguments.of("(x for x in y)", "a generator expression is not supported (at column 4"),
                Arguments.of("(x := 1)", "an assignment expression (':=') is not supported (at column 4"),
                Arguments.of("x if y else z", "a conditional expression ('... if ... else ...') is not supported "
                        + "(at column 3"),
                Arguments.of("lambda: 1", "a lambda is not supported (at column 1"),
                Arguments.of("f'x' == text", "an f-string is not supported (at column 1"),
                Arguments.of("b'x' == text", "a bytes literal is not supported (at column 1"),
                Arguments.of("1j == x", "a complex number literal '1j' is not supported (at column 1"),
                Arguments.of("x == ...", "Ellipsis ('...') is not supported (at column 6"),
                Arguments.of("invalid syntax", "invalid syntax: unexpected 'syntax' (at column 9"),
                Arguments.of(" num > 1", "unexpected indent (Python does not allow leading spaces or tabs) "
                        + "(at column 1"),
                Arguments.of("   ", "unexpected indent (a last line of only spaces or tabs) (at column 1"),
                Arguments.of("x == 1\n  ", "unexpected indent (a last line of only spaces or tabs) "
                        + "(at line 2, column 1"),
                Arguments.of("num >", "the condition ends where a field name, a constant or '(' is expected "
                        + "(at column 6"),
                Arguments.of("a and", "the condition ends where a field name, a constant or '(' is expected"),
                Arguments.of("\n", "the condition ends where a field name, a constant or '(' is expected "
                        + "(at line 2, column 1"),
                Arguments.of("# only a comment", "the condition ends where a field name, a constant or '('"),
                Arguments.of("num = 5", "'=' assigns; to compare, use '==' (at column 5"),
                Arguments.of("(num > 1", "'(' was never closed (at column 1"),
                Arguments.of("x == [1", "'[' was never closed (at column 6"),
                Arguments.of("num > 1)", "unmatched ')' (at column 8"),
                Arguments.of("(x == 1]", "closing ']' does not match opening '(' (at column 8"),
                Arguments.of("'abc", "unterminated string literal (at column 1"),
                Arguments.of("'a\nb'", "unterminated string literal (at line 1, column 1"),
                Arguments.of("0123 == x", "leading zeros in decimal integer literals are not permitted (at column 1"),
                Arguments.of("1__0 == x", "invalid number literal '1__0' (at column 1"),
                Arguments.of("1.real == 1", "invalid number literal '1.real' (at column 1"),
                Arguments.of("num > 1\nand flag", "unexpected 'and' after the end of the condition; a condition on "
                        + "several lines needs parentheses around it (at line 2, column 1 of \"num > 1\\nand flag\")"),
                Arguments.of("x.if", "expected an attribute name after '.', found 'if' (at column 3"),
                Arguments.of("x $ y", "unexpected character '$' (U+0024) (at column 3"),
                Arguments.of("!x", "unexpected character '!' (U+0021) (at column 1"),
                Arguments.of("a <> b", "expected a field name, a constant or '(' but found '>' (at column 4"),
                Arguments.of("import x", "unexpected keyword 'import' (at column 1"),
                Arguments.of("'\\x4' == x", "truncated \\xXX escape in a string (at column 1"),
                Arguments.of("'\\N{NOPE}' == x", "unknown Unicode character name 'NOPE'"),
                Arguments.of("x == 1 \\ y", "unexpected character after line continuation character '\\' "
                        + "(at column 8"),
                Arguments.of("x == 1\\", "the condition ends right after a line continuation character"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("rejectedConditions")
    void rejectsWhatDataJuicerCannotEvaluateWhenBuilt(String condition, String message) {
        assertThatThrownBy(() -> filter(condition)).isInstanceOf(OpArgumentException.class)
                .hasMessageStartingWith("op 'general_field_filter': parameter 'filter_condition': ")
                .hasMessageContaining(message);
    }

    @Test
    void unsupportedConstructsAreExplainedWithWhatIsSupported() {
        assertThatThrownBy(() -> filter("num > -5")).hasMessageEndingWith("supported are: and, or, comparisons "
                + "(< <= > >= == !=, chainable), field names, attributes (a.b), numbers, strings, True, False, None "
                + "and parentheses");
    }

    @Test
    void keepsWhatDataJuicersUnitTestsKeep() {
        List<Sample> samples = List.of(Sample.of("text", "sample1", "num", 5L, "flag", true),
                Sample.of("text", "sample2", "num", 15L, "flag", false),
                Sample.of("text", "sample3", "num", 25L, "flag", true),
                Sample.of("text", "sample4", "num", 30L, "flag", false),
                Sample.of("text", "sample5"));
        assertThat(kept(samples, "10 < num < 20")).containsExactly("sample2");
        assertThat(kept(samples, "num < 10 and flag == True")).containsExactly("sample1");
        assertThat(kept(samples, "num < 10 or num > 20")).containsExactly("sample1", "sample3", "sample4");
        assertThat(kept(samples, "num <= 5")).containsExactly("sample1");
        assertThat(kept(samples, "(num < 10 or num > 20) and flag == True and text!='sample3'"))
                .containsExactly("sample1");
        assertThat(kept(samples, "")).hasSize(5);
    }

    private static List<String> kept(List<Sample> samples, String condition) {
        Filter filter = filter(condition);
        return samples.stream().map(Sample::deepCopy).filter(s -> {
            filter.computeStats(s);
            return filter.process(s);
        }).map(s -> s.getString("text")).toList();
    }

    @Test
    void keepsSamplesWhoseValueIsTruthy() {
        assertThat(kept(List.of(Sample.of("text", "a", "v", 5L), Sample.of("text", "b", "v", ""),
                Sample.of("text", "c", "v", List.of()), Sample.of("text", "d", "v", "x"), Sample.of("text", "e")),
                "v")).containsExactly("a", "d");
    }

    @Test
    void anEmptyConditionKeepsAllAndRecordsNothingButTheEmptyStatistics() {
        Sample sample = Sample.of("text", "t");
        Filter filter = filter("");
        filter.computeStats(sample);
        assertThat(sample.stats()).isEmpty();
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void reusesAResultAlreadyRecordedEvenByAnotherCondition() {
        Sample sample = Sample.of("text", "t", "num", 1L);
        filter("num == 1").computeStats(sample);
        Filter other = filter("num == 2");
        other.computeStats(sample);
        assertThat(sample.stats()).containsEntry("general_field_filter_condition", true);
        assertThat(other.process(sample)).isTrue();
    }

    @Test
    void rangeOptionsHaveNoEffect() {
        Filter filter = (Filter) GeneralFieldFilter.SPEC.create(Map.of("filter_condition", "num == 1",
                "reversed_range", true), "text");
        Sample sample = Sample.of("num", 1L);
        filter.computeStats(sample);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void handlesLongConditionsAndLongStrings() {
        String longText = "中".repeat(1_000_000);
        StringBuilder condition = new StringBuilder("text == '" + longText + "'");
        for (int i = 0; i < 500; i++) {
            condition.append(" and num == 5");
        }
        Sample sample = Sample.of("text", longText, "num", 5L);
        Filter filter = filter(condition.toString());
        filter.computeStats(sample);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void filterConditionMustBeAString() {
        assertThatThrownBy(() -> GeneralFieldFilter.SPEC.create(Map.of("filter_condition", List.of("a")), "text"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("general_field_filter")
                .hasMessageContaining("filter_condition").hasMessageContaining("a string");
    }
}
