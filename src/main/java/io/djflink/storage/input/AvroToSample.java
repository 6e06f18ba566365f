package io.djflink.storage.input;

import io.djflink.ops.Sample;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro values, as parquet-avro's generic model reads them, to {@link Sample} values: text becomes
 * {@code String}, ints {@code Long}, floats {@code Double}, records and maps ordered maps (records
 * in field order), arrays lists. Binary values become base64 text, because a sample must stay
 * writable as JSON.
 */
final class AvroToSample {

    private AvroToSample() {
    }

    static Sample convert(GenericRecord record) {
        return new Sample(convertRecord(record));
    }

    private static LinkedHashMap<String, Object> convertRecord(IndexedRecord record) {
        List<Schema.Field> fields = record.getSchema().getFields();
        LinkedHashMap<String, Object> out = new LinkedHashMap<>(Math.max(4, fields.size() * 2));
        for (Schema.Field field : fields) {
            out.put(field.name(), convertValue(record.get(field.pos())));
        }
        return out;
    }

    private static Object convertValue(Object value) {
        if (value == null || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof IndexedRecord record) {
            return convertRecord(record);
        }
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Object> out = new LinkedHashMap<>(Math.max(4, map.size() * 2));
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(e.getKey().toString(), convertValue(e.getValue()));
            }
            return out;
        }
        if (value instanceof Collection<?> items) {
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(convertValue(item));
            }
            return out;
        }
        if (value instanceof ByteBuffer bytes) {
            ByteBuffer view = bytes.duplicate();
            byte[] copy = new byte[view.remaining()];
            view.get(copy);
            return Base64.getEncoder().encodeToString(copy);
        }
        if (value instanceof GenericFixed fixed) {
            return Base64.getEncoder().encodeToString(fixed.bytes());
        }
        return value.toString();
    }
}
