package io.djflink.ops.opencc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Expected texts are OpenCC 1.1.9's outputs: its own test cases ({@code upstream-<mode>.in/.ans},
 * from OpenCC's repository) and random mixes of dictionary phrases converted by
 * {@code opencc -c <mode>.json} ({@code random-phrases.tsv}).
 */
class OpenCcConverterTest {

    @ParameterizedTest
    @EnumSource(value = OpenCcConfig.class, names = "T2TW", mode = EnumSource.Mode.EXCLUDE)
    void convertsOpenCcsOwnTestCases(OpenCcConfig config) throws IOException {
        OpenCcConverter converter = OpenCcConverter.of(config);
        List<String> inputs = lines("upstream-" + config.modeName() + ".in");
        List<String> expected = lines("upstream-" + config.modeName() + ".ans");
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(converter.convert(inputs.get(i))).as(inputs.get(i)).isEqualTo(expected.get(i));
        }
    }

    @Test
    void convertsRandomPhraseMixesOfEveryModeLikeOpenCc() throws IOException {
        int checked = 0;
        for (String line : lines("random-phrases.tsv")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] modeInputExpected = line.split("\t", -1);
            OpenCcConverter converter = OpenCcConverter.of(OpenCcConfig.ofMode(modeInputExpected[0]));
            assertThat(converter.convert(modeInputExpected[1])).as(line).isEqualTo(modeInputExpected[2]);
            checked++;
        }
        assertThat(checked).isEqualTo(14 * 40);
    }

    @Test
    void aPhraseDecidesOverItsCharacters() {
        OpenCcConverter converter = OpenCcConverter.of(OpenCcConfig.S2T);
        assertThat(converter.convert("干")).isEqualTo("幹");
        assertThat(converter.convert("干燥")).isEqualTo("乾燥");
    }

    @Test
    void everyModeHasADictionaryOnTheClassPath() {
        Stream.of(OpenCcConfig.values()).forEach(config -> assertThat(OpenCcConverter.of(config).convert("")).isEmpty());
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = OpenCcConverterTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .split("\n", -1)));
            if (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        }
    }
}
