-- FactorDesk schema 16: the two accounts of docs/domain.md §7 the first chart did not have.
-- 2300 holds what is owed to clients and approved but not yet sent (advances, reserve
-- releases) until a payment run sends it; 4300 takes per-item charges, minimum-fee top-ups
-- and penalties, kept apart from commission income.
INSERT INTO accounts (code, name, type) VALUES ('2300', 'Payments due to clients', 'liability');
INSERT INTO accounts (code, name, type) VALUES ('4300', 'Charges income', 'income');
