package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.regex.Pattern;

/**
 * DataJuicer's {@code remove_bibliography_mapper}: deletes everything from the first
 * {@code \appendix}, {@code \begin{references}}, {@code \begin{REFERENCES}},
 * {@code \begin{thebibliography}} or {@code \bibliography{...}} (a closing brace must follow
 * somewhere) to the end of the text.
 */
public final class RemoveBibliographyMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec.mapper("remove_bibliography_mapper", RemoveBibliographyMapper::new)
            .description("Removes the bibliography and appendix at the end of LaTeX text.")
            .build();

    /** DataJuicer's pattern, verbatim, matched with DOTALL. */
    private static final PythonRegex BIBLIOGRAPHY = PythonRegex.compile("(\\\\appendix|\\\\begin\\{references\\}"
            + "|\\\\begin\\{REFERENCES\\}|\\\\begin\\{thebibliography\\}|\\\\bibliography\\{.*\\}).*$", Pattern.DOTALL);
    private static final PythonReplacement NOTHING = PythonReplacement.parse("", BIBLIOGRAPHY);

    public RemoveBibliographyMapper(OpArgs args) {
        super(args);
    }

    @Override
    String map(String text) {
        return text.indexOf('\\') < 0 ? text : BIBLIOGRAPHY.sub(text, NOTHING);
    }
}
