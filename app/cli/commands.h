#pragma once

// Each area registers its commands here; cli.cpp calls every function once.
namespace FactorDesk::Cli {
void registerFoundationCommands(); // init, user, journal, trial-balance, audit
void registerClientCommands();     // client, agreement
void registerDebtorCommands();     // debtor
void registerCreditCommands();     // limit
void registerOrderCommands();      // order
void registerScheduleCommands();   // schedule, invoice
void registerReceiptCommands();    // receipt, bank-account
void registerWorklistCommands();   // collections, note
void registerCollectionCommands(); // credit-note, dispute, chargeback, buyback, credit-loss
void registerFeeCommands();        // base-rate, business-date, period, fees, interest, eod
void registerExportCommands();     // export journal, export trial-balance
void registerPaymentCommands();    // payment
void registerStatementCommands();  // statement, statement batch
void registerReserveCommands();    // reserve
} // namespace FactorDesk::Cli
