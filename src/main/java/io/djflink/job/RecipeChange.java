package io.djflink.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.djflink.json.Json;
import io.djflink.plan.ExecutionPlan;
import io.djflink.plan.PlannedOp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the recipe of a resumed job differs from the one its last run recorded in
 * {@code metadata/fingerprints.json}: the first op whose prefix fingerprint changed. Every stage
 * checkpoint after that op is recomputed; those before it remain usable.
 *
 * @param firstChangedOp index of the first changed op, or the op count when only ops were appended
 * @param description one line for the log
 */
record RecipeChange(int firstChangedOp, String description) {

    /** Empty when there was no earlier run or the ops are unchanged. */
    static Optional<RecipeChange> between(Path fingerprintsFile, ExecutionPlan plan) throws IOException {
        if (!Files.isRegularFile(fingerprintsFile)) {
            return Optional.empty();
        }
        JsonNode previous = Json.mapper().readTree(fingerprintsFile.toFile()).path("operations");
        int common = 0;
        while (common < previous.size() && common < plan.size()
                && previous.get(common).path("prefix_fingerprint").asText().equals(plan.op(common).fingerprint())) {
            common++;
        }
        if (common == previous.size() && common == plan.size()) {
            return Optional.empty();
        }
        String description;
        if (common == plan.size()) {
            description = "the recipe lost ops after op " + (common - 1) + "; results are recomputed from the "
                    + "checkpoints up to there";
        } else {
            PlannedOp op = plan.op(common);
            String was = common < previous.size() ? previous.get(common).path("operation_name").asText() : null;
            description = "the recipe changed at op " + common + " (" + op.name()
                    + (was == null ? ", new" : was.equals(op.name()) ? ", other arguments" : ", was " + was)
                    + "): checkpoints taken after ops 0-" + (common - 1) + " are reused, ops " + common + "-"
                    + (plan.size() - 1) + " run again";
            if (common == 0) {
                description = "the recipe changed at op 0 (" + op.name() + "): every op runs again from the input";
            }
        }
        return Optional.of(new RecipeChange(common, description));
    }
}
