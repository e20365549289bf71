-- FactorDesk schema 20: the duplicate check's index (one debtor, invoice date and amount)
-- carries the schedule and status it filters on, so checking a schedule reads the index alone
-- instead of every matching invoice row. Same order, two more columns.
DROP INDEX invoices_debtor_date_amount;
CREATE INDEX invoices_debtor_date_amount ON invoices (debtor_id, invoice_date, amount,
                                                      schedule_id, status);
