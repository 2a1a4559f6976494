#!/usr/bin/env bash
# Serves a generated blog with Reelpress and the very same bytes with nginx, and measures both
# with wrk on loopback at 1 and 50 connections. See README.md beside this script.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
# How long each page is served at 50 connections before it is measured: on two cores busy with wrk and
# the blog the JIT is slow to finish a page's code (without the page cache, 10 s measured after 20 s of
# a review ran up to a quarter slower than the 10 s after them)
WARMUP=${WARMUP:-15s}
JAVA=${JAVA:-java}
BLOG_PORT=${BLOG_PORT:-18680}
NGINX_PORT=${NGINX_PORT:-18681}
# PAGE_CACHE=off measures the blog rendering every page afresh (reelpress.page-cache.enabled=false)
PAGE_CACHE=${PAGE_CACHE:-on}
# The blog's heap and page cache; glibc's malloc arenas kept to two and trimmed every 5 s, as
# docs/deployment.md recommends for small machines
HEAP=${HEAP:-176m}
HEAP_FLOOR=${HEAP_FLOOR:-128m}
TRIM=${TRIM:-5000}
CACHE_SIZE=${CACHE_SIZE:-32MB}
# The garbage collector, as docs/deployment.md recommends for small machines (G1 is the JVM's own choice)
COLLECTOR=${COLLECTOR:-Serial}
# More options for the blog's JVM, to look into a run: BLOG_FLAGS="-Xlog:gc:file=/tmp/gc.log"
BLOG_FLAGS=${BLOG_FLAGS:-}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    echo "Installing wrk and nginx from Debian's packages"
    apt-get update -qq && apt-get install -y -qq wrk nginx >/dev/null
fi
[ -f target/reelpress.jar ] || ./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

WORK=$(mktemp -d)
chmod 755 "$WORK"
DATA=$WORK/data
BLOG_PID=
NGINX_PID=
cleanup() {
    [ -n "$BLOG_PID" ] && kill "$BLOG_PID" 2>/dev/null || true
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

start_blog() {
    local cache=true
    [ "$PAGE_CACHE" = off ] && cache=false
    "$JAVA" -XX:+Use"$COLLECTOR"GC -Xms"$HEAP_FLOOR" -Xmx"$HEAP" -XX:TrimNativeHeapInterval="$TRIM" $BLOG_FLAGS -jar target/reelpress.jar --server.port="$BLOG_PORT" --server.address=127.0.0.1 \
        --reelpress.data-dir="$DATA" --reelpress.page-cache.enabled="$cache" --reelpress.page-cache.size="$CACHE_SIZE" > "$WORK/blog.log" 2>&1 &
    BLOG_PID=$!
    for _ in $(seq 180); do
        curl -s -o /dev/null "http://127.0.0.1:$BLOG_PORT/" && return 0
        sleep 1
    done
    echo "The blog did not start; its log:" >&2; tail -30 "$WORK/blog.log" >&2; exit 1
}
stop_blog() { kill "$BLOG_PID"; wait "$BLOG_PID" 2>/dev/null || true; BLOG_PID=; }

echo "Making the blog (1,000 reviews; threads of 4, 200, 2,000 and 10,000 comments)"
start_blog; stop_blog
"$JAVA" -cp "$(cat target/classpath.txt)" bench/pages/GenerateBlog.java "$DATA/reelpress.db" > "$WORK/threads.txt"
rm -rf "$DATA/search"   # rebuilt from the database at start, with the generated reviews
start_blog

# page name, then its address on the blog
PAGES=("front /" "feed /feed/" "search /?s=%EA%B8%B0%EC%A0%81")
while read -r size id; do
    path=$(curl -s -o /dev/null -w '%{redirect_url}' "http://127.0.0.1:$BLOG_PORT/?p=$id" | sed "s|http://127.0.0.1:$BLOG_PORT||")
    PAGES+=("review-$size $path")
done < "$WORK/threads.txt"

mkdir -p "$WORK/www"
for page in "${PAGES[@]}"; do
    read -r name path <<< "$page"
    curl -s "http://127.0.0.1:$BLOG_PORT$path" > "$WORK/www/$name"
done
# The issue's page weight: the 4-comment review's HTML with the stylesheets and scripts it links, uncompressed
weight=$(wc -c < "$WORK/www/review-4")
for asset in $(grep -o '\(href\|src\)="/assets/[^"]*\.\(css\|js\)"' "$WORK/www/review-4" | sed 's/.*="\(.*\)"/\1/'); do
    weight=$(( weight + $(curl -s "http://127.0.0.1:$BLOG_PORT$asset" | wc -c) ))
done
echo "Page weight of the review with 4 comments (HTML, CSS and JavaScript, uncompressed): $weight bytes"
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
    }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
sleep 1

measure() { # url connections → "requests/s p50 p99"
    local threads=$(( $2 < 2 ? 1 : 2 ))
    wrk -t"$threads" -c"$2" -d"$DURATION" --latency "$1" | awk '
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
        /Non-2xx/ { bad = $NF }
        END { printf "%s %s %s%s", rps, p50, p99, (bad ? " (" bad " non-2xx)" : "") }'
}

echo "Warming up (page cache $PAGE_CACHE)"
for page in "${PAGES[@]}"; do
    read -r name path <<< "$page"
    wrk -t2 -c50 -d"$WARMUP" "http://127.0.0.1:$BLOG_PORT$path" > /dev/null
done

printf "\n%-13s %5s %8s | %10s %9s %9s | %10s %9s %9s | %8s\n" page conns bytes \
    "reelpress/s" p50 p99 "nginx/s" p50 p99 "ratio"
for page in "${PAGES[@]}"; do
    read -r name path <<< "$page"
    bytes=$(wc -c < "$WORK/www/$name")
    for connections in 1 50; do
        read -r ours ours50 ours99 _ <<< "$(measure "http://127.0.0.1:$BLOG_PORT$path" "$connections")"
        read -r theirs theirs50 theirs99 _ <<< "$(measure "http://127.0.0.1:$NGINX_PORT/$name" "$connections")"
        ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
        printf "%-13s %5s %8s | %10s %9s %9s | %10s %9s %9s | %8s\n" "$name" "$connections" "$bytes" \
            "$ours" "$ours50" "$ours99" "$theirs" "$theirs50" "$theirs99" "$ratio"
    done
done
echo
echo "Reelpress resident memory after the benchmark: $(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$BLOG_PID/status") MB ($COLLECTOR collector, heap -Xms$HEAP_FLOOR -Xmx$HEAP, page cache $CACHE_SIZE, native heap trimmed every $TRIM ms${BLOG_FLAGS:+, $BLOG_FLAGS})"
