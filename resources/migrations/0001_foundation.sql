-- FactorDesk schema 1: identity, settings, users and roles, chart of accounts, audit trail.
-- Dialect switches: "-- @sqlite", "-- @postgres", "-- @all". {{PK}} is the engine's
-- auto-increment primary key. Dates are ISO text (YYYY-MM-DD), time stamps ISO UTC text,
-- money BIGINT minor units, rates BIGINT parts per million, flags INTEGER 0/1.

CREATE TABLE schema_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO schema_meta (key, value) VALUES ('application', 'FactorDesk');
INSERT INTO schema_meta (key, value) VALUES ('schema_version', '0');

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('currency', 'EUR');
INSERT INTO settings (key, value) VALUES ('demo', '0');

CREATE TABLE users (
    id {{PK}},
    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
    full_name TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL CHECK (role IN ('clerk', 'analyst', 'manager', 'admin')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE accounts (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense'))
);
INSERT INTO accounts (code, name, type) VALUES ('1000', 'Bank', 'asset');
INSERT INTO accounts (code, name, type) VALUES ('1100', 'Factored receivables', 'asset');
INSERT INTO accounts (code, name, type) VALUES ('1200', 'Recourse receivable from clients', 'asset');
INSERT INTO accounts (code, name, type) VALUES ('2100', 'Client reserves', 'liability');
INSERT INTO accounts (code, name, type) VALUES ('2200', 'Unapplied cash', 'liability');
INSERT INTO accounts (code, name, type) VALUES ('4000', 'Commission income', 'income');
INSERT INTO accounts (code, name, type) VALUES ('4100', 'Discount fee income', 'income');
INSERT INTO accounts (code, name, type) VALUES ('4200', 'Interest income', 'income');
INSERT INTO accounts (code, name, type) VALUES ('5000', 'Credit losses', 'expense');

-- Append-only, hash-chained: hash = SHA-256 over prev_hash and the record's fields, so an
-- edited, inserted or deleted record breaks the chain.
CREATE TABLE audit_log (
    id {{PK}},
    at TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id),
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL DEFAULT '',
    before_data TEXT NOT NULL DEFAULT '',
    after_data TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- @sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: the audit log is append-only');
END;
-- @postgres
CREATE FUNCTION factordesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'FactorDesk: % is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION factordesk_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION factordesk_append_only();
-- @all
