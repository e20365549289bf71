-- FactorDesk schema 11: money that comes back (docs/domain.md §9). The factor's bank accounts,
-- the bank files read, each receipt (typed in, from CSV, or one booked credit of a camt
-- statement or notification) and how it was applied to invoices. Each receipt posts its own
-- journal entry (Dr bank / Cr factored receivables per invoice, Cr unapplied cash for the rest);
-- applying unapplied cash later posts another (Dr unapplied cash / Cr factored receivables).

-- The factor's accounts: the main one is the profile's (settings), others per currency.
CREATE TABLE bank_accounts (
    id {{PK}},
    account TEXT NOT NULL UNIQUE CHECK (length(account) BETWEEN 1 AND 64),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    name TEXT NOT NULL DEFAULT '',
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);

-- One bank file read (camt.053/054, receipts CSV). The same file imported again adds nothing.
CREATE TABLE bank_imports (
    id {{PK}},
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    message TEXT NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    read_count INTEGER NOT NULL DEFAULT 0,
    booked_credits INTEGER NOT NULL DEFAULT 0,
    applied_count INTEGER NOT NULL DEFAULT 0,
    suggested_count INTEGER NOT NULL DEFAULT 0,
    unapplied_count INTEGER NOT NULL DEFAULT 0,
    skipped_count INTEGER NOT NULL DEFAULT 0,
    duplicate_count INTEGER NOT NULL DEFAULT 0,
    skipped TEXT NOT NULL DEFAULT '[]', -- JSON: [{"line":12,"entry":"3","reason":"..."}]
    imported_by BIGINT NOT NULL REFERENCES users (id),
    imported_at TEXT NOT NULL
);
CREATE INDEX bank_imports_hash ON bank_imports (file_sha256);

CREATE TABLE receipts (
    id {{PK}},
    import_id BIGINT REFERENCES bank_imports (id),
    source TEXT NOT NULL CHECK (source IN ('manual', 'csv', 'camt.052', 'camt.053', 'camt.054')),
    -- The bank's reference of the entry (account + AcctSvcrRef) or its fingerprint: the same
    -- bank entry is never stored twice.
    bank_key TEXT UNIQUE,
    account TEXT NOT NULL DEFAULT '',
    value_date TEXT NOT NULL,
    booking_date TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    remitter_name TEXT NOT NULL DEFAULT '',
    remitter_account TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '', -- every reference text, one per line
    debtor_id BIGINT REFERENCES debtors (id),
    status TEXT NOT NULL CHECK (status IN ('applied', 'suggested', 'unapplied', 'reversed')),
    applied BIGINT NOT NULL DEFAULT 0 CHECK (applied >= 0 AND applied <= amount),
    reverses_id BIGINT UNIQUE REFERENCES receipts (id),
    source_line INTEGER NOT NULL DEFAULT 0,
    journal_entry_id BIGINT REFERENCES journal_entries (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX receipts_status ON receipts (status, value_date);
CREATE INDEX receipts_debtor ON receipts (debtor_id, value_date);
CREATE INDEX receipts_import ON receipts (import_id);

-- How a receipt is spread over invoices: applied parts (posted, entry set) and the matcher's
-- suggestions waiting for a clerk (entry NULL).
CREATE TABLE receipt_applications (
    id {{PK}},
    receipt_id BIGINT NOT NULL REFERENCES receipts (id),
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    kind TEXT NOT NULL CHECK (kind IN ('applied', 'suggested', 'reversed')),
    rule TEXT NOT NULL DEFAULT '', -- reference, debtor_amount, debtor_total, oldest, manual
    journal_entry_id BIGINT REFERENCES journal_entries (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    CHECK (kind = 'suggested' OR journal_entry_id IS NOT NULL)
);
CREATE INDEX receipt_applications_receipt ON receipt_applications (receipt_id);
CREATE INDEX receipt_applications_invoice ON receipt_applications (invoice_id);

-- How a debtor is recognised on a bank file: an account it paid from, a name it was seen
-- under. Learned when a clerk applies a receipt to the debtor's invoices.
CREATE TABLE debtor_aliases (
    kind TEXT NOT NULL CHECK (kind IN ('account', 'name')),
    value TEXT NOT NULL CHECK (length(value) >= 1),
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (kind, value)
);
CREATE INDEX debtor_aliases_debtor ON debtor_aliases (debtor_id);

-- Receipts find invoices by number: the number as the matcher compares it (upper case, no
-- spaces or separators, no leading zeros in digit runs; CashMatching::matchKey), filled for new
-- invoices before each import, so a lookup reads the index whatever the number of invoices.
CREATE TABLE invoice_match_keys (
    invoice_id BIGINT PRIMARY KEY REFERENCES invoices (id),
    match_key TEXT NOT NULL
);
CREATE INDEX invoice_match_keys_key ON invoice_match_keys (match_key);
