-- FactorDesk schema 14: fees and interest (docs/domain.md §10), the end-of-day run (§11) and
-- closed periods (§13). The business date is the settings row 'business_date' (written by
-- `init` and moved only by the end-of-day run); books from before this schema have none and
-- take the calendar date until their first run.

-- Base rates by name and currency, effective-dated. The table of schema 2 had neither and was
-- never written by any program, so it is replaced rather than altered.
DROP TABLE base_rates;
CREATE TABLE base_rates (
    id {{PK}},
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 32),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    effective_from TEXT NOT NULL,
    rate_ppm BIGINT NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    UNIQUE (name, currency, effective_from)
);

-- The base rate an agreement's interest margin is added to ('' : none, the margin alone).
ALTER TABLE agreements ADD COLUMN base_rate TEXT NOT NULL DEFAULT '';

-- Each business day the end-of-day run has done, with its one-line summary.
CREATE TABLE eod_runs (
    day TEXT PRIMARY KEY,
    summary TEXT NOT NULL DEFAULT '',
    run_by BIGINT NOT NULL REFERENCES users (id),
    run_at TEXT NOT NULL
);

-- One client's interest accrual for one day: what it is computed from, so the exact amount
-- (balance × (base + margin) ÷ day count) is recomputed without rounding when the month is
-- posted. Not journal entries: interest reaches the journal only when posted.
CREATE TABLE interest_accruals (
    client_id BIGINT NOT NULL REFERENCES clients (id),
    day TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    balance BIGINT NOT NULL,
    base_rate TEXT NOT NULL DEFAULT '',
    base_ppm BIGINT NOT NULL DEFAULT 0,
    margin_ppm BIGINT NOT NULL DEFAULT 0,
    day_count INTEGER NOT NULL CHECK (day_count IN (360, 365)),
    posted_entry_id BIGINT REFERENCES journal_entries (id),
    PRIMARY KEY (client_id, day)
);
CREATE INDEX interest_accruals_day ON interest_accruals (day);

-- Which collection line (a credit on factored receivables) a discount fee was charged for:
-- a line is charged once, whatever reruns.
CREATE TABLE discount_fee_charges (
    source_line_id BIGINT PRIMARY KEY REFERENCES journal_lines (id),
    fee_entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    days INTEGER NOT NULL,
    rate_ppm BIGINT NOT NULL,
    fee BIGINT NOT NULL
);

-- Closed months ("2026-03"): nothing can be dated in them afterwards.
CREATE TABLE closed_periods (
    month TEXT PRIMARY KEY CHECK (length(month) = 7),
    closed_by BIGINT NOT NULL REFERENCES users (id),
    closed_at TEXT NOT NULL
);

-- The journal refuses an entry dated in a closed month even when a program forgets to ask.
-- @sqlite
CREATE TRIGGER journal_entries_closed_period BEFORE INSERT ON journal_entries
WHEN EXISTS (SELECT 1 FROM closed_periods WHERE month = substr(NEW.entry_date, 1, 7))
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: the period is closed');
END;
-- @postgres
CREATE FUNCTION factordesk_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM closed_periods WHERE month = substr(NEW.entry_date, 1, 7)) THEN
        RAISE EXCEPTION 'FactorDesk: the period is closed' USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER journal_entries_closed_period BEFORE INSERT ON journal_entries
    FOR EACH ROW EXECUTE FUNCTION factordesk_closed_period();
-- @all
