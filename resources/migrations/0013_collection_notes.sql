-- FactorDesk schema 13: the collections worklist (docs/domain.md §9). What a collector wrote
-- about a debtor (and, optionally, one of its invoices): the call or letter, when to follow up,
-- and what the debtor promised to pay and when. Notes are only ever added, never edited: the
-- newest note of a debtor says what is due next (its follow-up date replaces the earlier ones).

CREATE TABLE collection_notes (
    id {{PK}},
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    invoice_id BIGINT REFERENCES invoices (id),
    note TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 4000),
    follow_up TEXT,
    promised_date TEXT,
    promised_amount BIGINT CHECK (promised_amount IS NULL OR promised_amount > 0),
    promised_currency TEXT CHECK (promised_currency IS NULL OR length(promised_currency) = 3),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    CHECK ((promised_amount IS NULL) = (promised_currency IS NULL)),
    CHECK (promised_amount IS NULL OR promised_date IS NOT NULL)
);
CREATE INDEX collection_notes_debtor ON collection_notes (debtor_id, id);
CREATE INDEX collection_notes_invoice ON collection_notes (invoice_id);
-- Statistics read payments by value date (days to pay, DOMAIN §9).
CREATE INDEX receipts_value_date ON receipts (value_date);
