#include "csvreader.h"

#include "error.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace FactorDesk {

namespace {

Error refuse(const QString &fileName, int line, const QString &reason)
{
    const QString where = fileName.isEmpty() ? CsvReader::tr("The input") : fileName;
    if (line > 0)
        return Error(Error::Kind::Validation,
                     CsvReader::tr("%1, line %2: %3").arg(where).arg(line).arg(reason),
                     QStringLiteral("line %1").arg(line));
    return Error(Error::Kind::Validation, CsvReader::tr("%1: %2").arg(where, reason),
                 QStringLiteral("file"));
}

// The separator the header line uses outside quotes: the more frequent of ',' and ';'
// (a comma when there is neither: a one-column file).
QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (commas + semicolons > 0)
                break;
        } else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

// Thrown inside the reader and turned into an Error or a Problem by its callers.
struct Refusal
{
    int line;
    QString reason;
    QString column = {};     // the header's name of the field (or "field N")
    QString fieldLabel = {}; // "field 3 (amount)"
};

// The offset of the first byte that does not belong to well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF included), or -1.
qsizetype firstInvalidUtf8(QByteArrayView d)
{
    const qsizetype n = d.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = uchar(d[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        char32_t cp = c & (0x7F >> len);
        for (int k = 1; k < len; ++k) {
            const uchar b = uchar(d[i + k]);
            if ((b & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

// The 1-based line of byte `offset`.
int lineOfByte(QByteArrayView d, qsizetype offset)
{
    return int(d.first(offset).count('\n')) + 1;
}

// A character no text field holds: C0 controls but tab (line breaks are the reader's own),
// DEL and the C1 controls; also a byte-order mark anywhere but at the very start (two files
// joined into one).
bool isForbidden(char16_t u)
{
    return (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || (u >= 0x7f && u <= 0x9f) ||
           u == 0xfeff;
}

} // namespace

CsvTable CsvReader::parse(const QByteArray &data, const QString &fileName)
{
    Problem problem;
    if (auto table = tryParse(data, Width::MatchHeader, &problem)) {
        table->fileName = fileName;
        return *std::move(table);
    }
    throw refuse(fileName, problem.line,
                 problem.fieldLabel.isEmpty()
                     ? problem.reason
                     : tr("%1: %2").arg(problem.fieldLabel, problem.reason));
}

std::optional<CsvTable> CsvReader::tryParse(const QByteArray &raw, Width width, Problem *problem)
{
    try {
        return parseOrRefuse(raw, width == Width::AnyWidth);
    } catch (const Refusal &r) {
        if (problem)
            *problem = Problem{r.line, r.reason, r.column, r.fieldLabel};
        return std::nullopt;
    }
}

QString CsvReader::fieldName(const QStringList &header, qsizetype index)
{
    const QString name = index < header.size() ? header.at(index).trimmed() : QString();
    if (name.isEmpty())
        return tr("field %1").arg(index + 1);
    return tr("field %1 (%2)").arg(index + 1).arg(name);
}

CsvTable CsvReader::parseOrRefuse(const QByteArray &raw, bool anyWidth)
{
    QByteArrayView data(raw);
    QString text;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        // UTF-16 with its byte-order mark (spreadsheets' "Unicode text"): decoded.
        QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                           : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        text = decoder.decode(data.sliced(2));
        if (decoder.hasError() || data.size() % 2 != 0)
            throw Refusal{0, tr("the file starts as UTF-16 text but is not (an odd number of "
                                "bytes or a broken surrogate pair); save it as UTF-8.")};
    } else {
        qsizetype skipped = 0;
        if (data.startsWith("\xEF\xBB\xBF")) {
            data = data.sliced(3);
            skipped = 3;
        }
        if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
            throw Refusal{lineOfByte(data, nul),
                          tr("byte %1 is a NUL byte: this is not a CSV file (binary data, or "
                             "UTF-16 text without a byte-order mark; save it as UTF-8).")
                              .arg(nul + skipped)};
        if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0)
            throw Refusal{lineOfByte(data, bad),
                          tr("byte %1 (0x%2) is not UTF-8 text; the file is in another "
                             "encoding (Latin-1 or Windows-1252?). Save it as UTF-8.")
                              .arg(bad + skipped)
                              .arg(uchar(data[bad]), 2, 16, QLatin1Char('0'))};
        text = QString::fromUtf8(data);
    }

    CsvTable table;
    table.delimiter = detectDelimiter(text);
    const QChar delim = table.delimiter;

    const QChar *p = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    bool haveHeader = false;
    QStringList fields;
    QString field;
    // Where a field's text is refused: the line it is on and which field it is.
    const auto refuseField = [&](int atLine, const QString &reason) {
        const QStringList header = haveHeader ? table.header : QStringList();
        const qsizetype index = fields.size();
        const QString name = index < header.size() && !header.at(index).trimmed().isEmpty()
                                 ? header.at(index).trimmed()
                                 : tr("field %1").arg(index + 1);
        return Refusal{atLine, reason, name, fieldName(header, index)};
    };
    const auto checkChar = [&](char16_t u, int atLine) {
        if (!isForbidden(u))
            return;
        if (u == 0xfeff)
            throw refuseField(atLine, tr("a byte-order mark (U+FEFF) inside the file; were two "
                                         "files joined into one?"));
        throw refuseField(
            atLine,
            tr("control character U+%1 in the text.")
                .arg(QString::number(uint(u), 16).rightJustified(4, QLatin1Char('0')).toUpper()));
    };
    while (i < n) {
        // One record.
        const int recordLine = line;
        fields.clear();
        bool recordDone = false;
        while (!recordDone) {
            field.clear();
            if (fields.size() >= MaxFields)
                throw Refusal{recordLine, tr("more than %1 fields on one line; this is not a "
                                             "schedule or order file.")
                                              .arg(MaxFields)};
            if (i < n && p[i] == QLatin1Char('"')) {
                ++i;
                const int quoteLine = line;
                bool closed = false;
                while (i < n) {
                    const QChar c = p[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && p[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    else if (c == QLatin1Char('\r')) {
                        if (!(i + 1 < n && p[i + 1] == QLatin1Char('\n')))
                            ++line;
                    } else {
                        checkChar(c.unicode(), line);
                    }
                    field += c;
                    if (field.size() > MaxFieldLength)
                        throw refuseField(quoteLine,
                                          tr("more than %1 characters in one field (is a quote "
                                             "not closed?).")
                                              .arg(MaxFieldLength));
                    ++i;
                }
                if (!closed)
                    throw Refusal{quoteLine,
                                  tr("a quoted field is not closed before the end of the file.")};
                if (i < n && p[i] != delim && p[i] != QLatin1Char('\n') &&
                    p[i] != QLatin1Char('\r'))
                    throw refuseField(line, tr("unexpected text after a closing quote (a quote "
                                               "inside a quoted field is written twice: \"\")."));
            } else {
                const qsizetype start = i;
                while (i < n && p[i] != delim && p[i] != QLatin1Char('\n') &&
                       p[i] != QLatin1Char('\r')) {
                    checkChar(p[i].unicode(), line);
                    ++i;
                }
                if (i - start > MaxFieldLength)
                    throw refuseField(
                        line, tr("more than %1 characters in one field.").arg(MaxFieldLength));
                field = QString(p + start, i - start);
            }
            fields.append(field);
            if (i >= n) {
                recordDone = true;
            } else if (p[i] == delim) {
                ++i;
            } else {
                // End of line: \n, \r\n or a lone \r.
                if (p[i] == QLatin1Char('\r') && i + 1 < n && p[i + 1] == QLatin1Char('\n'))
                    ++i;
                ++i;
                ++line;
                recordDone = true;
            }
        }
        const bool blank = fields.size() == 1 && fields.first().trimmed().isEmpty();
        if (blank)
            continue;
        if (!haveHeader) {
            table.header = fields;
            table.headerLine = recordLine;
            haveHeader = true;
            continue;
        }
        if (!anyWidth && fields.size() != table.header.size())
            throw Refusal{recordLine,
                          tr("%1 fields where the header line has %2; this is not a consistent "
                             "CSV file.")
                              .arg(fields.size())
                              .arg(table.header.size())};
        table.records.append(CsvRecord{recordLine, fields});
    }
    if (!haveHeader)
        throw Refusal{0, tr("the file is empty; a CSV file starts with a header line.")};
    return table;
}

CsvTable CsvReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    tr("%1: the file cannot be read (%2).").arg(path, file.errorString()),
                    QStringLiteral("file"));
    return parse(file.readAll(), name);
}

QString CsvReader::headerKey(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.replace(QLatin1Char(' '), QLatin1Char('_'));
    h.replace(QLatin1Char('-'), QLatin1Char('_'));
    return h;
}

} // namespace FactorDesk
