-- FactorDesk schema 12: credit notes, disputes, chargebacks, buy-back payments and credit
-- losses (docs/domain.md §4 steps 5-7, §9). Each act posts its own journal entry (§7); these
-- tables keep what the entry cannot say (the reason, the dispute's state, where a chargeback
-- came from). Invoice balances stay the journal's (invoices.open_balance is its cache).

-- A credit note of the client against one invoice (dilution): Dr client reserves / Cr
-- factored receivables.
CREATE TABLE credit_notes (
    id {{PK}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    note_date TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'csv', 'dispute')),
    source_line INTEGER NOT NULL DEFAULT 0,
    journal_entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX credit_notes_client ON credit_notes (client_id, note_date);
CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id);

-- A chargeback of (part of) an invoice to the client: Cr factored receivables; Dr client
-- reserves what the reserve covered, Dr recourse receivable the rest.
CREATE TABLE chargebacks (
    id {{PK}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    from_reserve BIGINT NOT NULL CHECK (from_reserve >= 0),
    to_recourse BIGINT NOT NULL CHECK (to_recourse >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    chargeback_date TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) >= 1),
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'dispute', 'recourse', 'insolvency')),
    journal_entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    CHECK (amount = from_reserve + to_recourse)
);
CREATE INDEX chargebacks_client ON chargebacks (client_id, chargeback_date);
CREATE INDEX chargebacks_invoice ON chargebacks (invoice_id);

-- A debtor's deduction or dispute (reason codes: DisputeReasons). Open until resolved as paid,
-- credited (a credit note) or charged back (a chargeback).
CREATE TABLE disputes (
    id {{PK}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    reason_code TEXT NOT NULL CHECK (length(reason_code) BETWEEN 1 AND 32),
    note TEXT NOT NULL DEFAULT '',
    receipt_id BIGINT REFERENCES receipts (id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'credited', 'charged_back')),
    opened_on TEXT NOT NULL,
    opened_by BIGINT NOT NULL REFERENCES users (id),
    opened_at TEXT NOT NULL,
    resolution_note TEXT NOT NULL DEFAULT '',
    resolved_by BIGINT REFERENCES users (id),
    resolved_at TEXT,
    credit_note_id BIGINT REFERENCES credit_notes (id),
    chargeback_id BIGINT REFERENCES chargebacks (id),
    CHECK (status = 'open' OR resolved_by IS NOT NULL),
    CHECK (status <> 'credited' OR credit_note_id IS NOT NULL),
    CHECK (status <> 'charged_back' OR chargeback_id IS NOT NULL)
);
CREATE INDEX disputes_invoice ON disputes (invoice_id, status);
CREATE INDEX disputes_status ON disputes (status, client_id);

-- The client's cash paying a buy-back: Dr bank / Cr recourse receivable (client reserves for
-- what is paid beyond it).
CREATE TABLE buyback_payments (
    id {{PK}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    payment_date TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    journal_entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX buyback_payments_client ON buyback_payments (client_id, payment_date);

-- The factor's credit loss on a credit-approved invoice of an insolvent debtor (without
-- recourse): Dr credit losses / Cr factored receivables.
CREATE TABLE credit_losses (
    id {{PK}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    loss_date TEXT NOT NULL,
    journal_entry_id BIGINT NOT NULL REFERENCES journal_entries (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX credit_losses_invoice ON credit_losses (invoice_id);

-- A resolved chargeback can be bought again (§4.6): an invoice charged back in full is no
-- longer live (ChargebackService sets its live_key to NULL), and the purchase-once index no
-- longer counts it, so a later schedule may carry the same client and invoice number.
DROP INDEX invoices_purchased_once;
CREATE UNIQUE INDEX invoices_purchased_once ON invoices (client_id, invoice_no)
    WHERE status <> 'pending' AND status <> 'rejected' AND status <> 'charged_back';
