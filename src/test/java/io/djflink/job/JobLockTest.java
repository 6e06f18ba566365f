package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.djflink.testing.LockProbe;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job lock as other processes and the holder itself see it. */
class JobLockTest {

    @TempDir
    Path dir;

    @Test
    void holderAskingWhetherItsLockIsHeldKeepsTheLock() throws Exception {
        Path lockFile = dir.resolve("job/.lock");
        try (JobLock lock = JobLock.acquire(lockFile, "job")) {
            assertThat(JobLock.isHeld(lockFile)).isTrue();

            assertThat(LockProbe.probe(lockFile)).as("another process still sees the lock").isEqualTo("held");
        }
        assertThat(LockProbe.probe(lockFile)).isEqualTo("free");
    }

    @Test
    void secondAcquireInTheHoldingProcessIsRefusedAndKeepsTheLock() throws Exception {
        Path lockFile = dir.resolve("job/.lock");
        try (JobLock lock = JobLock.acquire(lockFile, "job")) {
            Exception refused = assertThrows(JobAlreadyRunningException.class, () -> JobLock.acquire(lockFile, "job"));

            assertThat(refused.getMessage()).contains("job job is already running").contains("pid ");
            assertThat(LockProbe.probe(lockFile)).isEqualTo("held");
        }
    }
}
