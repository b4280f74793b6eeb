#!/usr/bin/env bash
# Benchmark harness for the katsudo web app (see bench/README.md).
#
#   bench/run.sh [--wordpress] [--duration N] [--skip-build] [--port P] [--keep]
#   bench/run.sh --url-only http://127.0.0.1:PORT/path [--duration N] [--wordpress]
#
# Builds the jar, (re)creates the katsudo_bench database, starts the app with the full
# demo data, then measures Supernet home, Aikasanet home and one detail page with wrk
# at 16 and 64 connections. Only 127.0.0.1 is ever targeted.
set -euo pipefail

JDK=${BENCH_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB_NAME=katsudo_bench
WP_URL=http://127.0.0.1:8081/
CONNS=(16 64)
WRK_THREADS=2
WRK_TIMEOUT=10s       # wrk's default 2 s would drop slow requests from the percentiles
WARM_SECONDS=5
HEALTH_TIMEOUT=300    # seconds; the full demo data load takes a while

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out_dir="$repo/bench/out"

opt_wordpress=0
opt_duration=20
opt_skip_build=0
opt_port=8090
opt_keep=0
opt_url_only=""

app_pid=""
stamp=""
raw_dir=""
result_file=""
# Results, one entry per wrk run (parallel arrays).
res_page=() res_conns=() res_rps=() res_p50=() res_p75=() res_p90=() res_p99=() res_non2xx=() res_sockerr=()

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'EOF'
Usage: bench/run.sh [options]
  --wordpress      also set up (../shared/bench/wordpress/setup.sh) and measure the
                   WordPress baseline at http://127.0.0.1:8081/, and print req/s ratios
  --duration N     seconds per measured wrk run (default 20)
  --skip-build     do not run ./mvnw package; use the existing target/katsudo-*.jar
  --port P         port for the app (default 8090)
  --keep           leave the app running after the benchmark
  --url-only URL   debug: do not build or start anything, just check and measure URL
                   (must be http://127.0.0.1[:port]/...)
  -h, --help       this help
EOF
}

parse_args() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --wordpress) opt_wordpress=1 ;;
      --duration) [[ $# -ge 2 ]] || die "--duration needs a value"; opt_duration=$2; shift ;;
      --duration=*) opt_duration=${1#*=} ;;
      --skip-build) opt_skip_build=1 ;;
      --port) [[ $# -ge 2 ]] || die "--port needs a value"; opt_port=$2; shift ;;
      --port=*) opt_port=${1#*=} ;;
      --keep) opt_keep=1 ;;
      --url-only) [[ $# -ge 2 ]] || die "--url-only needs a URL"; opt_url_only=$2; shift ;;
      --url-only=*) opt_url_only=${1#*=} ;;
      -h|--help) usage; exit 0 ;;
      *) usage >&2; die "unknown option: $1" ;;
    esac
    shift
  done
  [[ "$opt_duration" =~ ^[1-9][0-9]*$ ]] || die "--duration must be a positive integer (seconds)"
  (( opt_duration <= 3600 )) || die "--duration must be at most 3600"
  if ! [[ "$opt_port" =~ ^[1-9][0-9]*$ ]] || (( opt_port > 65535 )); then
    die "--port must be 1-65535"
  fi
  if [[ -n "$opt_url_only" ]]; then
    is_loopback_url "$opt_url_only" || die "--url-only URL must start with http://127.0.0.1"
  fi
}

# Only http://127.0.0.1[:port][/...] is allowed as a target.
is_loopback_url() {
  [[ "$1" =~ ^http://127\.0\.0\.1(:[0-9]+)?(/.*)?$ ]]
}

url_path() {
  local p
  p=$(printf '%s' "$1" | sed -E 's#^[a-zA-Z]+://[^/]*##')
  printf '%s' "${p:-/}"
}

cleanup() {
  local rc=$?
  if [[ -n "$app_pid" ]]; then
    if (( opt_keep )); then
      log "app left running: pid $app_pid, http://127.0.0.1:$opt_port/ (stop with: kill $app_pid)"
    elif kill -0 "$app_pid" 2>/dev/null; then
      log "stopping app (pid $app_pid)"
      kill "$app_pid" 2>/dev/null || true
      for _ in $(seq 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$app_pid" 2>/dev/null || true
    fi
  fi
  exit "$rc"
}

need_tools() {
  local t
  if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) \
      || die "wrk is missing and could not be installed (apt-get install wrk)"
  fi
  for t in curl awk sed grep; do command -v "$t" >/dev/null 2>&1 || die "$t is required"; done
  if [[ -z "$opt_url_only" ]]; then
    command -v psql >/dev/null 2>&1 || die "psql is required"
    [[ -x "$JDK/bin/java" ]] || die "no JDK at $JDK"
  fi
}

build_jar() {
  if (( opt_skip_build )); then
    log "skipping build (--skip-build)"
    return
  fi
  log "building jar (./mvnw -q -B -DskipTests package)"
  (cd "$repo" && JAVA_HOME="$JDK" ./mvnw -q -B -DskipTests package) || die "build failed"
}

find_jar() {
  local jar
  jar=$(find "$repo/target" -maxdepth 1 -type f -name 'katsudo-*.jar' \
          ! -name '*-plain.jar' ! -name '*.original' -printf '%T@ %p\n' 2>/dev/null \
        | sort -rn | head -n1 | cut -d' ' -f2-)
  [[ -n "$jar" ]] || die "no target/katsudo-*.jar found (build first, or drop --skip-build)"
  printf '%s' "$jar"
}

ensure_postgres() {
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then return; fi
  local ver
  ver=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n1)
  [[ -n "$ver" ]] || die "PostgreSQL is not running and no cluster is configured in /etc/postgresql"
  log "starting PostgreSQL $ver"
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  for _ in $(seq 30); do pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && return; sleep 1; done
  die "PostgreSQL did not come up on 127.0.0.1:5432"
}

recreate_db() {
  log "re-creating database $DB_NAME"
  PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" \
    -c "CREATE DATABASE $DB_NAME" >/dev/null || die "could not re-create database $DB_NAME"
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_app() {
  local jar=$1
  port_in_use "$opt_port" && die "port $opt_port is already in use (an app left by --keep? use --port)"
  log "starting $(basename "$jar") on port $opt_port (log: bench/out/app.log)"
  # throwaway field-encryption keys: production refuses to start without keys from the environment
  env KATSUDO_CRYPTO_KEYS="bench:$(openssl rand -base64 32)" \
    KATSUDO_CRYPTO_HMAC_KEY="$(openssl rand -base64 32)" \
    SPRING_PROFILES_ACTIVE=prod \
    DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" \
    DATABASE_USERNAME=postgres \
    DATABASE_PASSWORD= \
    KATSUDO_DEMO_SCALE=full \
    PORT="$opt_port" \
    KATSUDO_COOKIE_SECURE=false \
    "$JDK/bin/java" -Xms512m -Xmx2g -jar "$jar" >"$out_dir/app.log" 2>&1 </dev/null &
  app_pid=$!
}

wait_healthy() {
  local url="http://127.0.0.1:$opt_port/actuator/health" start=$SECONDS body
  log "waiting for $url (up to ${HEALTH_TIMEOUT}s)"
  while (( SECONDS - start < HEALTH_TIMEOUT )); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      tail -n 50 "$out_dir/app.log" >&2 || true
      app_pid=""
      die "app exited during start-up (last 50 lines of bench/out/app.log above)"
    fi
    body=$(curl -fsS --max-time 5 "$url" 2>/dev/null || true)
    if [[ "$body" == *'"UP"'* ]]; then
      log "app is UP after $(( SECONDS - start ))s"
      return
    fi
    sleep 2
  done
  tail -n 50 "$out_dir/app.log" >&2 || true
  die "app not healthy after ${HEALTH_TIMEOUT}s (last 50 lines of bench/out/app.log above)"
}

# Prints one detail page URL (host rewritten to 127.0.0.1:PORT) from the sitemap.
find_detail_url() {
  local base="http://127.0.0.1:$opt_port" xml locs loc child n=0
  xml=$(curl -fsS --max-time 60 "$base/sitemap.xml") || die "could not fetch $base/sitemap.xml"
  locs=$(extract_locs "$xml")
  # A sitemap index: look into (up to 20 of) its child sitemaps.
  if [[ "$xml" == *"<sitemapindex"* ]]; then
    local children=$locs
    locs=""
    while IFS= read -r child; do
      [[ -n "$child" ]] || continue
      (( n++ < 20 )) || break
      locs+=$(extract_locs "$(curl -fsS --max-time 60 "$(rewrite_host "$child")" || true)")$'\n'
      grep -qE '/news/[0-9]+([/?#]|$)' <<<"$locs" && break
    done <<<"$children"
  fi
  [[ -n "$locs" ]] || die "no <loc> entries in $base/sitemap.xml"
  # Prefer a Supernet /news/<id>, then any .../news/<id> (e.g. /aikasanet/news/<id>).
  loc=$(grep -m1 -E '^[a-zA-Z]+://[^/]*/news/[0-9]+([/?#]|$)' <<<"$locs" || true)
  if [[ -z "$loc" ]]; then
    loc=$(grep -m1 -E '^[a-zA-Z]+://[^/]*/(.*/)?news/[0-9]+([/?#]|$)' <<<"$locs" || true)
  fi
  if [[ -z "$loc" ]]; then
    loc=$(grep -v -E '^[a-zA-Z]+://[^/]*(/|/aikasanet/?)?$' <<<"$locs" | grep -m1 . || true)
    [[ -n "$loc" ]] && log "no /news/<id> in the sitemap; falling back to $loc"
  fi
  [[ -n "$loc" ]] || die "no detail page found in $base/sitemap.xml"
  rewrite_host "$loc"
}

extract_locs() {
  grep -oE '<loc>[^<]*</loc>' <<<"$1" | sed -E 's#</?loc>##g; s#&amp;#\&#g; s#^[[:space:]]+##; s#[[:space:]]+$##' || true
}

rewrite_host() {
  local u=$1
  if [[ "$u" == /* ]]; then
    printf 'http://127.0.0.1:%s%s' "$opt_port" "$u"
  else
    printf '%s' "$u" | sed -E "s#^[a-zA-Z]+://[^/]*#http://127.0.0.1:$opt_port#"
  fi
}

check_200() {
  local url=$1 code
  is_loopback_url "$url" || die "refusing non-loopback URL: $url"
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$url" || true)
  if [[ "$code" != 200 ]]; then
    curl -s -o /dev/null -D - --max-time 60 "$url" 2>/dev/null | head -n 15 >&2 || true
    die "$url answered HTTP ${code:-000}, expected 200"
  fi
  log "OK 200 $url"
}

warm() {
  local url=$1
  is_loopback_url "$url" || die "refusing non-loopback URL: $url"
  log "warming $url (${WARM_SECONDS}s wrk)"
  wrk -t"$WRK_THREADS" -c16 -d"${WARM_SECONDS}s" --timeout "$WRK_TIMEOUT" "$url" >/dev/null \
    || die "wrk warm-up against $url failed"
}

# parse_wrk FILE -> "rps p50 p75 p90 p99 non2xx sockerr" (latencies in ms)
parse_wrk() {
  awk '
    function ms(v,  n, u) {
      n = v; sub(/[a-z]+$/, "", n)
      u = v; sub(/^[0-9.]+/, "", u)
      if (u == "us") return n / 1000
      if (u == "ms") return n + 0
      if (u == "s")  return n * 1000
      if (u == "m")  return n * 60000
      if (u == "h")  return n * 3600000
      return -1
    }
    /^[[:space:]]*50%/ { p50 = ms($2) }
    /^[[:space:]]*75%/ { p75 = ms($2) }
    /^[[:space:]]*90%/ { p90 = ms($2) }
    /^[[:space:]]*99%/ { p99 = ms($2) }
    /^Requests\/sec:/  { rps = $2 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ {
      gsub(/,/, "")
      for (i = 1; i < NF; i++) if ($i ~ /^(connect|read|write|timeout)$/) sockerr += $(i + 1)
    }
    END {
      if (rps == "" || p50 == "") exit 1
      printf "%.1f %.2f %.2f %.2f %.2f %d %d\n", rps, p50, p75, p90, p99, non2xx, sockerr
    }' "$1"
}

table_header() {
  printf '| %-32s | %5s | %9s | %9s | %9s | %9s | %9s | %7s | %8s |\n' \
    page conns 'req/s' 'p50 ms' 'p75 ms' 'p90 ms' 'p99 ms' non-2xx 'sock err'
  printf '|%s|%s:|%s:|%s:|%s:|%s:|%s:|%s:|%s:|\n' \
    "$(printf -- '-%.0s' {1..34})" "$(printf -- '-%.0s' {1..6})" \
    "$(printf -- '-%.0s' {1..10})" "$(printf -- '-%.0s' {1..10})" "$(printf -- '-%.0s' {1..10})" \
    "$(printf -- '-%.0s' {1..10})" "$(printf -- '-%.0s' {1..10})" "$(printf -- '-%.0s' {1..8})" \
    "$(printf -- '-%.0s' {1..9})"
}

table_row() {  # index into res_* arrays
  local i=$1
  printf '| %-32s | %5s | %9s | %9s | %9s | %9s | %9s | %7s | %8s |\n' \
    "${res_page[i]}" "${res_conns[i]}" "${res_rps[i]}" "${res_p50[i]}" "${res_p75[i]}" \
    "${res_p90[i]}" "${res_p99[i]}" "${res_non2xx[i]}" "${res_sockerr[i]}"
}

# measure LABEL URL : warm-up, then one wrk run per connection count.
measure() {
  local label=$1 url=$2 c raw parsed rps p50 p75 p90 p99 non2xx sockerr slug
  is_loopback_url "$url" || die "refusing non-loopback URL: $url"
  warm "$url"
  slug=$(printf '%s' "$label" | tr -c 'A-Za-z0-9' '_' | sed -E 's/_+/_/g; s/^_|_$//g')
  for c in "${CONNS[@]}"; do
    raw="$raw_dir/${slug}-c${c}.txt"
    log "wrk -t$WRK_THREADS -c$c -d${opt_duration}s --timeout $WRK_TIMEOUT --latency $url"
    if ! wrk -t"$WRK_THREADS" -c"$c" -d"${opt_duration}s" --timeout "$WRK_TIMEOUT" --latency "$url" >"$raw" 2>&1; then
      cat "$raw" >&2
      die "wrk failed against $url"
    fi
    parsed=$(parse_wrk "$raw") || { cat "$raw" >&2; die "could not parse wrk output ($raw)"; }
    read -r rps p50 p75 p90 p99 non2xx sockerr <<<"$parsed"
    res_page+=("$label") res_conns+=("$c") res_rps+=("$rps") res_p50+=("$p50") res_p75+=("$p75")
    res_p90+=("$p90") res_p99+=("$p99") res_non2xx+=("$non2xx") res_sockerr+=("$sockerr")
    if (( ${#res_page[@]} == 1 )); then table_header; fi
    table_row $(( ${#res_page[@]} - 1 ))
    if (( non2xx > 0 || sockerr > 0 )); then
      log "WARNING: $non2xx non-2xx/3xx responses, $sockerr socket errors (see $raw)"
    fi
    sleep 1
  done
}

rps_of() {  # rps_of LABEL CONNS
  local i
  for i in "${!res_page[@]}"; do
    if [[ "${res_page[i]}" == "$1" && "${res_conns[i]}" == "$2" ]]; then
      printf '%s' "${res_rps[i]}"
      return
    fi
  done
}

# ratio_lines OURS_LABEL WP_LABEL -> markdown bullet per connection count
ratio_lines() {
  local ours=$1 wp=$2 c a b
  for c in "${CONNS[@]}"; do
    a=$(rps_of "$ours" "$c"); b=$(rps_of "$wp" "$c")
    [[ -n "$a" && -n "$b" ]] || continue
    awk -v a="$a" -v b="$b" -v c="$c" 'BEGIN {
      if (b > 0) printf "- %d conns: %.1f / %.1f req/s = **%.2fx** WordPress\n", c, a, b, a / b
      else       printf "- %d conns: %.1f / %.1f req/s = n/a (WordPress 0 req/s)\n", c, a, b }'
  done
}

write_result() {  # write_result OURS_LABEL WP_LABEL URL_LIST...
  local ours=$1 wp=$2 i commit mem cpu javav
  shift 2
  commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [[ "$commit" != unknown ]] && [[ -n "$(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
    commit+=" (with uncommitted changes)"
  fi
  mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  javav=$("$JDK/bin/java" -version 2>&1 | head -n1 || true)
  {
    printf '## Benchmark %s\n\n' "$(date '+%Y-%m-%d %H:%M:%S %Z')"
    printf -- '- commit: %s\n' "$commit"
    printf -- '- machine: %s cores (nproc), %s memory, %s\n' "$(nproc)" "$mem" "${cpu:-unknown CPU}"
    if [[ -z "$opt_url_only" ]]; then
      printf -- '- app: java -Xms512m -Xmx2g, %s, SPRING_PROFILES_ACTIVE=prod, KATSUDO_DEMO_SCALE=full, PostgreSQL on 127.0.0.1\n' "$javav"
    fi
    printf -- '- load: wrk -t%s -c{%s} -d%ss --timeout %s --latency, after a %ss warm-up per URL; wrk runs on the same machine\n' \
      "$WRK_THREADS" "$(IFS=,; echo "${CONNS[*]}")" "$opt_duration" "$WRK_TIMEOUT" "$WARM_SECONDS"
    printf -- '- URLs:\n'
    for i in "$@"; do printf -- '  - %s\n' "$i"; done
    printf '\n'
    table_header
    for i in "${!res_page[@]}"; do table_row "$i"; done
    if [[ -n "$wp" ]]; then
      printf '\nreq/s ratio, %s vs %s:\n\n' "$ours" "$wp"
      ratio_lines "$ours" "$wp"
    fi
  } >"$result_file"
}

main() {
  parse_args "$@"
  cd "$repo"
  mkdir -p "$out_dir"
  stamp=$(date +%Y%m%d-%H%M%S)
  raw_dir="$out_dir/raw-$stamp"
  result_file="$out_dir/result-$stamp.md"
  mkdir -p "$raw_dir"
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  need_tools

  local -a labels=() urls=()
  local ours_label wp_label=""
  if [[ -n "$opt_url_only" ]]; then
    ours_label="url-only $(url_path "$opt_url_only")"
    labels+=("$ours_label"); urls+=("$opt_url_only")
  else
    build_jar
    local jar
    jar=$(find_jar)
    log "jar: $jar"
  fi

  if (( opt_wordpress )); then
    local wp_setup="$repo/../shared/bench/wordpress/setup.sh"
    [[ -f "$wp_setup" ]] || die "WordPress setup script not found: $wp_setup"
    log "setting up the WordPress baseline ($wp_setup)"
    bash "$wp_setup" || die "WordPress setup failed"
  fi

  if [[ -z "$opt_url_only" ]]; then
    ensure_postgres
    recreate_db
    start_app "$jar"
    wait_healthy
    local base="http://127.0.0.1:$opt_port" detail
    detail=$(find_detail_url)
    ours_label="Supernet home /"
    labels+=("$ours_label" "Aikasanet home /aikasanet/" "detail $(url_path "$detail")")
    urls+=("$base/" "$base/aikasanet/" "$detail")
  fi
  if (( opt_wordpress )); then
    wp_label="WordPress home /"
    labels+=("$wp_label"); urls+=("$WP_URL")
  fi

  local i
  for i in "${!urls[@]}"; do check_200 "${urls[i]}"; done
  for i in "${!urls[@]}"; do measure "${labels[i]}" "${urls[i]}"; done

  write_result "$ours_label" "$wp_label" "${urls[@]}"
  if [[ -n "$wp_label" ]]; then
    printf '\nreq/s ratio, %s vs %s:\n' "$ours_label" "$wp_label"
    ratio_lines "$ours_label" "$wp_label"
  fi
  printf '\n'
  log "result: ${result_file#"$repo"/} (raw wrk output: ${raw_dir#"$repo"/}/)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
