#!/usr/bin/env bash
# Runs the whole PartnerDesk suite locally without Docker: embedded PostgreSQL, Keycloak (realm partnerdesk), the
# three services and the gateway. Builds what it needs first; Ctrl-C stops every process it started.
# --infra-only: PostgreSQL and Keycloak only (same ports, data and realm), for ./mvnw quarkus:dev -pl <service>.
# Ports: GATEWAY_PORT=8080 KEYCLOAK_PORT=8180 SUBSCRIPTIONS_PORT=8081 SUPPORT_PORT=8082 MESSAGECENTER_PORT=8083
#        GATEWAY_MANAGEMENT_PORT=9080 POSTGRES_PORT=15432
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -pl local-stack -am package -DskipTests
exec java -Dpartnerdesk.repository="$PWD" -cp "local-stack/target/classes:$(cat local-stack/target/classpath.txt)" \
  io.partnerdesk.localstack.RunLocal "$@"
