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
    enum class Kind { Text, Number };

    Tabular &column(const QString &name, Kind kind = Kind::Text);
    Tabular &row(const QStringList &cells);

    int columnCount() const { return int(m_columns.size()); }
    int rowCount() const { return int(m_rows.size()); }
    const QStringList &header() const { return m_columns; }
    const QList<QStringList> &rows() const { return m_rows; }

    QString toCsv(QChar separator = QLatin1Char(',')) const;
    QString toJson() const;
    QString toText() const;

    static QString csvField(const QString &value, QChar separator = QLatin1Char(','));

private:
    QStringList m_columns;
    QList<Kind> m_kinds;
    QList<QStringList> m_rows;
};

} // namespace FactorDesk
