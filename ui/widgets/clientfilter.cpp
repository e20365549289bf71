#include "clientfilter.h"

#include "clientservice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>

namespace FactorDesk {

void fillClientFilter(QComboBox *combo, Database &db)
{
    const qint64 current = combo->currentData().toLongLong();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("FactorDesk::ClientFilter", "All clients"),
                   qint64(0));
    // Keep "All clients" selected whatever happens below.
    combo->setCurrentIndex(0);
    for (const Client &c : ClientService(db).list())
        combo->addItem(QStringLiteral("%1 — %2").arg(c.code, c.name), c.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace FactorDesk
