#!/bin/sh
# FactorDesk benchmarks (issues 4 and 8, "Speed"). Prints figures; never fails on timings.
#   scripts/bench.sh [BUILD_DIR] [LINES] [INVOICES]     (BENCH_RUNS=3: runs of approve and fund)
# 1. Schedule import: a LINES-line (100,000) schedule CSV for a fresh book (client, 1,000
#    debtors with limits). Times the sqlite3 shell's .import of the same file into a table with
#    the invoices table's kind of indexes, then `factordesk-cli schedule import` (parse, map,
#    validate, check, price, store), and prints both and the ratio (target: at most 3x).
# 2. Approve and fund that schedule, each against its floor: the sqlite3 shell doing the same
#    writes (targets: approve at most 3x, fund at most 2x).
# 3. Invoices view: a book with INVOICES (1,000,000) invoices over every status and aging
#    bucket, then the Invoices view benchmark on it (target: under 100 ms an operation), on
#    SQLite and on a throwaway PostgreSQL server (tests/pgfixture.sh).
set -eu
BUILD=${1:-build}
LINES=${2:-100000}
INVOICES=${3:-1000000}
BIN=$BUILD/bin
TESTBIN=$BUILD/testbin # the command-line tool built with the test hooks (fast sign-in)
RUNS=${BENCH_RUNS:-3}  # runs of each approve, fund and floor (the median is printed)
SRC=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/factordesk-bench.XXXXXX")
trap '"$SRC/tests/pgfixture.sh" stop "$WORK/pg" > /dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
export FACTORDESK_PASSWORD=benchpass1
export FACTORDESK_FAST_HASH=1 # sign-in costs nothing: the import is what is timed
export FACTORDESK_TODAY=2025-06-30

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l | awk '{printf "%.3f", $1}'; }

# A copy of SQLite books with their write-ahead log folded in.
snapshot() {
    sqlite3 "$1" 'PRAGMA wal_checkpoint(TRUNCATE);' > /dev/null
    rm -f "$2" "$2-wal" "$2-shm"
    cp "$1" "$2"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# time_runs BEFORE COMMAND...: runs COMMAND RUNS times, each on a fresh copy of BEFORE at
# $WORK/run.db (which COMMAND names), keeps the first run's result as $WORK/after.db and
# prints the median wall seconds and the median CPU seconds (user + system, GNU time).
time_runs() {
    before=$1
    shift
    : > "$WORK/times"
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        snapshot "$before" "$WORK/run.db"
        /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$@" > /dev/null
        awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$WORK/time" >> "$WORK/times"
        [ "$i" -gt 0 ] || snapshot "$WORK/run.db" "$WORK/after.db"
        i=$((i + 1))
    done
    echo "$(cut -d' ' -f1 "$WORK/times" | median) $(cut -d' ' -f2 "$WORK/times" | median)"
}
# verdict NAME PROGRAM_S FLOOR_S TARGET [PROGRAM_CPU FLOOR_CPU]: judged on wall time.
verdict() {
    ratio=$(echo "$2 / $3" | bc -l | awk '{printf "%.2f", $1}')
    pass=$(echo "$ratio <= $4" | bc -l)
    printf '%-8s program %7.3f s  floor %7.3f s  ratio %5.2fx  target <= %sx  %s' \
        "$1" "$2" "$3" "$ratio" "$4" "$([ "$pass" = 1 ] && echo PASS || echo FAIL)"
    if [ $# -ge 6 ]; then
        printf '   (CPU %.3f s / %.3f s = %.2fx)' "$5" "$6" "$(echo "$5 / $6" | bc -l)"
    fi
    echo
}
echo "== schedule import: $LINES lines =="
"$BIN/factordesk-bench" --setup-import "$LINES" --db "$WORK/books.db" --csv "$WORK/schedule.csv"

# The baseline: the sqlite3 shell puts the same file into the same invoices table (its DDL and
# every index copied from the books) with the same journal settings: .import into a staging
# table, then one INSERT ... SELECT.
sqlite3 "$WORK/books.db" ".schema invoices" > "$WORK/invoices.sql"
sqlite3 "$WORK/shell.db" "PRAGMA journal_mode = WAL;" > /dev/null
sqlite3 "$WORK/shell.db" < "$WORK/invoices.sql"
T0=$(now)
sqlite3 "$WORK/shell.db" <<SQL
PRAGMA synchronous = FULL;
.import --csv $WORK/schedule.csv staging
INSERT INTO invoices (schedule_id, line_no, client_id, debtor_id, invoice_no, invoice_date, due_date,
                      currency, amount, po, checks)
SELECT 1, rowid, 1, CAST(substr(debtor, 2) AS INTEGER), invoice_no, invoice_date, due_date, 'EUR',
       CAST(replace(amount, '.', '') AS INTEGER), po, '[]' FROM staging;
SQL
T1=$(now)
SHELL_S=$(elapsed "$T0" "$T1")
echo "sqlite3 .import + insert:   ${SHELL_S} s ($(sqlite3 "$WORK/shell.db" 'SELECT count(*) FROM invoices') rows into invoices, $(grep -c 'CREATE.*INDEX' "$WORK/invoices.sql") indexes)"

T0=$(now)
"$TESTBIN/factordesk-cli" --db "$WORK/books.db" --user clerk schedule import BENCH "$WORK/schedule.csv" \
    --date 2025-06-30 --format csv > "$WORK/import.out"
T1=$(now)
CLI_S=$(elapsed "$T0" "$T1")
echo "factordesk-cli import:      ${CLI_S} s (schedule $(head -1 "$WORK/import.out"): read, mapped, validated, checked, priced, stored)"
verdict import "$CLI_S" "$SHELL_S" 3

# Approving and funding the same schedule, each in one transaction, against its floor: the
# sqlite3 shell doing the same writes (factordesk-bench --floor-sql writes them as SQL from the
# books before and after the program's run) on a copy of the same books (same tables, indexes
# and triggers, the program's connection settings). Each is timed RUNS times on a fresh copy;
# the median is printed.
NUMBER=$(head -1 "$WORK/import.out")
echo "== approve and fund: $LINES invoices, median of $RUNS runs each =="
snapshot "$WORK/books.db" "$WORK/imported.db"
set -- $(time_runs "$WORK/imported.db" "$TESTBIN/factordesk-cli" --db "$WORK/run.db" --user manager schedule approve "$NUMBER")
APPROVE_S=$1 APPROVE_CPU=$2
mv "$WORK/after.db" "$WORK/approved.db"
# Approving writes every line's amounts and check results (changed or not) and the totals.
"$BIN/factordesk-bench" --floor-sql "$WORK/approve.sql" --before "$WORK/imported.db" \
    --db "$WORK/approved.db" --rewrite "invoices|a.schedule_id = (SELECT id FROM schedules WHERE \
number = '$NUMBER')|eligible_amount,advance,commission,reserve,checks,check_codes,order_approval_id"
set -- $(time_runs "$WORK/imported.db" sqlite3 -bail "$WORK/run.db" ".read $WORK/approve.sql")
APPROVE_FLOOR_S=$1 APPROVE_FLOOR_CPU=$2
set -- $(time_runs "$WORK/approved.db" "$TESTBIN/factordesk-cli" --db "$WORK/run.db" --user manager schedule fund "$NUMBER" --date 2025-06-30)
FUND_S=$1 FUND_CPU=$2
mv "$WORK/after.db" "$WORK/funded.db"
"$BIN/factordesk-bench" --floor-sql "$WORK/fund.sql" --before "$WORK/approved.db" --db "$WORK/funded.db"
set -- $(time_runs "$WORK/approved.db" sqlite3 -bail "$WORK/run.db" ".read $WORK/fund.sql")
FUND_FLOOR_S=$1 FUND_FLOOR_CPU=$2
echo "funded: $(sqlite3 "$WORK/funded.db" 'SELECT count(*) FROM journal_lines') journal lines posted in one entry"
verdict approve "$APPROVE_S" "$APPROVE_FLOOR_S" 3 "$APPROVE_CPU" "$APPROVE_FLOOR_CPU"
verdict fund "$FUND_S" "$FUND_FLOOR_S" 2 "$FUND_CPU" "$FUND_FLOOR_CPU"

view_bench() {
    if [ -x "$BIN/factordesk-invoiceviewbench" ]; then
        QT_QPA_PLATFORM=offscreen "$BIN/factordesk-invoiceviewbench" --db "$1" --invoices "$INVOICES"
    fi
}
echo "== invoices view: $INVOICES invoices, SQLite =="
T0=$(now)
"$BIN/factordesk-bench" --generate-invoices "$INVOICES" --db "$WORK/invoices.db"
T1=$(now)
echo "generated in                $(elapsed "$T0" "$T1") s, $(du -h "$WORK/invoices.db" | cut -f1)"
view_bench "$WORK/invoices.db"
rm -f "$WORK"/*.db "$WORK"/*.db-wal "$WORK"/*.sql

# The same book on a PostgreSQL server of its own (the test suite's throwaway cluster): where
# a factoring house keeps a million invoices.
echo "== invoices view: $INVOICES invoices, PostgreSQL =="
if "$SRC/tests/pgfixture.sh" start "$WORK/pg" > /dev/null; then
    URL=$(cat "$WORK/pg/url")
    T0=$(now)
    "$BIN/factordesk-bench" --generate-invoices "$INVOICES" --db "$URL"
    T1=$(now)
    echo "generated in                $(elapsed "$T0" "$T1") s"
    view_bench "$URL"
else
    echo "skipped: no PostgreSQL server binaries (scripts/install-deps.sh installs them)"
fi
