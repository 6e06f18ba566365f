package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.text.VariousWhitespaces;
import io.djflink.python.PyStr;

/**
 * DataJuicer's {@code whitespace_normalization_mapper}: Python's {@code strip()}, then every
 * {@link VariousWhitespaces} character becomes one space. Nothing is collapsed, and inner line
 * breaks stay. Zero-width characters such as U+200B are not stripped (Python does not count them as
 * whitespace) but do become spaces.
 */
public final class WhitespaceNormalizationMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec
            .mapper("whitespace_normalization_mapper", WhitespaceNormalizationMapper::new)
            .description("Strips the text and turns every kind of space character into a plain space.")
            .build();

    public WhitespaceNormalizationMapper(OpArgs args) {
        super(args);
    }

    @Override
    String map(String text) {
        String stripped = PyStr.strip(text);
        char[] chars = null;
        // All VARIOUS_WHITESPACES are in the BMP, so UTF-16 units can be replaced one for one.
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != ' ' && VariousWhitespaces.contains(c)) {
                if (chars == null) {
                    chars = stripped.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? stripped : new String(chars);
    }
}
