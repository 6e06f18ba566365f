package io.djflink.ops.filter.condition;

/**
 * One token of a condition.
 *
 * @param text the source text (for a name, NFKC-normalised as Python does)
 * @param value a number's or string's value, {@code null} otherwise
 * @param offset where the token starts in the condition (UTF-16 index)
 */
record Token(Kind kind, String text, Object value, int offset) {

    enum Kind {
        /** An identifier or keyword. */
        NAME,
        NUMBER,
        STRING,
        /** An operator or delimiter, e.g. {@code <=}, {@code (}, {@code .}. */
        OPERATOR,
        /** The end of the (single) logical line. */
        NEWLINE,
        END
    }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isOperator(String t) {
        return is(Kind.OPERATOR, t);
    }

    boolean isName(String t) {
        return is(Kind.NAME, t);
    }

    /** How an error message quotes the token. */
    String quoted() {
        return switch (kind) {
            case NEWLINE -> "a line break";
            case END -> "the end of the condition";
            default -> "'" + text + "'";
        };
    }
}
