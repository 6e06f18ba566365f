# Shared by bin/flink-cluster and bin/flink: the Flink runtime's class path (resolved by Maven from
# flink-runtime/pom.xml) and the run directory of the cluster bin/flink-cluster starts.
FLINK_RUN_DIR="${DJ_FLINK_CLUSTER_DIR:-$DJ_HOME/target/flink-cluster}"
# The cluster's configuration: $DJ_CONF/config.yaml plus what `bin/flink-cluster start` was given.
FLINK_RUN_CONF="$FLINK_RUN_DIR/conf"
FLINK_CLASSPATH_FILE="$DJ_HOME/target/flink-runtime.classpath"
# What flink-dist's config.yaml passes to every Flink JVM on Java 17, plus java.nio for Arrow.
FLINK_JAVA_OPTS="$DJ_JAVA_OPENS --add-exports=java.base/sun.net.util=ALL-UNNAMED \
 --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED \
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.text=ALL-UNNAMED \
 --add-opens=java.base/java.time=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED \
 ${FLINK_JAVA_OPTS:-}"

# Prints the class path; resolves it with Maven on first use (the jars land in ~/.m2).
flink_classpath() {
  if [[ ! -s "$FLINK_CLASSPATH_FILE" ]] || [[ "$DJ_HOME/flink-runtime/pom.xml" -nt "$FLINK_CLASSPATH_FILE" ]]; then
    echo "flink: resolving the Flink runtime with Maven (flink-runtime/pom.xml) ..." >&2
    mkdir -p "$(dirname "$FLINK_CLASSPATH_FILE")"
    mvn -B -q -f "$DJ_HOME/flink-runtime/pom.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$FLINK_CLASSPATH_FILE" >&2
  fi
  cat "$FLINK_CLASSPATH_FILE"
}
