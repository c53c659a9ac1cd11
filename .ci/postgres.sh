#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the database tests (Debian's postgresql package).
#
#   eval "$(bash .ci/postgres.sh start)"   # prints the exports: SEGMENT_POSTGRES, SEGMENT_PG_DIR, ...
#   bash .ci/postgres.sh stop "$SEGMENT_PG_DIR"
#   eval "$(bash .ci/postgres.sh start-shards)"   # two more clusters: SEGMENT_POSTGRES_SHARDS, SEGMENT_PG_SHARD_DIRS
#   bash .ci/postgres.sh stop $SEGMENT_PG_SHARD_DIRS
#
# start: initdb into a fresh temp directory (UTF-8, C.UTF-8 locale: upper() folds Unicode letters
# code point by code point as .NET's invariant upper-casing does), trust authentication on
# 127.0.0.1 only, a free local port, fsync off (the data is thrown away). PostgreSQL refuses to run
# as root, so as root the cluster is owned and run by the 'postgres' system user.
# start-shards: two more such clusters, the shards of the sharded tests (the first cluster is their
# coordinator: it holds hash-partitioned tables whose partitions are postgres_fdw foreign tables on
# the shards). SEGMENT_POSTGRES_SHARDS holds their connection strings separated by '|'.
# stop: stops the servers and removes their directories.
set -euo pipefail

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/pg_ctl" ]; then echo "$dir"; fi
  done | sort -V | tail -n 1
}

# The sharded tests need postgres_fdw (in Debian's server package; postgresql-contrib on older ones).
ensure_installed() {
  if [ -z "$(pg_bin)" ] || ! ls /usr/share/postgresql/*/extension/postgres_fdw.control >/dev/null 2>&1; then
    echo "== installing postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  fi
}

free_port() {
  python3 - <<'EOF' 2>/dev/null || shuf -i 20000-60000 -n 1
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

# as_owner CMD...: runs CMD as the cluster's owner (postgres when we are root).
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# start_cluster: starts one cluster; prints its directory and port.
start_cluster() {
  local bin dir port
  bin="$(pg_bin)"
  dir="$(mktemp -d /tmp/segment-pg.XXXXXX)"
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  port="$(free_port)"
  as_owner "$bin/initdb" -D "$dir/data" -U segment --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$dir $port"
}

connection() { echo "Host=127.0.0.1;Port=$1;Username=segment;Database=postgres"; }

start() {
  ensure_installed
  local cluster dir port
  cluster="$(start_cluster)"
  read -r dir port <<<"$cluster"
  echo "export SEGMENT_PG_DIR='$dir'"
  echo "export SEGMENT_PG_PORT='$port'"
  echo "export SEGMENT_POSTGRES='$(connection "$port")'"
}

start_shards() {
  ensure_installed
  local cluster dir port dirs=() connections=()
  for _ in 1 2; do
    cluster="$(start_cluster)"
    read -r dir port <<<"$cluster"
    dirs+=("$dir")
    connections+=("$(connection "$port")")
  done
  echo "export SEGMENT_PG_SHARD_DIRS='${dirs[*]}'"
  echo "export SEGMENT_POSTGRES_SHARDS='$(IFS='|'; echo "${connections[*]}")'"
}

stop() {
  [ "$#" -gt 0 ] || { echo "usage: postgres.sh stop DIR..." >&2; exit 2; }
  local bin dir
  bin="$(pg_bin)"
  for dir in "$@"; do
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
  done
}

case "${1:-}" in
  start) start ;;
  start-shards) start_shards ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | start-shards | stop DIR..." >&2; exit 2 ;;
esac
