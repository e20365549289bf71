#include "receiptstore.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "ledger.h"
#include "settingsrepository.h"
#include "sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace FactorDesk {

namespace {

QString placeholders(qsizetype n)
{
    QStringList p;
    for (qsizetype i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QStringLiteral(", "));
}

QString statusName(const CashMatch &m, Money unapplied)
{
    if (m.outcome == CashMatch::Outcome::Suggested && !m.suggested.isEmpty())
        return QStringLiteral("suggested");
    return unapplied.isPositive() ? QStringLiteral("unapplied") : QStringLiteral("applied");
}

Money sumOf(const QList<CashAllocation> &parts, Currency c)
{
    Money s = Money::fromMinor(0, c);
    for (const CashAllocation &a : parts)
        s += a.amount;
    return s;
}

QString nameKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

} // namespace

QStringList ReceiptStore::bankAccounts() const
{
    QStringList out;
    SqlQuery q(m_db, QStringLiteral("SELECT account FROM bank_accounts ORDER BY id"));
    q.exec();
    while (q.next())
        out << q.text(0);
    return out;
}

void ReceiptStore::insertBankAccount(const QString &account, const QString &currency,
                                     const QString &name, qint64 userId, const QString &stamp)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO bank_accounts (account, currency, name, created_by, "
                                  "created_at) VALUES (?, ?, ?, ?, ?)"))
        .bind(account)
        .bind(currency)
        .bind(name)
        .bind(userId)
        .bind(stamp)
        .exec();
}

Currency ReceiptStore::booksCurrency() const
{
    return SettingsRepository(m_db).currency();
}

qint64 ReceiptStore::importWithHash(const QString &sha) const
{
    return SqlQuery(m_db, QStringLiteral("SELECT id FROM bank_imports WHERE file_sha256 = ? ORDER "
                                         "BY id LIMIT 1"))
        .bind(sha)
        .scalar()
        .toLongLong();
}

qint64 ReceiptStore::insertImport(const QString &fileName, const QString &sha,
                                  const QString &message, const QString &account, qint64 userId,
                                  const QString &stamp)
{
    return SqlQuery(m_db, QStringLiteral("INSERT INTO bank_imports (file_name, file_sha256, "
                                         "message, account, imported_by, imported_at) VALUES (?, "
                                         "?, ?, ?, ?, ?) RETURNING id"))
        .bind(fileName)
        .bind(sha)
        .bind(message)
        .bind(account)
        .bind(userId)
        .bind(stamp)
        .scalar()
        .toLongLong();
}

void ReceiptStore::finishImport(qint64 id, int read, int credits, int applied, int suggested,
                                int unapplied, int skipped, int duplicates,
                                const QJsonArray &skippedList)
{
    SqlQuery(m_db,
             QStringLiteral("UPDATE bank_imports SET read_count = ?, booked_credits = ?, "
                            "applied_count = ?, suggested_count = ?, unapplied_count = ?, "
                            "skipped_count = ?, duplicate_count = ?, skipped = ? WHERE id = ?"))
        .bind(read)
        .bind(credits)
        .bind(applied)
        .bind(suggested)
        .bind(unapplied)
        .bind(skipped)
        .bind(duplicates)
        .bind(QString::fromUtf8(QJsonDocument(skippedList).toJson(QJsonDocument::Compact)))
        .bind(id)
        .exec();
}

qint64 ReceiptStore::receiptWithKey(const QString &key) const
{
    return SqlQuery(m_db, QStringLiteral("SELECT id FROM receipts WHERE bank_key = ?"))
        .bind(key)
        .scalar()
        .toLongLong();
}

void ReceiptStore::indexMatchKeys()
{
    // Ids only grow; a window below the highest indexed id catches invoices that another
    // connection committed late (PostgreSQL hands out ids before commit).
    const qint64 mark =
        SqlQuery(m_db,
                 QStringLiteral("SELECT COALESCE(MAX(invoice_id), 0) FROM invoice_match_keys"))
            .scalar()
            .toLongLong();
    SqlQuery q(m_db, QStringLiteral("SELECT i.id, i.invoice_no FROM invoices i WHERE i.id > ? AND "
                                    "NOT EXISTS (SELECT 1 FROM invoice_match_keys k WHERE "
                                    "k.invoice_id = i.id) ORDER BY i.id"));
    q.bind(std::max<qint64>(0, mark - 10000)).exec();
    QList<QPair<qint64, QString>> rows;
    while (q.next())
        rows.append({q.int64(0), CashMatching::matchKey(q.text(1))});
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO invoice_match_keys (invoice_id, match_key) "
                                      "VALUES (?, ?)"));
    for (const auto &[id, key] : rows)
        ins.bind(id).bind(key).exec();
}

qint64 ReceiptStore::debtorByAlias(const QString &account, const QString &name) const
{
    if (!account.isEmpty()) {
        const qint64 id = SqlQuery(m_db, QStringLiteral("SELECT debtor_id FROM debtor_aliases "
                                                        "WHERE kind = 'account' AND value = ?"))
                              .bind(account)
                              .scalar()
                              .toLongLong();
        if (id)
            return id;
    }
    if (!name.isEmpty())
        return SqlQuery(m_db, QStringLiteral("SELECT debtor_id FROM debtor_aliases WHERE kind = "
                                             "'name' AND value = ?"))
            .bind(nameKey(name))
            .scalar()
            .toLongLong();
    return 0;
}

void ReceiptStore::learn(qint64 debtorId, const QString &account, const QString &name,
                         const QString &stamp)
{
    if (!debtorId)
        return;
    const auto put = [&](const char *kind, const QString &value) {
        if (value.isEmpty())
            return;
        SqlQuery(m_db, QStringLiteral("INSERT INTO debtor_aliases (kind, value, debtor_id, "
                                      "created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"))
            .bind(QString::fromLatin1(kind))
            .bind(value)
            .bind(debtorId)
            .bind(stamp)
            .exec();
    };
    put("account", account);
    put("name", nameKey(name));
}

QList<OpenInvoice> ReceiptStore::openInvoicesOfDebtor(qint64 debtorId, Currency currency) const
{
    QList<OpenInvoice> out;
    SqlQuery q(m_db, QStringLiteral("SELECT id, client_id, debtor_id, invoice_no, invoice_date, "
                                    "due_date, open_balance FROM invoices WHERE debtor_id = ? AND "
                                    "status = 'open' AND currency = ? AND open_balance > 0 ORDER "
                                    "BY due_date, invoice_date, id LIMIT 1000"));
    q.bind(debtorId).bind(currency.code()).exec();
    while (q.next())
        out.append({q.int64(0), q.int64(1), q.int64(2), q.text(3), parseIsoDate(q.text(4)),
                    parseIsoDate(q.text(5)), Money::fromMinor(q.int64(6), currency)});
    return out;
}

QHash<qint64, InvoiceTags> ReceiptStore::tagsOf(const QList<CashAllocation> &parts) const
{
    QHash<qint64, InvoiceTags> tags;
    for (const CashAllocation &a : parts) {
        if (tags.contains(a.invoiceId))
            continue;
        SqlQuery q(m_db, QStringLiteral("SELECT client_id, debtor_id FROM invoices WHERE id = ?"));
        q.bind(a.invoiceId).exec();
        if (q.next())
            tags.insert(a.invoiceId, InvoiceTags{q.int64(0), q.int64(1)});
    }
    return tags;
}

void ReceiptStore::changeBalances(const QList<CashAllocation> &parts, int sign)
{
    // The stored balance follows the journal line just posted (a cache `books verify` checks).
    for (const CashAllocation &a : parts) {
        const qint64 delta = sign * a.amount.minor();
        SqlQuery q(m_db, QStringLiteral(
                             "UPDATE invoices SET open_balance = open_balance + ?, status = CASE "
                             "WHEN open_balance + ? = 0 THEN 'paid' ELSE 'open' END WHERE id = ? "
                             "AND status IN ('open', 'paid') AND open_balance + ? >= 0 AND "
                             "open_balance + ? <= amount"));
        q.bind(delta).bind(delta).bind(a.invoiceId).bind(delta).bind(delta).exec();
        if (q.numRowsAffected() != 1)
            throw Error(Error::Kind::Conflict,
                        tr("Invoice %1 changed while the receipt was applied; try again.")
                            .arg(a.invoiceId));
    }
}

void ReceiptStore::insertApplications(qint64 receiptId, const QList<CashAllocation> &parts,
                                      const char *kind, qint64 entryId, qint64 userId,
                                      const QString &stamp)
{
    SqlQuery app(m_db, QStringLiteral("INSERT INTO receipt_applications (receipt_id, invoice_id, "
                                      "amount, kind, rule, journal_entry_id, created_by, "
                                      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CashAllocation &a : parts)
        app.bind(receiptId)
            .bind(a.invoiceId)
            .bind(a.amount.minor())
            .bind(kind)
            .bind(a.rule)
            .bindId(entryId)
            .bind(userId)
            .bind(stamp)
            .exec();
}

void ReceiptStore::dropSuggestions(qint64 receiptId)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM receipt_applications WHERE receipt_id = ? AND kind "
                                  "= 'suggested'"))
        .bind(receiptId)
        .exec();
}

ReceiptStore::Posted ReceiptStore::postReceipt(const Session &who, const NewReceipt &in,
                                               const QString &stamp)
{
    const BankTransaction &t = in.transaction;
    const Currency currency = t.amount.currency();
    qint64 debtorId = in.debtorId;
    if (!debtorId && !in.debtorCode.isEmpty()) {
        debtorId = SqlQuery(m_db, QStringLiteral("SELECT id FROM debtors WHERE code = ?"))
                       .bind(in.debtorCode)
                       .scalar()
                       .toLongLong();
        if (!debtorId)
            throw Error(
                Error::Kind::Validation,
                tr("line %1, debtor: there is no debtor %2.").arg(t.line).arg(in.debtorCode),
                QStringLiteral("debtor"));
    }
    if (!debtorId)
        debtorId = debtorByAlias(t.counterpartyAccount, t.counterpartyName);

    // 1. References that name invoices (docs/domain.md §9), looked up by key in the index.
    QList<OpenInvoice> named;
    QList<OpenInvoice> ambiguous;
    const QStringList structured = t.documentNumbers + t.creditorReferences;
    const QStringList keys = CashMatching::candidateKeys(structured, t.unstructured + t.additional);
    if (!keys.isEmpty()) {
        QHash<QString, QList<OpenInvoice>> byKey; // open invoices per key
        QHash<QString, int> anyStatus;            // invoices of any status per key
        SqlQuery q(m_db,
                   QStringLiteral("SELECT k.match_key, i.id, i.client_id, i.debtor_id, "
                                  "i.invoice_no, i.invoice_date, i.due_date, i.open_balance, "
                                  "i.status, i.currency FROM invoice_match_keys k JOIN invoices i "
                                  "ON i.id = k.invoice_id WHERE k.match_key IN (%1) AND i.status "
                                  "NOT IN ('pending', 'rejected')")
                       .arg(placeholders(keys.size())));
        for (const QString &k : keys)
            q.bind(k);
        q.exec();
        while (q.next()) {
            const QString key = q.text(0);
            if (debtorId && q.int64(3) != debtorId)
                continue; // another debtor's invoice of the same number
            ++anyStatus[key];
            if (q.text(8) != QLatin1String("open") || q.text(9) != currency.code() ||
                q.int64(7) <= 0)
                continue;
            byKey[key].append({q.int64(1), q.int64(2), q.int64(3), q.text(4),
                               parseIsoDate(q.text(5)), parseIsoDate(q.text(6)),
                               Money::fromMinor(q.int64(7), currency)});
        }
        QSet<qint64> taken;
        for (const QString &k : keys) {
            const QList<OpenInvoice> found = byKey.value(k);
            if (found.isEmpty())
                continue;
            if (found.size() == 1 && anyStatus.value(k) == 1) {
                if (!taken.contains(found.first().id))
                    named << found.first();
                taken.insert(found.first().id);
            } else {
                for (const OpenInvoice &i : found)
                    if (!taken.contains(i.id)) {
                        ambiguous << i;
                        taken.insert(i.id);
                    }
            }
        }
        if (in.requireNamed && named.size() < t.documentNumbers.size())
            throw Error(Error::Kind::Validation,
                        tr("invoice: not every invoice named (%1) is one open invoice of %2; "
                           "name each open invoice once.")
                            .arg(t.documentNumbers.join(QStringLiteral(", ")), currency.code()),
                        QStringLiteral("invoice"));
    }
    if (!named.isEmpty())
        ambiguous.clear();
    const QList<OpenInvoice> debtorOpen = (named.isEmpty() && ambiguous.isEmpty() && debtorId)
                                              ? openInvoicesOfDebtor(debtorId, currency)
                                              : QList<OpenInvoice>();
    const CashMatch m = CashMatching::match(t.amount, debtorId, named, ambiguous, debtorOpen);
    debtorId = m.debtorId;

    const QHash<qint64, InvoiceTags> tags = tagsOf(m.applied + m.suggested);
    QString memo = t.counterpartyName;
    if (!t.bankReference.isEmpty())
        memo = memo.isEmpty() ? t.bankReference : memo + QStringLiteral(" · ") + t.bankReference;
    if (memo.isEmpty())
        memo = tr("Receipt");
    const JournalEntry entry =
        receiptPosting(t.valueDate, t.amount, debtorId, m.applied, tags, memo.left(200));
    const qint64 entryId = JournalService(m_db).post(who, entry);
    const Money applied = sumOf(m.applied, currency);

    const qint64 id =
        SqlQuery(m_db,
                 QStringLiteral(
                     "INSERT INTO receipts (import_id, source, bank_key, account, value_date, "
                     "booking_date, amount, currency, remitter_name, remitter_account, reference, "
                     "debtor_id, status, applied, source_line, journal_entry_id, created_by, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "RETURNING id"))
            .bindId(in.importId)
            .bind(in.source)
            .bindOptional(in.bankKey)
            .bind(in.account)
            .bind(isoDate(t.valueDate))
            .bind(isoDate(t.bookingDate.isValid() ? t.bookingDate : t.valueDate))
            .bind(t.amount.minor())
            .bind(currency.code())
            .bind(t.counterpartyName.left(200))
            .bind(t.counterpartyAccount.left(64))
            .bind(t.referenceTexts().join(QLatin1Char('\n')).left(4000))
            .bindId(debtorId)
            .bind(statusName(m, t.amount - applied))
            .bind(applied.minor())
            .bind(t.line)
            .bind(entryId)
            .bind(who.userId())
            .bind(stamp)
            .scalar()
            .toLongLong();
    insertApplications(id, m.applied, "applied", entryId, who.userId(), stamp);
    insertApplications(id, m.suggested, "suggested", 0, who.userId(), stamp);
    changeBalances(m.applied, -1);
    if (!named.isEmpty())
        learn(debtorId, t.counterpartyAccount, t.counterpartyName, stamp);
    return Posted{id, m.outcome};
}

qint64 ReceiptStore::findReversed(const BankTransaction &t, const QString &account) const
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT id FROM receipts WHERE account = ? AND amount = ? AND currency = "
                         "? AND status <> 'reversed' AND reverses_id IS NULL AND (remitter_account "
                         "= ? OR ? = '') AND value_date <= ? ORDER BY value_date DESC, id DESC"));
    q.bind(account)
        .bind(t.amount.minor())
        .bind(t.amount.currency().code())
        .bind(t.counterpartyAccount)
        .bind(t.counterpartyAccount)
        .bind(isoDate(t.valueDate))
        .exec();
    return q.next() ? q.int64(0) : 0;
}

qint64 ReceiptStore::reverseReceipt(const Session &who, qint64 originalId, const BankTransaction &t,
                                    const QString &key, qint64 importId, const QString &source,
                                    const QString &account, const QString &stamp)
{
    const Receipt original = get(originalId);
    QList<CashAllocation> parts;
    for (const ReceiptApplication &a : original.applications)
        if (!a.suggested)
            parts.append({a.invoiceId, a.amount, QStringLiteral("reversal")});
    const JournalEntry entry =
        receiptReversalPosting(t.valueDate, original.amount, original.debtorId, parts,
                               tagsOf(parts), tr("Returned payment of receipt %1").arg(originalId));
    const qint64 entryId = JournalService(m_db).post(who, entry);
    changeBalances(parts, +1);
    dropSuggestions(originalId);
    SqlQuery upd(m_db, QStringLiteral("UPDATE receipts SET status = 'reversed' WHERE id = ? AND "
                                      "status <> 'reversed'"));
    upd.bind(originalId).exec();
    if (upd.numRowsAffected() != 1)
        throw Error(Error::Kind::Conflict,
                    tr("Receipt %1 was reversed by another user; try again.").arg(originalId));
    const qint64 id =
        SqlQuery(m_db,
                 QStringLiteral(
                     "INSERT INTO receipts (import_id, source, bank_key, account, value_date, "
                     "booking_date, amount, currency, remitter_name, remitter_account, reference, "
                     "debtor_id, status, applied, reverses_id, source_line, journal_entry_id, "
                     "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "'reversed', 0, ?, ?, ?, ?, ?) RETURNING id"))
            .bindId(importId)
            .bind(source)
            .bindOptional(key)
            .bind(account)
            .bind(isoDate(t.valueDate))
            .bind(isoDate(t.bookingDate.isValid() ? t.bookingDate : t.valueDate))
            .bind(t.amount.minor())
            .bind(t.amount.currency().code())
            .bind(t.counterpartyName.left(200))
            .bind(t.counterpartyAccount.left(64))
            .bind(t.referenceTexts().join(QLatin1Char('\n')).left(4000))
            .bindId(original.debtorId)
            .bind(originalId)
            .bind(t.line)
            .bind(entryId)
            .bind(who.userId())
            .bind(stamp)
            .scalar()
            .toLongLong();
    insertApplications(id, parts, "reversed", entryId, who.userId(), stamp);
    return id;
}

void ReceiptStore::applyManually(const Session &who, qint64 receiptId,
                                 const QList<QPair<QString, std::optional<Money>>> &invoices,
                                 const QString &stamp)
{
    const Receipt r = get(receiptId);
    if (r.status == ReceiptStatus::Reversed)
        throw Error(Error::Kind::Conflict,
                    tr("Receipt %1 was reversed; nothing can be applied from it.").arg(receiptId));
    if (invoices.isEmpty())
        throw Error(Error::Kind::Validation, tr("invoice: name the invoices to apply it to."),
                    QStringLiteral("invoice"));
    const Currency currency = r.amount.currency();
    Money left = r.unapplied();
    QList<CashAllocation> parts;
    qint64 debtorId = r.debtorId;
    QSet<qint64> seen;
    for (const auto &[number, wanted] : invoices) {
        SqlQuery q(m_db, QStringLiteral("SELECT id, debtor_id, open_balance FROM invoices WHERE "
                                        "invoice_no = ? AND status = 'open' AND currency = ? "
                                        "ORDER BY id"));
        q.bind(number.trimmed()).bind(currency.code()).exec();
        QList<std::tuple<qint64, qint64, qint64>> found;
        while (q.next())
            if (!debtorId || q.int64(1) == debtorId)
                found.append({q.int64(0), q.int64(1), q.int64(2)});
        if (found.isEmpty())
            throw Error(Error::Kind::NotFound,
                        tr("invoice: there is no open invoice %1 in %2%3.")
                            .arg(number, currency.code(),
                                 r.debtorCode.isEmpty() ? QString()
                                                        : tr(" of debtor %1").arg(r.debtorCode)),
                        QStringLiteral("invoice"));
        if (found.size() > 1)
            throw Error(Error::Kind::Validation,
                        tr("invoice: %1 is open for several clients' debtors; apply the receipt "
                           "from the desktop where each invoice is shown with its client.")
                            .arg(number),
                        QStringLiteral("invoice"));
        const auto [invoiceId, invoiceDebtor, open] = found.first();
        if (seen.contains(invoiceId))
            throw Error(Error::Kind::Validation, tr("invoice: %1 is named twice.").arg(number),
                        QStringLiteral("invoice"));
        seen.insert(invoiceId);
        const Money openMoney = Money::fromMinor(open, currency);
        Money part =
            wanted ? wanted->withCurrency(currency) : (openMoney < left ? openMoney : left);
        if (!part.isPositive())
            throw Error(Error::Kind::Validation,
                        tr("amount: nothing of receipt %1 is left to apply to %2.")
                            .arg(receiptId)
                            .arg(number),
                        QStringLiteral("amount"));
        if (part > openMoney)
            throw Error(Error::Kind::Validation,
                        tr("amount: %1 is more than the %2 open on invoice %3.")
                            .arg(part.toPlainString(), openMoney.toPlainString(), number),
                        QStringLiteral("amount"));
        if (part > left)
            throw Error(Error::Kind::Validation,
                        tr("amount: %1 is more than the %2 of receipt %3 left to apply.")
                            .arg(part.toPlainString(), left.toPlainString())
                            .arg(receiptId),
                        QStringLiteral("amount"));
        left -= part;
        debtorId = debtorId ? debtorId : invoiceDebtor;
        parts.append({invoiceId, part, QStringLiteral("manual")});
    }
    const JournalEntry entry =
        cashApplicationPosting(today() > r.valueDate ? today() : r.valueDate, debtorId, parts,
                               tagsOf(parts), tr("Receipt %1 applied").arg(receiptId));
    const qint64 entryId = JournalService(m_db).post(who, entry);
    changeBalances(parts, -1);
    dropSuggestions(receiptId);
    insertApplications(receiptId, parts, "applied", entryId, who.userId(), stamp);
    const Money applied = r.applied + sumOf(parts, currency);
    SqlQuery upd(m_db, QStringLiteral("UPDATE receipts SET applied = ?, debtor_id = ?, status = ? "
                                      "WHERE id = ? AND applied = ? AND status <> 'reversed'"));
    upd.bind(applied.minor())
        .bindId(debtorId)
        .bind(applied == r.amount ? QStringLiteral("applied") : QStringLiteral("unapplied"))
        .bind(receiptId)
        .bind(r.applied.minor())
        .exec();
    if (upd.numRowsAffected() != 1)
        throw Error(Error::Kind::Conflict,
                    tr("Another user changed receipt %1; try again.").arg(receiptId));
    learn(debtorId, r.remitterAccount, r.remitterName, stamp);
    QJsonArray list;
    for (const CashAllocation &a : parts)
        list.append(QJsonObject{{QStringLiteral("invoice_id"), a.invoiceId},
                                {QStringLiteral("amount"), a.amount.toPlainString()}});
    AuditLog(m_db).record(who, QStringLiteral("receipt.apply"), QStringLiteral("receipt"),
                          QString::number(receiptId),
                          QJsonObject{{QStringLiteral("applied"), r.applied.toPlainString()}},
                          QJsonObject{{QStringLiteral("applied"), applied.toPlainString()},
                                      {QStringLiteral("invoices"), list},
                                      {QStringLiteral("journal_entry"), entryId}});
}

void ReceiptStore::confirmSuggestions(const Session &who, qint64 receiptId, const QString &stamp)
{
    const Receipt r = get(receiptId);
    QList<CashAllocation> parts;
    for (const ReceiptApplication &a : r.applications)
        if (a.suggested)
            parts.append({a.invoiceId, a.amount, a.rule});
    if (parts.isEmpty() || r.status != ReceiptStatus::Suggested)
        throw Error(Error::Kind::Conflict,
                    tr("Receipt %1 has no suggestion waiting.").arg(receiptId));
    const Currency currency = r.amount.currency();
    qint64 debtorId = r.debtorId;
    if (!debtorId)
        debtorId = tagsOf(parts).value(parts.first().invoiceId).debtorId;
    const JournalEntry entry =
        cashApplicationPosting(today() > r.valueDate ? today() : r.valueDate, debtorId, parts,
                               tagsOf(parts), tr("Receipt %1 applied as suggested").arg(receiptId));
    const qint64 entryId = JournalService(m_db).post(who, entry);
    changeBalances(parts, -1); // throws when an invoice is no longer open for the amount
    SqlQuery(m_db, QStringLiteral("UPDATE receipt_applications SET kind = 'applied', "
                                  "journal_entry_id = ? WHERE receipt_id = ? AND kind = "
                                  "'suggested'"))
        .bind(entryId)
        .bind(receiptId)
        .exec();
    const Money applied = r.applied + sumOf(parts, currency);
    SqlQuery upd(m_db, QStringLiteral("UPDATE receipts SET applied = ?, debtor_id = ?, status = ? "
                                      "WHERE id = ? AND status = 'suggested'"));
    upd.bind(applied.minor())
        .bindId(debtorId)
        .bind(applied == r.amount ? QStringLiteral("applied") : QStringLiteral("unapplied"))
        .bind(receiptId)
        .exec();
    if (upd.numRowsAffected() != 1)
        throw Error(Error::Kind::Conflict,
                    tr("Another user changed receipt %1; try again.").arg(receiptId));
    learn(debtorId, r.remitterAccount, r.remitterName, stamp);
    AuditLog(m_db).record(who, QStringLiteral("receipt.confirm"), QStringLiteral("receipt"),
                          QString::number(receiptId),
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("suggested")}},
                          QJsonObject{{QStringLiteral("applied"), applied.toPlainString()},
                                      {QStringLiteral("journal_entry"), entryId}});
}

namespace {

const char *kReceiptColumns =
    "r.id, COALESCE(r.import_id, 0), r.source, r.account, r.value_date, r.booking_date, "
    "r.amount, r.currency, r.applied, r.remitter_name, r.remitter_account, r.reference, "
    "COALESCE(r.debtor_id, 0), COALESCE(d.code, ''), r.status, COALESCE(r.reverses_id, 0), "
    "r.source_line, COALESCE(r.journal_entry_id, 0), u.username, r.created_at, "
    "COALESCE((SELECT x.id FROM receipts x WHERE x.reverses_id = r.id), 0)";

Receipt receiptFrom(const SqlQuery &q)
{
    Receipt r;
    const Currency c(q.text(7));
    r.id = q.int64(0);
    r.importId = q.int64(1);
    r.source = q.text(2);
    r.account = q.text(3);
    r.valueDate = parseIsoDate(q.text(4));
    r.bookingDate = parseIsoDate(q.text(5));
    r.amount = Money::fromMinor(q.int64(6), c);
    r.applied = Money::fromMinor(q.int64(8), c);
    r.remitterName = q.text(9);
    r.remitterAccount = q.text(10);
    r.references = q.text(11).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    r.debtorId = q.int64(12);
    r.debtorCode = q.text(13);
    r.status = parseReceiptStatus(q.text(14)).value_or(ReceiptStatus::Unapplied);
    r.reversesId = q.int64(15);
    r.sourceLine = int(q.int64(16));
    r.journalEntryId = q.int64(17);
    r.createdBy = q.text(18);
    r.createdAt = q.text(19);
    r.reversedById = q.int64(20);
    return r;
}

} // namespace

Receipt ReceiptStore::get(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM receipts r LEFT JOIN debtors d ON d.id = "
                              "r.debtor_id JOIN users u ON u.id = r.created_by WHERE r.id = ?")
                   .arg(QLatin1String(kReceiptColumns)));
    q.bind(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("There is no receipt %1.").arg(id),
                    QStringLiteral("receipt"));
    Receipt r = receiptFrom(q);
    SqlQuery a(m_db, QStringLiteral("SELECT a.id, a.invoice_id, i.invoice_no, c.code, a.amount, "
                                    "a.kind, a.rule FROM receipt_applications a JOIN invoices i "
                                    "ON i.id = a.invoice_id JOIN clients c ON c.id = i.client_id "
                                    "WHERE a.receipt_id = ? ORDER BY a.id"));
    a.bind(id).exec();
    while (a.next()) {
        ReceiptApplication x;
        x.id = a.int64(0);
        x.invoiceId = a.int64(1);
        x.invoiceNo = a.text(2);
        x.clientCode = a.text(3);
        x.amount = Money::fromMinor(a.int64(4), r.amount.currency());
        x.suggested = a.text(5) == QLatin1String("suggested");
        x.rule = a.text(6);
        if (a.text(5) != QLatin1String("reversed"))
            r.applications << x;
    }
    return r;
}

QList<Receipt> ReceiptStore::list(const ReceiptFilter &filter) const
{
    QString where = QStringLiteral("1 = 1");
    if (filter.status)
        where += QStringLiteral(" AND r.status = ?");
    if (filter.debtorId)
        where += QStringLiteral(" AND r.debtor_id = ?");
    if (filter.importId)
        where += QStringLiteral(" AND r.import_id = ?");
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM receipts r LEFT JOIN debtors d ON d.id = "
                                    "r.debtor_id JOIN users u ON u.id = r.created_by WHERE %2 "
                                    "ORDER BY r.value_date DESC, r.id DESC")
                         .arg(QLatin1String(kReceiptColumns), where));
    if (filter.status)
        q.bind(receiptStatusName(*filter.status));
    if (filter.debtorId)
        q.bind(filter.debtorId);
    if (filter.importId)
        q.bind(filter.importId);
    q.exec();
    QList<Receipt> out;
    while (q.next())
        out << receiptFrom(q);
    return out;
}

} // namespace FactorDesk
