/**
 * The job's event log ({@code events_*.jsonl}) and job summary ({@code job_summary.json}):
 * DataJuicer's event types and fields, appending, and tailing the log.
 *
 * <p>May use {@code storage.codec}, {@code storage.outputs} (atomic file replacement) and {@code json}.
 */
package io.djflink.events;
