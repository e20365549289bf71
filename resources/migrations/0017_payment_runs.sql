-- FactorDesk schema 17: payments to clients sent by payment runs (docs/domain.md §12). A
-- payment owed to a client is 'due' until a payment run writes it into a pain.001 credit
-- transfer file and posts it (Dr payments due to clients / Cr bank): then 'sent'. The bank
-- statement that shows it leaving the account closes it as 'executed'. 'paid' of schema 3 was
-- never written by a program; such rows become 'sent'.

-- One payment run: one pain.001 message, never sent twice (its message id is unique).
CREATE TABLE payment_runs (
    id {{PK}},
    message_id TEXT NOT NULL UNIQUE CHECK (length(message_id) BETWEEN 1 AND 35),
    run_date TEXT NOT NULL,
    version TEXT NOT NULL CHECK (version IN ('pain.001.001.03', 'pain.001.001.09')),
    file_name TEXT NOT NULL DEFAULT '',
    payment_count INTEGER NOT NULL CHECK (payment_count > 0),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);

-- What a run sent in each currency (one PmtInf of its file per currency).
CREATE TABLE payment_run_totals (
    run_id BIGINT NOT NULL REFERENCES payment_runs (id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    payment_count INTEGER NOT NULL CHECK (payment_count > 0),
    total BIGINT NOT NULL CHECK (total > 0),
    PRIMARY KEY (run_id, currency)
);

-- @sqlite
-- SQLite cannot change a CHECK: the table is rebuilt with its rows (nothing references it).
CREATE TABLE client_payments_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id BIGINT NOT NULL REFERENCES clients (id),
    schedule_id BIGINT REFERENCES schedules (id),
    kind TEXT NOT NULL CHECK (kind IN ('funding', 'reserve_release', 'maturity')),
    amount BIGINT NOT NULL CHECK (amount >= 0),
    currency TEXT NOT NULL,
    due_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'due'
        CHECK (status IN ('due', 'sent', 'executed', 'cancelled')),
    bank_account TEXT NOT NULL DEFAULT '',
    journal_entry_id BIGINT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    payment_run_id BIGINT REFERENCES payment_runs (id),
    end_to_end_id TEXT,
    sent_entry_id BIGINT REFERENCES journal_entries (id),
    executed_on TEXT,
    bank_reference TEXT NOT NULL DEFAULT ''
);
INSERT INTO client_payments_new (id, client_id, schedule_id, kind, amount, currency, due_date,
    status, bank_account, journal_entry_id, created_by, created_at)
SELECT id, client_id, schedule_id, kind, amount, currency, due_date,
    CASE status WHEN 'paid' THEN 'sent' ELSE status END, bank_account, journal_entry_id,
    created_by, created_at
FROM client_payments;
DROP TABLE client_payments;
ALTER TABLE client_payments_new RENAME TO client_payments;
CREATE INDEX client_payments_client ON client_payments (client_id, status);
-- @postgres
ALTER TABLE client_payments DROP CONSTRAINT client_payments_status_check;
UPDATE client_payments SET status = 'sent' WHERE status = 'paid';
ALTER TABLE client_payments ADD CONSTRAINT client_payments_status_check
    CHECK (status IN ('due', 'sent', 'executed', 'cancelled'));
ALTER TABLE client_payments ADD COLUMN payment_run_id BIGINT REFERENCES payment_runs (id);
ALTER TABLE client_payments ADD COLUMN end_to_end_id TEXT;
ALTER TABLE client_payments ADD COLUMN sent_entry_id BIGINT REFERENCES journal_entries (id);
ALTER TABLE client_payments ADD COLUMN executed_on TEXT;
ALTER TABLE client_payments ADD COLUMN bank_reference TEXT NOT NULL DEFAULT '';
-- @all
-- An end-to-end id names one payment, in one run, for good.
CREATE UNIQUE INDEX client_payments_end_to_end ON client_payments (end_to_end_id);
CREATE INDEX client_payments_status ON client_payments (status, currency);
-- Before this schema a purchase credited the advance straight to the bank: such a payment
-- has left the books' bank account already and is not sent again by a run.
UPDATE client_payments SET status = 'executed', executed_on = due_date,
    bank_reference = 'paid at funding (before schema 17)'
WHERE status = 'due' AND kind = 'funding' AND journal_entry_id IN (
    SELECT l.entry_id FROM journal_lines l JOIN accounts a ON a.id = l.account_id
    WHERE a.code = '1000' AND l.credit > 0);
