package io.djflink.testing;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The Flink MiniCluster shared by a test class: one TaskManager with enough slots for np = 4. */
public final class TestFlink {

    private TestFlink() {
    }

    public static MiniClusterExtension cluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());
    }
}
