package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.python.PythonRegex;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DataJuicer's {@code expand_macro_mapper}: LaTeX macros without arguments, defined on one line by
 * {@code \newcommand{\name}{value}} or {@code \def\name{value}} (the line must end with the closing
 * brace), are expanded wherever the name is followed by a character other than an ASCII letter or
 * digit. As in DataJuicer:
 * <ul>
 *   <li>the {@code \newcommand} definitions are collected first, then the {@code \def} ones; a name
 *       defined twice keeps its first place and its last value;</li>
 *   <li>the definition lines themselves are expanded too;</li>
 *   <li>an occurrence at the very end of the text is not expanded, and the character after an
 *       expanded occurrence cannot start the next one ({@code \a\a.} expands only the first).</li>
 * </ul>
 * DataJuicer passes name and value through {@code unicode-escape} and then uses them as a pattern
 * and a replacement template, which undoes the escaping: the name matches literally and the value
 * is inserted literally, which is what this class does directly.
 */
public final class ExpandMacroMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec.mapper("expand_macro_mapper", ExpandMacroMapper::new)
            .description("Expands LaTeX macros that take no arguments.")
            .build();

    private static final PythonRegex NEWCOMMAND = PythonRegex.compile(
            "\\\\\\bnewcommand\\b\\*?\\{(\\\\[a-zA-Z0-9]+?)\\}\\{(.*?)\\}$", Pattern.MULTILINE);
    private static final PythonRegex DEF = PythonRegex.compile(
            "\\\\def\\s*(\\\\[a-zA-Z0-9]+?)\\s*\\{(.*?)\\}$", Pattern.MULTILINE);

    public ExpandMacroMapper(OpArgs args) {
        super(args);
    }

    @Override
    String map(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        Map<String, String> macros = new LinkedHashMap<>();
        NEWCOMMAND.forEachMatch(text, m -> macros.put(m.group(1), m.group(2)));
        DEF.forEachMatch(text, m -> macros.put(m.group(1), m.group(2)));
        String expanded = text;
        for (Map.Entry<String, String> macro : macros.entrySet()) {
            expanded = expand(expanded, macro.getKey(), macro.getValue());
        }
        return expanded;
    }

    /** {@code re.sub('(' + name + ')([^a-zA-Z0-9])', value + r'\2', text)} with a literal name and value. */
    static String expand(String text, String name, String value) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int at = text.indexOf(name, from);
            int after = at + name.length();
            if (at < 0 || after >= text.length()) {
                break;
            }
            int next = text.codePointAt(after);
            if (isAsciiLetterOrDigit(next)) {
                from = at + 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + value.length());
            }
            out.append(text, copied, at).append(value);
            copied = after;
            from = after + Character.charCount(next);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
