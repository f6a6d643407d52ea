#!/bin/bash
# What the UBI image's run-java.sh does for a Quarkus application, minus its tuning knobs: the heap follows the
# container's memory limit, JAVA_OPTS_APPEND is added, JAVA_APP_JAR is run.
exec java -XX:MaxRAMPercentage=80.0 -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} \
  -jar "${JAVA_APP_JAR:?JAVA_APP_JAR is not set}" "$@"
