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
};

} // namespace

CsvTable CsvReader::parse(const QByteArray &data, const QString &fileName)
{
    Problem problem;
    if (auto table = tryParse(data, Width::MatchHeader, &problem)) {
        table->fileName = fileName;
        return *std::move(table);
    }
    throw refuse(fileName, problem.line, problem.reason);
}

std::optional<CsvTable> CsvReader::tryParse(const QByteArray &raw, Width width, Problem *problem)
{
    try {
        return parseOrRefuse(raw, width == Width::AnyWidth);
    } catch (const Refusal &r) {
        if (problem)
            *problem = Problem{r.line, r.reason};
        return std::nullopt;
    }
}

CsvTable CsvReader::parseOrRefuse(const QByteArray &raw, bool anyWidth)
{
    QByteArrayView data(raw);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    if (data.contains('\0'))
        throw Refusal{0, tr("this is not a CSV file (it contains binary data).")};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        throw Refusal{0, tr("this is not a CSV file (it is not UTF-8 text).")};

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
    while (i < n) {
        // One record.
        const int recordLine = line;
        fields.clear();
        bool recordDone = false;
        while (!recordDone) {
            field.clear();
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
                    }
                    field += c;
                    ++i;
                }
                if (!closed)
                    throw Refusal{quoteLine,
                                  tr("a quoted field is not closed before the end of the file.")};
                if (i < n && p[i] != delim && p[i] != QLatin1Char('\n') &&
                    p[i] != QLatin1Char('\r'))
                    throw Refusal{line,
                                  tr("unexpected text after a closing quote (a quote inside a "
                                     "quoted field is written twice: \"\").")};
            } else {
                const qsizetype start = i;
                while (i < n && p[i] != delim && p[i] != QLatin1Char('\n') &&
                       p[i] != QLatin1Char('\r')) {
                    const ushort u = p[i].unicode();
                    if (u < 0x20 && u != '\t')
                        throw Refusal{line, tr("this is not a CSV file (control character %1).")
                                                .arg(u, 2, 16, QLatin1Char('0'))};
                    ++i;
                }
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

} // namespace FactorDesk
