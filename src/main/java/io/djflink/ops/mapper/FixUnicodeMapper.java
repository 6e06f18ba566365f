package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.unicode.TextFixer;
import java.text.Normalizer;
import java.util.Locale;

/**
 * DataJuicer's {@code fix_unicode_mapper}: {@code ftfy.fix_text(text, normalization=...)} with ftfy
 * 6.3.1's default fixes and the given Unicode normalization (NFC when unset; the name is
 * upper-cased first, so {@code nfkc} works). See {@link TextFixer} for the fixes.
 */
public final class FixUnicodeMapper extends TextMapper {

    private static final String NORMALIZATION = "normalization";

    public static final OpSpec SPEC = OpSpec.mapper("fix_unicode_mapper", FixUnicodeMapper::new)
            .description("Fixes mojibake, HTML entities, odd characters and normalizes Unicode (ftfy).")
            .optional(NORMALIZATION, ParamType.STRING, null, "NFC (default), NFKC, NFD or NFKD")
            .build();

    private final TextFixer fixer;

    public FixUnicodeMapper(OpArgs args) {
        super(args);
        this.fixer = new TextFixer(form(args));
    }

    private static Normalizer.Form form(OpArgs args) {
        String given = args.string(NORMALIZATION);
        String name = given == null ? "NFC" : given.toUpperCase(Locale.ROOT);
        return switch (name) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw new OpArgumentException(args.opName(), NORMALIZATION, "op '" + args.opName()
                    + "': parameter '" + NORMALIZATION + "' must be one of NFC, NFKC, NFD, NFKD; got '" + given + "'");
        };
    }

    @Override
    String map(String text) {
        return fixer.fix(text);
    }
}
