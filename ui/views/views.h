#pragma once

namespace FactorDesk {

class MainWindow;

// Each area adds its views to the main window; the window calls these in this order.
void addFoundationViews(MainWindow &window); // Journal, Trial balance, Users, Audit log
void addClientViews(MainWindow &window);     // Clients
void addDebtorViews(MainWindow &window);     // Debtors, Credit, Order approvals
void addScheduleViews(MainWindow &window);   // Schedules, Invoices (and "New purchase…")
void addReceiptViews(MainWindow &window);    // Cash posting
void addPaymentViews(MainWindow &window);    // Payments
} // namespace FactorDesk
