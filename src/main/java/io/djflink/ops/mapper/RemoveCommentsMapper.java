package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.regex.Pattern;

/**
 * DataJuicer's {@code remove_comments_mapper} for LaTeX comments. With {@code inline}, a {@code %}
 * that is not at the start of a line and not escaped, with at least one character after it, is
 * removed to the end of its line together with the character before it (which may be the
 * preceding line break). Then, with {@code multiline}, whole lines starting with {@code %} are
 * removed with their line break. {@code doc_type} is accepted but, as in DataJuicer, unused.
 */
public final class RemoveCommentsMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec.mapper("remove_comments_mapper", RemoveCommentsMapper::new)
            .description("Removes LaTeX comments.")
            .param("doc_type", ParamType.STRING_OR_LIST, "tex", "document type(s); unused, as in DataJuicer")
            .param("inline", ParamType.BOOLEAN, true, "remove comments that follow text on a line")
            .param("multiline", ParamType.BOOLEAN, true, "remove lines that start with %")
            .build();

    private static final PythonRegex INLINE_COMMENT = PythonRegex.compile("[^\\\\]%.+$", Pattern.MULTILINE);
    private static final PythonRegex COMMENT_LINE = PythonRegex.compile("(?m)^%.*\\n?", 0);
    private static final PythonReplacement NOTHING = PythonReplacement.parse("", COMMENT_LINE);

    private final boolean inline;
    private final boolean multiline;

    public RemoveCommentsMapper(OpArgs args) {
        super(args);
        this.inline = args.bool("inline");
        this.multiline = args.bool("multiline");
    }

    @Override
    String map(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        String cleaned = inline ? INLINE_COMMENT.sub(text, NOTHING) : text;
        return multiline ? COMMENT_LINE.sub(cleaned, NOTHING) : cleaned;
    }
}
