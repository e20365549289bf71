-- FactorDesk schema 8: invoice numbers compare as a person reads them, and one client's
-- invoice number is on at most one live line.
--
-- invoice_key: InvoiceNumber::key(invoice_no) (NFKC, invisible characters dropped, dashes
-- read as '-', case folded, spaces trimmed). SQL cannot compute it, so the migration runner
-- fills it for the lines already stored, in C++, right after this script
-- (MigrationRunner: backfillInvoiceKeys).
-- live_key: invoice_key while the line is live (pending or bought: not in a rejected schedule
-- and not itself refused as a duplicate), NULL otherwise. NULLs never collide, so the unique
-- index below holds "one client + invoice number among live lines" at the database, whatever
-- two clerks importing at the same moment do. A line stops being live by setting live_key to
-- NULL (a later act may do so for an invoice charged back and sold again); the older
-- invoices_purchased_once index stays as it is.

ALTER TABLE invoices ADD COLUMN invoice_key TEXT NOT NULL DEFAULT '';
ALTER TABLE invoices ADD COLUMN live_key TEXT CHECK (live_key IS NULL OR live_key = invoice_key);

CREATE UNIQUE INDEX invoices_live_number ON invoices (client_id, live_key) WHERE live_key IS NOT NULL;
