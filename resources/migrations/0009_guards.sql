-- FactorDesk schema 9: one purchase per schedule, under concurrency (docs/domain.md §4.3).
-- The services lock a schedule's row before they read its status and change it only from the
-- status they read; these rules back them at the database, whatever program writes:
-- * a schedule has at most one purchase entry that stands (not reversed). A purchase undone
--   by its reversal (kind 'reversal', reverses_id = the purchase) leaves the schedule free to
--   be bought again;
-- * a rejected schedule stays rejected, and a funded one changes only back to approved (the
--   unfunding that posts the reversal of its purchase).

CREATE INDEX journal_entries_schedule ON journal_entries (schedule_id, kind);

-- @sqlite
-- SQLite has one writer at a time, so what the trigger reads cannot change under it.
CREATE TRIGGER journal_entries_one_purchase BEFORE INSERT ON journal_entries
WHEN NEW.kind = 'purchase' AND NEW.schedule_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM journal_entries p WHERE p.schedule_id = NEW.schedule_id
        AND p.kind = 'purchase'
        AND NOT EXISTS (SELECT 1 FROM journal_entries r WHERE r.reverses_id = p.id))
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: this schedule already has a purchase entry');
END;
CREATE TRIGGER schedules_status_guard BEFORE UPDATE OF status ON schedules
WHEN OLD.status <> NEW.status
  AND (OLD.status = 'rejected' OR (OLD.status = 'funded' AND NEW.status <> 'approved'))
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: a rejected schedule stays rejected, and a funded schedule is only unfunded');
END;
-- @postgres
-- Two transactions inserting a purchase for one schedule would each miss the other's
-- uncommitted row: the trigger first locks the schedule's row (the services already hold
-- it), so the second waits for the first to end and then, with a new snapshot for its next
-- statement (READ COMMITTED), sees the entry it committed.
CREATE FUNCTION factordesk_one_purchase() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind = 'purchase' AND NEW.schedule_id IS NOT NULL THEN
        PERFORM 1 FROM schedules WHERE id = NEW.schedule_id FOR UPDATE;
        IF EXISTS (SELECT 1 FROM journal_entries p WHERE p.schedule_id = NEW.schedule_id
                       AND p.kind = 'purchase'
                       AND NOT EXISTS (SELECT 1 FROM journal_entries r WHERE r.reverses_id = p.id)) THEN
            RAISE EXCEPTION 'FactorDesk: this schedule already has a purchase entry'
                USING ERRCODE = '23505';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER journal_entries_one_purchase BEFORE INSERT ON journal_entries
    FOR EACH ROW EXECUTE FUNCTION factordesk_one_purchase();
CREATE FUNCTION factordesk_schedule_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> NEW.status
       AND (OLD.status = 'rejected' OR (OLD.status = 'funded' AND NEW.status <> 'approved')) THEN
        RAISE EXCEPTION 'FactorDesk: a rejected schedule stays rejected, and a funded schedule is only unfunded'
            USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER schedules_status_guard BEFORE UPDATE OF status ON schedules
    FOR EACH ROW EXECUTE FUNCTION factordesk_schedule_status();
-- @all
