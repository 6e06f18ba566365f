package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.regex.Pattern;

/**
 * DataJuicer's {@code remove_non_chinese_character_mapper}: removes every character other than the
 * CJK ideographs U+4E00-U+9FA5 (一-龥), optionally keeping ASCII letters, ASCII digits and
 * DataJuicer's punctuation set {@code ., ,-。%《*》/•、&＆(—)（+）：？!！“”·} (with the space). Other
 * ideographs (Extension A and beyond, compatibility ideographs, radicals), full-width digits and
 * non-ASCII letters are removed.
 */
public final class RemoveNonChineseCharacterMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec
            .mapper("remove_non_chinese_character_mapper", RemoveNonChineseCharacterMapper::new)
            .description("Removes characters that are not Chinese, optionally keeping letters, digits, punctuation.")
            .param("keep_alphabet", ParamType.BOOLEAN, true, "keep ASCII letters")
            .param("keep_number", ParamType.BOOLEAN, true, "keep ASCII digits")
            .param("keep_punc", ParamType.BOOLEAN, true, "keep DataJuicer's punctuation set")
            .build();

    private final PythonRegex removed;
    private final PythonReplacement nothing;

    public RemoveNonChineseCharacterMapper(OpArgs args) {
        super(args);
        this.removed = PythonRegex.compile(pattern(args.bool("keep_alphabet"), args.bool("keep_number"),
                args.bool("keep_punc")), Pattern.DOTALL);
        this.nothing = PythonReplacement.parse("", removed);
    }

    /** DataJuicer's pattern for these options. */
    static String pattern(boolean keepAlphabet, boolean keepNumber, boolean keepPunctuation) {
        return "[^\u4e00-\u9fa5" + (keepAlphabet ? "A-Za-z" : "") + (keepNumber ? "0-9" : "")
                + (keepPunctuation ? ".， ,\\-。%《*》/•、&＆(—)（+）：？!！“”·]+" : "]");
    }

    @Override
    String map(String text) {
        return removed.sub(text, nothing);
    }
}
