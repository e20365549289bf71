// libFuzzer target: the schedule CSV: CsvReader, then ScheduleImport's header mapping and line
// validation. Built with -DFACTORDESK_FUZZ=ON and clang++; run by scripts/fuzz.sh (make fuzz).
#include "readerchecks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw data, not a copy: a read past the end of the input lands in ASan's red zone.
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString broken = FactorDesk::ReaderChecks::scheduleImport(input);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "broken promise: %s\n", broken.toUtf8().constData());
        std::abort();
    }
    return 0;
}
