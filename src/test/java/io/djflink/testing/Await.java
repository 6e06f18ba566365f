package io.djflink.testing;

import java.time.Duration;

/** Waits in tests for something that happens in another process or thread. */
public final class Await {

    /** A condition that may need to read files to decide. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Await() {
    }

    /** @throws AssertionError naming {@code what} when it does not hold within {@code timeout} */
    public static void until(String what, Duration timeout, Condition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s in vain for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
