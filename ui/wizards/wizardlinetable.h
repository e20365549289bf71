#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace FactorDesk {

// The read-only table of schedule lines the checks and pricing pages show: whole rows
// selected, tinted by their worst check, named `name` for the tests.
QTableView *wizardLineTable(QWidget *parent, QAbstractItemModel *model, const char *name);

} // namespace FactorDesk
