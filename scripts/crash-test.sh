#!/usr/bin/env bash
# Crash injection (issue 9): runs the real factordesk-cli on real SQLite books, kills it with
# SIGKILL at a random moment of a posting act, and checks the books each time.
#
#   scripts/crash-test.sh RUNS [--db-dir DIR] [--lines N] [--cli PATH] [--setup-cli PATH]
#                              [--seed S] [--redo-every N] [--keep]
#
# Set-up, once: `init --demo` (by the test build of the CLI, build/testbin/factordesk-cli, when
# it is there: with FACTORDESK_FAST_HASH=1 its users get the cheapest password hashes, so each
# of the thousands of sign-ins that follow takes milliseconds, not a second; every other command,
# and every act killed, is the real build/bin/factordesk-cli), then a client CRASH with ten debtors and their credit limits, and
# three schedules of N invoice lines (default 2000, so every act takes long enough to be killed
# half-way): one submitted, one approved, one funded. That is the template; every run starts
# from a copy of it and does one act, picked in turn:
#   import   schedule import of a further N-line file (clerk)
#   approve  the submitted schedule (manager)
#   fund     the approved schedule (manager)
#   unfund   the funded schedule (manager), when this factordesk-cli has `schedule unfund`
# The act is started and killed with SIGKILL after a random delay: from 0 to the act's own
# duration (measured once, unkilled), mostly past the sign-in (the time of a read-only command),
# where the writing happens. Then the books are checked:
#   - sqlite3 PRAGMA integrity_check is ok, foreign_key_check is empty;
#   - factordesk-cli books verify exits 0;
#   - the act is wholly done or not at all: the new schedule has all its N lines or does not
#     exist, the schedule is approved or still submitted, funded or still approved, ...;
#   - SQL invariants over the whole books (see invariants() below);
#   - an act found undone can be done again, unkilled, and the books still hold (one undone act
#     in --redo-every N, default 3, each redo costing a whole act).
# --seed makes the delays repeatable; --keep keeps the books (they are always kept after a
# violation); --cli runs another build of factordesk-cli (default build/bin/factordesk-cli).
# Prints "runs N, kills K, violations V" (K: runs where the signal met a live process) and each
# violation; exit 1 when there is one. Needs bash, coreutils and sqlite3 only.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    echo "usage: $0 RUNS [--db-dir DIR] [--lines N] [--cli PATH] [--setup-cli PATH] [--seed S] [--redo-every N] [--keep]" >&2
    exit 2
}
[ $# -ge 1 ] || usage
runs=$1
shift
[[ "$runs" =~ ^[0-9]+$ ]] || usage
db_dir=
lines=2000
cli=build/bin/factordesk-cli
setup_cli=build/testbin/factordesk-cli
seed=
keep=0
redo_every=3
while [ $# -gt 0 ]; do
    case "$1" in
    --db-dir) db_dir=$2; shift 2 ;;
    --lines) lines=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --setup-cli) setup_cli=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --redo-every) redo_every=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) usage ;;
    esac
done
[ -x "$cli" ] || { echo "$cli: not built (make build)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing (scripts/install-deps.sh)" >&2; exit 2; }
cli=$(realpath "$cli")
made_dir=0
if [ -z "$db_dir" ]; then
    db_dir=$(mktemp -d "${TMPDIR:-/tmp}/factordesk-crash.XXXXXX")
    made_dir=1
else
    mkdir -p "$db_dir"
    db_dir=$(realpath "$db_dir")
fi
[ -n "$seed" ] || seed=$(( $(date +%s) % 32768 ))
RANDOM=$seed

export FACTORDESK_PASSWORD=demo FACTORDESK_TODAY=2026-03-02
export QT_QPA_PLATFORM=offscreen
template=$db_dir/template.sqlite
run_db=$db_dir/run.sqlite
violations=()

fd() { # fd DB USER ARGS...: the CLI on DB as USER, output discarded
    local db=$1 user=$2
    shift 2
    "$cli" --db "$db" --user "$user" "$@" >/dev/null
}
q() { sqlite3 -batch -noheader "$1" "$2"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
copy_template() {
    rm -f "$run_db" "$run_db-wal" "$run_db-shm" "$run_db-journal" "$run_db.head"
    cp "$template" "$run_db"
    # The head (the newest seal, kept outside the database) goes with its books: a copy of the
    # template without it, or with the head of the last run's books, is not these books.
    if [ -f "$template.head" ]; then cp "$template.head" "$run_db.head"; fi
}

# --- the template books -------------------------------------------------------------------------
write_schedule() { # write_schedule FILE PREFIX: N invoice lines over the ten debtors
    local file=$1 prefix=$2 i
    {
        echo "invoice_no,debtor,invoice_date,due_date,amount"
        for ((i = 1; i <= lines; i++)); do
            printf '%s-%05d,D%02d,2026-02-%02d,2026-04-%02d,%d.%02d\n' "$prefix" "$i" \
                $((i % 10)) $((1 + i % 27)) $((1 + i % 28)) $((100 + i * 7 % 9000)) $((i % 100))
        done
    } >"$file"
}

first_line() { sed -n 1p; } # reads it all: no SIGPIPE to the CLI

echo "crash-test: books in $db_dir, $lines lines per schedule, seed $seed"
rm -f "$template" "$template"-* "$template.head"
if [ -x "$setup_cli" ]; then
    FACTORDESK_FAST_HASH=1 "$setup_cli" --db "$template" init --admin admin --demo >/dev/null
else
    echo "crash-test: no $setup_cli (the test build); the users get full-cost password hashes"
    "$cli" --db "$template" init --admin admin --demo >/dev/null
fi
fd "$template" clerk client add CRASH --name "Crash Test Ltd" --currency EUR
fd "$template" manager agreement set CRASH --from 2026-01-01 --advance 85 --commission 1.5 \
    --facility 500000000.00 --concentration 100
for d in 0 1 2 3 4 5 6 7 8 9; do
    fd "$template" clerk debtor add "D0$d" --name "Debtor $d" --client CRASH
    fd "$template" clerk limit request "D0$d" 100000000.00
    fd "$template" analyst limit decide "D0$d" approve
done
for f in a b c x; do write_schedule "$db_dir/$f.csv" "CT$f"; done
import_number() { # import_number DB FILE: the new schedule's number
    "$cli" --db "$1" --user clerk schedule import CRASH "$2" --date 2026-03-02 | first_line
}
submitted=$(import_number "$template" "$db_dir/a.csv")
approved=$(import_number "$template" "$db_dir/b.csv")
fd "$template" manager schedule approve "$approved"
funded=$(import_number "$template" "$db_dir/c.csv")
fd "$template" manager schedule approve "$funded"
fd "$template" manager schedule fund "$funded" --date 2026-03-02
schedules0=$(q "$template" "SELECT count(*) FROM schedules")
entries0=$(q "$template" "SELECT count(*) FROM journal_entries")

acts=(import approve fund)
unfund_args=()
if "$cli" help schedule 2>/dev/null | grep -q "schedule unfund"; then
    acts+=(unfund)
    unfund_help=$("$cli" help schedule unfund 2>/dev/null || true)
    if grep -q -- "--reason" <<<"$unfund_help"; then unfund_args+=(--reason "Crash test"); fi
    if grep -q -- "--date" <<<"$unfund_help"; then unfund_args+=(--date 2026-03-02); fi
else
    echo "crash-test: this factordesk-cli has no schedule unfund; that act is skipped"
fi

act_args() { # act_args ACT: the act's arguments after --db, in the array args
    case "$1" in
    import) args=(--user clerk schedule import CRASH "$db_dir/x.csv" --date 2026-03-02) ;;
    approve) args=(--user manager schedule approve "$submitted") ;;
    fund) args=(--user manager schedule fund "$approved" --date 2026-03-02) ;;
    unfund) args=(--user manager schedule unfund "$funded" "${unfund_args[@]}") ;;
    esac
}
run_act() { # run_act ACT: unkilled, output discarded
    act_args "$1"
    "$cli" --db "$run_db" "${args[@]}" >/dev/null 2>&1
}

# done, undone or a description of the half-done state the act left.
outcome() {
    local status
    case "$1" in
    import)
        local n
        n=$(q "$run_db" "SELECT count(*) FROM schedules")
        if [ "$n" = "$schedules0" ]; then echo undone; return; fi
        local got
        got=$(q "$run_db" "SELECT s.status || ' ' || (SELECT count(*) FROM invoices i
                 WHERE i.schedule_id = s.id) FROM schedules s ORDER BY s.id DESC LIMIT 1")
        if [ "$n" = $((schedules0 + 1)) ] && [ "$got" = "submitted $lines" ]; then echo done
        else echo "import left $n schedules (had $schedules0), the newest: $got"; fi
        ;;
    approve)
        status=$(q "$run_db" "SELECT status || coalesce(' by ' || approved_by, '') FROM schedules
                 WHERE number = '$submitted'")
        case "$status" in
        "approved by "*) echo done ;;
        submitted) echo undone ;;
        *) echo "approve left $submitted $status" ;;
        esac
        ;;
    fund)
        status=$(q "$run_db" "SELECT status FROM schedules WHERE number = '$approved'")
        local e
        e=$(q "$run_db" "SELECT count(*) FROM journal_entries")
        if [ "$status" = funded ] && [ "$e" = $((entries0 + 1)) ]; then echo done
        elif [ "$status" = approved ] && [ "$e" = "$entries0" ]; then echo undone
        else echo "fund left $approved $status with $e journal entries (had $entries0)"; fi
        ;;
    unfund)
        status=$(q "$run_db" "SELECT status FROM schedules WHERE number = '$funded'")
        local e
        e=$(q "$run_db" "SELECT count(*) FROM journal_entries")
        if [ "$status" = funded ] && [ "$e" = "$entries0" ]; then echo undone
        elif [ "$status" != funded ] && [ "$e" -gt "$entries0" ]; then echo done
        else echo "unfund left $funded $status with $e journal entries (had $entries0)"; fi
        ;;
    esac
}

# Invariants over the whole books; each query lists what breaks one.
invariants() {
    local db=$1 found
    if ! found=$("$cli" --db "$db" --user manager books verify 2>&1); then
        echo "books verify: $(tr '\n' ' ' <<<"$found")"
    fi
    local -A checks=(
        ["an entry without all its lines"]="SELECT e.id FROM journal_entries e
            WHERE (SELECT count(*) FROM journal_lines l WHERE l.entry_id = e.id) <> e.line_count"
        ["an entry that does not balance"]="SELECT e.id FROM journal_entries e
            WHERE (SELECT coalesce(sum(debit), 0) FROM journal_lines l WHERE l.entry_id = e.id)
               <> e.total
               OR (SELECT coalesce(sum(credit), 0) FROM journal_lines l WHERE l.entry_id = e.id)
               <> e.total"
        ["a funded schedule without exactly one standing purchase entry"]="SELECT s.number
            FROM schedules s WHERE s.status = 'funded' AND (SELECT count(*) FROM journal_entries e
            WHERE e.schedule_id = s.id AND e.kind = 'purchase' AND NOT EXISTS (SELECT 1
            FROM journal_entries r WHERE r.reverses_id = e.id)) <> 1"
        ["a funded schedule whose entry is not its standing purchase"]="SELECT s.number
            FROM schedules s LEFT JOIN journal_entries e ON e.id = s.journal_entry_id
            WHERE s.status = 'funded' AND (e.id IS NULL OR e.kind <> 'purchase'
            OR e.schedule_id <> s.id)"
        ["a funded schedule without its one client payment"]="SELECT s.number FROM schedules s
            WHERE s.status = 'funded' AND s.net_payment > 0 AND (SELECT count(*)
            FROM client_payments p WHERE p.schedule_id = s.id AND p.status <> 'cancelled'
            AND p.kind IN ('funding', 'maturity') AND p.journal_entry_id = s.journal_entry_id) <> 1"
        ["a client payment of a schedule that is not funded"]="SELECT p.id
            FROM client_payments p JOIN schedules s ON s.id = p.schedule_id
            WHERE s.status <> 'funded' AND p.status <> 'cancelled'
            AND p.kind IN ('funding', 'maturity')"
        ["a purchase entry, not reversed, of a schedule that is not funded"]="SELECT e.id
            FROM journal_entries e JOIN schedules s ON s.id = e.schedule_id
            WHERE e.kind = 'purchase' AND s.status <> 'funded' AND NOT EXISTS (SELECT 1
            FROM journal_entries r WHERE r.reverses_id = e.id)"
        ["an invoice bought on a schedule that is not funded"]="SELECT i.id FROM invoices i
            JOIN schedules s ON s.id = i.schedule_id
            WHERE s.status <> 'funded' AND i.status NOT IN ('pending', 'rejected')"
        ["an invoice still pending on a funded schedule"]="SELECT i.id FROM invoices i
            JOIN schedules s ON s.id = i.schedule_id
            WHERE s.status = 'funded' AND i.status = 'pending'"
        ["an open invoice without its debit in the purchase entry"]="SELECT i.id FROM invoices i
            JOIN schedules s ON s.id = i.schedule_id WHERE i.status = 'open' AND NOT EXISTS
            (SELECT 1 FROM journal_lines l WHERE l.entry_id = s.journal_entry_id
            AND l.invoice_id = i.id AND l.debit = i.amount)"
        ["a schedule whose lines are not 1..n"]="SELECT s.number FROM schedules s
            WHERE (SELECT count(*) FROM invoices i WHERE i.schedule_id = s.id) = 0
               OR (SELECT count(*) FROM invoices i WHERE i.schedule_id = s.id)
               <> (SELECT max(line_no) FROM invoices i WHERE i.schedule_id = s.id)"
    )
    local name
    for name in "${!checks[@]}"; do
        found=$(q "$db" "${checks[$name]} LIMIT 3" | tr '\n' ' ')
        [ -z "$found" ] || echo "$name: $found"
    done
    found=$(q "$db" "PRAGMA integrity_check" | tr '\n' ' ')
    [ "$found" = "ok " ] || echo "integrity_check: $found"
    found=$(q "$db" "PRAGMA foreign_key_check" | head -3 | tr '\n' ' ')
    [ -z "$found" ] || echo "foreign_key_check: $found"
}

violate() { # violate RUN ACT TEXT...
    violations+=("run $1 ($2): $3")
    echo "VIOLATION run $1 ($2): $3"
}

# The template must hold before anything is killed.
bad=$(invariants "$template")
if [ -n "$bad" ]; then
    echo "the template books do not hold:"; echo "$bad"; exit 1
fi

# The checks must see a half-done act: plant one (a submitted schedule's invoices marked bought,
# with no purchase entry) in a copy and expect them to name it.
copy_template
q "$run_db" "UPDATE invoices SET status = 'open', open_balance = amount WHERE schedule_id =
             (SELECT id FROM schedules WHERE number = '$submitted')"
if [ -z "$(invariants "$run_db")" ]; then
    echo "crash-test: the checks miss a planted half-done act" >&2
    exit 1
fi

# --- durations, measured once -----------------------------------------------------------------
declare -A duration
copy_template
t0=$(now_ms)
fd "$run_db" manager schedule list --client CRASH
signin=$(( $(now_ms) - t0 ))
for act in "${acts[@]}"; do
    copy_template
    t0=$(now_ms)
    if ! run_act "$act"; then
        act_args "$act"
        echo "crash-test: the act $act fails unkilled: ${args[*]}" >&2
        exit 1
    fi
    duration[$act]=$(( $(now_ms) - t0 ))
    if [ "$(outcome "$act")" != done ]; then
        echo "crash-test: the act $act leaves the books '$(outcome "$act")' unkilled" >&2
        exit 1
    fi
done
# Past the sign-in, in per mille of the act (the ratio holds when the machine is busier than
# when it was measured; the durations themselves follow every act that ends unkilled).
declare -A signin_permille
for act in "${acts[@]}"; do
    signin_permille[$act]=$(( signin * 1000 / (duration[$act] + 1) ))
    (( signin_permille[$act] < 900 )) || signin_permille[$act]=900
done
summary="sign-in ${signin} ms"
for act in "${acts[@]}"; do summary+=", $act ${duration[$act]} ms"; done
echo "crash-test: $summary"

# --- the runs ---------------------------------------------------------------------------------
kills=0
redone=0
runs_started=$(now_ms)
declare -A done_count undone_count kill_count
for act in "${acts[@]}"; do done_count[$act]=0; undone_count[$act]=0; kill_count[$act]=0; done
for ((run = 1; run <= runs; run++)); do
    act=${acts[$(( (run - 1) % ${#acts[@]} ))]}
    copy_template
    d=${duration[$act]}
    # One kill in four anywhere from the start, the others past the sign-in.
    from=$(( d * signin_permille[$act] / 1000 ))
    (( RANDOM % 4 != 0 )) || from=0
    delay=$(( from + (RANDOM * 32768 + RANDOM) % (d - from + 1) ))
    started=$(now_ms)
    act_args "$act"
    "$cli" --db "$run_db" "${args[@]}" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    { wait "$pid"; } 2>/dev/null || status=$? # no "Killed" line from bash
    if [ "$status" = 137 ]; then
        kills=$((kills + 1))
        kill_count[$act]=$((kill_count[$act] + 1))
    else
        # Ended before the signal: a fresh sample of the act's duration.
        duration[$act]=$(( (3 * duration[$act] + $(now_ms) - started) / 4 ))
    fi
    bad=$(invariants "$run_db")
    state=$(outcome "$act")
    case "$state" in
    done) done_count[$act]=$((done_count[$act] + 1)) ;;
    undone) undone_count[$act]=$((undone_count[$act] + 1)) ;;
    *) violate "$run" "$act" "killed after $delay ms (exit $status): $state" ;;
    esac
    while IFS= read -r line; do
        [ -z "$line" ] || violate "$run" "$act" "killed after $delay ms: $line"
    done <<<"$bad"
    # What a clerk does next: the same act again, which must now go through whole (every
    # REDO_EVERY-th run it is undone: each redo costs a whole act).
    if [ "$state" = undone ] && (( undone_count[$act] % redo_every == 1 || redo_every == 1 )); then
        redone=$((redone + 1))
        started=$(now_ms)
        if ! run_act "$act"; then
            violate "$run" "$act" "after a kill at $delay ms, the act fails when done again"
        elif duration[$act]=$(( (3 * duration[$act] + $(now_ms) - started) / 4 )) &&
            [ "$(outcome "$act")" != done ]; then
            violate "$run" "$act" "after a kill at $delay ms, doing it again leaves '$(outcome "$act")'"
        else
            bad=$(invariants "$run_db")
            while IFS= read -r line; do
                [ -z "$line" ] || violate "$run" "$act" "redone after a kill at $delay ms: $line"
            done <<<"$bad"
        fi
    fi
    if (( run % 50 == 0 )); then
        echo "crash-test: $run runs, $kills kills, ${#violations[@]} violations so far"
    fi
done

for act in "${acts[@]}"; do
    echo "  $act (${duration[$act]} ms at the end): ${kill_count[$act]} kills; found done ${done_count[$act]}, undone ${undone_count[$act]}"
done
echo "  acts done again after a kill: $redone; $(( ($(now_ms) - runs_started) / 1000 )) s for the runs"
echo "runs $runs, kills $kills, violations ${#violations[@]}"
for v in "${violations[@]}"; do echo "  $v"; done
if [ ${#violations[@]} -eq 0 ] && [ "$keep" = 0 ] && [ "$made_dir" = 1 ]; then
    rm -rf "$db_dir"
elif [ ${#violations[@]} -gt 0 ] || [ "$keep" = 1 ]; then
    echo "crash-test: the books are kept in $db_dir"
fi
[ ${#violations[@]} -eq 0 ]
