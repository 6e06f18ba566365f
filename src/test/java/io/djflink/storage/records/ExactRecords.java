package io.djflink.storage.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Compares records exactly: {@code Sample.equals} ignores key order and would take a missing key
 * for a null one in nothing else, so records are compared through a rendering that spells out
 * key order and the Java type of every value.
 */
final class ExactRecords {

    private ExactRecords() {
    }

    static void assertExactly(List<StoredRecord> actual, List<StoredRecord> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            StoredRecord a = actual.get(i);
            StoredRecord e = expected.get(i);
            assertThat(a.row()).as("row of record %d", i).isEqualTo(e.row());
            assertThat(a.sub()).as("sub of record %d", i).containsExactly(e.sub());
            assertThat(render(a.sample().fields())).as("sample of record %d", i).isEqualTo(render(e.sample().fields()));
        }
    }

    static String render(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(k).append('=').append(render(v)).append(", "));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(render(v)).append(", "));
            return out.append(']').toString();
        }
        if (value instanceof String s && s.length() > 200) {
            return "String(" + s.length() + " chars, hash " + s.hashCode() + ")";
        }
        return value == null ? "null" : value.getClass().getSimpleName() + "(" + value + ")";
    }
}
