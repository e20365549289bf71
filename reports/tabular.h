#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace FactorDesk {

// A rectangular result (named columns, rows of text cells) rendered as an aligned text
// table, RFC 4180 CSV or JSON. Amount and number columns are written to JSON as number
// literals exactly as given ("1000000.00" stays 1000000.00); empty cells become null.
class Tabular
{
public:
    // Number: plain decimals (JSON number literals); Date: ISO dates (JSON strings).
    enum class Kind { Text, Number, Date };

    Tabular &column(const QString &name, Kind kind = Kind::Text);
    Tabular &row(const QStringList &cells);

    int columnCount() const { return int(m_columns.size()); }
    int rowCount() const { return int(m_rows.size()); }
    const QStringList &header() const { return m_columns; }
    Kind kind(int column) const { return m_kinds.value(column, Kind::Text); }
    const QList<QStringList> &rows() const { return m_rows; }

    QString toCsv(QChar separator = QLatin1Char(',')) const;
    QString toJson() const;
    QString toText() const;

    // One CSV field: quoted where needed, and text a spreadsheet would run as a formula
    // (starting with = + - @, a tab or a carriage return, and not a plain number) prefixed
    // with an apostrophe so that it stays text (CsvWriter::field, shared by every CSV writer).
    static QString csvField(const QString &value, QChar separator = QLatin1Char(','));
    // True for a plain decimal such as "-1234.56" (no grouping, no exponent).
    static bool isPlainNumber(const QString &value);

private:
    QStringList m_columns;
    QList<Kind> m_kinds;
    QList<QStringList> m_rows;
};

} // namespace FactorDesk
