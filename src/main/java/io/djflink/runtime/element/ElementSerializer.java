package io.djflink.runtime.element;

import io.djflink.ops.Sample;
import io.djflink.storage.codec.BinaryValueCodec;
import io.djflink.storage.records.StoredRecord;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink serializer for {@link Element}s: a compact binary form (see {@link BinaryValueCodec}), so
 * that records crossing the network or stored in state are neither JSON text nor Kryo graphs.
 */
public final class ElementSerializer extends TypeSerializer<Element> {

    public static final ElementSerializer INSTANCE = new ElementSerializer();

    private static final long serialVersionUID = 1L;
    private static final Element.Kind[] KINDS = Element.Kind.values();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<Element> duplicate() {
        return this;
    }

    @Override
    public Element createInstance() {
        return Element.partitionEnd(0, 0, 0);
    }

    @Override
    public Element copy(Element from) {
        Sample sample = from.sample() == null ? null : from.sample().deepCopy();
        LinkedHashMap<String, Object> info = from.info() == null ? null : new LinkedHashMap<>(from.info());
        return Element.restore(from.kind(), from.partition(), from.row(), from.sub().clone(), from.entryOp(),
                from.globalOp(), from.key(), sample, info);
    }

    @Override
    public Element copy(Element from, Element reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(Element e, DataOutputView out) throws IOException {
        out.writeByte(e.kind().ordinal());
        BinaryValueCodec.writeVarInt(out, e.partition());
        out.writeLong(e.row());
        int[] sub = e.sub();
        BinaryValueCodec.writeVarInt(out, sub.length);
        for (int s : sub) {
            BinaryValueCodec.writeVarInt(out, s);
        }
        out.writeInt(e.entryOp());
        out.writeInt(e.globalOp());
        writeNullableString(out, e.key());
        out.writeBoolean(e.sample() != null);
        if (e.sample() != null) {
            BinaryValueCodec.writeSample(out, e.sample());
        }
        BinaryValueCodec.writeValue(out, e.info());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Element deserialize(DataInputView in) throws IOException {
        Element.Kind kind = KINDS[in.readUnsignedByte()];
        int partition = BinaryValueCodec.readVarInt(in);
        long row = in.readLong();
        int n = BinaryValueCodec.readVarInt(in);
        int[] sub = n == 0 ? StoredRecord.NO_SUB : new int[n];
        for (int i = 0; i < n; i++) {
            sub[i] = BinaryValueCodec.readVarInt(in);
        }
        int entryOp = in.readInt();
        int globalOp = in.readInt();
        String key = readNullableString(in);
        Sample sample = in.readBoolean() ? BinaryValueCodec.readSample(in) : null;
        LinkedHashMap<String, Object> info = (LinkedHashMap<String, Object>) BinaryValueCodec.readValue(in);
        return Element.restore(kind, partition, row, sub, entryOp, globalOp, key, sample, info);
    }

    @Override
    public Element deserialize(Element reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    private static void writeNullableString(DataOutputView out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            BinaryValueCodec.writeString(out, s);
        }
    }

    private static String readNullableString(DataInputView in) throws IOException {
        return in.readBoolean() ? BinaryValueCodec.readString(in) : null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ElementSerializer;
    }

    @Override
    public int hashCode() {
        return ElementSerializer.class.hashCode();
    }

    @Override
    public TypeSerializerSnapshot<Element> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Serializer snapshot for state compatibility checks on restore. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Element> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
