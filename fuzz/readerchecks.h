#pragma once

#include <QByteArray>
#include <QString>

namespace FactorDesk::ReaderChecks {

// What every file reader promises for any input whatever, checked on one input: it returns or
// refuses (never throws anything but Error, never crashes or hangs), a refusal names the line
// (and, below the CSV layer, the field) within the file, and what it accepts is consistent
// (line numbers inside the file and increasing, every accepted schedule line fully valid).
// Each returns an empty string when the promises hold, else the first one broken. The libFuzzer
// targets (fuzz/fuzz_*.cpp) abort on a broken promise; tst_fuzzregressions runs the same checks
// on the inputs the fuzzers once broke (fuzz/regressions/).
QString csvReader(const QByteArray &data);
QString scheduleImport(const QByteArray &data);
QString orderCsv(const QByteArray &data);

// The check of a target by its name (csvreader, scheduleimport, ordercsv); nullptr if unknown.
using Check = QString (*)(const QByteArray &);
Check byName(const QString &target);

} // namespace FactorDesk::ReaderChecks
