/**
 * The job directory: where every file of a job lives ({@link
 * io.djflink.storage.jobdir.JobLayout}) and the retention policy that deletes intermediate data.
 *
 * <p>May use {@code storage.outputs}.
 */
package io.djflink.storage.jobdir;
