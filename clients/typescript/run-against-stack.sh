#!/usr/bin/env bash
# Starts the local stack (after ./mvnw verify or package built it) on ports of its own, runs the TypeScript partner
# story against it, and stops every process it started, whatever the outcome. Needs the client built (npm run build).
set -euo pipefail
cd "$(dirname "$0")/../.."
export GATEWAY_PORT=${GATEWAY_PORT:-18080} GATEWAY_MANAGEMENT_PORT=${GATEWAY_MANAGEMENT_PORT:-19080} \
  KEYCLOAK_PORT=${KEYCLOAK_PORT:-18180} SUBSCRIPTIONS_PORT=${SUBSCRIPTIONS_PORT:-18081} \
  SUPPORT_PORT=${SUPPORT_PORT:-18082} MESSAGECENTER_PORT=${MESSAGECENTER_PORT:-18083} \
  POSTGRES_PORT=${POSTGRES_PORT:-25432}
log=target/ts-story-stack.log
mkdir -p target
java -Dpartnerdesk.repository="$PWD" -cp "local-stack/target/classes:$(cat local-stack/target/classpath.txt)" \
  io.partnerdesk.localstack.RunLocal >"$log" 2>&1 &
stack=$!
stop() {
  kill -TERM "$stack" 2>/dev/null || true
  wait "$stack" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 300); do
  grep -q "PartnerDesk is running" "$log" && break
  if ! kill -0 "$stack" 2>/dev/null; then
    echo "The stack did not start:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  sleep 1
done
grep -q "PartnerDesk is running" "$log" || { echo "The stack was not ready within 300 s" >&2; tail -40 "$log" >&2; exit 1; }

PARTNERDESK_GATEWAY="http://localhost:$GATEWAY_PORT" \
  PARTNERDESK_ISSUER="http://localhost:$KEYCLOAK_PORT/realms/partnerdesk" \
  node clients/typescript/dist/partner-story.js
