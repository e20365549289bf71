#include "camtreader.h"

#include "error.h"
#include "iban.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

namespace FactorDesk {

namespace {

// A small element tree of one part of the file (the group header, a statement's header, one
// entry): entries are read one at a time, so a statement of 100,000 entries never sits in
// memory as a tree.
struct Node
{
    QString name;     // local name
    QString text;     // trimmed, at most MaxTextLength characters
    QString currency; // the Ccy attribute (amounts)
    int line = 0;
    bool oversized = false;
    std::vector<Node> children;

    const Node *child(QStringView n) const
    {
        for (const Node &c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
    // "A/B/C": the first node along the path.
    const Node *at(QStringView path) const
    {
        const Node *n = this;
        for (const QStringView part : path.split(QLatin1Char('/'))) {
            n = n->child(part);
            if (!n)
                return nullptr;
        }
        return n;
    }
    QString textAt(QStringView path) const
    {
        const Node *n = at(path);
        return n ? n->text : QString();
    }
    // Every node at the end of `path` (each step may repeat).
    void collect(QStringView path, QList<const Node *> &out) const
    {
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        const QStringView head = slash < 0 ? path : path.left(slash);
        for (const Node &c : children) {
            if (c.name != head)
                continue;
            if (slash < 0)
                out << &c;
            else
                c.collect(path.mid(slash + 1), out);
        }
    }
    QStringList textsAt(QStringView path) const
    {
        QList<const Node *> nodes;
        collect(path, nodes);
        QStringList out;
        for (const Node *n : nodes)
            if (!n->text.isEmpty())
                out << n->text;
        return out;
    }
    bool anyOversized() const
    {
        if (oversized)
            return true;
        for (const Node &c : children)
            if (c.anyOversized())
                return true;
        return false;
    }
};

class Reader
{
public:
    Reader(const QByteArray &data, const QString &fileName)
        : m_xml(data)
        , m_fileName(fileName)
    {}

    BankFile read();

private:
    [[noreturn]] void refuse(int line, const QString &reason) const
    {
        const QString where = m_fileName.isEmpty() ? QString() : m_fileName + QStringLiteral(": ");
        throw Error(Error::Kind::Validation,
                    CamtReader::tr("%1line %2: %3").arg(where).arg(line).arg(reason),
                    QStringLiteral("line %1").arg(line));
    }
    int line() const { return int(m_xml.lineNumber()); }
    void checkToken();
    bool nextStartElement(int &depth);
    Node readNode(int depth);
    void readStatement(BankStatement &st, int depth);
    void entry(const Node &ntry, BankStatement &st, int entryNo, QDate fallbackDate);

    QXmlStreamReader m_xml;
    QString m_fileName;
    QDate m_messageDate; // the group header's CreDtTm
};

void Reader::checkToken()
{
    if (m_xml.tokenType() == QXmlStreamReader::DTD)
        refuse(line(), CamtReader::tr("the file declares a document type (DTD); bank files do "
                                      "not, and its entities are not read"));
    if (m_xml.hasError()) {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            refuse(line(),
                   CamtReader::tr("the file ends in the middle of the message (truncated)"));
        refuse(line(), CamtReader::tr("not well-formed XML: %1").arg(m_xml.errorString()));
    }
}

// Reads one element (the reader is on its start) into a Node, children included.
Node Reader::readNode(int depth)
{
    if (depth > CamtReader::MaxDepth)
        refuse(line(),
               CamtReader::tr("elements nested more than %1 deep").arg(CamtReader::MaxDepth));
    Node n;
    n.name = m_xml.name().toString();
    n.line = line();
    n.currency = m_xml.attributes().value(QLatin1String("Ccy")).toString().trimmed();
    QString text;
    while (true) {
        m_xml.readNext();
        checkToken();
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            n.children.push_back(readNode(depth + 1));
            break;
        case QXmlStreamReader::Characters:
            if (text.size() < CamtReader::MaxTextLength) {
                text += m_xml.text().left(CamtReader::MaxTextLength - text.size());
                if (text.size() >= CamtReader::MaxTextLength)
                    n.oversized = true;
            } else {
                n.oversized = true;
            }
            break;
        case QXmlStreamReader::EndElement:
            n.text = text.trimmed();
            return n;
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            refuse(line(),
                   CamtReader::tr("the file ends in the middle of the message (truncated)"));
        default:
            break;
        }
    }
}

// Moves to the next start element at `depth` or below; false at the end of the parent.
bool Reader::nextStartElement(int &)
{
    while (true) {
        m_xml.readNext();
        checkToken();
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::EndElement:
            return false;
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            refuse(line(),
                   CamtReader::tr("the file ends in the middle of the message (truncated)"));
        default:
            break;
        }
    }
}

QDate dateOf(const Node *n)
{
    if (!n)
        return {};
    // <Dt>2023-06-20</Dt> or <DtTm>2023-06-20T10:00:00+02:00</DtTm>
    for (const char *name : {"Dt", "DtTm"}) {
        const QString t = n->textAt(QString::fromLatin1(name));
        if (t.size() >= 10) {
            const QDate d = QDate::fromString(t.left(10), Qt::ISODate);
            if (d.isValid())
                return d;
        }
    }
    return {};
}

QString accountOf(const Node *acct)
{
    if (!acct)
        return {};
    const QString iban = acct->textAt(u"Id/IBAN");
    if (!iban.isEmpty())
        return Iban::compact(iban);
    return acct->textAt(u"Id/Othr/Id").simplified();
}

QString direction(const Node &n)
{
    return n.textAt(u"CdtDbtInd").toUpper();
}

// The first amount node found along the paths, in order.
const Node *firstAmount(const Node &n, std::initializer_list<const char16_t *> paths)
{
    for (const char16_t *p : paths)
        if (const Node *a = n.at(QStringView(p)); a && !a->text.isEmpty())
            return a;
    return nullptr;
}

// Fills amount and problem from an Amt node.
void takeAmount(BankTransaction &t, const Node *amt)
{
    if (!amt) {
        t.problem = CamtReader::tr("no amount (Amt)");
        return;
    }
    const Currency currency(amt->currency);
    if (!currency.isValid()) {
        t.problem = CamtReader::tr("line %1: the amount %2 has no valid currency (Ccy \"%3\")")
                        .arg(amt->line)
                        .arg(amt->text, amt->currency);
        return;
    }
    const std::optional<Money> m = CamtReader::parseAmount(amt->text, currency);
    if (!m) {
        t.problem = CamtReader::tr("line %1: \"%2\" is not an amount of %3")
                        .arg(amt->line)
                        .arg(amt->text.left(40), currency.code());
        return;
    }
    if (m->isZero()) {
        t.problem = CamtReader::tr("line %1: the amount is zero").arg(amt->line);
        return;
    }
    t.amount = *m;
}

void addRemittance(BankTransaction &t, const Node &tx)
{
    t.documentNumbers += tx.textsAt(u"RmtInf/Strd/RfrdDocInf/Nb");
    t.creditorReferences += tx.textsAt(u"RmtInf/Strd/CdtrRefInf/Ref");
    t.unstructured += tx.textsAt(u"RmtInf/Ustrd");
    t.additional += tx.textsAt(u"AddtlTxInf");
}

void addParties(BankTransaction &t, const Node &tx)
{
    // A credit's counterparty is the debtor (payer), a debit's the creditor (payee). Versions
    // up to .04 write RltdPties/Dbtr/Nm, later ones RltdPties/Dbtr/Pty/Nm.
    const QString party = t.credit ? QStringLiteral("Dbtr") : QStringLiteral("Cdtr");
    const Node *p = tx.at(QStringLiteral("RltdPties/") + party);
    if (p) {
        t.counterpartyName = p->textAt(u"Nm").simplified();
        if (t.counterpartyName.isEmpty())
            t.counterpartyName = p->textAt(u"Pty/Nm").simplified();
    }
    t.counterpartyAccount =
        accountOf(tx.at(QStringLiteral("RltdPties/") + party + QStringLiteral("Acct")));
}

QString fingerprintOf(const QString &account, const BankTransaction &t)
{
    QStringList parts{account,
                      t.bookingDate.toString(Qt::ISODate),
                      t.valueDate.toString(Qt::ISODate),
                      t.amount.toPlainString(),
                      t.amount.currency().code(),
                      t.credit ? QStringLiteral("C") : QStringLiteral("D"),
                      t.reversal ? QStringLiteral("R") : QString(),
                      t.entryReference,
                      t.endToEndId,
                      t.counterpartyName,
                      t.counterpartyAccount,
                      t.documentNumbers.join(QChar(0x1f)),
                      t.creditorReferences.join(QChar(0x1f)),
                      t.unstructured.join(QChar(0x1f)),
                      QString::number(t.detailNo)};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

void Reader::entry(const Node &ntry, BankStatement &st, int entryNo, QDate fallbackDate)
{
    BankTransaction base;
    base.line = ntry.line;
    base.entryNo = entryNo;
    const QString dir = direction(ntry);
    base.credit = dir != QLatin1String("DBIT");
    base.reversal =
        ntry.textAt(u"RvslInd").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    // <Sts>BOOK</Sts> up to .04, <Sts><Cd>BOOK</Cd></Sts> later; a statement without one
    // reports booked entries.
    QString status = ntry.textAt(u"Sts/Cd");
    if (status.isEmpty())
        status = ntry.textAt(u"Sts");
    base.status = status.isEmpty() ? QStringLiteral("BOOK") : status.toUpper();
    base.bookingDate = dateOf(ntry.child(u"BookgDt"));
    base.valueDate = dateOf(ntry.child(u"ValDt"));
    if (!base.valueDate.isValid())
        base.valueDate = base.bookingDate;
    // Some banks date only the statement (its closing balance, its period, its creation).
    if (!base.bookingDate.isValid())
        base.bookingDate = fallbackDate;
    if (!base.valueDate.isValid())
        base.valueDate = fallbackDate;
    base.bankReference = ntry.textAt(u"AcctSvcrRef");
    base.entryReference = ntry.textAt(u"NtryRef");
    if (dir != QLatin1String("CRDT") && dir != QLatin1String("DBIT"))
        base.problem =
            CamtReader::tr("line %1: the entry has no direction (CdtDbtInd)").arg(ntry.line);
    const QStringList entryInfo = ntry.textsAt(u"AddtlNtryInf");

    QList<const Node *> details;
    ntry.collect(u"NtryDtls/TxDtls", details);

    // The transactions stand for the entry when each has its own amount in the entry's
    // currency and together (credits less debits) they make the entry's amount; otherwise the
    // entry is one movement and its details only add references.
    BankTransaction whole = base;
    takeAmount(whole, ntry.child(u"Amt"));
    if (!base.problem.isEmpty())
        whole.problem = base.problem;
    bool itemise = details.size() > 1 && whole.problem.isEmpty();
    QList<BankTransaction> items;
    if (itemise) {
        qint64 sum = 0;
        int n = 0;
        for (const Node *tx : details) {
            BankTransaction t = base;
            t.line = tx->line;
            t.detailNo = ++n;
            const QString txDir = direction(*tx);
            if (!txDir.isEmpty())
                t.credit = txDir != QLatin1String("DBIT");
            takeAmount(t, firstAmount(*tx, {u"Amt", u"AmtDtls/TxAmt/Amt"}));
            if (!t.problem.isEmpty() || t.amount.currency() != whole.amount.currency()) {
                itemise = false;
                break;
            }
            sum += (t.credit == whole.credit ? 1 : -1) * t.amount.minor();
            const QString ref = tx->textAt(u"Refs/AcctSvcrRef");
            if (!ref.isEmpty())
                t.bankReference = ref;
            else if (!t.bankReference.isEmpty())
                t.bankReference += QStringLiteral("/%1").arg(n);
            t.endToEndId = tx->textAt(u"Refs/EndToEndId");
            addParties(t, *tx);
            addRemittance(t, *tx);
            t.additional += entryInfo;
            if (tx->anyOversized())
                t.problem = CamtReader::tr("line %1: a field is longer than %2 characters")
                                .arg(tx->line)
                                .arg(CamtReader::MaxTextLength);
            items << t;
        }
        if (itemise && sum != whole.amount.minor())
            itemise = false;
    }
    if (!itemise) {
        items.clear();
        for (const Node *tx : details) {
            if (whole.endToEndId.isEmpty())
                whole.endToEndId = tx->textAt(u"Refs/EndToEndId");
            if (whole.counterpartyName.isEmpty() && whole.counterpartyAccount.isEmpty())
                addParties(whole, *tx);
            addRemittance(whole, *tx);
            if (details.size() == 1 && whole.bankReference.isEmpty())
                whole.bankReference = tx->textAt(u"Refs/AcctSvcrRef");
        }
        whole.additional += entryInfo;
        if (whole.problem.isEmpty() && ntry.anyOversized())
            whole.problem = CamtReader::tr("line %1: a field is longer than %2 characters")
                                .arg(ntry.line)
                                .arg(CamtReader::MaxTextLength);
        items << whole;
    }
    for (BankTransaction &t : items) {
        if (t.endToEndId.compare(QLatin1String("NOTPROVIDED"), Qt::CaseInsensitive) == 0)
            t.endToEndId.clear();
        if (t.problem.isEmpty() && !t.valueDate.isValid())
            t.problem =
                CamtReader::tr("line %1: the entry has no booking or value date").arg(t.line);
        t.fingerprint = fingerprintOf(st.account, t);
        st.transactions << t;
    }
}

void Reader::readStatement(BankStatement &st, int depth)
{
    st.line = line();
    Node header;
    int entryNo = 0;
    int d = depth;
    QDate created;
    QDate closing;
    while (nextStartElement(d)) {
        if (m_xml.name() == QLatin1String("Ntry")) {
            const Node ntry = readNode(depth + 1);
            const QDate fallback = closing.isValid()   ? closing
                                   : st.to.isValid()   ? st.to
                                   : created.isValid() ? created
                                                       : m_messageDate;
            entry(ntry, st, ++entryNo, fallback);
            continue;
        }
        header.children.push_back(readNode(depth + 1));
        const Node &h = header.children.back();
        if (h.name == QLatin1String("Id"))
            st.id = h.text;
        else if (h.name == QLatin1String("CreDtTm"))
            created = QDate::fromString(h.text.left(10), Qt::ISODate);
        else if (h.name == QLatin1String("Bal") &&
                 (h.textAt(u"Tp/CdOrPrtry/Cd") == QLatin1String("CLBD") || !closing.isValid()))
            closing = dateOf(h.child(u"Dt"));
        else if (h.name == QLatin1String("Acct")) {
            st.account = accountOf(&h);
            st.accountCurrency = h.textAt(u"Ccy").toUpper();
            // Entries are fingerprinted with their account: it comes before them.
        } else if (h.name == QLatin1String("FrToDt")) {
            const auto day = [&h](QStringView a, QStringView b) {
                QString t = h.textAt(a);
                if (t.isEmpty())
                    t = h.textAt(b);
                return QDate::fromString(t.left(10), Qt::ISODate);
            };
            st.from = day(u"FrDtTm", u"FrDt");
            st.to = day(u"ToDtTm", u"ToDt");
        }
    }
    if (st.account.isEmpty())
        refuse(st.line, CamtReader::tr("the statement names no account (Acct/Id)"));
}

BankFile Reader::read()
{
    BankFile file;
    file.fileName = m_fileName;
    int depth = 0;
    // The root element.
    while (true) {
        m_xml.readNext();
        checkToken();
        if (m_xml.tokenType() == QXmlStreamReader::StartElement)
            break;
        if (m_xml.tokenType() == QXmlStreamReader::EndDocument ||
            m_xml.tokenType() == QXmlStreamReader::Invalid)
            refuse(line(), CamtReader::tr("the file holds no XML element"));
    }
    const QString ns = m_xml.namespaceUri().toString();
    static const QRegularExpression version(
        QStringLiteral("(camt\\.05[234])\\.(\\d{3})\\.(\\d{2})$"));
    const QRegularExpressionMatch vm = version.match(ns);
    if (m_xml.name() != QLatin1String("Document") || !vm.hasMatch())
        refuse(line(), CamtReader::tr("not an ISO 20022 bank statement or notification "
                                      "(camt.052, camt.053 or camt.054): the root is <%1> in "
                                      "namespace \"%2\"")
                           .arg(m_xml.name().toString(), ns));
    file.message = vm.captured(1);
    file.version = vm.captured(0);
    const QString partName = file.message == QLatin1String("camt.053")   ? QStringLiteral("Stmt")
                             : file.message == QLatin1String("camt.054") ? QStringLiteral("Ntfctn")
                                                                         : QStringLiteral("Rpt");
    // <Document><BkToCstmrStmt> (or ...DbtCdtNtfctn, ...AcctRpt)
    if (!nextStartElement(depth))
        refuse(line(), CamtReader::tr("the document is empty"));
    const int messageLine = line();
    while (nextStartElement(depth)) {
        if (m_xml.name() == partName) {
            BankStatement st;
            readStatement(st, 2);
            file.statements << st;
        } else {
            const Node n = readNode(2);
            if (n.name == QLatin1String("GrpHdr")) {
                file.messageId = n.textAt(u"MsgId");
                file.created = QDateTime::fromString(n.textAt(u"CreDtTm"), Qt::ISODate);
                m_messageDate = QDate::fromString(n.textAt(u"CreDtTm").left(10), Qt::ISODate);
            }
        }
    }
    if (file.statements.isEmpty())
        refuse(messageLine, CamtReader::tr("the message holds no %1 element").arg(partName));
    // Nothing may follow the document but white space and comments.
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        checkToken();
    }
    return file;
}

} // namespace

QStringList BankTransaction::referenceTexts() const
{
    return documentNumbers + creditorReferences + unstructured + additional;
}

bool CamtReader::looksLikeXml(const QByteArray &data)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < data.size() &&
           (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        ++i;
    return i < data.size() && data[i] == '<';
}

std::optional<Money> CamtReader::parseAmount(const QString &text, Currency currency)
{
    static const QRegularExpression plain(QStringLiteral("^(\\d{1,30})(?:\\.(\\d{1,30}))?$"));
    const QRegularExpressionMatch m = plain.match(text.trimmed());
    if (!m.hasMatch() || !currency.isValid())
        return std::nullopt;
    QString whole = m.captured(1);
    QString fraction = m.captured(2);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    const int decimals = currency.decimals();
    while (fraction.size() > decimals) {
        if (!fraction.endsWith(QLatin1Char('0')))
            return std::nullopt; // a part of the minor unit
        fraction.chop(1);
    }
    fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
    if (whole.size() + decimals > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 minor = (whole + fraction).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Money::fromMinor(minor, currency);
}

BankFile CamtReader::parse(const QByteArray &data, const QString &fileName)
{
    if (data.trimmed().isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("%1line 1: the file is empty")
                        .arg(fileName.isEmpty() ? QString() : fileName + QStringLiteral(": ")),
                    QStringLiteral("line 1"));
    return Reader(data, fileName).read();
}

BankFile CamtReader::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    tr("%1: cannot be opened: %2").arg(path, f.errorString()));
    return parse(f.readAll(), QFileInfo(path).fileName());
}

} // namespace FactorDesk
