#include "ledgerexport.h"

#include "tableexport.h"

#include <QCoreApplication>

namespace FactorDesk::LedgerExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FactorDesk::LedgerExport", text);
}

struct CurrencyTotal
{
    QString currency;
    qint64 debit = 0;
    qint64 credit = 0;
};

} // namespace

QStringList journalColumns()
{
    return {QStringLiteral("entry"),  QStringLiteral("date"),    QStringLiteral("kind"),
            QStringLiteral("memo"),   QStringLiteral("account"), QStringLiteral("account_name"),
            QStringLiteral("debit"),  QStringLiteral("credit"),  QStringLiteral("currency"),
            QStringLiteral("client"), QStringLiteral("debtor"),  QStringLiteral("invoice")};
}

Tabular journalTable(const QList<JournalRow> &rows, int *totalsRows)
{
    Tabular t;
    const QStringList names = journalColumns();
    for (const QString &name : names) {
        Tabular::Kind kind = Tabular::Kind::Text;
        if (name == QLatin1String("entry") || name == QLatin1String("debit") ||
            name == QLatin1String("credit"))
            kind = Tabular::Kind::Number;
        else if (name == QLatin1String("date"))
            kind = Tabular::Kind::Date;
        t.column(name, kind);
    }
    QList<CurrencyTotal> totals;
    for (const JournalRow &r : rows) {
        const int dec = Currency(r.currency).decimals();
        t.row({QString::number(r.entryId), r.date.toString(Qt::ISODate), r.kind, r.memo, r.account,
               r.accountName, Money::plain(r.debit, dec), Money::plain(r.credit, dec), r.currency,
               r.client, r.debtor, r.invoice});
        auto it = std::find_if(totals.begin(), totals.end(),
                               [&](const CurrencyTotal &c) { return c.currency == r.currency; });
        if (it == totals.end())
            it = totals.insert(totals.end(), CurrencyTotal{r.currency});
        it->debit += r.debit;
        it->credit += r.credit;
    }
    for (const CurrencyTotal &c : std::as_const(totals)) {
        const int dec = Currency(c.currency).decimals();
        t.row({QString(), QString(), QString(), tr("Total"), QString(), QString(),
               Money::plain(c.debit, dec), Money::plain(c.credit, dec), c.currency, QString(),
               QString(), QString()});
    }
    if (totalsRows)
        *totalsRows = int(totals.size());
    return t;
}

Tabular trialBalanceTable(const QList<AccountBalance> &balances, const Currency &currency)
{
    Tabular t;
    t.column(QStringLiteral("account"))
        .column(QStringLiteral("account_name"))
        .column(QStringLiteral("type"))
        .column(QStringLiteral("debit"), Tabular::Kind::Number)
        .column(QStringLiteral("credit"), Tabular::Kind::Number)
        .column(QStringLiteral("currency"));
    const int dec = currency.decimals();
    qint64 debit = 0;
    qint64 credit = 0;
    for (const AccountBalance &b : balances) {
        t.row({b.code, b.name, b.type, Money::plain(b.debit, dec), Money::plain(b.credit, dec),
               currency.code()});
        debit += b.debit;
        credit += b.credit;
    }
    t.row({QString(), tr("Total"), QString(), Money::plain(debit, dec), Money::plain(credit, dec),
           currency.code()});
    return t;
}

int exportJournal(const JournalService &journal, const JournalFilter &filter, const QString &path)
{
    checkTableFileName(path);
    const QList<JournalRow> rows = journal.rows(filter);
    int totalsRows = 0;
    const Tabular table = journalTable(rows, &totalsRows);
    writeTableFile(table, path, tr("Journal"), TableFileOptions{totalsRows});
    return int(rows.size());
}

int exportTrialBalance(const JournalService &journal, QDate asOf, const Currency &currency,
                       const QString &path)
{
    checkTableFileName(path);
    const QList<AccountBalance> balances = journal.trialBalance(asOf, currency.code());
    writeTableFile(trialBalanceTable(balances, currency), path, tr("Trial balance"),
                   TableFileOptions{1});
    return int(balances.size());
}

} // namespace FactorDesk::LedgerExport
