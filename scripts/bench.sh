#!/bin/sh
# FactorDesk benchmarks (issue 4, "Speed"). Prints figures; never fails on timings.
#   scripts/bench.sh [BUILD_DIR] [LINES] [INVOICES]
# 1. Schedule import: a LINES-line (100,000) schedule CSV for a fresh book (client, 1,000
#    debtors with limits). Times the sqlite3 shell's .import of the same file into a table with
#    the invoices table's kind of indexes, then `factordesk-cli schedule import` (parse, map,
#    validate, check, price, store), and prints both and the ratio (target: at most 3x).
# 2. Invoices view: a book with INVOICES (1,000,000) open invoices, generated in one
#    transaction, then the Invoices view benchmark on it when it is built.
set -eu
BUILD=${1:-build}
LINES=${2:-100000}
INVOICES=${3:-1000000}
BIN=$BUILD/bin
TESTBIN=$BUILD/testbin # the command-line tool built with the test hooks (fast sign-in)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/factordesk-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export FACTORDESK_PASSWORD=benchpass1
export FACTORDESK_FAST_HASH=1 # sign-in costs nothing: the import is what is timed
export FACTORDESK_TODAY=2025-06-30

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l | awk '{printf "%.3f", $1}'; }

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
echo "ratio:                      $(echo "$CLI_S / $SHELL_S" | bc -l | awk '{printf "%.2f", $1}')x (target <= 3x)"

# Approving and funding the same schedule: one transaction that posts one receivable line per
# invoice (the journal's triggers do constant work per line, so this stays linear).
NUMBER=$(head -1 "$WORK/import.out")
T0=$(now)
"$TESTBIN/factordesk-cli" --db "$WORK/books.db" --user manager schedule approve "$NUMBER" > /dev/null
T1=$(now)
"$TESTBIN/factordesk-cli" --db "$WORK/books.db" --user manager schedule fund "$NUMBER" --date 2025-06-30 > /dev/null
T2=$(now)
echo "factordesk-cli approve:     $(elapsed "$T0" "$T1") s"
echo "factordesk-cli fund:        $(elapsed "$T1" "$T2") s ($(sqlite3 "$WORK/books.db" 'SELECT count(*) FROM journal_lines') journal lines posted in one entry)"

echo "== invoices view: $INVOICES invoices =="
T0=$(now)
"$BIN/factordesk-bench" --generate-invoices "$INVOICES" --db "$WORK/invoices.db"
T1=$(now)
echo "generated in                $(elapsed "$T0" "$T1") s, $(du -h "$WORK/invoices.db" | cut -f1)"
if [ -x "$BIN/factordesk-invoiceviewbench" ]; then
    QT_QPA_PLATFORM=offscreen "$BIN/factordesk-invoiceviewbench" --db "$WORK/invoices.db" --invoices "$INVOICES"
fi
