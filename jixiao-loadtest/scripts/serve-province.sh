#!/bin/bash
# Starts one server instance on the synthetic province loaded by ProvinceRollupBenchmark (PostgreSQL schema
# jixiao_bench in database "test" on 127.0.0.1:5432), as the deadline-day load test in docs/benchmarks.md used it.
#   jixiao-loadtest/scripts/serve-province.sh [PORT] [extra JVM options...]
# Build the jar first: mvn -B -ntp -pl jixiao-server -am package -DskipTests
# Before the first run, open for editing the 2025 reports of the units the simulation signs in as: user k is unit
# number k / 140 + 1 of its district, so up to 280 users use units xxxx001 and xxxx002 (add '____003' ... for more):
#   PGOPTIONS=--search_path=jixiao_bench psql -h 127.0.0.1 -U postgres test -c "UPDATE reports r SET state='DRAFT'
#     FROM units u WHERE u.id=r.unit_id AND r.fiscal_year=2025 AND (u.code LIKE '____001' OR u.code LIKE '____002')"
# GC log: /tmp/gc-PORT.log.
set -euo pipefail
PORT=${1:-18080}
shift || true
cd "$(dirname "$0")/../.."
exec java -Xmx2g -Xlog:gc:file=/tmp/gc-$PORT.log "$@" -jar jixiao-server/target/jixiao-server.jar --server.port=$PORT \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=jixiao_bench" --spring.datasource.username=postgres \
  --spring.datasource.password= --spring.flyway.schemas=jixiao_bench --jixiao.demo.enabled=false \
  --jixiao.data-dir=/tmp/jixiao-bench-data-$PORT --spring.flyway.out-of-order=true
