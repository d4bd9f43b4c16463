#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs everything docs/performance.md reports:
#   1. CrossCheck: the compared libraries answer the same question (and where they do not);
#   2. the steady-state benchmarks side by side, with allocation per operation (-prof gc) and the
#      benchmark thread's CPU time per operation (CpuTimeProfiler: robust to a shared machine);
#   3. cold start: JMH single-shot, one call per fresh JVM, 10 forks;
#   4. cold start: a separate timed process (ColdStart), 10 times, wall and CPU (user + sys).
# About 5 minutes on 2 cores. Results in benchmarks/target/results/. Extra arguments go to step 2,
# e.g. benchmarks/run.sh PlusWorkingDays   (a regex of benchmarks to run).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -P benchmarks -pl benchmarks -am package -DskipTests
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
mkdir -p "$OUT"

echo "== machine"
{ echo "nproc: $(nproc)"; free -h | sed -n 2p; java -version 2>&1; echo "start: $(uptime)"; } \
  | tee "$OUT/machine.txt"

echo "== cross-check"
java -cp "$JAR" io.github.boithuong.benchmarks.CrossCheck | tee "$OUT/crosscheck.txt"

echo "== steady state"
CPU=io.github.boithuong.benchmarks.CpuTimeProfiler
java -jar "$JAR" -e ColdStart -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -prof "$CPU" \
  -rf json -rff "$OUT/steady.json" "$@" | tee "$OUT/steady.txt"

if [ "$#" -eq 0 ]; then
  echo "== cold start: JMH single shot"
  java -jar "$JAR" ColdStartBenchmark -bm ss -f 10 -wi 0 -i 1 -tu ms -prof "$CPU" \
    -rf json -rff "$OUT/coldstart.json" | tee "$OUT/coldstart.txt"

  echo "== cold start: separate process"
  TIMEFORMAT='process: wall %3R s, cpu user %3U s + sys %3S s'
  for i in 1 2 3 4 5 6 7 8 9 10; do
    time java -cp "$JAR" io.github.boithuong.benchmarks.ColdStart
  done 2>&1 | tee "$OUT/coldstart-process.txt"
fi
echo "end: $(uptime)" | tee -a "$OUT/machine.txt"
