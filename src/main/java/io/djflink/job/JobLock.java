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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run per job at a time: an OS file lock on {@code .lock} in the job directory, held for the
 * whole run. The operating system releases it when the holder exits, however it exits (even
 * kill -9), so a dead run never blocks the next one. The file names the holder for the message a
 * second run gets.
 *
 * <p>The OS lock belongs to the whole process, and on Linux closing <em>any</em> channel on the file
 * releases it. So this process never opens the file again while it holds the lock: it remembers
 * which lock files it holds and answers for those itself.
 */
public final class JobLock implements AutoCloseable {

    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private JobLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws JobAlreadyRunningException when another live run holds the lock */
    public static JobLock acquire(Path lockFile, String jobId) throws IOException {
        Path key = key(lockFile);
        if (!HELD_HERE.add(key)) {
            throw alreadyRunning(jobId, "pid " + ProcessHandle.current().pid() + ", this process");
        }
        try {
            return lock(lockFile, key, jobId);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(key);
            throw e;
        }
    }

    private static JobLock lock(Path lockFile, Path key, String jobId) throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock l = ch.tryLock();
        if (l == null) {
            ch.close();
            throw alreadyRunning(jobId, new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).trim());
        }
        String me = "pid " + ProcessHandle.current().pid() + " on " + hostName() + ", since " + Instant.now();
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(true);
        return new JobLock(key, ch, l);
    }

    /** @param holder who holds the lock, as its lock file says */
    private static JobAlreadyRunningException alreadyRunning(String jobId, String holder) {
        return new JobAlreadyRunningException("job " + jobId + " is already running"
                + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it or stop it with: bin/dj-job stop "
                + jobId);
    }

    /** Whether a live process (this one included) holds the lock of this job directory. */
    public static boolean isHeld(Path lockFile) {
        if (HELD_HERE.contains(key(lockFile))) {
            return true;
        }
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

    private static Path key(Path lockFile) {
        return lockFile.toAbsolutePath().normalize();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD_HERE.remove(key);
        }
    }
}
