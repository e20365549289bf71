-- FactorDesk schema 18: reserve releases (docs/domain.md §12). Each release posts Dr client
-- reserves / Cr payments due to clients (journal kind 'reserve_release') and writes a due
-- client payment; this table keeps the figures it was released by, for the settlement
-- statement: the reserve balance, what was held against open invoices, the interest and fees
-- accrued but not posted (after the interest posted with the release: interest_entry_id),
-- the open disputes, the releasable amount and what was released.
CREATE TABLE reserve_releases (
    id {{PK}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    release_date TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    balance BIGINT NOT NULL,
    held BIGINT NOT NULL CHECK (held >= 0),
    interest_accrued BIGINT NOT NULL CHECK (interest_accrued >= 0),
    fees_accrued BIGINT NOT NULL CHECK (fees_accrued >= 0),
    disputes BIGINT NOT NULL CHECK (disputes >= 0),
    recourse BIGINT NOT NULL DEFAULT 0,
    releasable BIGINT NOT NULL CHECK (releasable >= 0),
    released BIGINT NOT NULL CHECK (released > 0 AND released <= releasable),
    interest_posted BIGINT NOT NULL DEFAULT 0 CHECK (interest_posted >= 0),
    interest_entry_id BIGINT REFERENCES journal_entries (id),
    journal_entry_id BIGINT NOT NULL UNIQUE REFERENCES journal_entries (id),
    payment_id BIGINT NOT NULL REFERENCES client_payments (id),
    released_by BIGINT NOT NULL REFERENCES users (id),
    released_at TEXT NOT NULL
);
CREATE INDEX reserve_releases_client ON reserve_releases (client_id, release_date);
