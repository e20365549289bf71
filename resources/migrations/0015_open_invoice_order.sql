-- FactorDesk schema 15: a debtor's open invoices in the order cash is applied to them (oldest
-- due first, docs/domain.md §9), read through one index. Without it a receipt that names no
-- invoice made the planner walk every open invoice of the books in due-date order looking for
-- the debtor's (invoices_status_due): each such receipt cost as much as the whole ledger.
CREATE INDEX invoices_debtor_open_due ON invoices (debtor_id, status, currency, due_date,
                                                   invoice_date, id);
