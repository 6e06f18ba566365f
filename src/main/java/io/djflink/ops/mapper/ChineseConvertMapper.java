package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.opencc.OpenCcConfig;
import io.djflink.ops.opencc.OpenCcConverter;

/**
 * DataJuicer's {@code chinese_convert_mapper}: converts between Simplified Chinese, Traditional
 * Chinese (with Taiwan and Hong Kong variants and idioms) and Japanese Shinjitai exactly as OpenCC
 * 1.1.9 with its bundled configuration {@code <mode>.json} does (see {@link OpenCcConverter}),
 * including OpenCC's habit of ending the text at its first U+0000.
 */
public final class ChineseConvertMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec.mapper("chinese_convert_mapper", ChineseConvertMapper::new)
            .description("Converts Chinese between Simplified, Traditional and Japanese Kanji forms (OpenCC).")
            .choice("mode", "s2t", OpenCcConfig.modeNames(), "OpenCC configuration")
            .build();

    private final OpenCcConverter converter;

    public ChineseConvertMapper(OpArgs args) {
        super(args);
        this.converter = OpenCcConverter.of(OpenCcConfig.ofMode(args.string("mode")));
    }

    @Override
    String map(String text) {
        return converter.convert(text);
    }
}
