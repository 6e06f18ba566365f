package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;

/**
 * DataJuicer's {@code punctuation_normalization_mapper}: replaces 34 Unicode punctuation characters
 * with ASCII, one character at a time, using BigScience's table as-is (so {@code —} becomes
 * {@code " - "}, {@code …} becomes {@code "..."}, and the full-width digit {@code １} becomes a
 * double quote).
 */
public final class PunctuationNormalizationMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec
            .mapper("punctuation_normalization_mapper", PunctuationNormalizationMapper::new)
            .description("Replaces Unicode punctuation with its ASCII counterpart.")
            .build();

    public PunctuationNormalizationMapper(OpArgs args) {
        super(args);
    }

    @Override
    String map(String text) {
        StringBuilder out = null;
        // Every mapped character is in the BMP, so surrogates pass through unchanged.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String ascii = asciiFor(c);
            if (ascii != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (ascii != null) {
                    out.append(ascii);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** DataJuicer's {@code punctuation_unicode} table; {@code null} for characters it leaves alone. */
    static String asciiFor(char c) {
        return switch (c) {
            case '，', '、' -> ",";
            case '。' -> ".";
            case '„', '”', '“', '«', '»', '１', '」', '「', '《', '》' -> "\"";
            case '´', '’' -> "'";
            case '∶', '：' -> ":";
            case '？' -> "?";
            case '！' -> "!";
            case '（' -> "(";
            case '）' -> ")";
            case '；' -> ";";
            case '–', '━', '►' -> "-";
            case '—' -> " - ";
            case '．' -> ". ";
            case '～' -> "~";
            case '…' -> "...";
            case '〈' -> "<";
            case '〉' -> ">";
            case '【' -> "[";
            case '】' -> "]";
            case '％' -> "%";
            default -> null;
        };
    }
}
