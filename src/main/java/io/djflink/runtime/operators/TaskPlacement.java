package io.djflink.runtime.operators;

import io.djflink.events.Event;
import java.util.Map;
import org.apache.flink.api.common.functions.RuntimeContext;

/**
 * Where an operator instance runs: its subtask and its TaskManager (resource id and host). Partition
 * events carry it, so that on a cluster with several TaskManagers they show which one processed
 * each partition.
 *
 * @param taskManager the TaskManager's resource id ({@code taskmanager.resource-id}), null if unknown
 * @param host the TaskManager's host, null if unknown (an embedded Flink has none)
 */
record TaskPlacement(int subtaskIndex, String taskManager, String host) {

    static TaskPlacement of(RuntimeContext context) {
        Map<String, String> scope = context.getMetricGroup().getAllVariables();
        return new TaskPlacement(context.getTaskInfo().getIndexOfThisSubtask(), known(scope.get("<tm_id>")),
                known(scope.get("<host>")));
    }

    /** An embedded Flink leaves the host empty. */
    private static String known(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Adds the fields {@code subtask_index}, {@code task_manager} and {@code host}. */
    Event.Builder addTo(Event.Builder event) {
        return event.set("subtask_index", (long) subtaskIndex).set("task_manager", taskManager).set("host", host);
    }
}
