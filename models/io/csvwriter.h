#pragma once

#include <QString>
#include <QStringList>

namespace FactorDesk {

// Writes CSV: the one function every CSV the program writes goes through (Tabular's reports
// and exports, the order decisions sent to a client), so that no cell reaches a spreadsheet
// as something it would run.
//
// field(): RFC 4180 quoting where needed (the separator, a quote, a line break), and text a
// spreadsheet would run as a formula — starting with = + - @, a tab or a carriage return, and
// not a plain number such as "-1234.56" or "-1,234.56" — prefixed with an apostrophe so that
// it stays text. (=HYPERLINK("http://…","click") is written '=HYPERLINK(…), quoted.)
class CsvWriter
{
public:
    static QString field(const QString &value, QChar separator = QLatin1Char(','));
    // The fields joined by `separator`, without the line end.
    static QString row(const QStringList &cells, QChar separator = QLatin1Char(','));
};

} // namespace FactorDesk
