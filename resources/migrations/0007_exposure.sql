-- FactorDesk schema 7: exposure that holds (docs/domain.md §4.2, §5).
-- A credit limit has a currency: limit_currency, NULL for limits decided before this schema,
-- which were kept in the book currency (settings 'currency'). Exposure is summed in the
-- limit's currency only, never across currencies. limit_expiry_date (schema 2) is now written
-- when a limit with an expiry is decided.
ALTER TABLE debtors ADD COLUMN limit_currency TEXT;

-- Verifications of invoices with the debtor before funding (the verification_required check):
-- who verified, when, how and with whom at the debtor. An invoice may be verified more than
-- once; funding asks for at least one record.
CREATE TABLE invoice_verifications (
    id {{PK}},
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    verified_by BIGINT NOT NULL REFERENCES users (id),
    verified_at TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('phone', 'email', 'portal', 'letter')),
    contact TEXT NOT NULL CHECK (length(contact) >= 1),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX invoice_verifications_invoice ON invoice_verifications (invoice_id);
