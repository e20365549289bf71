// The client statement as CSV, JSON and plain text, and the batch of statements to PDF.
#include "clientstatementreport.h"

#include "clientservice.h"
#include "clock.h"
#include "csvwriter.h"
#include "error.h"
#include "statementquery.h"

#include <QDir>
#include <QJsonArray>
#include <QTextStream>

namespace FactorDesk {

namespace {

QString plain(Money m)
{
    return m.toPlainString();
}

QStringList balanceCells(const StatementBalances &b, bool recourse = true)
{
    QStringList cells = {plain(b.receivables), plain(b.reserve), plain(b.fundsEmployed)};
    if (recourse)
        cells << plain(b.recourse);
    cells << plain(b.paymentsDue);
    return cells;
}

QJsonObject balancesJson(const StatementBalances &b)
{
    return {{QStringLiteral("receivables"), plain(b.receivables)},
            {QStringLiteral("reserve"), plain(b.reserve)},
            {QStringLiteral("funds_employed"), plain(b.fundsEmployed)},
            {QStringLiteral("recourse"), plain(b.recourse)},
            {QStringLiteral("payments_due"), plain(b.paymentsDue)}};
}

const QStringList kBalanceNames = {QStringLiteral("receivables"), QStringLiteral("reserve"),
                                   QStringLiteral("funds_employed"), QStringLiteral("recourse"),
                                   QStringLiteral("payments_due")};
const QStringList kBucketNames = {QStringLiteral("current"), QStringLiteral("1-30"),
                                  QStringLiteral("31-60"), QStringLiteral("61-90"),
                                  QStringLiteral("90+")};

} // namespace

QString ClientStatementReport::csv(const ClientStatement &s)
{
    QString out;
    QTextStream o(&out);
    const auto row = [&](const QStringList &cells) { o << CsvWriter::row(cells) << "\r\n"; };
    row({QStringLiteral("client"), QStringLiteral("from"), QStringLiteral("to"),
         QStringLiteral("as_of"), QStringLiteral("currency")});
    row({s.clientCode, isoDate(s.from), isoDate(s.to), isoDate(s.asOf), s.currency.code()});
    o << "\r\n";
    row({QStringLiteral("balance"), QStringLiteral("opening"), QStringLiteral("movements"),
         QStringLiteral("closing")});
    const QStringList opening = balanceCells(s.opening), totals = balanceCells(s.totals),
                      closing = balanceCells(s.closing);
    for (int i = 0; i < kBalanceNames.size(); ++i)
        row({kBalanceNames.at(i), opening.at(i), totals.at(i), closing.at(i)});
    o << "\r\n";
    row(QStringList{QStringLiteral("date"), QStringLiteral("entry"), QStringLiteral("kind"),
                    QStringLiteral("reference")} +
        kBalanceNames + QStringList{QStringLiteral("working")});
    for (const StatementMovement &m : s.movements)
        row(QStringList{isoDate(m.date), QString::number(m.entryId), m.kind, m.reference} +
            balanceCells(m.effect) + QStringList{m.working});
    o << "\r\n";
    row({QStringLiteral("invoice"), QStringLiteral("debtor"), QStringLiteral("invoice_date"),
         QStringLiteral("due_date"), QStringLiteral("days_past_due"), QStringLiteral("bucket"),
         QStringLiteral("face"), QStringLiteral("open")});
    for (const StatementInvoice &i : s.openInvoices)
        row({i.invoiceNo, i.debtor, isoDate(i.invoiceDate), isoDate(i.dueDate),
             QString::number(i.daysPastDue), kBucketNames.at(i.bucket), plain(i.face),
             plain(i.open)});
    o << "\r\n";
    row(kBucketNames + QStringList{QStringLiteral("total")});
    QStringList aging;
    for (const Money &m : s.aging.amounts)
        aging << plain(m);
    row(aging + QStringList{plain(s.openTotal)});
    o << "\r\n";
    row({QStringLiteral("eligible"), QStringLiteral("advance_rate"),
         QStringLiteral("funds_employed"), QStringLiteral("over_advance"),
         QStringLiteral("available")});
    const StatementAvailability &a = s.availability;
    row({plain(a.eligible), a.hasTerms ? a.advanceRate.toPercentString() : QString(),
         plain(a.fundsEmployed), plain(a.overAdvanceLimit), plain(a.available)});
    o.flush();
    return out;
}

QJsonObject ClientStatementReport::json(const ClientStatement &s)
{
    QJsonArray movements;
    for (const StatementMovement &m : s.movements) {
        QJsonObject o = balancesJson(m.effect);
        o.insert(QStringLiteral("date"), isoDate(m.date));
        o.insert(QStringLiteral("entry"), m.entryId);
        o.insert(QStringLiteral("kind"), m.kind);
        o.insert(QStringLiteral("label"), m.kindLabel);
        o.insert(QStringLiteral("reference"), m.reference);
        if (!m.working.isEmpty())
            o.insert(QStringLiteral("working"), m.working);
        movements.append(o);
    }
    QJsonArray invoices;
    for (const StatementInvoice &i : s.openInvoices)
        invoices.append(QJsonObject{{QStringLiteral("invoice"), i.invoiceNo},
                                    {QStringLiteral("debtor"), i.debtor},
                                    {QStringLiteral("invoice_date"), isoDate(i.invoiceDate)},
                                    {QStringLiteral("due_date"), isoDate(i.dueDate)},
                                    {QStringLiteral("days_past_due"), i.daysPastDue},
                                    {QStringLiteral("bucket"), kBucketNames.at(i.bucket)},
                                    {QStringLiteral("face"), plain(i.face)},
                                    {QStringLiteral("open"), plain(i.open)}});
    QJsonObject aging;
    for (int b = 0; b < StatementAging::Buckets; ++b)
        aging.insert(kBucketNames.at(b), plain(s.aging.amounts[b]));
    aging.insert(QStringLiteral("total"), plain(s.openTotal));
    const StatementAvailability &a = s.availability;
    QJsonObject availability{{QStringLiteral("eligible"), plain(a.eligible)},
                             {QStringLiteral("funds_employed"), plain(a.fundsEmployed)},
                             {QStringLiteral("over_advance"), plain(a.overAdvanceLimit)},
                             {QStringLiteral("available"), plain(a.available)}};
    if (a.hasTerms)
        availability.insert(QStringLiteral("advance_rate"), a.advanceRate.toPercentString());
    return {{QStringLiteral("client"), s.clientCode},
            {QStringLiteral("name"), s.clientName},
            {QStringLiteral("currency"), s.currency.code()},
            {QStringLiteral("from"), isoDate(s.from)},
            {QStringLiteral("to"), isoDate(s.to)},
            {QStringLiteral("as_of"), isoDate(s.asOf)},
            {QStringLiteral("opening"), balancesJson(s.opening)},
            {QStringLiteral("movements"), movements},
            {QStringLiteral("totals"), balancesJson(s.totals)},
            {QStringLiteral("closing"), balancesJson(s.closing)},
            {QStringLiteral("ties"), s.ties()},
            {QStringLiteral("open_invoices"), invoices},
            {QStringLiteral("aging"), aging},
            {QStringLiteral("availability"), availability}};
}

QString ClientStatementReport::text(const ClientStatement &s)
{
    QString out;
    QTextStream o(&out);
    const auto cols = [&](const QStringList &cells) {
        o << cells.at(0).leftJustified(12) << cells.at(1).leftJustified(22)
          << cells.at(2).left(34).leftJustified(35);
        for (int i = 3; i < cells.size(); ++i)
            o << cells.at(i).rightJustified(16);
        o << '\n';
    };
    o << tr("Statement of %1 (%2), %3 to %4, as of %5, in %6")
             .arg(s.clientCode, s.clientName, isoDate(s.from), isoDate(s.to), isoDate(s.asOf),
                  s.currency.code())
      << "\n\n";
    const QStringList heads = {tr("Receivables"), tr("Reserve"), tr("Funds employed"),
                               tr("Recourse"), tr("Payments due")};
    cols(QStringList{tr("Date"), tr("Kind"), tr("Reference")} + heads);
    cols(QStringList{isoDate(s.from), tr("Opening balance"), QString()} + balanceCells(s.opening));
    for (const StatementMovement &m : s.movements)
        cols(QStringList{isoDate(m.date), m.kindLabel, m.reference} + balanceCells(m.effect));
    cols(QStringList{isoDate(s.end), tr("Total movements"), QString()} + balanceCells(s.totals));
    cols(QStringList{isoDate(s.end), tr("Closing balance"), QString()} + balanceCells(s.closing));
    o << '\n'
      << tr("Open invoices at %1: %n, total %2", nullptr, int(s.openInvoices.size()))
             .arg(isoDate(s.end), plain(s.openTotal))
      << '\n';
    for (int b = 0; b < StatementAging::Buckets; ++b)
        o << "  " << kBucketNames.at(b).leftJustified(8) << plain(s.aging.amounts[b]) << '\n';
    o << tr("Available to draw: %1").arg(plain(s.availability.available)) << '\n';
    o.flush();
    return out;
}

int ClientStatementReport::writeBatch(Database &db, QDate from, QDate to, QDate asOf,
                                      const QString &folder, const Progress &progress,
                                      const QLocale &locale)
{
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Storage, tr("Cannot create the folder %1.").arg(folder));
    QList<Client> active;
    for (const Client &c : ClientService(db).list())
        if (c.status == ClientStatus::Active)
            active.append(c);
    const ReportParty factor = PurchaseAdvice::factor(db);
    const StatementQuery query(db);
    int written = 0;
    for (int i = 0; i < active.size(); ++i) {
        if (progress && !progress(i, int(active.size()), active.at(i).code))
            return written;
        const ClientStatement s = query.statement(active.at(i).id, from, to, asOf);
        writePdf(s, factor, QDir(folder).filePath(suggestedFileName(s)), locale);
        ++written;
    }
    if (progress)
        progress(int(active.size()), int(active.size()), QString());
    return written;
}

} // namespace FactorDesk
