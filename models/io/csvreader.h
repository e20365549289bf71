#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace FactorDesk {

// One data record of a CSV file and the (1-based) physical line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QString fileName;
    QChar delimiter = QLatin1Char(',');
    QStringList header; // the first non-empty line
    int headerLine = 1;
    QList<CsvRecord> records; // blank lines are skipped
};

// Reads RFC 4180 CSV: quoted fields with "" escapes and embedded separators or line breaks,
// comma or semicolon (whichever the header line uses outside quotes), UTF-8 with or without
// BOM, LF or CRLF. Refuses, with Error(Validation) naming the file and the line, anything that
// is not such a file: binary data (NUL bytes, invalid UTF-8), no header, a record with a
// different number of fields than the header, an unterminated quote.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::CsvReader)
public:
    static CsvTable parse(const QByteArray &data, const QString &fileName = {});
    // Reads and parses a file; Error(NotFound) when it cannot be opened.
    static CsvTable readFile(const QString &path);
};

} // namespace FactorDesk
