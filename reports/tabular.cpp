#include "tabular.h"

#include "csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace FactorDesk {

Tabular &Tabular::column(const QString &name, Kind kind)
{
    m_columns << name;
    m_kinds << kind;
    return *this;
}

Tabular &Tabular::row(const QStringList &cells)
{
    QStringList r = cells;
    while (r.size() < m_columns.size())
        r << QString();
    m_rows << r;
    return *this;
}

bool Tabular::isPlainNumber(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return number.match(value).hasMatch();
}

QString Tabular::csvField(const QString &input, QChar separator)
{
    return CsvWriter::field(input, separator);
}

QString Tabular::toCsv(QChar separator) const
{
    QString out;
    QStringList h;
    for (const QString &c : m_columns)
        h << csvField(c, separator);
    out += h.join(separator) + QLatin1Char('\n');
    for (const QStringList &r : m_rows) {
        QStringList cells;
        for (int i = 0; i < m_columns.size(); ++i)
            cells << csvField(r.value(i), separator);
        out += cells.join(separator) + QLatin1Char('\n');
    }
    return out;
}

QString Tabular::toJson() const
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"));
    const auto quote = [](const QString &s) {
        // QJsonValue's serialisation gives correct escaping of any string.
        const QByteArray doc =
            QJsonDocument(QJsonArray{QJsonValue(s)}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(doc.mid(1, doc.size() - 2));
    };
    QString out = QStringLiteral("[");
    for (int r = 0; r < m_rows.size(); ++r) {
        out += r == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {");
        for (int c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                out += QStringLiteral(", ");
            out += quote(m_columns[c]) + QStringLiteral(": ");
            const QString cell = m_rows[r].value(c);
            if (m_kinds[c] == Kind::Number) {
                if (cell.isEmpty())
                    out += QStringLiteral("null");
                else if (number.match(cell).hasMatch())
                    out += cell;
                else
                    out += quote(cell);
            } else {
                out += quote(cell);
            }
        }
        out += QLatin1Char('}');
    }
    out += m_rows.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
    return out;
}

QString Tabular::toText() const
{
    QList<int> widths;
    for (int c = 0; c < m_columns.size(); ++c) {
        int w = int(m_columns[c].size());
        for (const QStringList &r : m_rows)
            w = std::max(w, int(r.value(c).size()));
        widths << w;
    }
    const auto line = [&](const QStringList &cells) {
        QString s;
        for (int c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                s += QStringLiteral("  ");
            const QString cell = cells.value(c);
            s += m_kinds[c] == Kind::Number ? cell.rightJustified(widths[c])
                                            : cell.leftJustified(widths[c]);
        }
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s + QLatin1Char('\n');
    };
    QString out = line(m_columns);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    out += rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList &r : m_rows)
        out += line(r);
    return out;
}

} // namespace FactorDesk
