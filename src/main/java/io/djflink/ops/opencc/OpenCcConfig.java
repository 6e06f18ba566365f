package io.djflink.ops.opencc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * OpenCC 1.1.9's bundled configurations ({@code <mode>.json}): the dictionaries that segment the
 * text and the chain of conversions, each a group of dictionaries searched in order.
 */
public enum OpenCcConfig {
    S2T(List.of("STPhrases"), List.of(List.of("STPhrases", "STCharacters"))),
    T2S(List.of("TSPhrases"), List.of(List.of("TSPhrases", "TSCharacters"))),
    S2TW(List.of("STPhrases"), List.of(List.of("STPhrases", "STCharacters"), List.of("TWVariants"))),
    TW2S(List.of("TSPhrases"), List.of(List.of("TWVariantsRevPhrases", "TWVariantsRev"),
            List.of("TSPhrases", "TSCharacters"))),
    S2HK(List.of("STPhrases"), List.of(List.of("STPhrases", "STCharacters"), List.of("HKVariants"))),
    HK2S(List.of("TSPhrases"), List.of(List.of("HKVariantsRevPhrases", "HKVariantsRev"),
            List.of("TSPhrases", "TSCharacters"))),
    S2TWP(List.of("STPhrases"), List.of(List.of("STPhrases", "STCharacters"), List.of("TWPhrases"),
            List.of("TWVariants"))),
    TW2SP(List.of("TSPhrases"), List.of(List.of("TWPhrasesRev", "TWVariantsRevPhrases", "TWVariantsRev"),
            List.of("TSPhrases", "TSCharacters"))),
    T2TW(List.of("TWVariants"), List.of(List.of("TWVariants"))),
    TW2T(List.of("TWVariantsRevPhrases"), List.of(List.of("TWVariantsRevPhrases", "TWVariantsRev"))),
    HK2T(List.of("HKVariantsRevPhrases"), List.of(List.of("HKVariantsRevPhrases", "HKVariantsRev"))),
    T2HK(List.of("HKVariants"), List.of(List.of("HKVariants"))),
    T2JP(List.of("JPVariants"), List.of(List.of("JPVariants"))),
    JP2T(List.of("JPShinjitaiPhrases"), List.of(List.of("JPShinjitaiPhrases", "JPShinjitaiCharacters",
            "JPVariantsRev")));

    private final List<String> segmentation;
    private final List<List<String>> conversionChain;

    OpenCcConfig(List<String> segmentation, List<List<String>> conversionChain) {
        this.segmentation = segmentation;
        this.conversionChain = conversionChain;
    }

    /** The configuration's name as DataJuicer gives it ({@code s2t}, {@code tw2sp}, ...). */
    public String modeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode names in DataJuicer's order. */
    public static List<String> modeNames() {
        return Arrays.stream(values()).map(OpenCcConfig::modeName).toList();
    }

    public static OpenCcConfig ofMode(String mode) {
        return valueOf(mode.toUpperCase(Locale.ROOT));
    }

    OpenCcConverter newConverter() {
        return new OpenCcConverter(new DictionaryGroup(segmentation),
                conversionChain.stream().map(DictionaryGroup::new).toList());
    }
}
