package io.djflink.job;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One run per job at a time: an OS file lock on {@code .lock} in the job directory, held for the
 * whole run. The operating system releases it when the holder exits, however it exits (even
 * kill -9), so a dead run never blocks the next one. The file names the holder for the message a
 * second run gets.
 */
public final class JobLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private JobLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws JobAlreadyRunningException when another live run holds the lock */
    public static JobLock acquire(Path lockFile, String jobId) throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).trim();
            ch.close();
            throw new JobAlreadyRunningException("job " + jobId + " is already running"
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it or stop it with: bin/dj-job stop "
                    + jobId);
        }
        String me = "pid " + ProcessHandle.current().pid() + " on " + hostName() + ", since " + Instant.now();
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(true);
        return new JobLock(ch, l);
    }

    /** Whether a live process holds the lock of this job directory (for listing jobs). */
    public static boolean isHeld(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
