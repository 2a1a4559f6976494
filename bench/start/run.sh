#!/usr/bin/env bash
# How long the blog takes from `java` to its first served page, started plainly from the jar and
# started the way docs/deployment.md recommends (unpacked, with the JVM's ahead-of-time cache and the
# beans Spring worked out when the jar was built).
# See README.md beside this script.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-java}
PORT=${PORT:-18690}
RUNS=${RUNS:-3}

[ -f target/reelpress.jar ] || ./mvnw -q -B -DskipTests package

WORK=$(mktemp -d)
DATA=$WORK/data
PID=
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# Starts the blog with the given java arguments, waits for the front page, prints seconds and RSS
first_page() {
    local started ended
    started=$(date +%s%N)
    "$JAVA" "$@" --server.port="$PORT" --server.address=127.0.0.1 --reelpress.data-dir="$DATA" \
        > "$WORK/blog.log" 2>&1 &
    PID=$!
    for _ in $(seq 1200); do
        curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
        sleep 0.05
    done
    ended=$(date +%s%N)
    curl -s -o /dev/null -f "http://127.0.0.1:$PORT/" || { echo "The blog did not start:" >&2; tail -20 "$WORK/blog.log" >&2; exit 1; }
    local rss cpu
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status")
    cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$PID/stat")
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
    printf '%6.2f s  %5s MB  %5s s\n' "$(echo "($ended - $started) / 1000000000" | bc -l)" "$rss" "$cpu"
}

echo "Making a blog to start on (the first start writes its schema and sample review)"
first_page -jar target/reelpress.jar > /dev/null

echo "Unpacking the jar and training the JVM's ahead-of-time cache"
"$JAVA" -Djarmode=tools -jar target/reelpress.jar extract --destination "$WORK/app" > /dev/null
(cd "$WORK/app" && "$JAVA" -XX:AOTCacheOutput=reelpress.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -jar reelpress.jar --server.port="$PORT" --server.address=127.0.0.1 --reelpress.data-dir="$DATA" \
    > "$WORK/training.log" 2>&1)

echo "uptime: $(uptime)"
echo "how started                      first page   RSS     CPU"
for _ in $(seq "$RUNS"); do
    printf '%-32s ' "java -jar target/reelpress.jar"; first_page -jar target/reelpress.jar
done
# The cache holds the class path as the training start gave it ("reelpress.jar", from its folder): a start
# that names the jar any other way finds the cache does not match and runs without it, and without the
# JDK's own class data too. -XX:AOTMode=on makes such a start fail instead of being measured.
cd "$WORK/app"
for _ in $(seq "$RUNS"); do
    printf '%-32s ' "unpacked, AOT cache"; first_page -XX:AOTCache=reelpress.aot -XX:AOTMode=on -Dspring.aot.enabled=true -jar reelpress.jar
done
for _ in $(seq "$RUNS"); do
    printf '%-32s ' "unpacked, no cache"; first_page -jar reelpress.jar
done
