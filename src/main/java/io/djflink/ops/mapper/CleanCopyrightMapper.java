package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.python.PyStr;

/**
 * DataJuicer's {@code clean_copyright_mapper}. When the text has a C-style {@code /* ... *}{@code /}
 * block, only the first one is looked at, and it is removed when it mentions "copyright" in any
 * case; nothing else changes. Otherwise the leading lines that are empty or start with {@code //},
 * {@code #} or {@code --} are dropped.
 */
public final class CleanCopyrightMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec.mapper("clean_copyright_mapper", CleanCopyrightMapper::new)
            .description("Removes a leading copyright comment block, or leading comment lines.")
            .build();

    private static final String BLOCK_OPEN = "/*";
    private static final String BLOCK_CLOSE = "*/";

    public CleanCopyrightMapper(OpArgs args) {
        super(args);
    }

    /**
     * DataJuicer finds the block with {@code /\*[^*]*\*+(?:[^/*][^*]*\*+)*}{@code /}, which matches
     * from the first {@code /*} to the first {@code *}{@code /} after it (not overlapping it); if
     * that {@code /*} has no end, no later one has either.
     */
    @Override
    String map(String text) {
        int open = text.indexOf(BLOCK_OPEN);
        int close = open < 0 ? -1 : text.indexOf(BLOCK_CLOSE, open + BLOCK_OPEN.length());
        if (close >= 0) {
            int end = close + BLOCK_CLOSE.length();
            if (PyStr.lower(text.substring(open, end)).contains("copyright")) {
                return text.substring(0, open) + text.substring(end);
            }
            return text;
        }
        return withoutLeadingCommentLines(text);
    }

    private static String withoutLeadingCommentLines(String text) {
        int lineStart = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            boolean lastLine = lineEnd < 0;
            if (lastLine) {
                lineEnd = text.length();
            }
            if (!isCommentOrEmpty(text, lineStart, lineEnd)) {
                return lineStart == 0 ? text : text.substring(lineStart);
            }
            if (lastLine) {
                return "";
            }
            lineStart = lineEnd + 1;
        }
    }

    private static boolean isCommentOrEmpty(String text, int start, int end) {
        return start == end || text.startsWith("//", start) || text.startsWith("#", start)
                || text.startsWith("--", start);
    }
}
