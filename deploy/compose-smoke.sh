#!/usr/bin/env bash
# docker-compose.yml run for real: builds the application images, starts the stack with the demo override
# (docker-compose.demo.yml: fixture realm and customers), waits for the gateway itself, walks through the README's
# story against 127.0.0.1 only, then `down -v`. Needs the application built (./mvnw package -DskipTests or verify).
#
# Engine: the Docker engine DOCKER_HOST (or the default socket) names, if one answers. Otherwise, as root, Debian's
# podman behind `podman system service` (installed and configured here when missing), with a loop that runs the
# containers' health checks (podman 4.3 runs them only through systemd timers, which this kind of machine lacks).
# Images: the official ones when they can be pulled; otherwise stand-ins built from Debian packages and the Keycloak
# zip on Maven Central (deploy/standin/README.md).
# Everything this script starts it stops, by process id, on success and on failure; on failure it prints the
# containers' state and logs.
#
# Ports (127.0.0.1 only): SMOKE_GATEWAY_PORT (18080), SMOKE_KEYCLOAK_PORT (18180). SMOKE_READY_SECONDS (600) bounds
# the start.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/target/compose-smoke
GATEWAY_PORT=${SMOKE_GATEWAY_PORT:-18080}
KEYCLOAK_PORT=${SMOKE_KEYCLOAK_PORT:-18180}
READY_SECONDS=${SMOKE_READY_SECONDS:-600}
PROJECT=partnerdesk-smoke
STANDIN_BASE=localhost/partnerdesk/debian:bookworm

started_pids=()
stack_created=false
passed=false

log() { echo "[compose-smoke] $*"; }
fail() {
  log "FAILED: $*" >&2
  exit 1
}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
install() { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
compose() { docker-compose -p "$PROJECT" --env-file "$WORK/smoke.env" -f docker-compose.yml -f docker-compose.demo.yml "$@"; }

finish() {
  local status=$?
  if [ "$stack_created" = true ]; then
    if [ "$passed" != true ]; then
      log "the containers, then their last log lines:"
      compose ps || true
      compose logs --no-color --tail=80 || true
    fi
    compose down -v --remove-orphans >/dev/null 2>&1 || log "compose down failed"
  fi
  for pid in "${started_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  exit "$status"
}
trap finish EXIT

mkdir -p "$WORK"
[ -f subscriptions-service/target/quarkus-app/quarkus-run.jar ] && [ -f gateway/target/quarkus-app/quarkus-run.jar ] \
  && [ -f local-stack/target/keycloak.zip ] || fail "build first: ./mvnw package -DskipTests"
command -v docker-compose >/dev/null 2>&1 || install docker-compose
command -v curl >/dev/null 2>&1 || install curl
command -v jq >/dev/null 2>&1 || install jq

# --- the engine ---------------------------------------------------------------------------------------------------
# podman 4.3 without systemd never runs health checks by itself; compose's depends_on: service_healthy waits on them.
# Each container is checked at its own interval (a flat loop would spend Keycloak's retries before it can be ready).
run_health_checks() {
  declare -A next_due intervals
  while true; do
    local now id config
    now=$(date +%s)
    for id in $(podman ps -q 2>/dev/null); do
      if [ -z "${next_due[$id]:-}" ]; then
        config=$(podman inspect --format '{{json .Config.Healthcheck}}' "$id" 2>/dev/null || echo null)
        if [ "$config" = null ] || [ -z "$config" ] || [ "$(jq -r '.Test // [] | length' <<<"$config")" = 0 ]; then
          next_due[$id]=never
          continue
        fi
        intervals[$id]=$(jq -r '((.Interval // 30000000000) / 1000000000) | floor' <<<"$config")
        next_due[$id]=$now
      fi
      [ "${next_due[$id]}" = never ] && continue
      if [ "$now" -ge "${next_due[$id]}" ]; then
        podman healthcheck run "$id" >/dev/null 2>&1 || true
        next_due[$id]=$(($(date +%s) + ${intervals[$id]}))
      fi
    done
    sleep 1
  done
}

use_podman() {
  [ "$(id -u)" -eq 0 ] || fail "podman is set up as root here: run with sudo, or point DOCKER_HOST at an engine"
  command -v podman >/dev/null 2>&1 \
    || install podman runc netavark aardvark-dns fuse-overlayfs slirp4netns uidmap catatonit
  if [ ! -f /etc/containers/containers.conf ]; then
    # This kind of VM: a hard open-files limit below podman's default, no systemd, a cgroup layout crun refuses.
    mkdir -p /etc/containers
    cat >/etc/containers/containers.conf <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
runtime = "runc"
CONF
    log "wrote /etc/containers/containers.conf"
  fi
  mkdir -p /run/podman
  local socket=/run/podman/partnerdesk-smoke.sock
  rm -f "$socket"
  podman system service --time=0 "unix://$socket" >"$WORK/podman-service.log" 2>&1 &
  started_pids+=($!)
  for _ in $(seq 1 30); do
    curl -sf --unix-socket "$socket" http://d/_ping >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf --unix-socket "$socket" http://d/_ping >/dev/null || fail "podman system service did not answer"
  export DOCKER_HOST="unix://$socket"
  run_health_checks &
  started_pids+=($!)
  CLI=podman
  log "engine: podman $(podman --version | awk '{print $3}') at $DOCKER_HOST, health checks run by pid ${started_pids[-1]}"
}

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  CLI=docker
  log "engine: the Docker engine that answers"
else
  use_podman
fi

# --- the images ---------------------------------------------------------------------------------------------------
image_exists() { $CLI image inspect "$1" >/dev/null 2>&1; }

build_standins() {
  if ! image_exists "$STANDIN_BASE"; then
    command -v debootstrap >/dev/null 2>&1 || install debootstrap
    local mirror
    # The mirror apt already uses (reachable from here by definition), not its security suite.
    mirror=$(grep -rhoE 'https?://[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | grep -v security \
      | grep -E '/debian/?$' | head -1 || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    log "building $STANDIN_BASE with debootstrap from $mirror (about a minute)"
    as_root rm -rf "$WORK/rootfs"
    as_root debootstrap --variant=minbase --include=bash,ca-certificates,openjdk-17-jre-headless,postgresql-15 \
      bookworm "$WORK/rootfs" "$mirror" >"$WORK/debootstrap.log" 2>&1 || {
      tail -20 "$WORK/debootstrap.log"
      fail "debootstrap"
    }
    as_root tar -C "$WORK/rootfs" -c . | $CLI import - "$STANDIN_BASE" >/dev/null 2>&1
    as_root rm -rf "$WORK/rootfs"
  fi
  $CLI build -q -t localhost/partnerdesk/openjdk-17:standin deploy/standin/openjdk >/dev/null 2>&1
  $CLI build -q -t localhost/partnerdesk/postgres:standin deploy/standin/postgres >/dev/null 2>&1
  rm -rf "$WORK/keycloak-image" && mkdir -p "$WORK/keycloak-image"
  (cd "$WORK/keycloak-image" && unzip -q "$ROOT/local-stack/target/keycloak.zip" && mv keycloak-* keycloak)
  cp deploy/standin/keycloak/Dockerfile "$WORK/keycloak-image/"
  $CLI build -q -t localhost/partnerdesk/keycloak:standin "$WORK/keycloak-image" >/dev/null 2>&1
  rm -rf "$WORK/keycloak-image"
}

if timeout 20 $CLI pull -q docker.io/library/postgres:17-alpine >/dev/null 2>&1 \
  && timeout 300 $CLI pull -q quay.io/keycloak/keycloak:26.5.6 >/dev/null 2>&1 \
  && timeout 300 $CLI pull -q registry.access.redhat.com/ubi9/openjdk-17:1.21 >/dev/null 2>&1; then
  log "images: the official ones"
  IMAGES=""
else
  log "images: the official ones cannot be pulled here; building the stand-ins (deploy/standin/)"
  build_standins
  IMAGES="POSTGRES_IMAGE=localhost/partnerdesk/postgres:standin
KEYCLOAK_IMAGE=localhost/partnerdesk/keycloak:standin
JAVA_BASE_IMAGE=localhost/partnerdesk/openjdk-17:standin"
fi

# --- the stack ------------------------------------------------------------------------------------------------------
secret() { head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
cat >"$WORK/smoke.env" <<ENV
KEYCLOAK_URL=http://127.0.0.1:$KEYCLOAK_PORT
KEYCLOAK_PORT=$KEYCLOAK_PORT
GATEWAY_PORT=$GATEWAY_PORT
PUBLISH_ADDRESS=127.0.0.1
KEYCLOAK_ADMIN=smoke-admin
KEYCLOAK_ADMIN_PASSWORD=$(secret)
KEYCLOAK_DB_PASSWORD=$(secret)
SERVICE_CLIENT_SECRET=$(secret)
SUBSCRIPTIONS_DB_PASSWORD=$(secret)
SUPPORT_DB_PASSWORD=$(secret)
MESSAGECENTER_DB_PASSWORD=$(secret)
RATE_LIMIT_REQUESTS=600
$IMAGES
ENV

compose down -v --remove-orphans >/dev/null 2>&1 || true
log "building the application images"
compose build >"$WORK/build.log" 2>&1 || {
  tail -30 "$WORK/build.log"
  fail "compose build"
}
stack_created=true
log "starting the stack (up to ${READY_SECONDS}s)"
started=$SECONDS
# docker-compose waits for each depends_on: service_healthy itself; a health check that never passes fails it here.
timeout "$READY_SECONDS" docker-compose -p "$PROJECT" --env-file "$WORK/smoke.env" -f docker-compose.yml \
  -f docker-compose.demo.yml up -d >"$WORK/up.log" 2>&1 || {
  cat "$WORK/up.log"
  fail "compose up"
}

# docker-compose 1.29 counts an exited dependency as healthy: readiness is asked of the gateway itself, with a token
# from the published Keycloak, whose issuer every service must accept.
KC=http://127.0.0.1:$KEYCLOAK_PORT/realms/partnerdesk/protocol/openid-connect/token
API=http://127.0.0.1:$GATEWAY_PORT/api/v1
token() { curl -sf -d grant_type=password -d client_id=partnerdesk-cli -d "username=$1" -d "password=$1" "$KC" | jq -r .access_token; }
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
# Every container is healthy by now, so this is quick unless something is wrong: 401 here means the services refuse
# Keycloak's tokens (issuer or audience), which no health check sees.
healthy_at=$SECONDS
answer=none
until PARTNER=$(token contoso-admin) && answer=$(status_of -H "Authorization: Bearer $PARTNER" "$API/offers") \
  && [ "$answer" = 200 ]; do
  [ $((SECONDS - healthy_at)) -lt 120 ] \
    || fail "every container is healthy, but the gateway answers a Keycloak token with ${answer} (200 expected) after 120s"
  sleep 3
done
log "ready: the gateway answers with tokens from Keycloak $((SECONDS - started))s after up"

# --- the README's walk-through, through 127.0.0.1 ---------------------------------------------------------------
CUSTOMER=$(token tailspin-admin)
ENGINEER=$(token vianet-engineer)
TAILSPIN=11111111-1111-4111-8111-111111111111
as() { local who=$1; shift; curl -s -H "Authorization: Bearer $who" "$@"; }

SUB=$(as "$PARTNER" "$API/customers/$TAILSPIN/subscriptions" | jq -r '.items[0].id // empty')
[ -n "$SUB" ] || fail "the partner sees no subscription of the fixture customer"
ETAG=$(as "$PARTNER" -D - -o /dev/null "$API/customers/$TAILSPIN/subscriptions/$SUB" | grep -i '^etag:' | cut -d' ' -f2 | tr -d '\r')
[ -n "$ETAG" ] || fail "no ETag on the subscription"
QUANTITY=$(as "$PARTNER" "$API/customers/$TAILSPIN/subscriptions/$SUB" | jq .quantity)
CHANGED=$(as "$PARTNER" -X PATCH "$API/customers/$TAILSPIN/subscriptions/$SUB" -H "If-Match: $ETAG" \
  -H 'Content-Type: application/json' -d "{\"quantity\": $((QUANTITY + 1))}" | jq .quantity)
[ "$CHANGED" = "$((QUANTITY + 1))" ] || fail "the partner's PATCH with If-Match did not apply ($CHANGED)"
log "partner: quantity $QUANTITY -> $CHANGED with If-Match $ETAG"

REFUSED=$(as "$CUSTOMER" -X PATCH "$API/customers/$TAILSPIN/subscriptions/$SUB" -H 'If-Match: *' \
  -H 'Content-Type: application/json' -d '{"quantity": 40}' -w '\n%{http_code}')
[ "$(tail -1 <<<"$REFUSED")" = 403 ] || fail "the customer's PATCH answered $(tail -1 <<<"$REFUSED")"
log "customer: 403 \"$(head -1 <<<"$REFUSED" | jq -r .detail)\""

FILED=$(as "$PARTNER" -X POST "$API/support-requests" -H 'Content-Type: application/json' -w '\n%{http_code}' -d '{
  "customerId": "'$TAILSPIN'", "topicId": "7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e01", "severity": "B",
  "title": "Inbound mail delayed", "description": "External mail arrives two hours late.",
  "contact": {"name": "Li Wei", "email": "li.wei@contoso.cn"},
  "triage": {"stepsTaken": "Recreated the inbound connector."}}')
[ "$(tail -1 <<<"$FILED")" = 201 ] || fail "filing a support request answered $(tail -1 <<<"$FILED"): $(head -1 <<<"$FILED")"
NUMBER=$(head -1 <<<"$FILED" | jq -r .number)
as "$ENGINEER" "$API/support-requests?status=open&limit=200" | jq -e --arg n "$NUMBER" 'any(.items[]; (.number | tostring) == $n)' >/dev/null \
  || fail "the engineer does not see support request $NUMBER"
log "support request $NUMBER escalated; the engineer sees it"

for _ in $(seq 1 30); do
  FOUND=$(as "$CUSTOMER" "$API/messages?subjectId=$SUB" | jq '.items | length')
  [ "${FOUND:-0}" -gt 0 ] && break
  sleep 1
done
[ "${FOUND:-0}" -gt 0 ] || fail "no notification about subscription $SUB reached the customer within 30s (outbox relay)"
log "customer: $FOUND notification(s) about the change (outbox -> messagecenter through keycloak:8080 tokens)"

passed=true
log "passed: compose stack up, walk-through done, $((SECONDS - started))s since up"
