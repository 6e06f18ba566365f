package io.djflink.storage.codec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.djflink.ops.Sample;
import io.djflink.python.PyFloat;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to and from {@link Sample}s, with Jackson's streaming API (no intermediate tree).
 *
 * <p>Integers become {@code Long} ({@code BigInteger} beyond 64 bits), other numbers {@code Double}
 * ({@code BigDecimal} when a double would not hold them), objects keep their key order. Output is
 * compact UTF-8 without escaping non-ASCII characters, like DataJuicer's exports.
 */
public final class JsonCodec {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            // as Python's json.dumps(ensure_ascii=False): characters beyond the BMP as raw UTF-8, \u001f in lower case
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private JsonCodec() {
    }

    /**
     * Parses one JSON object.
     *
     * @throws JsonProcessingException when the bytes are not exactly one JSON object
     */
    public static Sample parseObject(byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonProcessingException("expected a JSON object, found "
                        + describe(p.currentToken()), p.currentLocation()) {
                };
            }
            LinkedHashMap<String, Object> fields = readObject(p);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new JsonProcessingException("unexpected content after the JSON object", p.currentLocation()) {
                };
            }
            return new Sample(fields);
        }
    }

    public static Sample parseObject(String json) throws IOException {
        byte[] b = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return parseObject(b, 0, b.length);
    }

    /** Parses any JSON value (used for values stored as JSON text). */
    public static Object parseValue(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonProcessingException("empty JSON text", p.currentLocation()) {
                };
            }
            return readValue(p, t);
        }
    }

    private static String describe(JsonToken t) {
        return t == null ? "nothing" : t.asString() != null ? "'" + t.asString() + "'" : t.name().toLowerCase();
    }

    private static LinkedHashMap<String, Object> readObject(JsonParser p) throws IOException {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        String key;
        while ((key = p.nextFieldName()) != null) {
            m.put(key, readValue(p, p.nextToken()));
        }
        return m;
    }

    private static Object readValue(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
            case VALUE_NUMBER_FLOAT: {
                double d = p.getDoubleValue();
                if (Double.isInfinite(d) && !p.isNaN()) {
                    // a literal beyond double range; the Infinity literals are doubles
                    return p.getDecimalValue();
                }
                return d;
            }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_OBJECT:
                return readObject(p);
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
                    l.add(readValue(p, n));
                }
                return l;
            }
            default:
                throw new JsonProcessingException("unexpected " + describe(t), p.currentLocation()) {
                };
        }
    }

    /** The sample as one line of compact JSON, without the trailing newline. */
    public static byte[] toBytes(Sample sample) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            writeMap(g, sample.fields());
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise sample", e);
        }
        return out.toByteArray();
    }

    public static String toJson(Object value) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            writeValue(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise value", e);
        }
        return w.toString();
    }

    /** A generator writing compact UTF-8 JSON to {@code out}; the caller closes it. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setRootValueSeparator(null);
        return g;
    }

    @SuppressWarnings("unchecked")
    public static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Double d) {
            writeDouble(g, d);
        } else if (v instanceof Float f) {
            writeDouble(g, f.doubleValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Map<?, ?> m) {
            writeMap(g, (Map<String, Object>) m);
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (v instanceof Number n) {
            g.writeNumber(n.toString());
        } else {
            g.writeString(v.toString());
        }
    }

    public static void writeMap(JsonGenerator g, Map<String, Object> m) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Writes a double as Python's {@code json.dumps} would: shortest round-trip digits, {@code 1.0}
     * not {@code 1}, {@code NaN}/{@code Infinity} literals for non-finite values.
     */
    private static void writeDouble(JsonGenerator g, double d) throws IOException {
        if (Double.isNaN(d)) {
            g.writeRawValue("NaN");
        } else if (Double.isInfinite(d)) {
            g.writeRawValue(d > 0 ? "Infinity" : "-Infinity");
        } else {
            g.writeRawValue(PyFloat.repr(d));
        }
    }
}
