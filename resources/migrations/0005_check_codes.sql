-- FactorDesk schema 5: the check results of an invoice line as codes and figures, never as
-- sentences. check_codes holds a compact JSON list
-- ([{"code":"over_credit_limit","severity":"ineligible","amount":"500.00","debtor":"BIG",
-- "limit":"1500.00","exposure":"1000.00","excess":"500.00"}, ...]); the program writes the
-- sentence in the user's language when it shows one. Lines stored before this schema keep
-- their sentences in checks (check_codes NULL) and show them as they are; new lines write '[]'
-- there.

ALTER TABLE invoices ADD COLUMN check_codes TEXT;
