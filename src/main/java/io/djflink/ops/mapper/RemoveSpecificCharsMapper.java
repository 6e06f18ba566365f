package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DataJuicer 1.4.3's {@code remove_specific_chars_mapper}: removes the characters of
 * {@code chars_to_remove} (a string, or a list whose items each contribute their characters). As
 * in DataJuicer 1.4.3 the characters are joined into {@code [c1|c2|...]} without escaping, so
 * {@code |} is always removed too, and {@code ]}, {@code \}, {@code ^} or {@code -} change the
 * character set (later DataJuicer versions escape them). An empty value removes nothing.
 */
public final class RemoveSpecificCharsMapper extends TextMapper {

    static final String PARAM = "chars_to_remove";

    public static final OpSpec SPEC = OpSpec.mapper("remove_specific_chars_mapper", RemoveSpecificCharsMapper::new)
            .description("Removes the given characters from the text.")
            .param(PARAM, ParamType.STRING_OR_LIST, "◆●■►▼▲▴∆▻▷❖♡□", "characters to remove")
            .build();

    /** {@code null} when there is nothing to remove. */
    private final PythonRegex removed;
    private final PythonReplacement nothing;

    public RemoveSpecificCharsMapper(OpArgs args) {
        super(args);
        List<String> chars = args.raw(PARAM) instanceof String s ? codePoints(s) : args.stringList(PARAM);
        if (chars.isEmpty()) {
            this.removed = null;
            this.nothing = null;
            return;
        }
        String pattern = "[" + String.join("|", chars) + "]";
        try {
            this.removed = PythonRegex.compile(pattern, Pattern.DOTALL);
        } catch (IllegalArgumentException e) {
            throw new OpArgumentException(args.opName(), PARAM, "op '" + args.opName() + "': parameter '" + PARAM
                    + "': the characters make the pattern " + pattern + ", which is " + e.getMessage());
        }
        this.nothing = PythonReplacement.parse("", removed);
    }

    /** What Python's {@code '|'.join(s)} iterates over: the code points of {@code s}. */
    private static List<String> codePoints(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }

    @Override
    String map(String text) {
        return removed == null ? text : removed.sub(text, nothing);
    }
}
