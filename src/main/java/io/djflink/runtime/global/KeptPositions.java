package io.djflink.runtime.global;

import io.djflink.runtime.element.Element;
import io.djflink.storage.codec.BinaryValueCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A whole-dataset op's decision for one partition: the positions (row, sub) of the records kept,
 * compactly encoded (row deltas as varints) to travel from the decider to the partition's buffer.
 */
final class KeptPositions {

    private final Set<Position> kept;

    private KeptPositions(Set<Position> kept) {
        this.kept = kept;
    }

    /** A record position with value equality (the sub array compared by content). */
    private record Position(long row, List<Integer> sub) {
        static Position of(long row, int[] sub) {
            return new Position(row, Arrays.stream(sub).boxed().toList());
        }
    }

    boolean contains(Element e) {
        return kept.contains(Position.of(e.row(), e.sub()));
    }

    /** @param elements the kept records of one partition, in input order */
    static byte[] encode(List<Element> elements) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            BinaryValueCodec.writeVarInt(out, elements.size());
            long previous = 0;
            for (Element e : elements) {
                out.writeLong(e.row() - previous);
                previous = e.row();
                BinaryValueCodec.writeVarInt(out, e.sub().length);
                for (int s : e.sub()) {
                    BinaryValueCodec.writeVarInt(out, s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static KeptPositions decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int n = BinaryValueCodec.readVarInt(in);
            Set<Position> kept = new HashSet<>(Math.max(16, n * 2));
            long row = 0;
            for (int i = 0; i < n; i++) {
                row += in.readLong();
                int[] sub = new int[BinaryValueCodec.readVarInt(in)];
                for (int j = 0; j < sub.length; j++) {
                    sub[j] = BinaryValueCodec.readVarInt(in);
                }
                kept.add(Position.of(row, sub));
            }
            return new KeptPositions(kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits the kept digests of the whole dataset by partition. */
    static List<List<Element>> byPartition(List<Element> keptInOrder, int partitions) {
        List<List<Element>> out = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            out.add(new ArrayList<>());
        }
        for (Element e : keptInOrder) {
            out.get(e.partition()).add(e);
        }
        return out;
    }
}
