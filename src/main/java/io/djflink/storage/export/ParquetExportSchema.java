package io.djflink.storage.export;

import java.util.Map;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The parquet schema of an inferred row type, in the layout pyarrow writes: every field optional,
 * structs as groups, lists in the standard three-level form ({@code <name> (LIST) { repeated group
 * list { element } }}), text as UTF-8 strings. A position with only nulls becomes a string column.
 */
final class ParquetExportSchema {

    static final String LIST_GROUP = "list";
    static final String LIST_ELEMENT = "element";

    private ParquetExportSchema() {
    }

    static MessageType of(InferredType row) {
        return new MessageType("schema", fieldsOf(row).getFields());
    }

    private static GroupType fieldsOf(InferredType struct) {
        Types.GroupBuilder<GroupType> group = Types.optionalGroup();
        for (Map.Entry<String, InferredType> field : struct.fields().entrySet()) {
            group.addField(typeOf(field.getValue(), field.getKey()));
        }
        return group.named("fields");
    }

    private static Type typeOf(InferredType type, String name) {
        return switch (type.kind()) {
            case NULL, STRING, JSON -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(name);
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
            case STRUCT -> Types.optionalGroup().addFields(fieldsOf(type).getFields().toArray(new Type[0])).named(name);
            case LIST -> Types.optionalList().element(typeOf(type.element(), LIST_ELEMENT)).named(name);
        };
    }
}
