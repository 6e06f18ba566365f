package io.djflink.testing;

import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * A seeded JSONL corpus that exercises a whole recipe: documents of very uneven length, exact and
 * case/punctuation-only duplicates spread over the file, short documents, emails, links, repeated
 * characters, CJK and emoji. The same seed always gives the same bytes.
 */
public final class TestCorpus {

    private static final String[] WORDS = ("the of and to in is was for on with as by at from that this it be are "
            + "data process partition flink checkpoint resume record export recipe filter mapper deduplicator text "
            + "stream operator state savepoint cluster parallel order input output file line character window "
            + "language model training corpus quality noise clean duplicate near exact hash token sentence").split(" ");
    private static final String[] EXTRAS = {"contact me at someone.name@example.org today", "see https://example.com/a/b?c=d for more",
        "visit www.example.net now", "数据处理是一个重要的步骤。", "naïve café résumé", "emoji 😀 and 🚀 here",
        "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"};

    private TestCorpus() {
    }

    /** Writes {@code docs} documents and returns the file. */
    public static Path write(Path file, int docs, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> texts = new ArrayList<>();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < docs; i++) {
                String text = next(r, texts);
                texts.add(text);
                LinkedHashMap<String, Object> meta = new LinkedHashMap<>();
                meta.put("source", "test-corpus");
                meta.put("id", (long) i);
                out.write(JsonCodec.toBytes(Sample.of("text", text, "meta", meta)));
                out.write('\n');
            }
        }
        return file;
    }

    private static String next(Random r, List<String> earlier) {
        int kind = r.nextInt(100);
        if (!earlier.isEmpty() && kind < 12) {
            return earlier.get(r.nextInt(earlier.size()));
        }
        if (!earlier.isEmpty() && kind < 16) {
            return earlier.get(r.nextInt(earlier.size())).toUpperCase() + "!!";
        }
        if (kind < 22) {
            return words(r, 1 + r.nextInt(8));
        }
        StringBuilder sb = new StringBuilder();
        int sentences = 1 + (kind < 30 ? 40 + r.nextInt(200) : r.nextInt(25));
        for (int s = 0; s < sentences; s++) {
            sb.append(words(r, 5 + r.nextInt(20))).append(". ");
            if (r.nextInt(10) == 0) {
                sb.append(EXTRAS[r.nextInt(EXTRAS.length)]).append(' ');
            }
            if (r.nextInt(15) == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString().strip();
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String w = WORDS[r.nextInt(WORDS.length)];
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return sb.toString();
    }
}
