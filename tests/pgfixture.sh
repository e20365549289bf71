#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL server the test suite uses: a temporary cluster on
# a local socket only (no TCP), owned by an unprivileged user when run as root, removed when
# the run ends. `start DIR` writes the server's URL to DIR/url.
set -euo pipefail
action=$1
dir=$2
bindir=${FACTORDESK_PG_BINDIR:-}
if [ -z "$bindir" ]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -x "$bindir/initdb" ] || { echo "pgfixture: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The cluster lives under /tmp (the build tree may sit where the server's user cannot reach);
# $dir only keeps its URL and location.
stop_cluster() {
    if [ -f "$dir/cluster" ]; then
        cluster=$(cat "$dir/cluster")
        if [ -f "$cluster/data/postmaster.pid" ]; then
            as_owner "$bindir/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        case "$cluster" in /tmp/factordesk-pg.*) rm -rf "$cluster" ;; esac
    fi
    rm -rf "$dir"
}

case "$action" in
start)
    stop_cluster
    mkdir -p "$dir"
    cluster=$(mktemp -d /tmp/factordesk-pg.XXXXXX)
    echo "$cluster" >"$dir/cluster"
    mkdir -p "$cluster/data" "$cluster/sock"
    chmod 755 "$cluster"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        chown -R postgres "$cluster"
    fi
    dir_log=$dir
    dir=$cluster
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
        || as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    port=$(( 55000 + RANDOM % 5000 ))
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir/sock -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    sockenc=$(printf '%s' "$dir/sock" | sed 's|/|%2F|g')
    echo "postgresql://postgres@${sockenc}:${port}/postgres" >"$dir_log/url"
    echo "pgfixture: PostgreSQL running at $(cat "$dir_log/url")"
    ;;
stop)
    stop_cluster
    echo "pgfixture: stopped and removed"
    ;;
*)
    echo "usage: pgfixture.sh start|stop DIR" >&2
    exit 2
    ;;
esac
