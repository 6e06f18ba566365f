package io.djflink.storage.records;

import io.djflink.ops.Sample;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/** Records that a record file format has to give back exactly. */
final class TrickyRecords {

    static final String FIVE_MB_TEXT = "Ünïcödé 文本 😀 ".repeat(5 * 1024 * 1024 / 24);

    private TrickyRecords() {
    }

    static List<StoredRecord> all() {
        List<StoredRecord> records = new ArrayList<>();
        records.add(new StoredRecord(0, StoredRecord.NO_SUB, Sample.of(
                "text", "hello", "n", 1L, "x", 1.5, "flag", true, "score", 1L,
                "meta", map("src", "web", "lang", "en"), "tags", List.of("a", "b"), "nothing", null)));
        records.add(new StoredRecord(1, new int[] {0, 3}, Sample.of(
                "n", 2L, "text", "", "x", -0.0, "flag", false, "score", 1.0,
                "meta", map("lang", "zh", "src", "book", "extra", map("k", 1L, "deep", map())),
                "tags", List.of(), "nothing", null)));
        records.add(new StoredRecord(1, new int[] {2}, Sample.of(
                "text", "😀 emoji and 中文 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "n", null, "x", Double.NaN, "score", 2L, "meta", null,
                "tags", Arrays.asList(1L, 2.0, "x", null, List.of(3L), map("a", null)), "nothing", null)));
        records.add(new StoredRecord(7, StoredRecord.NO_SUB, Sample.of(
                "text", FIVE_MB_TEXT, "x", Double.POSITIVE_INFINITY, "score", Double.NaN,
                "big", new BigInteger("123456789012345678901234567890"), "huge", new BigDecimal("1E+400"))));
        records.add(new StoredRecord(8, StoredRecord.NO_SUB, Sample.of(
                "x", Double.NEGATIVE_INFINITY, "big", new BigInteger("-98765432109876543210"),
                "score", Double.NEGATIVE_INFINITY, "huge", new BigDecimal("-2.5E+999"), "text", "last but one")));
        records.add(new StoredRecord(9, StoredRecord.NO_SUB, Sample.of(
                "meta.src", "dotted key", "text-len", 12L, "数据", "non-ASCII key", "_column_3", "looks generated",
                "__dj__stats__", map("text_len", 12L, "ratio", 0.25), "x", Double.MIN_VALUE)));
        records.add(new StoredRecord(10, StoredRecord.NO_SUB, new Sample()));
        records.add(new StoredRecord(Long.MAX_VALUE, new int[] {Integer.MAX_VALUE, 0, 1}, Sample.of(
                "text", "same keys as the first row", "n", Long.MIN_VALUE, "x", Double.MAX_VALUE, "flag", true,
                "score", 3L, "meta", map("src", "web", "lang", "en"), "tags", List.of("c"), "nothing", null)));
        return records;
    }

    /** {@code count} records shaped like a filtered text dataset. */
    static List<StoredRecord> many(int count) {
        List<StoredRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Sample sample = Sample.of(
                    "text", "sample text number " + i + " " + "word ".repeat(i % 50),
                    "id", (long) i,
                    "meta", map("source", i % 3 == 0 ? "web" : "books", "rank", (long) (i % 7)),
                    "__dj__stats__", map("text_len", (long) (20 + i % 250), "alnum_ratio", 1.0 / (1 + i % 13)));
            int[] sub = i % 10 == 0 ? new int[] {i % 4} : StoredRecord.NO_SUB;
            records.add(new StoredRecord(i / 2, sub, sample));
        }
        return records;
    }

    static LinkedHashMap<String, Object> map(Object... keyValues) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
