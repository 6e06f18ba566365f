package io.djflink.job;

import io.djflink.ops.DatasetOp;
import io.djflink.ops.Deduplicator;
import io.djflink.ops.ExpandingMapper;
import io.djflink.ops.Filter;
import io.djflink.ops.Mapper;
import io.djflink.ops.Op;
import io.djflink.ops.OpRegistry;
import io.djflink.ops.Sample;
import io.djflink.ops.media.MediaUnreadableException;
import io.djflink.plan.ExecutionPlan;
import io.djflink.plan.PlannedOp;
import io.djflink.runtime.operators.OpFailureException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plan's ops one after the other over every record, in one thread and in input order,
 * with the Flink engine's semantics: a mapper, filter or dataset op's digest that raises drops
 * the sample when its media cannot be read or under {@code skip_op_error}, and otherwise fails naming the op and input row; an exact
 * deduplicator keeps the first record of each hash (recorded as {@code __dj__hash}) and always
 * fails on an error; a dataset op digests every record, then keeps what its selection says.
 */
final class LocalPipeline {

    /** A sample and the dataset row it came from (pieces of a split row share it). */
    record Record(long row, Sample sample) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);
    private static final String HASH_FIELD = "__dj__hash";
    private static final int LOGGED_SKIPS_PER_OP = 10;

    private final ExecutionPlan plan;
    private final boolean recipeSkipOpError;
    private final OpRegistry registry;

    LocalPipeline(ExecutionPlan plan, boolean recipeSkipOpError, OpRegistry registry) {
        this.plan = plan;
        this.recipeSkipOpError = recipeSkipOpError;
        this.registry = registry;
    }

    /**
     * @throws OpFailureException when an op fails on a record (partition 0: the whole input)
     * @throws LocalRunner.Failure when a dataset op cannot decide over the digests
     */
    List<Record> run(List<Record> input) throws LocalRunner.Failure {
        List<Record> records = input;
        for (PlannedOp op : plan.ops()) {
            Op instance = registry.require(op.name()).create(op.args(), plan.textKey());
            if (instance instanceof Deduplicator dedup) {
                records = deduplicate(op, dedup, records);
            } else if (instance instanceof DatasetOp datasetOp) {
                records = selectOverAll(op, datasetOp, records);
            } else {
                records = perRecord(op, instance, records);
            }
        }
        return records;
    }

    private List<Record> perRecord(PlannedOp op, Op instance, List<Record> records) {
        if (!(instance instanceof Mapper || instance instanceof Filter || instance instanceof ExpandingMapper)) {
            throw new IllegalStateException(op.name() + " is neither a mapper, a filter nor a deduplicator");
        }
        OpErrors errors = new OpErrors(op);
        List<Record> out = new ArrayList<>(records.size());
        for (Record r : records) {
            try {
                if (instance instanceof Mapper m) {
                    m.process(r.sample());
                    out.add(r);
                } else if (instance instanceof Filter f) {
                    f.computeStats(r.sample());
                    if (f.process(r.sample())) {
                        out.add(r);
                    }
                } else {
                    ((ExpandingMapper) instance).process(r.sample()).forEach(piece -> out.add(new Record(r.row(), piece)));
                }
            } catch (RuntimeException e) {
                errors.skipOrFail(r, e);
            }
        }
        return out;
    }

    private static List<Record> deduplicate(PlannedOp op, Deduplicator dedup, List<Record> records) {
        Set<String> seen = new HashSet<>();
        List<Record> out = new ArrayList<>();
        for (Record r : records) {
            String hash;
            try {
                hash = dedup.computeHash(r.sample());
            } catch (RuntimeException e) {
                throw new OpFailureException(op.index(), op.name(), 0, r.row(), e);
            }
            r.sample().put(HASH_FIELD, hash);
            if (seen.add(hash)) {
                out.add(r);
            }
        }
        return out;
    }

    private List<Record> selectOverAll(PlannedOp op, DatasetOp datasetOp, List<Record> records)
            throws LocalRunner.Failure {
        OpErrors errors = new OpErrors(op);
        List<Record> digested = new ArrayList<>(records.size());
        List<Object> digests = new ArrayList<>(records.size());
        for (Record r : records) {
            try {
                digests.add(datasetOp.digest(r.sample()));
                digested.add(r);
            } catch (RuntimeException e) {
                errors.skipOrFail(r, e);
            }
        }
        BitSet kept;
        try {
            kept = datasetOp.select(digests);
        } catch (RuntimeException e) {
            throw new LocalRunner.Failure("op " + op.operatorName() + " failed: " + e.getMessage(), e);
        }
        List<Record> out = new ArrayList<>(kept.cardinality());
        kept.stream().forEach(i -> out.add(digested.get(i)));
        return out;
    }

    /**
     * What happens when an op raises on a record: unreadable media drops it (see {@code OpFunction}),
     * {@code skip_op_error} drops it, else the run fails.
     */
    private final class OpErrors {
        private final PlannedOp op;
        private final boolean skip;
        private int skipped;

        OpErrors(PlannedOp op) {
            this.op = op;
            Object own = op.args().get("skip_op_error");
            this.skip = own == null ? recipeSkipOpError : (Boolean) own;
        }

        void skipOrFail(Record r, RuntimeException e) {
            if (e instanceof MediaUnreadableException) {
                LOG.warn("{} failed on input row {}: {} (the sample is dropped, as DataJuicer drops it)",
                        op.operatorName(), r.row(), e.getMessage());
                return;
            }
            if (!skip) {
                throw new OpFailureException(op.index(), op.name(), 0, r.row(), e);
            }
            if (++skipped <= LOGGED_SKIPS_PER_OP) {
                LOG.warn("{} failed on input row {}: {} (skip_op_error: the sample is dropped)", op.operatorName(),
                        r.row(), e.getMessage());
            }
        }
    }
}
