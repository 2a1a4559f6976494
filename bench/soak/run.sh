#!/usr/bin/env bash
# Starts a blog filled with generated reviews, makes a writer account, and runs Soak.java against it:
# mixed reading, commenting, searching and signing in. See README.md beside this script.
#   bench/soak/run.sh [minutes, default 10] [connections, default 200]
set -euo pipefail
cd "$(dirname "$0")/../.."

MINUTES=${1:-10}
CONNECTIONS=${2:-200}
JAVA=${JAVA:-java}
BLOG_PORT=${BLOG_PORT:-18690}
HEAP=${HEAP:-512m}

[ -f target/reelpress.jar ] || ./mvnw -q -B -DskipTests package
[ -f target/classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

WORK=$(mktemp -d)
DATA=$WORK/data
BLOG_PID=
cleanup() {
    if [ -n "$BLOG_PID" ]; then kill "$BLOG_PID" 2>/dev/null || true; wait "$BLOG_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

start_blog() {
    # every client comes from 127.0.0.1: the per-address limits on comments, sign-ins and connections are lifted
    "$JAVA" -Xmx"$HEAP" -jar target/reelpress.jar --server.port="$BLOG_PORT" --server.address=127.0.0.1 \
        --reelpress.data-dir="$DATA" --reelpress.comments.per-minute=10000000 --reelpress.comments.per-hour=10000000 \
        --reelpress.sign-in.tries-per-minute=10000000 --reelpress.connections.per-address=0 > "$WORK/blog.log" 2>&1 &
    BLOG_PID=$!
    for _ in $(seq 180); do
        curl -s -o /dev/null "http://127.0.0.1:$BLOG_PORT/" && return 0
        sleep 1
    done
    echo "The blog did not start; its log:" >&2; tail -30 "$WORK/blog.log" >&2; exit 1
}
stop_blog() { kill "$BLOG_PID"; wait "$BLOG_PID" 2>/dev/null || true; BLOG_PID=; }

echo "Making the blog: a writer, 1,000 generated reviews with their discussions"
head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$WORK/password"
"$JAVA" -jar target/reelpress.jar create-user --login soak-writer --email soak-writer@example.com --role author \
    --reelpress.data-dir="$DATA" < "$WORK/password"
"$JAVA" -cp "$(cat target/classpath.txt)" bench/pages/GenerateBlog.java "$DATA/reelpress.db" > /dev/null
rm -rf "$DATA/search"   # rebuilt from the database at start, with the generated reviews
start_blog

"$JAVA" bench/soak/Soak.java "http://127.0.0.1:$BLOG_PORT" "$MINUTES" "$CONNECTIONS" soak-writer "$WORK/password" "$BLOG_PID"
echo "The blog's log had $(grep -c ' ERROR ' "$WORK/blog.log" || true) ERROR lines."
