package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.text.MatchFinder;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * DataJuicer's {@code clean_*_mapper} mechanics: replace every match of {@code pattern} (or the
 * op's default pattern) with {@code repl}, matching with DOTALL. A recipe pattern written as a
 * Python raw string ({@code r'...'}) loses that wrapper, and {@code repl} is a Python template
 * ({@code \1}, {@code \g<name>}). A mapper may find the matches of its default pattern with a
 * {@link MatchFinder} of its own instead of the regex engine.
 */
abstract class RegexCleaningMapper extends TextMapper {

    static final String PATTERN = "pattern";
    static final String REPL = "repl";

    private final PythonRegex regex;
    private final PythonReplacement replacement;
    /** Finds the default pattern's matches in a text; {@code null} when the recipe gives a pattern. */
    private final Function<String, MatchFinder> defaultFinder;

    RegexCleaningMapper(OpArgs args, String defaultPattern) {
        this(args, defaultPattern, null);
    }

    /** @param defaultFinder finds exactly the matches of {@code defaultPattern} in a text, only faster */
    RegexCleaningMapper(OpArgs args, String defaultPattern, Function<String, MatchFinder> defaultFinder) {
        super(args);
        String given = args.string(PATTERN);
        this.regex = compile(args, PATTERN, () -> PythonRegex.compile(
                given == null ? defaultPattern : PythonRegex.unwrapRawString(given), Pattern.DOTALL));
        this.replacement = compile(args, REPL, () -> PythonReplacement.parse(args.string(REPL), regex));
        this.defaultFinder = given == null ? defaultFinder : null;
    }

    /** The spec of a cleaning mapper: {@code pattern} (null for the default) and {@code repl}. */
    static OpSpec.Builder spec(String name, Function<OpArgs, RegexCleaningMapper> factory, String cleaned) {
        return OpSpec.mapper(name, factory)
                .description("Removes " + cleaned + " from the text (or replaces them with repl).")
                .optional(PATTERN, ParamType.STRING, null,
                        "Python regular expression to remove instead of the default " + cleaned + " pattern")
                .param(REPL, ParamType.STRING, "", "Python replacement template for each match");
    }

    @Override
    String map(String text) {
        if (defaultFinder != null) {
            return MatchFinder.sub(text, defaultFinder.apply(text), replacement);
        }
        return regex.sub(text, replacement);
    }

    private static <T> T compile(OpArgs args, String param, Supplier<T> compiler) {
        try {
            return compiler.get();
        } catch (IllegalArgumentException e) {
            throw new OpArgumentException(args.opName(), param, "op '" + args.opName() + "': parameter '" + param
                    + "': " + e.getMessage());
        }
    }
}
