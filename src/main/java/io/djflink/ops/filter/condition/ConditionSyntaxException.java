package io.djflink.ops.filter.condition;

/**
 * A {@code general_field_filter} condition that DataJuicer could not run: invalid Python, or Python
 * that DataJuicer's evaluator does not support. The message names the problem and where it is.
 */
public final class ConditionSyntaxException extends IllegalArgumentException {

    private static final String SUPPORTED = "supported are: and, or, comparisons (< <= > >= == !=, chainable), "
            + "field names, attributes (a.b), numbers, strings, True, False, None and parentheses";

    private ConditionSyntaxException(String message) {
        super(message);
    }

    /** Valid Python that DataJuicer's evaluator rejects, such as {@code -5}, {@code not x} or {@code f(x)}. */
    static ConditionSyntaxException unsupported(String construct, int offset, String source) {
        return new ConditionSyntaxException(construct + " is not supported (" + where(offset, source) + "); "
                + SUPPORTED);
    }

    /** Not valid Python: DataJuicer's {@code ast.parse} fails. */
    static ConditionSyntaxException invalid(String problem, int offset, String source) {
        return new ConditionSyntaxException("invalid syntax: " + problem + " (" + where(offset, source) + ")");
    }

    private static String where(int offset, String source) {
        boolean multiline = source.indexOf('\n') >= 0 || source.indexOf('\r') >= 0;
        return "at " + Position.of(source, offset).describe(multiline) + " of \"" + source.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
