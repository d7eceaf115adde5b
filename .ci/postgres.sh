# Sourced by .ci/run: a throwaway PostgreSQL server for the tests, stopped when the run ends.
# Debian's postgresql package (installed here when missing); initdb in a temporary folder owned by the `postgres`
# user (the server refuses to run as root), loopback only on a free port, trust auth; exports SITROOM_TEST_PG_URL.
start_throwaway_postgres() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bindir" ] && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || true
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  if [ -z "$bindir" ]; then
    echo "postgresql not installed: PostgreSQL tests skipped"
    return 0
  fi
  local as=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    as=(runuser -u postgres --)
  fi
  PG_DIR=$(mktemp -d /tmp/sitroom-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  local port
  port=$(python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as[@]}" "$bindir/initdb" -D "$PG_DIR/data" -U sitroom --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off" start >/dev/null
  PG_CTL=("${as[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data")
  "${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U sitroom sitroom_test
  export SITROOM_TEST_PG_URL="postgresql+psycopg://sitroom@127.0.0.1:$port/sitroom_test"
  echo "throwaway PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at 127.0.0.1:$port"
}

stop_throwaway_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    "${PG_CTL[@]}" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
