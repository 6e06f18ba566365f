# Shared by the bin/ scripts: finds (or builds) the jar and sets the JVM options.
DJ_JAR="$DJ_HOME/target/dj-flink.jar"
DJ_CONF="${FLINK_CONF_DIR:-$DJ_HOME/flink-conf}"
# Arrow's memory needs java.nio opened; RocksDB and Flink need the others on Java 17.
DJ_JAVA_OPENS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
 --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
DJ_JAVA_OPTS="${DJ_JAVA_OPTS:-} $DJ_JAVA_OPENS -Ddj.flink.conf=$DJ_CONF -Dlog4j2.configurationFile=$DJ_CONF/log4j-console.properties"

dj_ensure_jar() {
  if [[ ! -f "$DJ_JAR" ]] || [[ -n "$(find "$DJ_HOME/src/main" "$DJ_HOME/pom.xml" -newer "$DJ_JAR" -print -quit)" ]]; then
    echo "dj-flink: building $DJ_JAR (first use, or sources changed) ..." >&2
    (cd "$DJ_HOME" && mvn -B -q -Dstyle.color=never -DskipTests package) >&2
  fi
}
