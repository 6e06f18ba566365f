package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PyStr;

/**
 * DataJuicer's {@code average_line_length_filter}: stat {@code avg_line_length}, the text length in
 * code points divided by the number of lines ({@code str.splitlines()}), or 0.0 without lines. The
 * numerator is the whole text, line breaks included, not the sum of the line lengths.
 */
public final class AverageLineLengthFilter extends TextStatFilter {

    public static final String STAT = "avg_line_length";

    public static final OpSpec SPEC = OpSpec.filter("average_line_length_filter", AverageLineLengthFilter::new)
            .description("Keeps samples whose average line length in code points is within [min_len, max_len].")
            .optional("min_len", ParamType.INTEGER, 10L, "minimum average line length")
            .optional("max_len", ParamType.INTEGER, Long.MAX_VALUE, "maximum average line length")
            .build();

    public AverageLineLengthFilter(OpArgs args) {
        super(args, STAT, "min_len", "max_len");
    }

    @Override
    Object statOf(String text) {
        int lines = PyStr.lineCount(text);
        return lines == 0 ? 0.0 : (double) PyStr.len(text) / lines;
    }
}
