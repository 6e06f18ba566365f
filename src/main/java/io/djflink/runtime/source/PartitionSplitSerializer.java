package io.djflink.runtime.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.djflink.json.Json;
import java.io.IOException;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/** Stores splits (and the enumerator's pending splits) as JSON: small, few, and readable in a savepoint. */
final class PartitionSplitSerializer {

    private static final ObjectMapper JSON = Json.mapper();
    private static final CollectionType SPLIT_LIST =
            JSON.getTypeFactory().constructCollectionType(List.class, PartitionSplit.class);

    private PartitionSplitSerializer() {
    }

    static final class Splits implements SimpleVersionedSerializer<PartitionSplit> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(PartitionSplit split) throws IOException {
            return JSON.writeValueAsBytes(split);
        }

        @Override
        public PartitionSplit deserialize(int version, byte[] bytes) throws IOException {
            return JSON.readValue(bytes, PartitionSplit.class);
        }
    }

    static final class Pending implements SimpleVersionedSerializer<List<PartitionSplit>> {
        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(List<PartitionSplit> splits) throws IOException {
            return JSON.writeValueAsBytes(splits);
        }

        @Override
        public List<PartitionSplit> deserialize(int version, byte[] bytes) throws IOException {
            return JSON.readValue(bytes, SPLIT_LIST);
        }
    }
}
