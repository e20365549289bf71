-- FactorDesk schema 23: penalty accruals kept as runs of days (issue 11).
-- An invoice past its recourse date accrues the same penalty every day until its open amount,
-- the penalty rate or the day count changes; schema 19 wrote one row per invoice per day, so
-- every end-of-day run wrote a row for each such invoice and a month kept thirty of them. A run
-- is the days from_day to to_day on which the invoice accrued open_amount × rate ÷ day_count;
-- to_day '9999-12-31' is a run still accruing, through the last day the end of day has run. A
-- day's run writes only where something changed (a run closes, a new one starts). Which days
-- are posted follows from the months posted: penalty_postings holds the entry that posted a
-- client's penalties of a month (a month is posted once, on its last day).
CREATE TABLE penalty_runs (
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    from_day TEXT NOT NULL,
    to_day TEXT NOT NULL,
    client_id BIGINT NOT NULL REFERENCES clients (id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    open_amount BIGINT NOT NULL CHECK (open_amount > 0),
    recourse_date TEXT NOT NULL,
    rate_ppm BIGINT NOT NULL CHECK (rate_ppm > 0),
    day_count INTEGER NOT NULL CHECK (day_count IN (360, 365)),
    CHECK (to_day >= from_day),
    PRIMARY KEY (invoice_id, from_day)
);
-- The runs still accruing (to_day '9999-12-31') and those reaching into a month.
CREATE INDEX penalty_runs_to_day ON penalty_runs (to_day, invoice_id);
CREATE INDEX penalty_runs_client ON penalty_runs (client_id, to_day);

CREATE TABLE penalty_postings (
    client_id BIGINT NOT NULL REFERENCES clients (id),
    month TEXT NOT NULL CHECK (length(month) = 7),
    entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    PRIMARY KEY (client_id, month)
);

-- The days accrued so far, each a run of one day.
INSERT INTO penalty_runs (invoice_id, from_day, to_day, client_id, currency, open_amount,
                          recourse_date, rate_ppm, day_count)
SELECT invoice_id, day, day, client_id, currency, open_amount, recourse_date, rate_ppm, day_count
FROM penalty_accruals;
INSERT INTO penalty_postings (client_id, month, entry_id)
SELECT client_id, substr(day, 1, 7), max(posted_entry_id)
FROM penalty_accruals WHERE posted_entry_id IS NOT NULL
GROUP BY client_id, substr(day, 1, 7);
DROP TABLE penalty_accruals;
