#include "option.h"

#include <QCoreApplication>

namespace FactorDesk::Cli {

QString Option::spelling() const
{
    QString s = QStringLiteral("--") + QLatin1String(name);
    if (!isFlag())
        s += QLatin1Char(' ') + QLatin1String(value);
    return s;
}

QString Option::synopsis() const
{
    switch (occurs) {
    case Occurs::Required:
        return spelling();
    case Occurs::Repeatable:
        return QLatin1Char('[') + spelling() + QStringLiteral("]...");
    case Occurs::Optional:
        break;
    }
    return QLatin1Char('[') + spelling() + QLatin1Char(']');
}

bool Option::matches(const QString &word) const
{
    return word == QLatin1String(name) || (alias && word == QLatin1String(alias));
}

Option formatOption()
{
    return {"format", "csv|json",
            QCoreApplication::translate("FactorDesk::Cli",
                                        "Print CSV or JSON with the same field names instead of an "
                                        "aligned table.")};
}

const Option *findOption(const QList<Option> &table, const QString &word)
{
    for (const Option &o : table)
        if (o.matches(word))
            return &o;
    return nullptr;
}

} // namespace FactorDesk::Cli
