-- FactorDesk schema 19: what the end-of-day run charges besides discount fees and interest
-- (docs/domain.md §10, §11): penalty interest after the recourse date, minimum-fee top-ups,
-- per-item charges per credit decision, refunds of discount fees on reversed receipts, and
-- the expiry of credit limits and order approvals.

-- One invoice's penalty for one day: what the day's exact amount (open amount × penalty rate
-- ÷ day count) is computed from, so the month is summed exactly and rounded once when posted.
CREATE TABLE penalty_accruals (
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    day TEXT NOT NULL,
    client_id BIGINT NOT NULL REFERENCES clients (id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    open_amount BIGINT NOT NULL CHECK (open_amount > 0),
    recourse_date TEXT NOT NULL,
    rate_ppm BIGINT NOT NULL CHECK (rate_ppm > 0),
    day_count INTEGER NOT NULL CHECK (day_count IN (360, 365)),
    posted_entry_id BIGINT REFERENCES journal_entries (id),
    PRIMARY KEY (invoice_id, day)
);
CREATE INDEX penalty_accruals_client_day ON penalty_accruals (client_id, day);

-- A month's minimum-fee working per client: the minimum, what discount fees and interest
-- charged in the month came to, and the top-up charged (0: none was due). Once per month.
CREATE TABLE minimum_fee_charges (
    client_id BIGINT NOT NULL REFERENCES clients (id),
    month TEXT NOT NULL CHECK (length(month) = 7),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    minimum_fee BIGINT NOT NULL,
    discount_fees BIGINT NOT NULL,
    interest BIGINT NOT NULL,
    top_up BIGINT NOT NULL CHECK (top_up >= 0),
    entry_id BIGINT REFERENCES journal_entries (id),
    PRIMARY KEY (client_id, month)
);

-- Which credit decision was charged to which client, and by which entry: once, whatever reruns.
CREATE TABLE credit_decision_charges (
    request_id BIGINT NOT NULL REFERENCES credit_requests (id),
    client_id BIGINT NOT NULL REFERENCES clients (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    PRIMARY KEY (request_id, client_id)
);

-- The refund of a discount fee charged on a collection line that a receipt reversal undid.
CREATE TABLE discount_fee_refunds (
    source_line_id BIGINT PRIMARY KEY REFERENCES journal_lines (id),
    reversal_entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    refund_entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    fee BIGINT NOT NULL
);

-- Expiry recorded by the end-of-day run: the day a limit or an approval lapsed ('expired').
ALTER TABLE debtors ADD COLUMN limit_expired_on TEXT;
ALTER TABLE order_approvals ADD COLUMN expired_on TEXT;
