package io.djflink.plan;

import io.djflink.config.CheckpointStrategy;
import io.djflink.config.OpConfig;
import io.djflink.config.RecipeConfig;
import io.djflink.ops.OpArgs;
import io.djflink.ops.DatasetOp;
import io.djflink.ops.Deduplicator;
import io.djflink.ops.Op;
import io.djflink.ops.OpRegistry;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamSpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The recipe's ops in order, where the checkpoint strategy materialises partitions, and which ops
 * are global. Built once on the client and shipped to the Flink operators.
 */
public final class ExecutionPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<PlannedOp> ops;
    private final CheckpointStrategy strategy;
    private final TreeSet<Integer> stageAfter;
    private final String textKey;
    private final String inputFingerprint;

    private ExecutionPlan(List<PlannedOp> ops, CheckpointStrategy strategy, Set<Integer> stageAfter, String textKey,
            String inputFingerprint) {
        this.ops = List.copyOf(ops);
        this.strategy = strategy;
        this.stageAfter = new TreeSet<>(stageAfter);
        this.textKey = textKey;
        this.inputFingerprint = inputFingerprint;
    }

    /** DataJuicer's media keys and their defaults, in a fixed order: fingerprints depend on it. */
    private static final List<Map.Entry<String, String>> DEFAULT_MEDIA_KEYS = List.of(Map.entry("image_key", "images"),
            Map.entry("audio_key", "audios"), Map.entry("video_key", "videos"));

    /** Plans a validated recipe; op arguments are bound against {@code registry}. */
    public static ExecutionPlan of(RecipeConfig config, OpRegistry registry) {
        List<PlannedOp> planned = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String fingerprint = OpFingerprints.first(config.textKey());
        String inputFingerprint = fingerprint;
        for (OpConfig oc : config.process()) {
            OpSpec spec = registry.require(oc.name());
            OpArgs args = spec.bind(withRecipeMediaKeys(oc.args(), config), config.textKey());
            Map<String, Object> relevant = resultRelevantArgs(spec, args, config.skipOpError());
            fingerprint = OpFingerprints.next(fingerprint, oc.name(), relevant);
            planned.add(new PlannedOp(oc.index(), oc.name(), spec.kind(), new LinkedHashMap<>(args.asMap()),
                    fingerprint, scopeOf(spec.create(args))));
            names.add(oc.name());
        }
        CheckpointStrategy strategy = config.checkpoint().effectiveStrategy();
        Set<Integer> after = StageBoundaries.of(strategy, names, config.checkpoint().nOps(),
                config.checkpoint().opNames());
        return new ExecutionPlan(planned, strategy, after, config.textKey(), inputFingerprint);
    }

    /**
     * The op's arguments over the recipe's {@code image_key}, {@code audio_key} and {@code video_key}:
     * DataJuicer hands the recipe's keys to every op that does not set its own.
     */
    private static Map<String, Object> withRecipeMediaKeys(Map<String, Object> given, RecipeConfig config) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("image_key", config.imageKey());
        args.put("audio_key", config.audioKey());
        args.put("video_key", config.videoKey());
        args.putAll(given);
        return args;
    }

    /** Building the op here also surfaces its constructor's argument checks before anything runs. */
    private static PlannedOp.Scope scopeOf(Op op) {
        if (op instanceof DatasetOp) {
            return PlannedOp.Scope.WHOLE_DATASET;
        }
        return op instanceof Deduplicator ? PlannedOp.Scope.EARLIER_SAMPLES : PlannedOp.Scope.SAMPLE;
    }

    /**
     * The arguments that can change an op's output: its own parameters, the text key,
     * {@code skip_op_error}, and the media keys where they are not DataJuicer's defaults (so that
     * recipes without them keep their fingerprints); resource hints such as {@code batch_size} are
     * left out so that tuning them does not invalidate checkpoints.
     */
    private static Map<String, Object> resultRelevantArgs(OpSpec spec, OpArgs args, boolean recipeSkipOpError) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ParamSpec p : spec.params()) {
            m.put(p.name(), args.raw(p.name()));
        }
        m.put(OpSpec.TEXT_KEY, args.textKey());
        Object skip = args.raw("skip_op_error");
        m.put("skip_op_error", skip == null ? recipeSkipOpError : skip);
        for (Map.Entry<String, String> key : DEFAULT_MEDIA_KEYS) {
            if (!key.getValue().equals(args.raw(key.getKey()))) {
                m.put(key.getKey(), args.raw(key.getKey()));
            }
        }
        return m;
    }

    public List<PlannedOp> ops() {
        return ops;
    }

    public int size() {
        return ops.size();
    }

    public PlannedOp op(int index) {
        return ops.get(index);
    }

    public CheckpointStrategy strategy() {
        return strategy;
    }

    /** Indices of the ops after which the strategy checkpoints (DataJuicer's rule, last op included). */
    public Set<Integer> checkpointAfter() {
        return Collections.unmodifiableSet(stageAfter);
    }

    /**
     * Indices of the ops after which a stage checkpoint is written. The last op is left out: each
     * partition's final output ({@code results/}) serves as its checkpoint.
     */
    public Set<Integer> stageWriters() {
        Set<Integer> s = new TreeSet<>(stageAfter);
        s.remove(ops.size() - 1);
        return s;
    }

    public String textKey() {
        return textKey;
    }

    /**
     * Whether samples must carry their source file's extension in {@code __dj__suffix__}: DataJuicer's
     * loader adds it when the recipe uses {@code suffix_filter}.
     */
    public boolean needsSourceSuffix() {
        return ops.stream().anyMatch(op -> op.name().equals("suffix_filter"));
    }

    /** Fingerprint of the ops before op {@code index} (for index 0: of the empty prefix). */
    public String fingerprintBefore(int index) {
        return index == 0 ? inputFingerprint : ops.get(index - 1).fingerprint();
    }

    /** Fingerprint of the whole pipeline: what a partition's final output was computed with. */
    public String resultFingerprint() {
        return fingerprintBefore(ops.size());
    }
}
