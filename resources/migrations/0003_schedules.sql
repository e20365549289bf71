-- FactorDesk schema 3: schedules of accounts, invoices, payments due to clients.

CREATE TABLE schedules (
    id {{PK}},
    number TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 32),
    client_id BIGINT NOT NULL REFERENCES clients (id),
    schedule_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'funded', 'rejected')),
    currency TEXT NOT NULL,
    source_file TEXT NOT NULL DEFAULT '',
    agreement_id BIGINT REFERENCES agreements (id),
    invoice_count INTEGER NOT NULL DEFAULT 0,
    face_total BIGINT NOT NULL DEFAULT 0,
    eligible_total BIGINT NOT NULL DEFAULT 0,
    advance_total BIGINT NOT NULL DEFAULT 0,
    commission_total BIGINT NOT NULL DEFAULT 0,
    reserve_total BIGINT NOT NULL DEFAULT 0,
    charges_total BIGINT NOT NULL DEFAULT 0,
    net_payment BIGINT NOT NULL DEFAULT 0,
    maturity_date TEXT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    approved_by BIGINT REFERENCES users (id),
    approved_at TEXT,
    rejected_by BIGINT REFERENCES users (id),
    rejected_at TEXT,
    rejected_reason TEXT NOT NULL DEFAULT '',
    funded_by BIGINT REFERENCES users (id),
    funded_at TEXT,
    funding_date TEXT,
    journal_entry_id BIGINT,
    CHECK (face_total = advance_total + commission_total + reserve_total OR status <> 'funded'),
    CHECK (status <> 'funded' OR (funded_by IS NOT NULL AND funding_date IS NOT NULL))
);
CREATE INDEX schedules_client ON schedules (client_id, schedule_date);
CREATE INDEX schedules_status ON schedules (status);

-- One invoice line of a schedule. checks: the check results as JSON
-- ([{"code":"over_limit","severity":"ineligible","message":"...","amount":12300}, ...]).
CREATE TABLE invoices (
    id {{PK}},
    schedule_id BIGINT NOT NULL REFERENCES schedules (id),
    line_no INTEGER NOT NULL,
    client_id BIGINT NOT NULL REFERENCES clients (id),
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    invoice_no TEXT NOT NULL CHECK (length(invoice_no) >= 1),
    invoice_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    approval_code TEXT NOT NULL DEFAULT '',
    order_approval_id BIGINT REFERENCES order_approvals (id),
    po TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'rejected', 'open', 'paid', 'charged_back', 'written_off', 'closed')),
    eligible_amount BIGINT NOT NULL DEFAULT 0 CHECK (eligible_amount >= 0),
    advance BIGINT NOT NULL DEFAULT 0,
    commission BIGINT NOT NULL DEFAULT 0,
    reserve BIGINT NOT NULL DEFAULT 0,
    open_balance BIGINT NOT NULL DEFAULT 0,
    checks TEXT NOT NULL DEFAULT '[]',
    override_reason TEXT NOT NULL DEFAULT '',
    override_by BIGINT REFERENCES users (id),
    override_at TEXT,
    purchased_at TEXT,
    UNIQUE (schedule_id, line_no),
    CHECK (eligible_amount <= amount),
    CHECK (status = 'pending' OR status = 'rejected' OR amount = advance + commission + reserve)
);
CREATE INDEX invoices_client ON invoices (client_id, status);
CREATE INDEX invoices_debtor ON invoices (debtor_id, status);
CREATE INDEX invoices_status_due ON invoices (status, due_date);
CREATE INDEX invoices_number ON invoices (invoice_no);
CREATE INDEX invoices_debtor_date_amount ON invoices (debtor_id, invoice_date, amount);
-- The Invoices view sorts by any column with the id as tie-break and reads page after page
-- by key: one index per sort order, so the first page never waits for a sort of every row.
CREATE INDEX invoices_client_id ON invoices (client_id, id);
CREATE INDEX invoices_debtor_id ON invoices (debtor_id, id);
CREATE INDEX invoices_invoice_date ON invoices (invoice_date, id);
CREATE INDEX invoices_due_date ON invoices (due_date, id);
CREATE INDEX invoices_amount ON invoices (amount, id);
CREATE INDEX invoices_open_balance ON invoices (open_balance, id);
-- A client's invoice can be bought once.
CREATE UNIQUE INDEX invoices_purchased_once ON invoices (client_id, invoice_no) WHERE status <> 'pending' AND status <> 'rejected';

-- Money the factor owes a client and pays out (the funding of a schedule, later reserve
-- releases).
CREATE TABLE client_payments (
    id {{PK}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    schedule_id BIGINT REFERENCES schedules (id),
    kind TEXT NOT NULL CHECK (kind IN ('funding', 'reserve_release', 'maturity')),
    amount BIGINT NOT NULL CHECK (amount >= 0),
    currency TEXT NOT NULL,
    due_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'paid', 'cancelled')),
    bank_account TEXT NOT NULL DEFAULT '',
    journal_entry_id BIGINT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX client_payments_client ON client_payments (client_id, status);

-- Notices of assignment sent to debtors, per client (the first purchase on a debtor new to
-- the factor for a notified client).
CREATE TABLE assignment_notices (
    client_id BIGINT NOT NULL REFERENCES clients (id),
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    schedule_id BIGINT NOT NULL REFERENCES schedules (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (client_id, debtor_id)
);
