#include "client.h"

#include "error.h"

namespace FactorDesk {

QString clientStatusName(ClientStatus status)
{
    switch (status) {
    case ClientStatus::Active:
        return QStringLiteral("active");
    case ClientStatus::Suspended:
        return QStringLiteral("suspended");
    case ClientStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString clientStatusTitle(ClientStatus status)
{
    switch (status) {
    case ClientStatus::Active:
        return QCoreApplication::translate("FactorDesk::Client", "Active");
    case ClientStatus::Suspended:
        return QCoreApplication::translate("FactorDesk::Client", "Suspended");
    case ClientStatus::Closed:
        return QCoreApplication::translate("FactorDesk::Client", "Closed");
    }
    return {};
}

QList<ClientStatus> allClientStatuses()
{
    return {ClientStatus::Active, ClientStatus::Suspended, ClientStatus::Closed};
}

ClientStatus parseClientStatus(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (ClientStatus s : allClientStatuses())
        if (t == clientStatusName(s))
            return s;
    throw Error(Error::Kind::Validation,
                QCoreApplication::translate("FactorDesk::Client",
                                            "status: \"%1\" is not a client status (write "
                                            "active, suspended or closed).")
                    .arg(text),
                QStringLiteral("status"));
}

} // namespace FactorDesk
