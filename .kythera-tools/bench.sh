# shellcheck shell=bash
# Benchmarks of ./kythera (sourced by ./kythera; uses its helpers). Every bench prints a Markdown
# table that goes into docs/performance.md as is.

bench_require_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  info "installing wrk (Debian package) for the load test"
  if ! { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq wrk >/dev/null 2>&1; }; }; then
    die "wrk is not installed and could not be installed (apt-get install wrk)"
  fi
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# bench_internal_token <user id> -> an internal token signed with this platform's gateway key,
# exactly what the gateway would forward (valid 5 minutes, for direct-to-service measurements).
bench_internal_token() {
  local sub="$1" now header payload signature
  now="$(date +%s)"
  header="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)"
  payload="$(printf '{"iss":"kythera-gateway","aud":"kythera-services","sub":"%s","iat":%s,"exp":%s,"role":"dev","plan":"starter","rid":"bench"}' \
    "$sub" "$now" "$((now + 300))" | b64url)"
  signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEYS_DIR/gateway-private.pem" -binary | b64url)"
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}

json_field() { # <field> : reads JSON on stdin, prints the first string value of "field"
  grep -o "\"$1\":\"[^\"]*\"" | head -n1 | cut -d'"' -f4
}

# bench_user -> prints "<user id> <access token>" of a fresh, verified, signed-in user
bench_user() {
  local gw mail_api email password code body
  gw="$(service_url gateway)"
  mail_api="http://127.0.0.1:$(port_of mail-api)"
  email="bench-$(date +%s%N)@example.test"
  password="bench password 1234"
  curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$gw/api/auth/register" ||
    die "register failed (is the platform up? ./kythera up)"
  for _ in $(seq 1 100); do
    code="$(curl -fsS "$mail_api/api/user/$email/messages/INBOX" 2>/dev/null |
      grep -o 'Verification code: [A-Za-z0-9_-]*' | head -n1 | cut -d' ' -f3 || true)"
    [[ -n "$code" ]] && break
    sleep 0.2
  done
  [[ -n "$code" ]] || die "no verification mail reached the mail sink"
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "{\"token\":\"$code\"}" "$gw/api/auth/verify-email"
  body="$(curl -fsS -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$gw/api/auth/login")"
  printf '%s %s\n' "$(printf '%s' "$body" | grep -o '"user":{"id":"[^"]*"' | cut -d'"' -f6)" \
    "$(printf '%s' "$body" | json_field accessToken)"
}

# bench_wrk <label> <url> <token> <seconds> -> one table row: label | requests | p50 | p90 | p99
bench_wrk() {
  local label="$1" url="$2" token="$3" seconds="$4" out requests
  out="$(wrk -t1 -c4 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$url")"
  if grep -q "Non-2xx" <<<"$out"; then
    echo "$out" >&2
    die "$label: some responses were not 2xx"
  fi
  requests="$(grep -o '[0-9]* requests in' <<<"$out" | cut -d' ' -f1)"
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$requests" \
    "$(awk '$1=="50%"{print $2}' <<<"$out")" "$(awk '$1=="90%"{print $2}' <<<"$out")" \
    "$(awk '$1=="99%"{print $2}' <<<"$out")"
}

# ./kythera bench gateway [seconds]: p50/p99 of an authenticated GET through the gateway and
# straight to the service (with the internal token the gateway would mint).
bench_gateway() {
  local seconds="${1:-20}" user_id token internal gw identity project
  bench_require_wrk
  running_pid gateway >/dev/null || die "the platform is not running (./kythera up)"
  read -r user_id token < <(bench_user)
  gw="$(service_url gateway)"
  identity="$(service_url identity)"
  project="$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' "$gw/api/projects" | json_field id)"
  internal="$(bench_internal_token "$user_id")"
  # warm-up: JIT, connection pools, JWKS and access caches
  # /api/auth/* is rate limited per client address, so the measured route is the project list.
  wrk -t1 -c4 -d5s -H "Authorization: Bearer $token" "$gw/api/projects" >/dev/null
  wrk -t1 -c4 -d5s -H "Authorization: Bearer $internal" "$identity/api/projects" >/dev/null
  echo "GET /api/projects (identity lists the user's projects from PostgreSQL), wrk 1 thread 4 connections, ${seconds} s per row, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at start, $(date -u +%F)"
  echo
  echo "| path | requests | p50 | p90 | p99 |"
  echo "|---|---|---|---|---|"
  bench_wrk "straight to identity (internal token)" "$identity/api/projects" "$internal" "$seconds"
  bench_wrk "through the gateway (user JWT)" "$gw/api/projects" "$token" "$seconds"
  bench_wrk "through the gateway, project route (access check cached)" "$gw/api/projects/$project" "$token" "$seconds"
}

rss_table() {
  local name pid rss
  echo "| component | RSS (MiB) |"
  echo "|---|---|"
  for name in "${ALL_COMPONENTS[@]}"; do
    if pid="$(running_pid "$name")"; then
      rss="$(awk '/VmRSS/{print int($2/1024)}' "/proc/$pid/status")"
      printf '| %s | %s |\n' "$name" "$rss"
    fi
  done
}

# ./kythera bench startup: cold and warm `up` time to ready, then the RSS of every process.
# Cold = empty state directory and a new database (keys generated, Kafka formatted, every Flyway
# migration run); warm = the same platform stopped and started again. The build is not included
# (jars must be built; `./kythera up` builds when sources changed).
bench_startup() {
  local home db t0 cold warm
  running_pid gateway >/dev/null && die "stop your platform first (./kythera down): the bench uses the default ports"
  home="$(mktemp -d /tmp/kythera-bench-XXXXXX)"
  db="kythera_bench_$(date +%s)"
  export KYTHERA_HOME="$home" KYTHERA_CACHE_DIR="$KYTHERA_CACHE_DIR" KYTHERA_DB_NAME="$db" KYTHERA_SKIP_BUILD=1
  load_config
  t0="$(now_ms)"
  cmd_up >"$home/up-cold.log" 2>&1 || { cat "$home/up-cold.log"; die "cold up failed"; }
  cold="$(($(now_ms) - t0))"
  cmd_down >/dev/null 2>&1
  t0="$(now_ms)"
  cmd_up >"$home/up-warm.log" 2>&1 || { cat "$home/up-warm.log"; die "warm up failed"; }
  warm="$(($(now_ms) - t0))"
  echo "\`./kythera up\` to ready (all services and the gateway answer /q/health/ready), $(nproc) cores, $(date -u +%F)"
  echo
  echo "| start | seconds |"
  echo "|---|---|"
  printf '| cold (new state dir and database: keys, Kafka format, migrations) | %s |\n' "$(awk "BEGIN{printf \"%.1f\", $cold/1000}")"
  printf '| warm (stopped platform started again) | %s |\n' "$(awk "BEGIN{printf \"%.1f\", $warm/1000}")"
  echo
  sleep 5
  rss_table
  cmd_down >/dev/null 2>&1
  psql_admin "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -rf "$home"
}

# bench_introspection [tables] [runs]: a generated schema on the local PostgreSQL and MariaDB,
# introspected through the API (capture job) next to the raw catalog queries; the Markdown table
# is printed and kept in services/introspection/target/bench/introspection.md.
bench_introspection() {
  local tables="${1:-1000}" runs="${2:-7}"
  ensure_local_databases || die "PostgreSQL and MariaDB must be reachable"
  # shellcheck disable=SC2086 # KYTHERA_MVN_ARGS is a list of extra arguments
  (cd "$REPO_ROOT" && mvn -B -q ${KYTHERA_MVN_ARGS:-} -pl services/introspection -am test \
    -Dkythera.skipFormat=true -Dtest=IntrospectionBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.tables="$tables" -Dbench.runs="$runs" >"$KYTHERA_HOME/bench-introspection.log" 2>&1) ||
    die "the benchmark failed; see $KYTHERA_HOME/bench-introspection.log"
  cat "$REPO_ROOT/services/introspection/target/bench/introspection.md"
}

# bench_seed [rows] [heap rows] [graph rows]: seeding through the real writers (PostgreSQL COPY,
# MariaDB LOAD DATA LOCAL INFILE) next to `psql \copy` and the mariadb client's LOAD DATA of the
# same pre-generated rows, the fixture schema as a whole FK graph, generation alone, and the heap
# while seeding [heap rows] (0 skips it) in a -Xmx256m JVM; runs `SeedBenchmark` (not a test) in
# services/generation only, whose sibling modules come from the local Maven repository (add -am
# through KYTHERA_MVN_ARGS to build them). The Markdown tables are printed and kept in
# services/generation/target/bench/seed.md.
bench_seed() {
  local rows="${1:-1000000}" heap_rows="${2:-10000000}" graph_rows="${3:-1000000}"
  command -v psql >/dev/null 2>&1 || die "psql is needed (the raw COPY side of the comparison)"
  command -v mariadb >/dev/null 2>&1 || die "the mariadb client is needed (the raw LOAD DATA side)"
  ensure_local_databases || die "PostgreSQL and MariaDB must be reachable"
  info "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores); log in $KYTHERA_HOME/bench-seed.log"
  # shellcheck disable=SC2086 # KYTHERA_MVN_ARGS is a list of extra arguments
  (cd "$REPO_ROOT" && mvn -B -q ${KYTHERA_MVN_ARGS:-} -pl services/generation test \
    -Dkythera.skipFormat=true -Dtest=SeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.rows="$rows" -Dbench.heapRows="$heap_rows" -Dbench.graphRows="$graph_rows" \
    >"$KYTHERA_HOME/bench-seed.log" 2>&1) ||
    die "the benchmark failed; see $KYTHERA_HOME/bench-seed.log"
  cat "$REPO_ROOT/services/generation/target/bench/seed.md"
}

cmd_bench() {
  local what="${1:-}"
  [[ $# -gt 0 ]] && shift
  select_jdk
  case "$what" in
    gateway) bench_gateway "$@" ;;
    startup) bench_startup "$@" ;;
    introspection) bench_introspection "$@" ;;
    seed) bench_seed "$@" ;;
    *) die "usage: ./kythera bench gateway [seconds] | startup | introspection [tables] [runs] | seed [rows] [heap rows] [graph rows]" ;;
  esac
}
