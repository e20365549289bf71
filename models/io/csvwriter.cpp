#include "csvwriter.h"

#include <QRegularExpression>

namespace FactorDesk {

QString CsvWriter::field(const QString &input, QChar separator)
{
    // A number, plain or grouped ("-1,234.56"), cannot run; anything else that starts like a
    // formula could.
    static const QRegularExpression number(
        QStringLiteral("^[-+]?[0-9][0-9.,'\\x{00a0}\\x{202f} ]*$"));
    QString value = input;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()) &&
        !number.match(value).hasMatch())
        value.prepend(QLatin1Char('\''));
    if (value.contains(separator) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString CsvWriter::row(const QStringList &cells, QChar separator)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << field(c, separator);
    return out.join(separator);
}

} // namespace FactorDesk
