#!/usr/bin/env bash
# Checks the observability files operators load: the Prometheus alert rules (promtool check rules, then the rules'
# unit tests with promtool test rules) and the Grafana dashboard (valid JSON). Uses promtool from PATH, else takes it
# out of Debian's prometheus package without installing it (no server is set up or started).
# That every metric they name is one the suite exports is checked by e2e-tests' ObservabilityFilesTest.
set -euo pipefail
cd "$(dirname "$0")"

promtool=$(command -v promtool || true)
if [ -z "$promtool" ]; then
  tools="$PWD/../../target/promtool"
  promtool="$tools/usr/bin/promtool"
  if [ ! -x "$promtool" ]; then
    mkdir -p "$tools"
    (cd "$tools" && { apt-get download prometheus >/dev/null 2>&1 || { apt-get update -qq && apt-get download prometheus; }; } \
      && dpkg-deb -x prometheus_*.deb . && rm -f prometheus_*.deb)
  fi
fi
"$promtool" --version | head -1

"$promtool" check rules prometheus/partnerdesk-alerts.yml
(cd prometheus && "$promtool" test rules partnerdesk-alerts-test.yml)
python3 -m json.tool grafana/partnerdesk-dashboard.json >/dev/null
echo "grafana/partnerdesk-dashboard.json: valid JSON"
