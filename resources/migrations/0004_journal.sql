-- FactorDesk schema 4: the factor's double-entry journal (docs/domain.md §7). Posted entries are
-- never changed: triggers refuse updates and deletes, and a line cannot be added to an entry
-- beyond the line count it was posted with, and an entry's lines must balance (at commit on
-- PostgreSQL, at its last line on SQLite). A mistake is undone by a reversal entry.

CREATE TABLE journal_entries (
    id {{PK}},
    entry_date TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    kind TEXT NOT NULL,
    memo TEXT NOT NULL DEFAULT '',
    line_count INTEGER NOT NULL CHECK (line_count >= 2),
    total BIGINT NOT NULL CHECK (total > 0),
    reverses_id BIGINT UNIQUE REFERENCES journal_entries (id),
    schedule_id BIGINT REFERENCES schedules (id),
    client_id BIGINT REFERENCES clients (id),
    posted_by BIGINT NOT NULL REFERENCES users (id),
    posted_at TEXT NOT NULL
);
CREATE INDEX journal_entries_date ON journal_entries (entry_date);

CREATE TABLE journal_lines (
    id {{PK}},
    entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    line_no INTEGER NOT NULL,
    entry_date TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    debit BIGINT NOT NULL DEFAULT 0 CHECK (debit >= 0),
    credit BIGINT NOT NULL DEFAULT 0 CHECK (credit >= 0),
    client_id BIGINT REFERENCES clients (id),
    debtor_id BIGINT REFERENCES debtors (id),
    invoice_id BIGINT REFERENCES invoices (id),
    memo TEXT NOT NULL DEFAULT '',
    UNIQUE (entry_id, line_no),
    CHECK ((debit = 0 AND credit > 0) OR (credit = 0 AND debit > 0))
);
CREATE INDEX journal_lines_account_date ON journal_lines (account_id, entry_date);
CREATE INDEX journal_lines_date ON journal_lines (entry_date, entry_id);
CREATE INDEX journal_lines_client ON journal_lines (client_id, entry_date);
CREATE INDEX journal_lines_debtor ON journal_lines (debtor_id);
CREATE INDEX journal_lines_invoice ON journal_lines (invoice_id);

-- @sqlite
CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: posted journal entries are never changed; post a reversal');
END;
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: posted journal entries are never deleted; post a reversal');
END;
CREATE TRIGGER journal_lines_no_update BEFORE UPDATE ON journal_lines
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: posted journal lines are never changed; post a reversal');
END;
CREATE TRIGGER journal_lines_no_delete BEFORE DELETE ON journal_lines
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: posted journal lines are never deleted; post a reversal');
END;
-- Line numbers run from 1 to the entry's declared line count and are unique per entry, so an
-- entry can never hold more lines than it was posted with. Constant work per line: funding a
-- 100,000-invoice schedule stays linear.
CREATE TRIGGER journal_lines_sealed BEFORE INSERT ON journal_lines
WHEN NEW.line_no < 1
  OR NEW.line_no > (SELECT line_count FROM journal_entries WHERE id = NEW.entry_id)
  OR NEW.entry_date <> (SELECT entry_date FROM journal_entries WHERE id = NEW.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: a posted journal entry cannot gain lines');
END;
-- SQLite has no triggers deferred to commit: the check runs when an entry's last line arrives
-- (the line numbered line_count, once all lines are there), so it sums each entry once.
CREATE TRIGGER journal_lines_balanced AFTER INSERT ON journal_lines
WHEN NEW.line_no = (SELECT line_count FROM journal_entries WHERE id = NEW.entry_id)
 AND (SELECT count(*) FROM journal_lines WHERE entry_id = NEW.entry_id) = NEW.line_no
 AND ((SELECT sum(debit) FROM journal_lines WHERE entry_id = NEW.entry_id) <>
      (SELECT sum(credit) FROM journal_lines WHERE entry_id = NEW.entry_id)
   OR (SELECT sum(debit) FROM journal_lines WHERE entry_id = NEW.entry_id) <>
      (SELECT total FROM journal_entries WHERE id = NEW.entry_id))
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: a journal entry does not balance');
END;
-- @postgres
CREATE TRIGGER journal_entries_no_change BEFORE UPDATE OR DELETE ON journal_entries
    FOR EACH ROW EXECUTE FUNCTION factordesk_append_only();
CREATE TRIGGER journal_entries_no_truncate BEFORE TRUNCATE ON journal_entries
    FOR EACH STATEMENT EXECUTE FUNCTION factordesk_append_only();
CREATE TRIGGER journal_lines_no_change BEFORE UPDATE OR DELETE ON journal_lines
    FOR EACH ROW EXECUTE FUNCTION factordesk_append_only();
CREATE TRIGGER journal_lines_no_truncate BEFORE TRUNCATE ON journal_lines
    FOR EACH STATEMENT EXECUTE FUNCTION factordesk_append_only();
CREATE FUNCTION factordesk_journal_line_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    expected INTEGER;
    edate TEXT;
BEGIN
    -- Bounded, unique line numbers (UNIQUE (entry_id, line_no)) seal the entry in constant
    -- work per line.
    SELECT line_count, entry_date INTO expected, edate FROM journal_entries WHERE id = NEW.entry_id;
    IF NEW.line_no < 1 OR NEW.line_no > expected OR NEW.entry_date <> edate THEN
        RAISE EXCEPTION 'FactorDesk: a posted journal entry cannot gain lines' USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER journal_lines_sealed BEFORE INSERT ON journal_lines
    FOR EACH ROW EXECUTE FUNCTION factordesk_journal_line_sealed();
-- Checked at commit, once per entry: its lines balance, add up to its declared total and are
-- as many as declared. (A committed entry then has all its lines, and journal_lines_sealed
-- refuses any more, so checking when the entry is inserted covers its lines for good.)
CREATE FUNCTION factordesk_journal_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d BIGINT;
    c BIGINT;
    n INTEGER;
BEGIN
    SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0), count(*) INTO d, c, n
        FROM journal_lines WHERE entry_id = NEW.id;
    IF d <> c OR d <> NEW.total OR n <> NEW.line_count THEN
        RAISE EXCEPTION 'FactorDesk: journal entry % does not balance', NEW.id USING ERRCODE = 'P0001';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT ON journal_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION factordesk_journal_balanced();
-- @all
