package io.djflink.ops.filter.condition;

/** Where something is in a condition: line and column in code points, both from 1. */
record Position(int line, int column) {

    /** The position of the UTF-16 {@code offset} in {@code source}; lines end at \n, \r\n or \r. */
    static Position of(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = source.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, source.codePointCount(lineStart, offset) + 1);
    }

    /** "column 7", or "line 2, column 7" when the condition has several lines. */
    String describe(boolean multiline) {
        return multiline ? "line " + line + ", column " + column : "column " + column;
    }
}
