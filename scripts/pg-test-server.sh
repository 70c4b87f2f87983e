#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests.
#   scripts/pg-test-server.sh start DIR   initdb + pg_ctl start in a new temporary folder, listening
#                                         on 127.0.0.1 only, on a free port; writes DIR/url (the
#                                         connection URL) and DIR/password (mode 600, random)
#   scripts/pg-test-server.sh stop DIR    stops the server and deletes its folder
# When PostgreSQL is not installed (no initdb) start writes DIR/unavailable with the reason and
# exits 0, so the PostgreSQL half of the suite is skipped; any other failure exits 1.
# As root the server runs as the 'postgres' user (initdb refuses root).
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
if [[ -z "$cmd" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
mkdir -p "$dir"

find_bin() {
    local b
    b="$(command -v initdb 2>/dev/null || true)"
    if [[ -n "$b" ]]; then dirname "$(readlink -f "$b")"; return; fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_server() {
    [[ -f "$dir/cluster" ]] || return 0
    local cluster bin
    cluster="$(cat "$dir/cluster")"
    bin="$(find_bin)"
    if [[ -d "$cluster/data" && -n "$bin" ]]; then
        as_server_user "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [[ "$cluster" == /tmp/eligicheck-pg.* ]] && rm -rf "$cluster"
    rm -f "$dir/cluster" "$dir/url" "$dir/password"
}

unavailable() {
    echo "$1" > "$dir/unavailable"
    echo "PostgreSQL test server unavailable: $1 (the PostgreSQL half of tst_storage will be skipped)"
    exit 0
}

case "$cmd" in
stop)
    stop_server
    echo "PostgreSQL test server stopped"
    ;;
start)
    stop_server # a server left over from an interrupted run
    rm -f "$dir/unavailable"
    bin="$(find_bin)"
    [[ -n "$bin" && -x "$bin/initdb" && -x "$bin/pg_ctl" ]] || unavailable "initdb/pg_ctl not found (install postgresql)"
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        unavailable "running as root and there is no 'postgres' user to run the server"
    fi
    cluster="$(mktemp -d /tmp/eligicheck-pg.XXXXXX)"
    echo "$cluster" > "$dir/cluster"
    chmod 700 "$cluster"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$cluster"
    password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
    (umask 077; echo "$password" > "$cluster/pwfile")
    [[ $(id -u) -eq 0 ]] && chown postgres: "$cluster/pwfile"
    if ! as_server_user "$bin/initdb" -D "$cluster/data" -U eligicheck --pwfile="$cluster/pwfile" \
            --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1; then
        cat "$cluster/initdb.log" >&2
        echo "initdb failed" >&2
        exit 1
    fi
    rm -f "$cluster/pwfile"
    started=""
    for port in $(seq 54320 54420); do
        # skip ports something is listening on already
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
        if as_server_user "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 30 \
                -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off" start >/dev/null 2>&1; then
            started="$port"
            break
        fi
    done
    if [[ -z "$started" ]]; then
        cat "$cluster/server.log" >&2 || true
        echo "could not start PostgreSQL on any port 54320-54420" >&2
        exit 1
    fi
    as_server_user "$bin/psql" -h "$cluster" -p "$started" -U eligicheck -d postgres -q \
        -c "CREATE DATABASE eligicheck_test" >/dev/null
    (umask 077; echo "$password" > "$dir/password")
    echo "postgresql://eligicheck@127.0.0.1:$started/eligicheck_test" > "$dir/url"
    echo "PostgreSQL test server on 127.0.0.1:$started (data in $cluster)"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
