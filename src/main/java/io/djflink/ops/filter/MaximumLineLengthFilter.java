package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PyStr;

/**
 * DataJuicer's {@code maximum_line_length_filter}: stat {@code max_line_length}, the length in code
 * points of the longest line ({@code str.splitlines()}, so without its line break), or 0 without
 * lines.
 */
public final class MaximumLineLengthFilter extends TextStatFilter {

    public static final String STAT = "max_line_length";

    public static final OpSpec SPEC = OpSpec.filter("maximum_line_length_filter", MaximumLineLengthFilter::new)
            .description("Keeps samples whose longest line, in code points, is within [min_len, max_len].")
            .optional("min_len", ParamType.INTEGER, 10L, "minimum length of the longest line")
            .optional("max_len", ParamType.INTEGER, Long.MAX_VALUE, "maximum length of the longest line")
            .build();

    public MaximumLineLengthFilter(OpArgs args) {
        super(args, STAT, "min_len", "max_len");
    }

    @Override
    Object statOf(String text) {
        return (long) PyStr.longestLineLength(text);
    }
}
