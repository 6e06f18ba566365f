package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.regex.Pattern;

/**
 * DataJuicer's {@code remove_header_mapper}: deletes everything before the first LaTeX
 * {@code \chapter}, {@code \part}, {@code \section}, {@code \subsection} or
 * {@code \subsubsection} command (with optional {@code *}, {@code [...]} and {@code {...}}), which
 * stays. DataJuicer's pattern lacks the {@code |} between its {@code \paragraph} and
 * {@code \subparagraph} alternatives, so {@code \paragraph{..}} only counts when directly followed
 * by {@code \subparagraph{..}}, and {@code \subparagraph} alone never does. A text without a header
 * is left unchanged: {@code drop_no_head} is accepted but, as in DataJuicer, has no effect.
 */
public final class RemoveHeaderMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec.mapper("remove_header_mapper", RemoveHeaderMapper::new)
            .description("Removes the LaTeX preamble before the first section header.")
            .param("drop_no_head", ParamType.BOOLEAN, true, "documented to blank texts without headers; no effect,"
                    + " as in DataJuicer")
            .build();

    private static final String OPTIONS_AND_TITLE = "\\*?(?:\\[(.*?)\\])?\\{(.*?)\\}";

    /** DataJuicer's pattern, verbatim (including the missing {@code |}), matched with DOTALL. */
    private static final PythonRegex HEADER = PythonRegex.compile("^(.*?)("
            + "\\\\\\bchapter\\b" + OPTIONS_AND_TITLE
            + "|\\\\\\bpart\\b" + OPTIONS_AND_TITLE
            + "|\\\\\\bsection\\b" + OPTIONS_AND_TITLE
            + "|\\\\\\bsubsection\\b" + OPTIONS_AND_TITLE
            + "|\\\\\\bsubsubsection\\b" + OPTIONS_AND_TITLE
            + "|\\\\\\bparagraph\\b" + OPTIONS_AND_TITLE + "\\\\\\bsubparagraph\\b" + OPTIONS_AND_TITLE
            + ")", Pattern.DOTALL);
    private static final PythonReplacement HEADER_ONLY = PythonReplacement.parse("\\2", HEADER);

    public RemoveHeaderMapper(OpArgs args) {
        super(args);
    }

    @Override
    String map(String text) {
        return text.indexOf('\\') < 0 ? text : HEADER.sub(text, HEADER_ONLY);
    }
}
