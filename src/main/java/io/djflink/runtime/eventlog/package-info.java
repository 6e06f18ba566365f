/**
 * Events as a Flink side output and the sink that appends them to the job's event log.
 *
 * <p>May use {@code events} only.
 */
package io.djflink.runtime.eventlog;
