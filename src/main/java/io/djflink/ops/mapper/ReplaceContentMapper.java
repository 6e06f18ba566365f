package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DataJuicer's {@code replace_content_mapper}: applies {@code re.sub(pattern_i, repl_i, text)} for
 * each pattern in turn (DOTALL; a pattern written as {@code r'...'} loses that wrapper). With a
 * list of replacements, pattern i uses replacement i; with one replacement, every pattern uses it.
 * No pattern leaves the text unchanged.
 *
 * <p>A list of replacements shorter than the list of patterns is rejected when the op is built;
 * DataJuicer would fail on every sample instead.
 */
public final class ReplaceContentMapper extends TextMapper {

    private static final String PATTERN = "pattern";
    private static final String REPL = "repl";

    public static final OpSpec SPEC = OpSpec.mapper("replace_content_mapper", ReplaceContentMapper::new)
            .description("Replaces what Python regular expressions match.")
            .optional(PATTERN, ParamType.STRING_OR_LIST, null, "Python regular expression(s), applied in turn")
            .param(REPL, ParamType.STRING_OR_LIST, "", "replacement template, or one per pattern")
            .build();

    private final List<PythonRegex> patterns = new ArrayList<>();
    private final List<PythonReplacement> replacements = new ArrayList<>();

    public ReplaceContentMapper(OpArgs args) {
        super(args);
        List<String> given = args.stringList(PATTERN);
        boolean replPerPattern = args.raw(REPL) instanceof List<?>;
        List<String> repls = args.stringList(REPL);
        if (replPerPattern && repls.size() < given.size()) {
            throw new OpArgumentException(args.opName(), REPL, "op '" + args.opName() + "': parameter '" + REPL
                    + "' has " + repls.size() + " replacements for " + given.size() + " patterns");
        }
        for (int i = 0; i < given.size(); i++) {
            PythonRegex regex = compile(args, PATTERN, given.get(i), i);
            patterns.add(regex);
            replacements.add(replacement(args, replPerPattern ? repls.get(i) : repls.get(0), regex, i));
        }
    }

    private static PythonRegex compile(OpArgs args, String param, String pattern, int index) {
        try {
            return PythonRegex.compile(PythonRegex.unwrapRawString(pattern), Pattern.DOTALL);
        } catch (IllegalArgumentException e) {
            throw invalid(args, param, index, e);
        }
    }

    private static PythonReplacement replacement(OpArgs args, String template, PythonRegex regex, int index) {
        try {
            return PythonReplacement.parse(template, regex);
        } catch (IllegalArgumentException e) {
            throw invalid(args, REPL, index, e);
        }
    }

    private static OpArgumentException invalid(OpArgs args, String param, int index, IllegalArgumentException e) {
        return new OpArgumentException(args.opName(), param, "op '" + args.opName() + "': parameter '" + param
                + "' (for pattern " + (index + 1) + "): " + e.getMessage());
    }

    @Override
    String map(String text) {
        String replaced = text;
        for (int i = 0; i < patterns.size(); i++) {
            replaced = patterns.get(i).sub(replaced, replacements.get(i));
        }
        return replaced;
    }
}
