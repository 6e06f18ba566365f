package io.djflink.storage.records;

import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one columnar record file: one per top-level key, in first-seen order, and
 * whether the file needs a {@code __dj__keys__} column. That column holds, for each row whose key
 * sequence is not exactly the column list, the JSON list of its keys, which tells a missing key
 * from a null value and restores the row's key order.
 */
final class ColumnSchema {

    record Column(String key, ColumnKind kind) {
    }

    private final List<Column> columns;
    private final boolean hasKeyLists;
    private final Map<String, Integer> indexByKey;

    ColumnSchema(List<Column> columns, boolean hasKeyLists) {
        this.columns = List.copyOf(columns);
        this.hasKeyLists = hasKeyLists;
        this.indexByKey = new HashMap<>(columns.size() * 2);
        for (int i = 0; i < columns.size(); i++) {
            indexByKey.put(columns.get(i).key(), i);
        }
    }

    List<Column> columns() {
        return columns;
    }

    boolean hasKeyLists() {
        return hasKeyLists;
    }

    /** The {@code __dj__keys__} value of a row: null when its keys are exactly the columns in order. */
    String keyListOf(Map<String, Object> fields) {
        if (!hasKeyLists || matchesColumnOrder(fields)) {
            return null;
        }
        return JsonCodec.toJson(new ArrayList<>(fields.keySet()));
    }

    private boolean matchesColumnOrder(Map<String, Object> fields) {
        if (fields.size() != columns.size()) {
            return false;
        }
        Iterator<String> keys = fields.keySet().iterator();
        for (Column column : columns) {
            if (!column.key().equals(keys.next())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rebuilds a sample from one row.
     *
     * @param values the row's decoded value of every column, in column order
     * @param keyList the row's {@code __dj__keys__} value, or null
     */
    Sample assemble(Object[] values, String keyList) throws IOException {
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>(Math.max(4, columns.size() * 2));
        if (keyList == null) {
            for (int i = 0; i < values.length; i++) {
                fields.put(columns.get(i).key(), values[i]);
            }
        } else {
            for (Object key : (List<?>) JsonCodec.parseValue(keyList)) {
                Integer index = indexByKey.get(key);
                if (index == null) {
                    throw new IOException("the key list " + keyList + " names '" + key + "', which has no column");
                }
                fields.put((String) key, values[index]);
            }
        }
        return new Sample(fields);
    }
}
