#!/usr/bin/env bash
# Start-up of the bundled Neo4j through npm start's code path, from a fresh clone of this repository:
# time from launch to /ready 200 with an empty Maven cache (HOME points at an empty folder), then
# twice more with the cache filled; and the time from SIGTERM to exit. Needs curl and bc.
set -u
d=$(mktemp -d); git clone -q "$(git -C "$(dirname "$0")" rev-parse --show-toplevel)" "$d"; cd "$d"; npm ci --no-audit --no-fund >/dev/null 2>&1
emptyhome=$(mktemp -d)
run() {
  local label=$1; shift
  local start=$(date +%s.%N)
  env "$@" PORT=4311 LOCAL_NEO4J_BOLT_PORT=7711 node --import tsx src/index.ts > /tmp/start-$label.log 2>&1 &
  local pid=$!
  until curl -sf http://127.0.0.1:4311/ready >/dev/null 2>&1; do sleep 0.2; if ! kill -0 $pid 2>/dev/null; then echo "$label died"; cat /tmp/start-$label.log | tail -5; return; fi; done
  local end=$(date +%s.%N)
  echo "$label: $(echo "$end - $start" | bc) s to /ready"
  local s2=$(date +%s.%N)
  kill -TERM $pid; wait $pid
  echo "$label: $(echo "$(date +%s.%N) - $s2" | bc) s to stop"
}
run first-empty-maven-cache HOME=$emptyhome MAVEN_OPTS=
run second HOME=$emptyhome
run third HOME=$emptyhome
du -sh $emptyhome/.m2 2>/dev/null
rm -rf "$d" "$emptyhome"
