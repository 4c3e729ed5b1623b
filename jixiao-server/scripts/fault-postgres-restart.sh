#!/usr/bin/env bash
# Fault (b), run by hand only — it stops the shared PostgreSQL for a few seconds (never part of mvn verify / CI):
#   mvn -B -ntp -pl jixiao-server -am package -DskipTests && jixiao-server/scripts/fault-postgres-restart.sh
# Starts the jar on a fresh schema of database "test", signs in as tianbao, stops PostgreSQL, shows what the user gets
# (503 "服务暂时不可用，请稍后再试", JSON and page), starts PostgreSQL again at once and measures how long the same
# application process takes to serve again. Results go to docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="$(ls /etc/postgresql | head -1)"
PORT="${PORT:-18481}"
SCHEMA="jixiao_pgfault_$$"
JAR=target/jixiao-server.jar
LOG="$(mktemp /tmp/jixiao-pgfault-XXXX.log)"
COOKIES="$(mktemp)"
BASE="http://127.0.0.1:$PORT"
psql_() { psql -h 127.0.0.1 -U postgres -d test -Atqc "$1"; }

pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not running; not starting the fault"; exit 1; }
restart_pg() { pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start; }
cleanup() {
  restart_pg || true
  [[ -n "${APP:-}" ]] && kill "$APP" 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
  psql_ "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" || true
  rm -f "$COOKIES"
}
trap cleanup EXIT

java -Xmx512m -jar "$JAR" --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA" \
  --spring.datasource.username=postgres --spring.datasource.password= --spring.flyway.schemas="$SCHEMA" \
  --jixiao.demo.enabled=true --jixiao.data-dir="/tmp/$SCHEMA" >"$LOG" 2>&1 &
APP=$!
for _ in $(seq 1 180); do curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done

csrf=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=tianbao" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
echo "before: GET /api/v1/reports -> $(curl -s -o /dev/null -w '%{http_code}' -b "$COOKIES" "$BASE/api/v1/reports")"

echo "== stopping PostgreSQL $VERSION =="
pg_ctlcluster --skip-systemctl-redirect "$VERSION" main stop -m fast
STOPPED=$(date +%s.%N)
echo "during: GET /api/v1/reports ->"; curl -s -w '\n  HTTP %{http_code} in %{time_total} s\n' -b "$COOKIES" "$BASE/api/v1/reports"
echo "during: GET /work -> $(curl -s -o /tmp/$SCHEMA-page.html -w 'HTTP %{http_code} in %{time_total} s' -b "$COOKIES" "$BASE/work")"
grep -o '<h1>[^<]*</h1>' /tmp/$SCHEMA-page.html || true
echo "== starting PostgreSQL again =="
pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.5; done
UP=$(date +%s.%N)
echo "PostgreSQL down for $(echo "$UP - $STOPPED" | bc) s"
for i in $(seq 1 120); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$COOKIES" "$BASE/api/v1/reports")
  [[ "$code" == 200 ]] && break
  sleep 0.5
done
BACK=$(date +%s.%N)
echo "after: GET /api/v1/reports -> $code, $(echo "$BACK - $UP" | bc) s after PostgreSQL was up (same process, no restart; the session survived)"
echo "stack traces in the responses: none expected; server log: $LOG"
