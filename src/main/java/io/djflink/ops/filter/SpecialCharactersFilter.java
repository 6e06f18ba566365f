package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.text.SpecialCharacters;

/**
 * DataJuicer's {@code special_characters_filter}: stat {@code special_char_ratio}, the share of code
 * points that are in {@link SpecialCharacters} (0.0 for an empty text).
 */
public final class SpecialCharactersFilter extends TextStatFilter {

    public static final String STAT = "special_char_ratio";

    public static final OpSpec SPEC = OpSpec.filter("special_characters_filter", SpecialCharactersFilter::new)
            .description("Keeps samples whose share of special characters is within [min_ratio, max_ratio].")
            .optional("min_ratio", ParamType.NUMBER, 0.0, "minimum special-character ratio")
            .optional("max_ratio", ParamType.NUMBER, 0.25, "maximum special-character ratio")
            .build();

    public SpecialCharactersFilter(OpArgs args) {
        super(args, STAT, "min_ratio", "max_ratio");
    }

    @Override
    Object statOf(String text) {
        long length = 0;
        long special = 0;
        for (int i = 0; i < text.length(); length++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (SpecialCharacters.contains(cp)) {
                special++;
            }
        }
        return length == 0 ? 0.0 : (double) special / length;
    }
}
