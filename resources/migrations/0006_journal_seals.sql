-- FactorDesk schema 6: a journal that cannot be altered unseen (docs/domain.md §7).
-- Every entry posted from now on is sealed: journal_seals holds, for each entry, the SHA-256 of
-- the previous seal and of everything the entry says (its date, currency, kind, memo, totals,
-- links, who posted it, and every line with its account, amounts and tags). `books verify`
-- recomputes the chain, so a balanced edit made with the triggers dropped is still found.
-- On SQLite, INSERT OR REPLACE used to rewrite a posted row without firing the delete
-- triggers: inserts that would meet an existing row are refused before the conflict is
-- resolved, and amounts must be stored as integers.

-- Seals chain in the order they were written (seq), which on a shared database is the order in
-- which the posting transactions took the seal lock, not always the order of entry ids.
CREATE TABLE journal_seals (
    seq {{PK}},
    entry_id BIGINT NOT NULL UNIQUE REFERENCES journal_entries (id),
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);

-- @sqlite
CREATE TRIGGER journal_seals_no_update BEFORE UPDATE ON journal_seals
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: journal seals are never changed');
END;
CREATE TRIGGER journal_seals_no_delete BEFORE DELETE ON journal_seals
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: journal seals are never deleted');
END;
CREATE TRIGGER journal_seals_no_replace BEFORE INSERT ON journal_seals
WHEN EXISTS (SELECT 1 FROM journal_seals WHERE entry_id = NEW.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: journal seals are never replaced');
END;
CREATE TRIGGER journal_entries_no_replace BEFORE INSERT ON journal_entries
WHEN EXISTS (SELECT 1 FROM journal_entries WHERE id = NEW.id)
  OR typeof(NEW.total) <> 'integer' OR typeof(NEW.line_count) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: posted journal entries are never replaced');
END;
CREATE TRIGGER journal_lines_no_replace BEFORE INSERT ON journal_lines
WHEN EXISTS (SELECT 1 FROM journal_lines WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM journal_lines WHERE entry_id = NEW.entry_id AND line_no = NEW.line_no)
  OR typeof(NEW.debit) <> 'integer' OR typeof(NEW.credit) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: posted journal lines are never replaced');
END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: audit records are never replaced');
END;
-- @postgres
CREATE TRIGGER journal_seals_no_change BEFORE UPDATE OR DELETE ON journal_seals
    FOR EACH ROW EXECUTE FUNCTION factordesk_append_only();
CREATE TRIGGER journal_seals_no_truncate BEFORE TRUNCATE ON journal_seals
    FOR EACH STATEMENT EXECUTE FUNCTION factordesk_append_only();
-- @all
