package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;

/**
 * DataJuicer's {@code remove_table_text_mapper}: for each column count k from {@code min_col} to
 * {@code max_col} in turn, removes every block of two or more table rows of k columns. DataJuicer
 * does this with {@code (?<=\n)((\S+?)([ |\t](\S+?)){k-1}\n+){2,}}, which this class evaluates line
 * by line instead (Java's regex engine would recurse once per row and backtrack through every way
 * of reading the {@code |} in a row). As that pattern has it:
 * <ul>
 *   <li>a row is a whole line of non-whitespace tokens separated by single spaces, tabs or
 *       {@code |}; a {@code |} may also be part of a token, so a row of k columns is a line that
 *       can be read as k tokens;</li>
 *   <li>each row ends with one or more line breaks, which are removed with it (blank lines between
 *       rows do not end a table), so a last line without a line break is never a row;</li>
 *   <li>a table must follow a line break: one that starts the text is never removed (its rows from
 *       the second on still can be).</li>
 * </ul>
 */
public final class RemoveTableTextMapper extends TextMapper {

    private static final int FEWEST_COLUMNS = 2;
    private static final int MOST_COLUMNS = 20;

    public static final OpSpec SPEC = OpSpec.mapper("remove_table_text_mapper", RemoveTableTextMapper::new)
            .description("Removes table-like blocks of text with min_col to max_col columns.")
            .param("min_col", ParamType.INTEGER, 2L, "fewest columns of a table to remove, 2 to 20")
            .param("max_col", ParamType.INTEGER, 20L, "most columns of a table to remove, 2 to 20")
            .build();

    private final int minColumns;
    private final int maxColumns;

    public RemoveTableTextMapper(OpArgs args) {
        super(args);
        this.minColumns = columnCount(args, "min_col");
        this.maxColumns = columnCount(args, "max_col");
    }

    private static int columnCount(OpArgs args, String param) {
        long value = args.longValue(param);
        if (value < FEWEST_COLUMNS || value > MOST_COLUMNS) {
            throw new OpArgumentException(args.opName(), param, "op '" + args.opName() + "': parameter '" + param
                    + "' must be an integer from " + FEWEST_COLUMNS + " to " + MOST_COLUMNS + ", got " + value);
        }
        return (int) value;
    }

    @Override
    String map(String text) {
        String result = text;
        for (int columns = minColumns; columns <= maxColumns && result.indexOf('\n') >= 0; columns++) {
            result = withoutTables(result, columns);
        }
        return result;
    }

    /** {@code re.sub} of DataJuicer's pattern for tables of {@code columns} columns. */
    static String withoutTables(String text, int columns) {
        StringBuilder out = null;
        int copied = 0;
        int lineStart = text.indexOf('\n') + 1;
        while (lineStart > 0 && lineStart < text.length()) {
            int rows = 0;
            int blockEnd = lineStart;
            int rowEnd;
            while ((rowEnd = rowEnd(text, blockEnd, columns)) >= 0) {
                rows++;
                blockEnd = rowEnd;
            }
            if (rows >= 2) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, lineStart);
                copied = blockEnd;
                lineStart = blockEnd;
            } else {
                lineStart = text.indexOf('\n', lineStart) + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Where the row starting at {@code start} ends, after its line breaks; -1 when the line there is
     * not a row of {@code columns} columns followed by a line break.
     */
    private static int rowEnd(String text, int start, int columns) {
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd <= start || !RowShape.of(text, start, lineEnd).fits(columns)) {
            return -1;
        }
        int end = lineEnd;
        while (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return end;
    }

    /**
     * How a line can be read as a row: its space and tab separators, which must separate tokens,
     * and how many of its {@code |} can separate tokens too (one with a non-empty token on each
     * side, no two adjacent).
     */
    private record RowShape(boolean valid, int blankSeparators, int optionalSeparators) {

        private static final RowShape INVALID = new RowShape(false, 0, 0);

        static RowShape of(String text, int start, int end) {
            int blanks = 0;
            int pipes = 0;
            int tokenStart = start;
            int lastPipeUsed = Integer.MIN_VALUE;
            for (int i = start; i < end; ) {
                int c = text.codePointAt(i);
                if (c == ' ' || c == '\t') {
                    if (i == tokenStart || i + 1 == end) {
                        return INVALID;
                    }
                    blanks++;
                    tokenStart = i + 1;
                } else if (isWhiteSpace(c)) {
                    return INVALID;
                } else if (c == '|' && i > tokenStart && i > lastPipeUsed + 1 && i + 1 < end
                        && !isBlank(text.charAt(i + 1))) {
                    pipes++;
                    lastPipeUsed = i;
                }
                i += Character.charCount(c);
            }
            return new RowShape(true, blanks, pipes);
        }

        boolean fits(int columns) {
            int separators = columns - 1;
            return valid && blankSeparators <= separators && separators <= blankSeparators + optionalSeparators;
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t';
        }

        /** Python's {@code \s} in the {@code regex} module: the Unicode White_Space property. */
        private static boolean isWhiteSpace(int c) {
            return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                    || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                    || c == 0x3000;
        }
    }
}
