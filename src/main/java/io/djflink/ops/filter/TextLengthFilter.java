package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PyStr;

/** DataJuicer's {@code text_length_filter}: the text length in code points, stat {@code text_len}. */
public final class TextLengthFilter extends TextStatFilter {

    public static final String STAT = "text_len";

    public static final OpSpec SPEC = OpSpec.filter("text_length_filter", TextLengthFilter::new)
            .description("Keeps samples whose text length in code points is within [min_len, max_len].")
            .optional("min_len", ParamType.INTEGER, 10L, "minimum text length in code points")
            .optional("max_len", ParamType.INTEGER, Long.MAX_VALUE, "maximum text length in code points")
            .build();

    public TextLengthFilter(OpArgs args) {
        super(args, STAT, "min_len", "max_len");
    }

    @Override
    Object statOf(String text) {
        return (long) PyStr.len(text);
    }
}
