#!/usr/bin/env bash
# A throwaway OpenSSH server on loopback for the SSH tunnel tests (target databases reached
# through an SSH hop).
#
#   .kythera-tools/sshd.sh start | stop | env | status
#
#   start   installs Debian's openssh-server if /usr/sbin/sshd is missing, creates (once) a host
#           key, a client key pair and the user 'kytheratunnel', then starts sshd on
#           127.0.0.1:$KYTHERA_SSHD_PORT (default 2222). Harmless when it already runs.
#   stop    stops the sshd started by 'start' (pid file in the state dir).
#   env     prints 'export KYTHERA_TEST_SSH_...=' lines for the tests (eval "$(sshd.sh env)").
#   status  exit 0 when it runs.
#
# Environment:
#   KYTHERA_SSHD_DIR       state dir (default $KYTHERA_HOME/test/sshd, KYTHERA_HOME defaults to
#                          <repo>/.kythera): keys, sshd_config, pid file, sshd.log
#   KYTHERA_SSHD_PORT      port on 127.0.0.1 (default 2222)
#   KYTHERA_SSHD_PASSWORD  password of the user kytheratunnel (default kythera-tunnel-test)
#
# The user may only open local forwards (no shell: its login shell is nologin, PermitTTY no) to
# loopback addresses. Must run as root (creates a system user), as on the dev machine and CI.
set -euo pipefail

SELF="$(readlink -f "${BASH_SOURCE[0]}")"
REPO_ROOT="$(dirname "$(dirname "$SELF")")"

readonly SSHD=/usr/sbin/sshd
readonly TUNNEL_USER=kytheratunnel
readonly START_TIMEOUT=20

KYTHERA_HOME="${KYTHERA_HOME:-$REPO_ROOT/.kythera}"
STATE_DIR="${KYTHERA_SSHD_DIR:-$KYTHERA_HOME/test/sshd}"
PORT="${KYTHERA_SSHD_PORT:-2222}"
PASSWORD="${KYTHERA_SSHD_PASSWORD:-kythera-tunnel-test}"

HOST_KEY="$STATE_DIR/ssh_host_ed25519_key"
CLIENT_KEY="$STATE_DIR/client_ed25519"
CONFIG="$STATE_DIR/sshd_config"
PID_FILE="$STATE_DIR/sshd.pid"
PORT_FILE="$STATE_DIR/port"
LOG_FILE="$STATE_DIR/sshd.log"

info() { printf '==> %s\n' "$*" >&2; }
ok() { printf '  ok %s\n' "$*" >&2; }
die() {
  printf 'error %s\n' "$*" >&2
  exit 1
}

[[ "$PORT" =~ ^[0-9]+$ ]] || die "KYTHERA_SSHD_PORT must be a port number (got '$PORT')"

port_open() {
  # shellcheck disable=SC2016 # $0/$1 are expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' 127.0.0.1 "$1" 2>/dev/null
}

# running_pid -> the pid of our sshd (its command line names our config), else nothing
running_pid() {
  local pid
  [[ -f "$PID_FILE" ]] || return 1
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$CONFIG"; then
    echo "$pid"
    return 0
  fi
  rm -f "$PID_FILE"
  return 1
}

# ensure_sshd: Debian's openssh-server (never started as a system service by this install)
ensure_sshd() {
  [[ -x "$SSHD" ]] && return 0
  info "installing Debian's openssh-server for the SSH tunnel tests"
  # keep the package's postinst from starting a system sshd on port 22 (policy-rc.d: 101 = deny)
  local policy=/usr/sbin/policy-rc.d own_policy=0 installed=0
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    own_policy=1
  fi
  if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssh-server >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssh-server >/dev/null 2>&1; }; then
    installed=1
  fi
  ((own_policy)) && rm -f "$policy"
  ((installed)) && [[ -x "$SSHD" ]] || die "could not install openssh-server (apt-get install -y openssh-server)"
  ok "openssh-server installed"
}

ensure_keys() {
  mkdir -p "$STATE_DIR"
  chmod 755 "$STATE_DIR"
  if [[ ! -f "$HOST_KEY" ]]; then
    ssh-keygen -q -t ed25519 -N '' -C "kythera-test-sshd" -f "$HOST_KEY"
  fi
  if [[ ! -f "$CLIENT_KEY" ]]; then
    ssh-keygen -q -t ed25519 -N '' -C "kythera-test-client" -f "$CLIENT_KEY"
  fi
  chmod 600 "$HOST_KEY" "$CLIENT_KEY"
}

# ensure_user: system user with a known password and the client key (idempotent)
ensure_user() {
  local home
  if ! id "$TUNNEL_USER" >/dev/null 2>&1; then
    useradd --system --create-home --home-dir "/var/lib/$TUNNEL_USER" \
      --shell /usr/sbin/nologin --comment "KytheraDB SSH tunnel tests" "$TUNNEL_USER"
  fi
  printf '%s:%s\n' "$TUNNEL_USER" "$PASSWORD" | chpasswd
  home="$(getent passwd "$TUNNEL_USER" | cut -d: -f6)"
  mkdir -p "$home/.ssh"
  touch "$home/.ssh/authorized_keys"
  grep -qxF -- "$(cat "$CLIENT_KEY.pub")" "$home/.ssh/authorized_keys" ||
    cat "$CLIENT_KEY.pub" >>"$home/.ssh/authorized_keys"
  chown -R "$TUNNEL_USER:" "$home/.ssh"
  chmod 700 "$home/.ssh"
  chmod 600 "$home/.ssh/authorized_keys"
}

write_config() {
  cat >"$CONFIG" <<EOF
# Written by .kythera-tools/sshd.sh: loopback-only sshd for the SSH tunnel tests.
Port $PORT
ListenAddress 127.0.0.1
HostKey $HOST_KEY
PidFile $PID_FILE
UsePAM no
StrictModes no
PermitRootLogin no
AllowUsers $TUNNEL_USER
PubkeyAuthentication yes
PasswordAuthentication yes
PermitEmptyPasswords no
KbdInteractiveAuthentication no
AuthorizedKeysFile .ssh/authorized_keys
AllowTcpForwarding local
PermitOpen 127.0.0.1:* localhost:*
GatewayPorts no
AllowAgentForwarding no
AllowStreamLocalForwarding no
X11Forwarding no
PermitTTY no
PermitTunnel no
PrintMotd no
LoginGraceTime 30
MaxStartups 50:30:100
MaxAuthTries 6
LogLevel VERBOSE
EOF
}

cmd_start() {
  [[ "$(id -u)" == 0 ]] || die "sshd.sh start must run as root (it creates the user $TUNNEL_USER)"
  local pid deadline
  if pid="$(running_pid)"; then
    if [[ "$(cat "$PORT_FILE" 2>/dev/null)" == "$PORT" ]] && port_open "$PORT"; then
      ok "test sshd already running (pid $pid, 127.0.0.1:$PORT)"
      return 0
    fi
    cmd_stop
  fi
  ensure_sshd
  ensure_keys
  ensure_user
  write_config
  if port_open "$PORT"; then
    die "port 127.0.0.1:$PORT is taken by another process (set KYTHERA_SSHD_PORT)"
  fi
  mkdir -p /run/sshd
  chmod 755 /run/sshd
  "$SSHD" -t -f "$CONFIG" || die "invalid sshd config $CONFIG"
  # sshd detaches itself and writes the pid file; -E appends its log to a file instead of syslog
  "$SSHD" -f "$CONFIG" -E "$LOG_FILE" || die "sshd did not start (log: $LOG_FILE)"
  echo "$PORT" >"$PORT_FILE"
  deadline=$(($(date +%s) + START_TIMEOUT))
  until port_open "$PORT"; do
    if (($(date +%s) >= deadline)); then
      tail -n 20 "$LOG_FILE" >&2 || true
      die "sshd did not open 127.0.0.1:$PORT within ${START_TIMEOUT}s (log: $LOG_FILE)"
    fi
    sleep 0.2
  done
  pid="$(running_pid)" || die "sshd runs but wrote no pid file $PID_FILE"
  ok "test sshd started (pid $pid, 127.0.0.1:$PORT, user $TUNNEL_USER, state $STATE_DIR)"
}

cmd_stop() {
  local pid i
  if ! pid="$(running_pid)"; then
    ok "test sshd not running"
    return 0
  fi
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  rm -f "$PID_FILE"
  ok "test sshd stopped (pid $pid)"
}

# quote <value> -> the value in single quotes for a shell
quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

cmd_env() {
  [[ -f "$CLIENT_KEY" && -f "$HOST_KEY.pub" ]] || die "no keys in $STATE_DIR: run '$SELF start' first"
  local port host_key
  port="$(cat "$PORT_FILE" 2>/dev/null || echo "$PORT")"
  host_key="$(cut -d' ' -f1,2 <"$HOST_KEY.pub")"
  printf 'export KYTHERA_TEST_SSH_HOST=%s\n' "$(quote 127.0.0.1)"
  printf 'export KYTHERA_TEST_SSH_PORT=%s\n' "$(quote "$port")"
  printf 'export KYTHERA_TEST_SSH_USER=%s\n' "$(quote "$TUNNEL_USER")"
  printf 'export KYTHERA_TEST_SSH_PASSWORD=%s\n' "$(quote "$PASSWORD")"
  printf 'export KYTHERA_TEST_SSH_KEY=%s\n' "$(quote "$CLIENT_KEY")"
  printf 'export KYTHERA_TEST_SSH_HOST_KEY=%s\n' "$(quote "$host_key")"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  env) cmd_env ;;
  status) running_pid >/dev/null ;;
  *)
    echo "usage: $0 start|stop|env|status" >&2
    exit 2
    ;;
esac
