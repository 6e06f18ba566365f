package io.djflink.storage.records;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow schema of a columnar record file: {@code __dj__row__} int64, {@code __dj__sub__}
 * nullable list of int32 (null when the record has no sub), {@code __dj__keys__} nullable utf8 when
 * the {@link ColumnSchema} needs it, then one nullable field per column, named by its key. A
 * JSON-text column carries the field metadata {@code dj.json=true}.
 */
final class ArrowColumns {

    static final String JSON_METADATA = "dj.json";

    private static final ArrowType INT64 = new ArrowType.Int(64, true);
    private static final ArrowType FLOAT64 = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);

    private ArrowColumns() {
    }

    static Schema toArrow(ColumnSchema columns) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(PositionFields.ROW, FieldType.notNullable(INT64), null));
        Field item = new Field("item", FieldType.notNullable(new ArrowType.Int(32, true)), null);
        fields.add(new Field(PositionFields.SUB, FieldType.nullable(ArrowType.List.INSTANCE), List.of(item)));
        if (columns.hasKeyLists()) {
            fields.add(new Field(PositionFields.KEYS, FieldType.nullable(ArrowType.Utf8.INSTANCE), null));
        }
        for (ColumnSchema.Column column : columns.columns()) {
            Map<String, String> metadata = column.kind() == ColumnKind.JSON ? Map.of(JSON_METADATA, "true") : null;
            fields.add(new Field(column.key(), new FieldType(true, arrowType(column.kind()), null, metadata), null));
        }
        return new Schema(fields);
    }

    static ColumnSchema fromArrow(Schema schema) throws IOException {
        List<Field> fields = schema.getFields();
        if (fields.size() < 2 || !fields.get(0).getName().equals(PositionFields.ROW)
                || !fields.get(1).getName().equals(PositionFields.SUB)) {
            throw new IOException("not a dj-flink record file: its fields do not start with "
                    + PositionFields.ROW + ", " + PositionFields.SUB);
        }
        boolean hasKeyLists = fields.size() > 2 && fields.get(2).getName().equals(PositionFields.KEYS);
        List<ColumnSchema.Column> columns = new ArrayList<>();
        for (Field field : fields.subList(firstColumn(hasKeyLists), fields.size())) {
            columns.add(new ColumnSchema.Column(field.getName(), kindOf(field)));
        }
        return new ColumnSchema(columns, hasKeyLists);
    }

    /** The index of the first column's field. */
    static int firstColumn(boolean hasKeyLists) {
        return hasKeyLists ? 3 : 2;
    }

    private static ArrowType arrowType(ColumnKind kind) {
        return switch (kind) {
            case STRING, JSON -> ArrowType.Utf8.INSTANCE;
            case LONG -> INT64;
            case DOUBLE -> FLOAT64;
            case BOOLEAN -> ArrowType.Bool.INSTANCE;
        };
    }

    private static ColumnKind kindOf(Field field) throws IOException {
        ArrowType type = field.getType();
        if (type.equals(ArrowType.Utf8.INSTANCE)) {
            return "true".equals(field.getMetadata().get(JSON_METADATA)) ? ColumnKind.JSON : ColumnKind.STRING;
        }
        if (type.equals(INT64)) {
            return ColumnKind.LONG;
        }
        if (type.equals(FLOAT64)) {
            return ColumnKind.DOUBLE;
        }
        if (type.equals(ArrowType.Bool.INSTANCE)) {
            return ColumnKind.BOOLEAN;
        }
        throw new IOException("not a dj-flink record file: field '" + field.getName() + "' has type " + type);
    }
}
