#include "creditnoteservice.h"

#include "clock.h"
#include "collectionstore.h"
#include "creditnotecsv.h"
#include "csvreader.h"
#include "database.h"
#include "error.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace FactorDesk {

namespace {

void requireCreditNoteRole(const Session &who)
{
    who.require(Roles(Role::Clerk) | Role::Manager,
                QCoreApplication::translate("FactorDesk::CreditNoteService", "enter credit notes"));
}

} // namespace

qint64 CreditNoteService::add(const Session &who, const CreditNoteInput &in)
{
    requireCreditNoteRole(who);
    if (in.invoiceNo.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("invoice: name the invoice."),
                    QStringLiteral("invoice"));
    return retryOnConflict(
        m_db, tr("Another user changed invoice %1; try again.").arg(in.invoiceNo), [&] {
            Transaction tx(m_db);
            CollectionStore store(m_db);
            const auto inv =
                store.invoiceOf(store.clientIdOf(in.clientCode), in.invoiceNo.trimmed());
            const qint64 id =
                store.postCreditNote(who, inv, in.amount, in.date, in.reference.trimmed(),
                                     CollectionStore::Source::Manual);
            tx.commit();
            return id;
        });
}

QList<qint64> CreditNoteService::importCsv(const Session &who, const QString &clientCode,
                                           const QString &path)
{
    requireCreditNoteRole(who);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    tr("%1: the file cannot be read (%2).").arg(path, file.errorString()),
                    QStringLiteral("file"));
    return importData(who, clientCode, file.readAll(), QFileInfo(path).fileName());
}

QList<qint64> CreditNoteService::importData(const Session &who, const QString &clientCode,
                                            const QByteArray &data, const QString &fileName)
{
    requireCreditNoteRole(who);
    const CreditNoteCsv::Result parsed = CreditNoteCsv::parse(data, fileName);
    QStringList problems = parsed.problems;
    QList<CreditNoteCsv::Issue> issues = parsed.issues;
    Transaction tx(m_db);
    const QList<qint64> ids = postRows(who, clientCode, parsed, fileName, issues, problems);
    if (!problems.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("%n line(s) refused; nothing was imported:", nullptr, int(problems.size())) +
                        QLatin1Char('\n') + problems.join(QLatin1Char('\n')),
                    QStringLiteral("file"));
    tx.commit();
    return ids;
}

CreditNoteImportCheck CreditNoteService::check(const Session &who, const QString &clientCode,
                                               const QByteArray &data, const QString &fileName)
{
    requireCreditNoteRole(who);
    const CreditNoteCsv::Result parsed = CreditNoteCsv::parse(data, fileName);
    CreditNoteImportCheck out;
    out.lines = parsed.lines;
    out.issues = parsed.issues;
    QStringList problems = parsed.problems;
    // Posted and rolled back: the rows are checked exactly as the import checks them.
    Transaction tx(m_db);
    postRows(who, clientCode, parsed, fileName, out.issues, problems);
    std::stable_sort(out.issues.begin(), out.issues.end(),
                     [](const auto &a, const auto &b) { return a.line < b.line; });
    return out;
}

QList<qint64> CreditNoteService::postRows(const Session &who, const QString &clientCode,
                                          const CreditNoteCsv::Result &parsed,
                                          const QString &fileName,
                                          QList<CreditNoteCsv::Issue> &issues,
                                          QStringList &problems)
{
    QList<qint64> ids;
    CollectionStore store(m_db);
    const qint64 fileClient = clientCode.trimmed().isEmpty() ? 0 : store.clientIdOf(clientCode);
    for (const CreditNoteCsvRow &row : parsed.rows) {
        // Each row is checked against what the rows before it left open; a row refused keeps
        // its line and reason, and one refusal stores nothing of the file.
        try {
            if (!fileClient && row.client.isEmpty())
                throw Error(Error::Kind::Validation, tr("no client (name one for the file)"),
                            QStringLiteral("client"));
            const qint64 clientId =
                row.client.isEmpty() ? fileClient : store.clientIdOf(row.client);
            if (fileClient && clientId != fileClient)
                throw Error(Error::Kind::Validation,
                            tr("%1 is not the client of the file (%2)").arg(row.client, clientCode),
                            QStringLiteral("client"));
            const CollectionStore::Invoice inv = store.invoiceOf(clientId, row.invoiceNo);
            const Money amount =
                Money::parseOrThrow(row.amount, QStringLiteral("amount"), inv.currency);
            ids << store.postCreditNote(who, inv, amount, row.date, row.reference,
                                        CollectionStore::Source::Csv, row.line);
        } catch (const Error &e) {
            if (e.kind() == Error::Kind::Storage || e.kind() == Error::Kind::Busy ||
                e.kind() == Error::Kind::Permission)
                throw;
            QString reason = e.message();
            QString field = e.field().isEmpty() ? QStringLiteral("invoice_no") : e.field();
            if (reason.startsWith(field + QStringLiteral(": ")))
                reason = reason.mid(field.size() + 2);
            if (field == QLatin1String("invoice"))
                field = QStringLiteral("invoice_no");
            problems << CreditNoteCsv::problem(fileName, row.line, field, reason);
            issues.append({row.line, field, reason});
        }
    }
    return ids;
}

QList<CreditNote> CreditNoteService::list(const QString &clientCode) const
{
    QString sql = QStringLiteral(
        "SELECT n.id, c.code, d.code, i.invoice_no, n.amount, n.currency, n.note_date, "
        "n.reference, n.source, n.journal_entry_id, u.username FROM credit_notes n JOIN clients c "
        "ON c.id = n.client_id JOIN invoices i ON i.id = n.invoice_id JOIN debtors d ON d.id = "
        "i.debtor_id JOIN users u ON u.id = n.created_by");
    if (!clientCode.isEmpty())
        sql += QStringLiteral(" WHERE lower(c.code) = lower(?)");
    sql += QStringLiteral(" ORDER BY n.id DESC");
    SqlQuery q(m_db, sql);
    if (!clientCode.isEmpty())
        q.bind(clientCode.trimmed());
    q.exec();
    QList<CreditNote> out;
    while (q.next()) {
        CreditNote n;
        n.id = q.int64(0);
        n.clientCode = q.text(1);
        n.debtorCode = q.text(2);
        n.invoiceNo = q.text(3);
        n.amount = Money::fromMinor(q.int64(4), Currency(q.text(5)));
        n.date = parseIsoDate(q.text(6));
        n.reference = q.text(7);
        n.source = q.text(8);
        n.journalEntryId = q.int64(9);
        n.createdBy = q.text(10);
        out << n;
    }
    return out;
}

} // namespace FactorDesk
