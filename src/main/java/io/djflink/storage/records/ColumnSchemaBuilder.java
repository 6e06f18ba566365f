package io.djflink.storage.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Infers a {@link ColumnSchema} while rows are written, before the file itself can be. */
final class ColumnSchemaBuilder {

    private final List<String> keys = new ArrayList<>();
    private final List<ColumnKind> kinds = new ArrayList<>();
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private boolean everyRowHasTheSameKeys = true;
    private long rows;

    void observe(Map<String, Object> fields) {
        boolean sameKeys = rows == 0 || fields.size() == keys.size();
        int position = 0;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Integer index = indexByKey.get(field.getKey());
            if (index == null) {
                index = addColumn(field.getKey());
                sameKeys &= rows == 0;
            } else {
                sameKeys &= index == position;
            }
            if (field.getValue() != null) {
                kinds.set(index, ColumnKind.merge(kinds.get(index), ColumnKind.of(field.getValue())));
            }
            position++;
        }
        everyRowHasTheSameKeys &= sameKeys;
        rows++;
    }

    private int addColumn(String key) {
        int index = keys.size();
        keys.add(key);
        kinds.add(null);
        indexByKey.put(key, index);
        return index;
    }

    /** Columns with only null values are stored as strings. */
    ColumnSchema build() {
        List<ColumnSchema.Column> columns = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            ColumnKind kind = kinds.get(i);
            columns.add(new ColumnSchema.Column(keys.get(i), kind == null ? ColumnKind.STRING : kind));
        }
        return new ColumnSchema(columns, !everyRowHasTheSameKeys);
    }
}
