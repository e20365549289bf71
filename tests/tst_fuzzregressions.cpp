// The file readers' promises (fuzz/readerchecks.h), checked on every file of the fuzzers' seed
// corpora (fuzz/corpus/<target>/) and on every input a fuzzer once broke them with
// (fuzz/regressions/<target>/): what libFuzzer found stays found.
#include "readerchecks.h"

#include <QDir>
#include <QtTest>

using namespace FactorDesk;

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void promisesHold_data();
    void promisesHold();
    void everyTargetHasSeeds();
};

namespace {

const QStringList &targets()
{
    static const QStringList t{QStringLiteral("csvreader"), QStringLiteral("scheduleimport"),
                               QStringLiteral("ordercsv")};
    return t;
}

QFileInfoList filesOf(const QString &folder)
{
    return QDir(QStringLiteral(FACTORDESK_FUZZ_DIR "/") + folder)
        .entryInfoList(QDir::Files, QDir::Name);
}

} // namespace

void tst_FuzzRegressions::promisesHold_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &t : targets())
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")})
            for (const QFileInfo &f : filesOf(kind + QLatin1Char('/') + t))
                QTest::newRow(
                    qPrintable(kind + QLatin1Char('/') + t + QLatin1Char('/') + f.fileName()))
                    << t << f.filePath();
}

void tst_FuzzRegressions::promisesHold()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray data = file.readAll();
    const ReaderChecks::Check check = ReaderChecks::byName(target);
    QVERIFY(check);
    QCOMPARE(check(data), QString());
    // Every reader sees every input: a crash found through one reader is tried on the others.
    for (const QString &other : targets())
        QCOMPARE(ReaderChecks::byName(other)(data), QString());
}

void tst_FuzzRegressions::everyTargetHasSeeds()
{
    for (const QString &t : targets())
        QVERIFY2(!filesOf(QStringLiteral("corpus/") + t).isEmpty(), qPrintable(t));
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
