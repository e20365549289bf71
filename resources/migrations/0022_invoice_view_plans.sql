-- FactorDesk schema 22: plans of the Invoices view that read one page over a million invoices
-- (issue 8).
-- * The terms of the open invoices (days from the invoice date to the due date), so the view
--   reads their fewest and their most in one index step each. An aging bucket is a range of due
--   dates; with the shortest and longest terms it is also a range of invoice dates, so a walk
--   in invoice-date order starts where the bucket's invoices begin and stops where they end,
--   instead of stepping over the invoices of the weeks between (a due date lies that many days
--   after its invoice date). Only open invoices age, so only they are in the index.
-- * A client's invoices of one status in invoice-date order (it replaces invoices_client, whose
--   columns it starts with, so it serves every lookup that one served).
DROP INDEX invoices_client;
CREATE INDEX invoices_client ON invoices (client_id, status, invoice_date, id);
-- @sqlite
CREATE INDEX invoices_open_terms
    ON invoices (CAST(julianday(due_date) - julianday(invoice_date) AS INTEGER))
    WHERE status = 'open';
-- @postgres
-- Dates are ISO text ('YYYY-MM-DD'), which reads as the same date under every DateStyle, so
-- the days between two of them never change: the function can be indexed.
CREATE FUNCTION factordesk_terms_days(invoice_date TEXT, due_date TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CAST(due_date AS date) - CAST(invoice_date AS date)
$$;
CREATE INDEX invoices_open_terms ON invoices (factordesk_terms_days(invoice_date, due_date))
    WHERE status = 'open';
-- An invoice-number prefix is a range of numbers in code-point order (collation "C"), whatever
-- the server's collation: this index serves it.
CREATE INDEX invoices_number_c ON invoices (invoice_no COLLATE "C");
-- The open invoices in invoice-date order with their due dates: PostgreSQL takes the dates and
-- due dates for independent, so it expects few of a bucket's rows in its date range and would
-- rather sort them all than walk invoices_invoice_date; here the walk checks the due date in
-- the index and reads only the rows it keeps. (SQLite walks the date index as told.)
CREATE INDEX invoices_status_date_due ON invoices (status, invoice_date, id, due_date);
