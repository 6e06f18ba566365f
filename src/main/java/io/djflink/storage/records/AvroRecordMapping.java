package io.djflink.storage.records;

import io.djflink.storage.codec.JsonCodec;
import io.djflink.storage.codec.Utf8Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;

/**
 * The Avro record schema of a columnar record file (what parquet-avro turns into the parquet
 * schema), and the conversion of records to and from Avro records.
 *
 * <p>Fields: {@code __dj__row__} long, {@code __dj__sub__} nullable array of int (null when the
 * record has no sub), {@code __dj__keys__} nullable string when the {@link ColumnSchema} needs it,
 * then one nullable field per column. A JSON-text column carries the property {@code "dj.json":
 * true}. Avro names are restricted to {@code [A-Za-z_][A-Za-z0-9_]*}, so a key that is not such a
 * name gets a generated field name and the property {@code "dj.key"} holding the key.
 */
final class AvroRecordMapping {

    static final String JSON_PROPERTY = "dj.json";
    static final String KEY_PROPERTY = "dj.key";

    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Schema NULL = Schema.create(Schema.Type.NULL);
    private static final Schema SUB = Schema.createUnion(NULL, Schema.createArray(Schema.create(Schema.Type.INT)));

    private final ColumnSchema columns;
    private final Schema avroSchema;
    private final int keysField;
    private final int firstColumnField;

    private AvroRecordMapping(ColumnSchema columns, Schema avroSchema) {
        this.columns = columns;
        this.avroSchema = avroSchema;
        this.keysField = columns.hasKeyLists() ? 2 : -1;
        this.firstColumnField = columns.hasKeyLists() ? 3 : 2;
    }

    static AvroRecordMapping forColumns(ColumnSchema columns) {
        List<Schema.Field> fields = new ArrayList<>();
        fields.add(new Schema.Field(PositionFields.ROW, Schema.create(Schema.Type.LONG)));
        fields.add(new Schema.Field(PositionFields.SUB, SUB, null, Schema.Field.NULL_DEFAULT_VALUE));
        if (columns.hasKeyLists()) {
            fields.add(nullableField(PositionFields.KEYS, Schema.Type.STRING));
        }
        List<String> names = fieldNames(columns.columns());
        for (int i = 0; i < names.size(); i++) {
            ColumnSchema.Column column = columns.columns().get(i);
            Schema.Field field = nullableField(names.get(i), avroType(column.kind()));
            if (!names.get(i).equals(column.key())) {
                field.addProp(KEY_PROPERTY, column.key());
            }
            if (column.kind() == ColumnKind.JSON) {
                field.addProp(JSON_PROPERTY, true);
            }
            fields.add(field);
        }
        return new AvroRecordMapping(columns, Schema.createRecord("DjRecord", null, "io.djflink.storage", false, fields));
    }

    /** Reads the mapping back from the Avro schema stored in a file. */
    static AvroRecordMapping fromAvro(Schema avroSchema) throws IOException {
        List<Schema.Field> fields = avroSchema.getFields();
        if (fields.size() < 2 || !fields.get(0).name().equals(PositionFields.ROW)
                || !fields.get(1).name().equals(PositionFields.SUB)) {
            throw new IOException("not a dj-flink record file: its fields do not start with "
                    + PositionFields.ROW + ", " + PositionFields.SUB);
        }
        boolean hasKeyLists = fields.size() > 2 && fields.get(2).name().equals(PositionFields.KEYS);
        List<ColumnSchema.Column> columns = new ArrayList<>();
        for (Schema.Field field : fields.subList(hasKeyLists ? 3 : 2, fields.size())) {
            String key = field.getProp(KEY_PROPERTY) != null ? field.getProp(KEY_PROPERTY) : field.name();
            columns.add(new ColumnSchema.Column(key, kindOf(field)));
        }
        return new AvroRecordMapping(new ColumnSchema(columns, hasKeyLists), avroSchema);
    }

    Schema avroSchema() {
        return avroSchema;
    }

    /** Sets every field of {@code target} (reused across rows) from {@code record}. */
    void fill(GenericData.Record target, StoredRecord record) {
        target.put(0, record.row());
        target.put(1, record.sub().length == 0 ? null : boxed(record.sub()));
        if (keysField >= 0) {
            target.put(keysField, columns.keyListOf(record.sample().fields()));
        }
        List<ColumnSchema.Column> list = columns.columns();
        for (int i = 0; i < list.size(); i++) {
            target.put(firstColumnField + i, avroValue(list.get(i).kind(), record.sample().get(list.get(i).key())));
        }
    }

    /** A string still in UTF-8 goes to Avro as {@link Utf8} without being decoded. */
    private static Object avroValue(ColumnKind kind, Object value) {
        if (value instanceof Utf8Text text) {
            return kind == ColumnKind.JSON ? JsonCodec.toJson(text.toString()) : new Utf8(text.bytes());
        }
        return value != null && kind == ColumnKind.JSON ? JsonCodec.toJson(value) : value;
    }

    StoredRecord toRecord(GenericRecord source) throws IOException {
        List<ColumnSchema.Column> list = columns.columns();
        Object[] values = new Object[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = decode(list.get(i).kind(), source.get(firstColumnField + i));
        }
        Object keyList = keysField >= 0 ? source.get(keysField) : null;
        return new StoredRecord((Long) source.get(0), unboxed((List<?>) source.get(1)),
                columns.assemble(values, keyList == null ? null : keyList.toString()));
    }

    private static Object decode(ColumnKind kind, Object stored) throws IOException {
        if (stored == null) {
            return null;
        }
        return switch (kind) {
            case STRING -> stored.toString();
            case JSON -> JsonCodec.parseValue(stored.toString());
            case LONG, DOUBLE, BOOLEAN -> stored;
        };
    }

    /** The keys themselves where they are valid, unique Avro names; generated names otherwise. */
    private static List<String> fieldNames(List<ColumnSchema.Column> columns) {
        Set<String> used = new HashSet<>();
        for (ColumnSchema.Column column : columns) {
            if (AVRO_NAME.matcher(column.key()).matches()) {
                used.add(column.key());
            }
        }
        List<String> names = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            String key = columns.get(i).key();
            String name = key;
            if (!AVRO_NAME.matcher(key).matches()) {
                name = "_column_" + i;
                while (!used.add(name)) {
                    name = name + "_";
                }
            }
            names.add(name);
        }
        return names;
    }

    private static Schema.Field nullableField(String name, Schema.Type type) {
        return new Schema.Field(name, Schema.createUnion(NULL, Schema.create(type)), null, Schema.Field.NULL_DEFAULT_VALUE);
    }

    private static Schema.Type avroType(ColumnKind kind) {
        return switch (kind) {
            case STRING, JSON -> Schema.Type.STRING;
            case LONG -> Schema.Type.LONG;
            case DOUBLE -> Schema.Type.DOUBLE;
            case BOOLEAN -> Schema.Type.BOOLEAN;
        };
    }

    private static ColumnKind kindOf(Schema.Field field) throws IOException {
        Schema schema = field.schema();
        Schema.Type type = schema.isUnion() ? schema.getTypes().get(schema.getTypes().size() - 1).getType() : schema.getType();
        return switch (type) {
            case STRING -> Boolean.TRUE.equals(field.getObjectProp(JSON_PROPERTY)) ? ColumnKind.JSON : ColumnKind.STRING;
            case LONG -> ColumnKind.LONG;
            case DOUBLE -> ColumnKind.DOUBLE;
            case BOOLEAN -> ColumnKind.BOOLEAN;
            default -> throw new IOException("not a dj-flink record file: field '" + field.name() + "' has type " + schema);
        };
    }

    private static List<Integer> boxed(int[] sub) {
        List<Integer> list = new ArrayList<>(sub.length);
        for (int index : sub) {
            list.add(index);
        }
        return list;
    }

    private static int[] unboxed(List<?> sub) {
        if (sub == null) {
            return StoredRecord.NO_SUB;
        }
        int[] array = new int[sub.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = (Integer) sub.get(i);
        }
        return array;
    }
}
