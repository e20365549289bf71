#!/bin/sh
# FactorDesk benchmarks (issues 4 and 8, "Speed"). Prints figures; never fails on timings.
#   scripts/bench.sh [BUILD_DIR] [LINES] [INVOICES]     (BENCH_RUNS=3: runs of approve and fund)
# 1. Schedule import: a LINES-line (100,000) schedule CSV for a fresh book (client, 1,000
#    debtors with limits). Times the sqlite3 shell's .import of the same file into a table with
#    the invoices table's kind of indexes, then `factordesk-cli schedule import` (parse, map,
#    validate, check, price, store), and prints both and the ratio (target: at most 3x).
# 2. Approve and fund that schedule, each against its floor: the sqlite3 shell doing the same
#    writes (targets: approve at most 3x, fund at most 2x).
# 3. Receipts: a camt.053 of LINES entries paying those invoices, `receipt import` against its
#    floor (the sqlite3 shell doing the same writes; target: at most 3x).
# 4. Matching: the time per receipt against 10,000 and INVOICES open invoices (target: the
#    ratio at most twice the ratio of their logarithms).
# 5. Invoices view: a book with INVOICES (1,000,000) invoices over every status and aging
#    bucket, then the Invoices view benchmark on it (target: under 100 ms an operation), on
#    SQLite and on a throwaway PostgreSQL server (tests/pgfixture.sh).
# 6. End of day (issue 11), on SQLite: see eod_bench below.
# 7. Statements (issue 12): a client with STATEMENT_MOVEMENTS (10,000) movements in a month to
#    PDF (targets: under 3 s and 200 MB peak memory), and `statement batch` of
#    STATEMENT_CLIENTS (100) clients; prints both times and the peak memory.
#    BENCH_ONLY=statement runs this section alone.
# BENCH_ONLY=collections runs sections 1 to 4 alone (the matching book is generated, the view
# is not timed on it).
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
# 6. End of day (issue 11): a book of EOD_INVOICES (INVOICES) open invoices of 1,000 clients,
#    each bought by a purchase entry, without recourse and past their recourse date in part
#    (penalties accrue), interest and a minimum fee on every agreement. Times one day's run
#    (accrual of interest and penalties) against its floor, one SQL pass of the sqlite3 shell
#    summing funds employed by client (target: at most 2x), and a month's last day (accrual
#    plus the posting of interest, penalties and minimum fees) against the same floor (target:
#    at most 3x); then a year of runs (365 days) over EOD_YEAR_INVOICES (100,000) invoices,
#    its time printed. BENCH_ONLY=eod runs this section alone.
eod_book() { # eod_book DB INVOICES BUSINESS_DATE: the generated book, its business date set
    "$BIN/factordesk-bench" --generate-invoices 1 --db "$1" > /dev/null
    sqlite3 -bail "$1" <<SQL
PRAGMA synchronous = OFF;
BEGIN;
INSERT INTO clients (code, name, created_at, updated_at)
WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 1000)
SELECT printf('E%04d', n), printf('End-of-day client %04d', n), 'now', 'now' FROM s;
INSERT INTO agreements (client_id, effective_from, advance_ppm, commission_ppm,
    interest_margin_ppm, day_count, min_fee, recourse, recourse_days, penalty_ppm, created_by,
    created_at)
SELECT id, '2024-01-01', 800000, 0, 30000, 360, 50000, 0, 30, 50000,
       (SELECT min(id) FROM users), 'now' FROM clients WHERE code LIKE 'E%';
INSERT INTO schedules (number, client_id, schedule_date, status, currency, created_by, created_at,
    funded_by, funded_at, funding_date)
SELECT 'E-' || id, id, '2024-12-01', 'funded', 'EUR', (SELECT min(id) FROM users), 'now',
       (SELECT min(id) FROM users), 'now', '2024-12-01'
FROM clients WHERE code LIKE 'E%';
CREATE TEMP TABLE base AS SELECT (SELECT min(id) FROM clients WHERE code LIKE 'E%') AS c0,
    (SELECT min(id) FROM schedules WHERE number LIKE 'E-%') AS s0,
    (SELECT min(id) FROM debtors) AS d0, (SELECT count(*) FROM debtors) AS dn;
INSERT INTO invoices (schedule_id, line_no, client_id, debtor_id, invoice_no, invoice_date,
    due_date, currency, amount, status, eligible_amount, advance, commission, reserve,
    open_balance, purchased_at)
WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n + 1 < $2)
SELECT s0 + n % 1000, n / 1000 + 1, c0 + n % 1000, d0 + n % dn, printf('EI-%08d', n),
       date('$3', '-' || (n % 120) || ' days'), date('$3', '-' || (n % 120) || ' days', '+30 days'),
       'EUR', 100000 + n % 90000, 'open', 100000 + n % 90000, (100000 + n % 90000) * 8 / 10, 0,
       100000 + n % 90000 - (100000 + n % 90000) * 8 / 10, 100000 + n % 90000, 'now'
FROM s, base;
CREATE TEMP TABLE first AS SELECT (SELECT min(id) FROM invoices WHERE invoice_no LIKE 'EI-%') AS i0,
    COALESCE((SELECT max(id) FROM journal_entries), 0) + 1 AS e0;
INSERT INTO journal_entries (id, entry_date, currency, kind, memo, line_count, total, client_id,
    posted_by, posted_at)
SELECT e0 + (i.id - i0), i.invoice_date, 'EUR', 'purchase', '', 3, i.amount, i.client_id,
       (SELECT min(id) FROM users), 'now'
FROM invoices i, first WHERE i.invoice_no LIKE 'EI-%' ORDER BY i.id;
INSERT INTO journal_lines (entry_id, line_no, entry_date, account_id, debit, credit, client_id,
    invoice_id)
SELECT e0 + (i.id - i0), k.k, i.invoice_date,
       (SELECT id FROM accounts WHERE code = CASE k.k WHEN 1 THEN '1100' WHEN 2 THEN '1000'
                                                   ELSE '2100' END),
       CASE k.k WHEN 1 THEN i.amount ELSE 0 END,
       CASE k.k WHEN 1 THEN 0 WHEN 2 THEN i.advance ELSE i.amount - i.advance END,
       CASE k.k WHEN 2 THEN NULL ELSE i.client_id END, CASE k.k WHEN 1 THEN i.id END
FROM invoices i, first, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3) k
WHERE i.invoice_no LIKE 'EI-%' ORDER BY i.id, k.k;
INSERT INTO settings (key, value) VALUES ('business_date', '$3')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
COMMIT;
ANALYZE;
SQL
}
eod_bench() {
    EOD_N=${EOD_INVOICES:-$INVOICES}
    EOD_YEAR_N=${EOD_YEAR_INVOICES:-100000}
    echo "== end of day: $EOD_N open invoices of 1,000 clients, median of $RUNS runs each =="
    T0=$(now)
    # A day of running books, not the books' first: the day before is run first (untimed), so
    # the penalties of the invoices past their recourse date are already accruing.
    eod_book "$WORK/eod-day.db" "$EOD_N" 2025-06-15
    env -u FACTORDESK_TODAY "$TESTBIN/factordesk-cli" --db "$WORK/eod-day.db" --user manager eod run --to 2025-06-15 > /dev/null
    eod_book "$WORK/eod-month.db" "$EOD_N" 2025-06-29
    env -u FACTORDESK_TODAY "$TESTBIN/factordesk-cli" --db "$WORK/eod-month.db" --user manager eod run --to 2025-06-29 > /dev/null
    T1=$(now)
    echo "generated in                $(elapsed "$T0" "$T1") s (two books, each run to the day before the one timed)"
    FLOOR_SQL="SELECT l.client_id, sum(l.debit - l.credit) FROM journal_lines l JOIN accounts a ON a.id = l.account_id WHERE a.code IN ('1100', '2100') AND l.client_id IS NOT NULL AND l.entry_date <= '2025-06-16' GROUP BY l.client_id;"
    set -- $(time_runs "$WORK/eod-day.db" sqlite3 "$WORK/run.db" "$FLOOR_SQL")
    EOD_FLOOR_S=$1 EOD_FLOOR_CPU=$2
    # The business date comes from the books; without FACTORDESK_TODAY the calendar is real.
    set -- $(time_runs "$WORK/eod-day.db" env -u FACTORDESK_TODAY "$TESTBIN/factordesk-cli" --db "$WORK/run.db" --user manager eod run --to 2025-06-16)
    EOD_DAY_S=$1 EOD_DAY_CPU=$2
    echo "one day:   $(sqlite3 "$WORK/after.db" 'SELECT summary FROM eod_runs ORDER BY day DESC LIMIT 1')"
    # The program's fixed cost (start, open, sign-in): the same run again, with nothing left to do.
    snapshot "$WORK/after.db" "$WORK/done.db"
    set -- $(time_runs "$WORK/done.db" env -u FACTORDESK_TODAY "$TESTBIN/factordesk-cli" --db "$WORK/run.db" --user manager eod run --to 2025-06-16)
    EOD_START_S=$1
    echo "start:     $EOD_START_S s (the same run again: nothing to do; included in the program's times)"
    set -- $(time_runs "$WORK/eod-month.db" env -u FACTORDESK_TODAY "$TESTBIN/factordesk-cli" --db "$WORK/run.db" --user manager eod run --to 2025-06-30)
    EOD_MONTH_S=$1 EOD_MONTH_CPU=$2
    echo "month-end: $(sqlite3 "$WORK/after.db" 'SELECT summary FROM eod_runs ORDER BY day DESC LIMIT 1')"
    verdict eod-day "$EOD_DAY_S" "$EOD_FLOOR_S" 2 "$EOD_DAY_CPU" "$EOD_FLOOR_CPU"
    verdict eod-month "$EOD_MONTH_S" "$EOD_FLOOR_S" 3 "$EOD_MONTH_CPU" "$EOD_FLOOR_CPU"
    # For reading only (the verdicts above include the start): the runs less the fixed cost.
    printf 'less the start: one day %.2fx, month-end %.2fx the floor\n' \
        "$(echo "($EOD_DAY_S - $EOD_START_S) / $EOD_FLOOR_S" | bc -l)" \
        "$(echo "($EOD_MONTH_S - $EOD_START_S) / $EOD_FLOOR_S" | bc -l)"
    echo "== end of day: a year (365 days) over $EOD_YEAR_N invoices =="
    eod_book "$WORK/eod-year.db" "$EOD_YEAR_N" 2025-01-01
    T0=$(now)
    env -u FACTORDESK_TODAY "$TESTBIN/factordesk-cli" --db "$WORK/eod-year.db" --user manager eod run --to 2025-12-31 > "$WORK/year.out"
    T1=$(now)
    echo "365 days run in             $(elapsed "$T0" "$T1") s ($(wc -l < "$WORK/year.out") day lines, $(sqlite3 "$WORK/eod-year.db" "SELECT count(*) FROM journal_entries WHERE kind IN ('interest', 'penalty', 'minimum_fee')") month-end entries)"
    rm -f "$WORK"/eod-*.db "$WORK"/run.db "$WORK"/after.db "$WORK"/done.db
}
if [ "${BENCH_ONLY:-}" = eod ]; then
    eod_bench
    exit 0
fi
# The statement section (7): books made with the sqlite3 shell (journal entries and lines
# written directly; the statement only reads them), then factordesk-cli statement timed.
statement_bench() {
    MOVES=${STATEMENT_MOVEMENTS:-10000}
    CLIENTS=${STATEMENT_CLIENTS:-100}
    echo "== statement: $MOVES movements to PDF; batch of $CLIENTS clients =="
    DB=$WORK/statement.db
    "$TESTBIN/factordesk-cli" --db "$DB" init --admin admin > /dev/null
    # Client 1 (BIG) has a quarter of its movements as purchases of one invoice each and the
    # rest as collections on them, all in 2025-05; every other client 20 purchases and 20
    # collections. Opening balances come from a purchase in April.
    sqlite3 -bail "$DB" > /dev/null <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < max($MOVES, 40))
INSERT INTO n SELECT i FROM c;
INSERT INTO clients (code, name, address, created_at, updated_at)
SELECT CASE WHEN i = 1 THEN 'BIG' ELSE printf('C%03d', i) END, printf('Bench Client %d Ltd', i),
       printf('%d Harbour Road' || char(10) || 'Hamburg', i), 'now', 'now'
FROM n WHERE i <= $CLIENTS;
INSERT INTO debtors (code, name, created_at, updated_at) VALUES ('D1', 'Bench Debtor GmbH', 'now', 'now');
CREATE TEMP TABLE plan (client_id INTEGER, k INTEGER, day TEXT, number TEXT);
INSERT INTO plan SELECT c.id, n.i, printf('2025-05-%02d', 1 + n.i % 31), printf('%d-%d', c.id, n.i)
  FROM clients c JOIN n ON n.i <= CASE WHEN c.code = 'BIG' THEN max($MOVES / 4, 1) ELSE 20 END;
-- One schedule per purchase (a schedule has one purchase entry).
INSERT INTO schedules (number, client_id, schedule_date, status, currency, created_by, created_at)
SELECT 'S-' || number, client_id, '2025-04-30', 'approved', 'EUR', 1, 'now' FROM plan;
INSERT INTO invoices (schedule_id, line_no, client_id, debtor_id, invoice_no, invoice_date,
    due_date, currency, amount, status, eligible_amount, advance, reserve, open_balance)
SELECT s.id, 1, p.client_id, 1, 'INV-' || p.number, '2025-04-20', '2025-06-15',
       'EUR', 100000 + p.k, 'open', 100000 + p.k, 60000, 40000 + p.k, 100000 + p.k
FROM plan p JOIN schedules s ON s.number = 'S-' || p.number;
CREATE TEMP TABLE acct AS SELECT (SELECT id FROM accounts WHERE code = '1100') AS ar,
  (SELECT id FROM accounts WHERE code = '2100') AS res, (SELECT id FROM accounts WHERE code = '2300') AS due,
  (SELECT id FROM accounts WHERE code = '1000') AS bank;
-- Purchases: Dr 1100 face / Cr 2300 60 % / Cr 2100 the rest.
INSERT INTO journal_entries (id, entry_date, currency, kind, memo, line_count, total, schedule_id, client_id, posted_by, posted_at)
SELECT i.id * 2, p.day, 'EUR', 'purchase', '', 3, i.amount, i.schedule_id, i.client_id, 1, 'now'
FROM invoices i JOIN plan p ON i.invoice_no = 'INV-' || p.number;
INSERT INTO journal_lines (entry_id, line_no, entry_date, account_id, debit, credit, client_id, invoice_id)
SELECT e.id, 1, e.entry_date, (SELECT ar FROM acct), e.total, 0, e.client_id, e.id / 2 FROM journal_entries e WHERE e.kind = 'purchase';
INSERT INTO journal_lines (entry_id, line_no, entry_date, account_id, debit, credit, client_id)
SELECT e.id, 2, e.entry_date, (SELECT due FROM acct), 0, 60000, e.client_id FROM journal_entries e WHERE e.kind = 'purchase';
INSERT INTO journal_lines (entry_id, line_no, entry_date, account_id, debit, credit, client_id)
SELECT e.id, 3, e.entry_date, (SELECT res FROM acct), 0, e.total - 60000, e.client_id FROM journal_entries e WHERE e.kind = 'purchase';
-- Collections: three partial receipts per invoice for BIG, one for the others.
CREATE TEMP TABLE rc (n INTEGER PRIMARY KEY AUTOINCREMENT, invoice_id INTEGER, client_id INTEGER, day TEXT, amount INTEGER);
INSERT INTO rc (invoice_id, client_id, day, amount)
SELECT i.id, i.client_id, p.day, 10000 + r.i FROM invoices i JOIN plan p ON i.invoice_no = 'INV-' || p.number
JOIN n r ON r.i <= CASE WHEN p.client_id = (SELECT id FROM clients WHERE code = 'BIG') THEN 3 ELSE 1 END;
INSERT INTO journal_entries (id, entry_date, currency, kind, memo, line_count, total, client_id, posted_by, posted_at)
SELECT 1000000000 + n, day, 'EUR', 'receipt', '', 2, amount, client_id, 1, 'now' FROM rc;
INSERT INTO journal_lines (entry_id, line_no, entry_date, account_id, debit, credit)
SELECT 1000000000 + n, 1, day, (SELECT bank FROM acct), amount, 0 FROM rc;
INSERT INTO journal_lines (entry_id, line_no, entry_date, account_id, debit, credit, client_id, invoice_id)
SELECT 1000000000 + n, 2, day, (SELECT ar FROM acct), 0, amount, client_id, invoice_id FROM rc;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
    echo "movements of BIG in 2025-05: $(sqlite3 "$DB" "SELECT count(DISTINCT entry_id) FROM journal_lines l JOIN clients c ON c.id = l.client_id WHERE c.code = 'BIG' AND entry_date BETWEEN '2025-05-01' AND '2025-05-31'")"
    /usr/bin/time -v -o "$WORK/statement.time" "$TESTBIN/factordesk-cli" --db "$DB" --user admin \
        statement BIG --from 2025-05-01 --to 2025-05-31 --pdf "$WORK/big.pdf" > /dev/null
    ONE_S=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + t[j]; printf "%.3f", s }' "$WORK/statement.time")
    ONE_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$WORK/statement.time")
    PAGES=$(pdfinfo "$WORK/big.pdf" 2> /dev/null | awk '/^Pages:/ { print $2 }')
    printf 'one statement  %7.3f s  peak %6.1f MB  %s pages  target < 3 s and < 200 MB  %s\n' \
        "$ONE_S" "$ONE_MB" "${PAGES:-?}" \
        "$([ "$(echo "$ONE_S < 3 && $ONE_MB < 200" | bc -l)" = 1 ] && echo PASS || echo FAIL)"
    /usr/bin/time -v -o "$WORK/batch.time" "$TESTBIN/factordesk-cli" --db "$DB" --user admin \
        statement batch --from 2025-05-01 --to 2025-05-31 --output "$WORK/batch" > /dev/null 2>&1
    BATCH_S=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + t[j]; printf "%.3f", s }' "$WORK/batch.time")
    BATCH_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$WORK/batch.time")
    printf 'batch          %7.3f s  peak %6.1f MB  %s PDF files (%s clients)\n' \
        "$BATCH_S" "$BATCH_MB" "$(ls "$WORK/batch" | wc -l)" "$CLIENTS"
    rm -rf "$DB" "$DB-wal" "$DB-shm" "$WORK/batch" "$WORK/big.pdf"
}
if [ "${BENCH_ONLY:-}" = statement ]; then
    statement_bench
    exit 0
fi

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
set -- $(time_runs "$WORK/approved.db" "$TESTBIN/factordesk-cli" --db "$WORK/run.db" --user manager schedule fund "$NUMBER" --date 2025-06-30 \
    --override-reason "Benchmark: verified in bulk")
FUND_S=$1 FUND_CPU=$2
mv "$WORK/after.db" "$WORK/funded.db"
"$BIN/factordesk-bench" --floor-sql "$WORK/fund.sql" --before "$WORK/approved.db" --db "$WORK/funded.db"
set -- $(time_runs "$WORK/approved.db" sqlite3 -bail "$WORK/run.db" ".read $WORK/fund.sql")
FUND_FLOOR_S=$1 FUND_FLOOR_CPU=$2
echo "funded: $(sqlite3 "$WORK/funded.db" 'SELECT count(*) FROM journal_lines') journal lines posted in one entry"
verdict approve "$APPROVE_S" "$APPROVE_FLOOR_S" 3 "$APPROVE_CPU" "$APPROVE_FLOOR_CPU"
verdict fund "$FUND_S" "$FUND_FLOOR_S" 2 "$FUND_CPU" "$FUND_FLOOR_CPU"

# Receipts (issue 10): a camt.053 of one entry per open invoice of the funded schedule, each
# naming its invoice in the remittance text, against those invoices: `receipt import` reads,
# matches and posts it in one transaction; the floor is the sqlite3 shell writing the same
# receipts, applications, journal entries and lines, seals, match keys and invoice balances
# (factordesk-bench --floor-sql from the books before and after).
echo "== receipts: a camt.053 of $LINES entries against $LINES open invoices =="
IBAN=CH9300762011623852957
snapshot "$WORK/funded.db" "$WORK/run.db"
"$TESTBIN/factordesk-cli" --db "$WORK/run.db" --user admin settings set --factor-name Bench --bank-account "$IBAN" > /dev/null
snapshot "$WORK/run.db" "$WORK/receivable.db"
{
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">\n'
    printf '<BkToCstmrStmt><GrpHdr><MsgId>BENCH-1</MsgId><CreDtTm>2025-06-30T08:00:00</CreDtTm></GrpHdr>\n'
    printf '<Stmt><Id>ST-1</Id><CreDtTm>2025-06-30T08:00:00</CreDtTm><Acct><Id><IBAN>%s</IBAN></Id><Ccy>EUR</Ccy></Acct>\n' "$IBAN"
    sqlite3 -separator ' ' "$WORK/receivable.db" "SELECT id, invoice_no, amount FROM invoices WHERE status = 'open' ORDER BY id" |
        awk '{ printf "<Ntry><Amt Ccy=\"EUR\">%d.%02d</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-06-30</Dt></BookgDt><ValDt><Dt>2025-06-30</Dt></ValDt><AcctSvcrRef>BENCH-%d</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Debtor</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Invoice %s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n", int($3 / 100), $3 % 100, $1, $2 }'
    printf '</Stmt></BkToCstmrStmt></Document>\n'
} > "$WORK/statement.xml"
set -- $(time_runs "$WORK/receivable.db" "$TESTBIN/factordesk-cli" --db "$WORK/run.db" --user clerk receipt import "$WORK/statement.xml")
RECEIPT_S=$1 RECEIPT_CPU=$2
mv "$WORK/after.db" "$WORK/collected.db"
echo "imported: $(sqlite3 "$WORK/collected.db" "SELECT count(*) FROM receipts WHERE status = 'applied'") receipts applied, $(sqlite3 "$WORK/collected.db" "SELECT count(*) FROM invoices WHERE status = 'open' AND open_balance > 0") invoices still open"
"$BIN/factordesk-bench" --floor-sql "$WORK/receipts.sql" --before "$WORK/receivable.db" --db "$WORK/collected.db"
set -- $(time_runs "$WORK/receivable.db" sqlite3 -bail "$WORK/run.db" ".read $WORK/receipts.sql")
RECEIPT_FLOOR_S=$1 RECEIPT_FLOOR_CPU=$2
verdict receipts "$RECEIPT_S" "$RECEIPT_FLOOR_S" 3 "$RECEIPT_CPU" "$RECEIPT_FLOOR_CPU"

# Matching is not quadratic (issue 10): a receipt is matched by its invoice number through an
# index, so 1,000,000 open invoices make it no slower than 10,000 beyond a logarithm. On a
# generated book: the factor's account set, a first one-entry statement (which indexes every
# invoice's match key once), then a statement of 1,000 entries each naming one open invoice,
# timed; prints the time per receipt.
camt_of() { # camt_of DB ID_FILTER LIMIT: a camt.053 paying the open invoices the filter picks
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">\n'
    printf '<BkToCstmrStmt><GrpHdr><MsgId>MATCH-%s</MsgId><CreDtTm>2025-06-30T08:00:00</CreDtTm></GrpHdr>\n' "$3"
    printf '<Stmt><Id>ST-%s</Id><CreDtTm>2025-06-30T08:00:00</CreDtTm><Acct><Id><IBAN>%s</IBAN></Id><Ccy>EUR</Ccy></Acct>\n' "$3" "$IBAN"
    sqlite3 -separator ' ' "$1" "SELECT id, invoice_no, open_balance FROM invoices WHERE status = 'open' AND open_balance > 0 AND $2 ORDER BY id LIMIT $3" |
        awk '{ printf "<Ntry><Amt Ccy=\"EUR\">%d.%02d</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-06-30</Dt></BookgDt><ValDt><Dt>2025-06-30</Dt></ValDt><AcctSvcrRef>M-%d</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>Invoice %s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n", int($3 / 100), $3 % 100, $1, $2 }'
    printf '</Stmt></BkToCstmrStmt></Document>\n'
}
match_per_receipt() { # match_per_receipt DB: prints the milliseconds per receipt
    "$TESTBIN/factordesk-cli" --db "$1" --user admin settings set --factor-name Bench --bank-account "$IBAN" > /dev/null
    camt_of "$1" "id % 7 = 3" 1 > "$WORK/warm.xml"
    "$TESTBIN/factordesk-cli" --db "$1" --user clerk receipt import "$WORK/warm.xml" > /dev/null
    total=$(sqlite3 "$1" "SELECT count(*) FROM invoices WHERE status = 'open' AND open_balance > 0")
    step=$((total / 1000 + 1))
    camt_of "$1" "id % $step = 0" 1000 > "$WORK/match.xml"
    sqlite3 "$1" 'PRAGMA wal_checkpoint(TRUNCATE);' > /dev/null
    /usr/bin/time -f '%e %U' -o "$WORK/time" "$TESTBIN/factordesk-cli" --db "$1" --user clerk receipt import "$WORK/match.xml" > /dev/null
    # wall and user CPU milliseconds per receipt
    echo "$(cat "$WORK/time") $(grep -c '<Ntry>' "$WORK/match.xml")" | awk '{ printf "%.3f %.3f", $1 * 1000 / $3, $2 * 1000 / $3 }'
}

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
[ "${BENCH_ONLY:-}" = collections ] || view_bench "$WORK/invoices.db"
echo "== matching: a receipt against 10,000 and against $INVOICES invoices, SQLite =="
"$BIN/factordesk-bench" --generate-invoices 10000 --db "$WORK/small.db" > /dev/null
set -- $(match_per_receipt "$WORK/small.db")
SMALL_MS=$1 SMALL_CPU=$2
set -- $(match_per_receipt "$WORK/invoices.db")
LARGE_MS=$1 LARGE_CPU=$2
LOG_RATIO=$(echo "l($INVOICES) / l(10000)" | bc -l)
printf 'per receipt: %s ms with 10,000 invoices, %s ms with %s: ratio %.2fx, the logarithm %.2fx (target: at most 2x the logarithm) %s\n' \
    "$SMALL_MS" "$LARGE_MS" "$INVOICES" "$(echo "$LARGE_MS / $SMALL_MS" | bc -l)" "$LOG_RATIO" \
    "$([ "$(echo "$LARGE_MS / $SMALL_MS <= 2 * $LOG_RATIO" | bc -l)" = 1 ] && echo PASS || echo FAIL)"
printf '   (user CPU per receipt: %s ms and %s ms, ratio %.2fx; the rest is the kernel writing and reading pages)\n' \
    "$SMALL_CPU" "$LARGE_CPU" "$(echo "$LARGE_CPU / $SMALL_CPU" | bc -l)"
rm -f "$WORK"/*.db "$WORK"/*.db-wal "$WORK"/*.sql
[ "${BENCH_ONLY:-}" != collections ] || exit 0

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

eod_bench
statement_bench
