package io.djflink.ops.unicode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * Expected texts are ftfy 6.3.1's {@code fix_text} outputs: {@code ftfy-6.3.1-fix_text.jsonl}
 * holds 400 texts (words with accents, CJK, emoji, entities, controls and curly quotes, many of
 * them turned into mojibake once or twice through Latin-1, Windows-125x, MacRoman or CP437, and
 * random mixes of Latin, Greek, Cyrillic and punctuation) with the normalization used and ftfy's
 * result, as computed by @photostructure/ftfy, a port of ftfy 6.3.1 checked against it.
 */
class TextFixerTest {

    @Test
    void fixesEveryRecordedTextAsFtfyDoes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                TextFixerTest.class.getResourceAsStream("ftfy-6.3.1-fix_text.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode vector = json.readTree(line);
                String form = vector.get("normalization").isNull() ? "NFC" : vector.get("normalization").asText();
                String text = vector.get("text").asText();
                assertThat(new TextFixer(Normalizer.Form.valueOf(form)).fix(text)).as(line)
                        .isEqualTo(vector.get("expected").asText());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(400);
    }

    @Test
    void undoesUtf8ReadAsLatin1OrWindows1252AtAnyDepth() {
        TextFixer fixer = new TextFixer(Normalizer.Form.NFC);
        assertThat(fixer.fix("Ãºnico")).isEqualTo("único");
        assertThat(fixer.fix("This â€” should be an em dash")).isEqualTo("This — should be an em dash");
        assertThat(fixer.fix("ÃƒÂ©")).isEqualTo("é");
        assertThat(fixer.fix("not such a fan of Charlotte Brontë…”")).isEqualTo("not such a fan of Charlotte Brontë…\"");
    }

    @Test
    void decodesEntitiesOnlyUntilALineContainsAnAngleBracket() {
        TextFixer fixer = new TextFixer(Normalizer.Form.NFC);
        assertThat(fixer.fix("&nbsp;x &#x2019; &#146; &EACUTE; &eacute &NotAnEntity;"))
                .isEqualTo("\u00a0x ' ' É &eacute &NotAnEntity;");
        assertThat(fixer.fix("line1 &amp;\n<b>\n&amp; after")).isEqualTo("line1 &\n<b>\n&amp; after");
    }

    @Test
    void cleansCharactersAndNormalizes() {
        TextFixer fixer = new TextFixer(Normalizer.Form.NFC);
        assertThat(fixer.fix("\u001b[36;44mblue\u001b[0m ﬂubberiﬁc ＡＢＣ１２３　ｘ ‘q’ “dq”"))
                .isEqualTo("blue flubberific ABC123 x 'q' \"dq\"");
        assertThat(fixer.fix("a\r\nb\rc\u2028d\u0085e")).isEqualTo("a\nb\nc\nd…e");
        assertThat(fixer.fix("a\u0000b\u0007c\u200bd\ufeffe\u0301")).isEqualTo("abc\u200bdé");
        assertThat(new TextFixer(Normalizer.Form.NFKC).fix("ﬁ①")).isEqualTo("fi1");
        assertThat(new TextFixer(Normalizer.Form.NFD).fix("é")).isEqualTo("e\u0301");
    }

    @Test
    void leavesCorrectTextAloneIncludingEmojiAndCjk() {
        TextFixer fixer = new TextFixer(Normalizer.Form.NFC);
        String text = "😀 中文 日本語 русский ελληνικά";
        assertThat(fixer.fix(text)).isSameAs(text);
        assertThat(fixer.fix("")).isEmpty();
        assertThat(fixer.fix("lone \ud800 surrogate")).isEqualTo("lone \ufffd surrogate");
    }

    @Test
    void longLines() {
        TextFixer fixer = new TextFixer(Normalizer.Form.NFC);
        assertThat(fixer.fix("cafÃ© ".repeat(100_000))).isEqualTo("café ".repeat(100_000));
    }
}
