#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

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
// BOM, or UTF-16 with its BOM (decoded), LF or CRLF. Refuses, with Error(Validation) naming
// the file, the line and (where there is one) the field, anything that is not such a file:
// NUL bytes or bytes that are not UTF-8 (with the byte's offset in the file: a Latin-1 file),
// control characters other than tab in a field (quoted or not), a byte-order mark after the
// start, a field of more than MaxFieldLength characters, a line of more than MaxFields
// fields, no header, a record with a different number of fields than the header, an
// unterminated quote.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::CsvReader)
public:
    // Why a file is refused: the line (0: the file as a whole) and the reason, a translated
    // sentence without the file name.
    struct Problem
    {
        int line = 0;
        QString reason;
        // When the reason is about one field (it does not name it): the header's name of it
        // ("amount", or "field 3" under no header) and a label for messages ("field 3 (amount)").
        QString column;
        QString fieldLabel;
    };
    static constexpr int MaxFieldLength = 10000;
    static constexpr int MaxFields = 128;
    // "field 3 (amount)": the 0-based `index` named for a message.
    static QString fieldName(const QStringList &header, qsizetype index);
    // A header cell as the readers that take columns by name compare it: trimmed, lower case,
    // spaces and dashes as underscores ("Value Date" and "value-date" are "value_date").
    static QString headerKey(const QString &header);
    // AnyWidth keeps a record whose number of fields differs from the header's, for readers
    // that report such a line among their own per-line problems instead of refusing the file.
    enum class Width { MatchHeader, AnyWidth };

    static CsvTable parse(const QByteArray &data, const QString &fileName = {});
    // The same reading without throwing: nullopt, and *problem filled, when it refuses.
    static std::optional<CsvTable> tryParse(const QByteArray &data, Width width, Problem *problem);
    // Reads and parses a file; Error(NotFound) when it cannot be opened.
    static CsvTable readFile(const QString &path);

private:
    static CsvTable parseOrRefuse(const QByteArray &data, bool anyWidth);
};

} // namespace FactorDesk
