-- FactorDesk schema 10: the invoice ledger comes from the journal, and the audit trail's hash
-- covers every column (docs/domain.md §7).
-- Every journal line on factored receivables (account 1100) carries its invoice: an invoice's
-- open balance is the sum of its lines there, so a line without one would be money the
-- sub-ledger cannot see. (Lines posted before this schema stay as they were posted.)
-- Audit records written from now on are hashed in format 2, which covers the record's id and
-- user id as well; records written before keep format 1, the hash they were written with, so
-- the chain of existing books still holds without rewriting history.

ALTER TABLE audit_log ADD COLUMN hash_format INTEGER NOT NULL DEFAULT 1;

-- @sqlite
CREATE TRIGGER journal_lines_receivable_invoice BEFORE INSERT ON journal_lines
WHEN NEW.invoice_id IS NULL
 AND NEW.account_id = (SELECT id FROM accounts WHERE code = '1100')
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: a line on factored receivables carries its invoice');
END;
-- @postgres
CREATE FUNCTION factordesk_receivable_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.invoice_id IS NULL
       AND NEW.account_id = (SELECT id FROM accounts WHERE code = '1100') THEN
        RAISE EXCEPTION 'FactorDesk: a line on factored receivables carries its invoice'
            USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER journal_lines_receivable_invoice BEFORE INSERT ON journal_lines
    FOR EACH ROW EXECUTE FUNCTION factordesk_receivable_invoice();
-- @all
