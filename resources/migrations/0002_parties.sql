-- FactorDesk schema 2: clients, effective-dated agreements, debtors, credit limits,
-- order approvals.

CREATE TABLE clients (
    id {{PK}},
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
    name TEXT NOT NULL CHECK (length(name) >= 1),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed')),
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    address TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    tax_number TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    bank_name TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX clients_name ON clients (name);
-- Codes are unique regardless of case ("acme" and "ACME" are one client).
CREATE UNIQUE INDEX clients_code_nocase ON clients (lower(code));

-- One row per version of a client's terms; a change adds a row from a later date and never
-- edits an older one (triggers below).
CREATE TABLE agreements (
    id {{PK}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    effective_from TEXT NOT NULL,
    arrangement TEXT NOT NULL DEFAULT 'advance' CHECK (arrangement IN ('advance', 'collection', 'maturity')),
    recourse INTEGER NOT NULL DEFAULT 1 CHECK (recourse IN (0, 1)),
    notification INTEGER NOT NULL DEFAULT 1 CHECK (notification IN (0, 1)),
    advance_ppm BIGINT NOT NULL DEFAULT 0 CHECK (advance_ppm BETWEEN 0 AND 1000000),
    commission_ppm BIGINT NOT NULL DEFAULT 0 CHECK (commission_ppm BETWEEN 0 AND 1000000),
    discount_tiers TEXT NOT NULL DEFAULT '',          -- "30:15000,10:5000": days:ppm, first tier then each further period
    interest_margin_ppm BIGINT NOT NULL DEFAULT 0 CHECK (interest_margin_ppm BETWEEN 0 AND 1000000),
    day_count INTEGER NOT NULL DEFAULT 360 CHECK (day_count IN (360, 365)),
    min_fee BIGINT NOT NULL DEFAULT 0 CHECK (min_fee >= 0),
    recourse_days INTEGER NOT NULL DEFAULT 90 CHECK (recourse_days >= 0),
    facility_limit BIGINT NOT NULL DEFAULT 0 CHECK (facility_limit >= 0),
    over_advance_limit BIGINT NOT NULL DEFAULT 0 CHECK (over_advance_limit >= 0),
    concentration_ppm BIGINT NOT NULL DEFAULT 1000000 CHECK (concentration_ppm BETWEEN 0 AND 1000000),
    cross_aging_ppm BIGINT NOT NULL DEFAULT 1000000 CHECK (cross_aging_ppm BETWEEN 0 AND 1000000),
    purchase_day_counts INTEGER NOT NULL DEFAULT 1 CHECK (purchase_day_counts IN (0, 1)),
    clearance_days INTEGER NOT NULL DEFAULT 0 CHECK (clearance_days >= 0),
    charge_per_invoice BIGINT NOT NULL DEFAULT 0 CHECK (charge_per_invoice >= 0),
    charge_per_schedule BIGINT NOT NULL DEFAULT 0 CHECK (charge_per_schedule >= 0),
    charge_per_transfer BIGINT NOT NULL DEFAULT 0 CHECK (charge_per_transfer >= 0),
    charge_per_credit_decision BIGINT NOT NULL DEFAULT 0 CHECK (charge_per_credit_decision >= 0),
    penalty_ppm BIGINT NOT NULL DEFAULT 0 CHECK (penalty_ppm BETWEEN 0 AND 1000000),
    verification_threshold BIGINT NOT NULL DEFAULT 0 CHECK (verification_threshold >= 0),
    max_invoice_age_days INTEGER NOT NULL DEFAULT 0 CHECK (max_invoice_age_days >= 0),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (client_id, effective_from),
    CHECK (advance_ppm + commission_ppm <= 1000000)
);

-- The base rate for interest, effective-dated.
CREATE TABLE base_rates (
    id {{PK}},
    effective_from TEXT NOT NULL UNIQUE,
    rate_ppm BIGINT NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);

CREATE TABLE debtors (
    id {{PK}},
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
    name TEXT NOT NULL CHECK (length(name) >= 1),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'insolvent')),
    insolvency_date TEXT,
    address TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    registration_no TEXT NOT NULL DEFAULT '',
    payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 3650),
    contact_email TEXT NOT NULL DEFAULT '',
    -- The decided, factor-wide credit limit; history in credit_requests.
    credit_limit BIGINT NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    limit_review_date TEXT,
    limit_expiry_date TEXT,
    notice_sent INTEGER NOT NULL DEFAULT 0 CHECK (notice_sent IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (status <> 'insolvent' OR insolvency_date IS NOT NULL)
);
CREATE INDEX debtors_name ON debtors (name);
CREATE INDEX debtors_status ON debtors (status);

-- Which clients sell to which debtor, with an optional per-client sub-limit inside the
-- debtor's limit (0: none).
CREATE TABLE client_debtors (
    client_id BIGINT NOT NULL REFERENCES clients (id),
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    sub_limit BIGINT NOT NULL DEFAULT 0 CHECK (sub_limit >= 0),
    PRIMARY KEY (client_id, debtor_id)
);
CREATE INDEX client_debtors_debtor ON client_debtors (debtor_id);

-- Credit-limit requests and the analyst's decision on each (four eyes: decider differs from
-- requester). client_id set: a request for a per-client sub-limit.
CREATE TABLE credit_requests (
    id {{PK}},
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    client_id BIGINT REFERENCES clients (id),
    requested_amount BIGINT NOT NULL CHECK (requested_amount >= 0),
    reason TEXT NOT NULL DEFAULT '',
    requested_by BIGINT NOT NULL REFERENCES users (id),
    requested_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'partial', 'declined', 'hold')),
    decided_amount BIGINT CHECK (decided_amount >= 0),
    decision_reason TEXT NOT NULL DEFAULT '',
    review_date TEXT,
    decided_by BIGINT REFERENCES users (id),
    decided_at TEXT,
    decision_date TEXT,                               -- the business date of the decision
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX credit_requests_debtor ON credit_requests (debtor_id);
CREATE INDEX credit_requests_status ON credit_requests (status);

-- Pre-shipment order approvals (docs/domain.md §5).
CREATE TABLE order_approvals (
    id {{PK}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    order_ref TEXT NOT NULL DEFAULT '',
    amount BIGINT NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL DEFAULT 'EUR',
    ship_date TEXT NOT NULL,
    requested_by BIGINT NOT NULL REFERENCES users (id),
    requested_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'partial', 'declined', 'hold')),
    approved_amount BIGINT CHECK (approved_amount >= 0),
    approval_code TEXT UNIQUE,
    expiry_date TEXT,
    ship_from TEXT,
    ship_to TEXT,
    decision_reason TEXT NOT NULL DEFAULT '',
    decided_by BIGINT REFERENCES users (id),
    decided_at TEXT,
    decision_date TEXT,                               -- the business date of the decision
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX order_approvals_client ON order_approvals (client_id);
CREATE INDEX order_approvals_status ON order_approvals (status);

-- @sqlite
CREATE TRIGGER agreements_no_update BEFORE UPDATE ON agreements
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: agreement versions are never edited; add a new version');
END;
CREATE TRIGGER agreements_no_delete BEFORE DELETE ON agreements
BEGIN
    SELECT RAISE(ABORT, 'FactorDesk: agreement versions are never deleted');
END;
-- @postgres
CREATE TRIGGER agreements_no_change BEFORE UPDATE OR DELETE ON agreements
    FOR EACH ROW EXECUTE FUNCTION factordesk_append_only();
-- @all
