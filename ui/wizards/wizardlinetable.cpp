#include "wizardlinetable.h"

#include "scheduledialog.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QTableView>

namespace FactorDesk {

QTableView *wizardLineTable(QWidget *parent, QAbstractItemModel *model, const char *name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setModel(severityTinted(model, t));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace FactorDesk
