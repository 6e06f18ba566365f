package io.djflink.storage.codec;

import io.djflink.ops.Sample;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact, exact binary form of samples and JSON-like values: one tag byte per value, varint
 * lengths, UTF-8 strings. Used wherever samples cross a process or task boundary (Flink's network
 * and state) and for buffering rows before a columnar file is written.
 */
public final class BinaryValueCodec {

    private static final int NULL = 0;
    private static final int FALSE = 1;
    private static final int TRUE = 2;
    private static final int LONG = 3;
    private static final int DOUBLE = 4;
    private static final int STRING = 5;
    private static final int LIST = 6;
    private static final int MAP = 7;
    private static final int BIG_INTEGER = 8;
    private static final int BIG_DECIMAL = 9;

    private BinaryValueCodec() {
    }

    public static void writeSample(DataOutput out, Sample sample) throws IOException {
        writeMap(out, sample.fields());
    }

    public static Sample readSample(DataInput in) throws IOException {
        return new Sample(readMapBody(in));
    }

    /**
     * Reads a sample whose top-level string values stay UTF-8 ({@link Utf8Text}), for writers that
     * store UTF-8 anyway and would otherwise decode and re-encode every text.
     */
    public static Sample readSampleKeepingUtf8(DataInput in) throws IOException {
        int n = readVarInt(in);
        LinkedHashMap<String, Object> m = new LinkedHashMap<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            String k = readString(in);
            int tag = in.readUnsignedByte();
            if (tag == STRING) {
                byte[] b = new byte[readVarInt(in)];
                in.readFully(b);
                m.put(k, new Utf8Text(b));
            } else {
                m.put(k, readTagged(in, tag));
            }
        }
        return new Sample(m);
    }

    /** Copies one encoded sample from {@code in} to {@code out} without decoding its strings. */
    public static void copySample(DataInput in, DataOutput out) throws IOException {
        copyMapBody(in, out);
    }

    @SuppressWarnings("unchecked")
    public static void writeValue(DataOutput out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            out.writeByte(LONG);
            out.writeLong(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            out.writeByte(DOUBLE);
            out.writeDouble(((Number) v).doubleValue());
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (v instanceof Map<?, ?> m) {
            out.writeByte(MAP);
            writeMapBody(out, (Map<String, Object>) m);
        } else if (v instanceof List<?> l) {
            out.writeByte(LIST);
            writeVarInt(out, l.size());
            for (Object o : l) {
                writeValue(out, o);
            }
        } else if (v instanceof BigInteger b) {
            out.writeByte(BIG_INTEGER);
            writeString(out, b.toString());
        } else if (v instanceof BigDecimal b) {
            out.writeByte(BIG_DECIMAL);
            writeString(out, b.toString());
        } else {
            throw new IOException("cannot encode a value of type " + v.getClass().getName());
        }
    }

    public static Object readValue(DataInput in) throws IOException {
        return readTagged(in, in.readUnsignedByte());
    }

    private static Object readTagged(DataInput in, int tag) throws IOException {
        switch (tag) {
            case NULL:
                return null;
            case FALSE:
                return Boolean.FALSE;
            case TRUE:
                return Boolean.TRUE;
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case STRING:
                return readString(in);
            case LIST: {
                int n = readVarInt(in);
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(readValue(in));
                }
                return l;
            }
            case MAP:
                return readMapBody(in);
            case BIG_INTEGER:
                return new BigInteger(readString(in));
            case BIG_DECIMAL:
                return new BigDecimal(readString(in));
            default:
                throw new IOException("corrupt value encoding: unknown tag " + tag);
        }
    }

    private static void writeMap(DataOutput out, Map<String, Object> m) throws IOException {
        writeMapBody(out, m);
    }

    private static void writeMapBody(DataOutput out, Map<String, Object> m) throws IOException {
        writeVarInt(out, m.size());
        for (Map.Entry<String, Object> e : m.entrySet()) {
            writeString(out, e.getKey());
            writeValue(out, e.getValue());
        }
    }

    private static LinkedHashMap<String, Object> readMapBody(DataInput in) throws IOException {
        int n = readVarInt(in);
        LinkedHashMap<String, Object> m = new LinkedHashMap<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            String k = readString(in);
            m.put(k, readValue(in));
        }
        return m;
    }

    private static void copyMapBody(DataInput in, DataOutput out) throws IOException {
        int n = readVarInt(in);
        writeVarInt(out, n);
        for (int i = 0; i < n; i++) {
            copyBytes(in, out);
            copyValue(in, out);
        }
    }

    private static void copyValue(DataInput in, DataOutput out) throws IOException {
        int tag = in.readUnsignedByte();
        out.writeByte(tag);
        switch (tag) {
            case NULL:
            case FALSE:
            case TRUE:
                return;
            case LONG:
                out.writeLong(in.readLong());
                return;
            case DOUBLE:
                out.writeDouble(in.readDouble());
                return;
            case STRING:
            case BIG_INTEGER:
            case BIG_DECIMAL:
                copyBytes(in, out);
                return;
            case LIST: {
                int n = readVarInt(in);
                writeVarInt(out, n);
                for (int i = 0; i < n; i++) {
                    copyValue(in, out);
                }
                return;
            }
            case MAP:
                copyMapBody(in, out);
                return;
            default:
                throw new IOException("corrupt value encoding: unknown tag " + tag);
        }
    }

    public static void writeString(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(out, b.length);
        out.write(b);
    }

    public static String readString(DataInput in) throws IOException {
        int n = readVarInt(in);
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void copyBytes(DataInput in, DataOutput out) throws IOException {
        int n = readVarInt(in);
        writeVarInt(out, n);
        byte[] b = new byte[n];
        in.readFully(b);
        out.write(b);
    }

    public static void writeVarInt(DataOutput out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    public static int readVarInt(DataInput in) throws IOException {
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IOException("corrupt varint");
    }
}
