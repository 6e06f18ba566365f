package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PyChars;

/**
 * DataJuicer's {@code alphanumeric_filter} without tokenization: stat {@code alnum_ratio}, the share
 * of code points for which Python's {@code str.isalnum()} holds (0.0 for an empty text).
 */
public final class AlphanumericFilter extends TextStatFilter {

    public static final String STAT = "alnum_ratio";

    public static final OpSpec SPEC = OpSpec.filter("alphanumeric_filter", AlphanumericFilter::new)
            .description("Keeps samples whose share of alphanumeric characters is within [min_ratio, max_ratio].")
            .param(TokenizationOption.PARAM, ParamType.BOOLEAN, false,
                    "count letters per tokenizer token (not supported: no model ships with dj-flink)")
            .optional("min_ratio", ParamType.NUMBER, 0.25, "minimum alphanumeric ratio")
            .optional("max_ratio", ParamType.NUMBER, Long.MAX_VALUE, "maximum alphanumeric ratio")
            .build();

    public AlphanumericFilter(OpArgs args) {
        super(args, STAT, "min_ratio", "max_ratio");
        TokenizationOption.requireDisabled(args, "the HuggingFace tokenizer EleutherAI/pythia-6.9b-deduped");
    }

    @Override
    Object statOf(String text) {
        long length = 0;
        long alnum = 0;
        for (int i = 0; i < text.length(); length++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (PyChars.isAlnum(cp)) {
                alnum++;
            }
        }
        return length == 0 ? 0.0 : (double) alnum / length;
    }
}
