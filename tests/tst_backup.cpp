// Backups while the books are in use: a consistent copy taken in the middle of a posting holds
// the books before it, never between; never over an existing file; PostgreSQL says how.
#include "backupservice.h"
#include "books.h"
#include "booksverifier.h"
#include "error.h"
#include "journalfixture.h"
#include "testsupport.h"
#include "transaction.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_Backup : public QObject
{
    Q_OBJECT
private slots:
    void backupIsAConsistentSnapshot()
    {
        TestBooks books;
        JournalService(books.db()).post(books.clerk, purchase(books.db(), QDate(2026, 3, 2)));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("backup.sqlite"));
        {
            // A second program posts an entry and has not committed yet.
            auto other = Database::open(books.spec());
            Transaction tx(*other);
            JournalService(*other).post(books.clerk, purchase(*other, QDate(2026, 3, 3)));
            BackupService(books.db()).backup(books.manager, copy);
            // The posting is rolled back when tx goes out of scope uncommitted.
        }
        Books restored = Books::open(copy);
        const BooksVerifier::Result r = BooksVerifier(restored.db()).verify();
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.entries, 1);
        QCOMPARE(r.sealedEntries, 1);
    }

    void neverOverwrites()
    {
        TestBooks books;
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("b.sqlite"));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error, BackupService(books.db()).backup(books.manager, copy));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void clerksDoNotBackUp()
    {
        TestBooks books;
        QTemporaryDir dir;
        try {
            BackupService(books.db()).backup(books.clerk, dir.filePath(QStringLiteral("c.sqlite")));
            QFAIL("a clerk backed up the books");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Permission);
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c.sqlite"))));
    }

    void postgresSaysHow()
    {
        TestBooks books(QStringLiteral("postgres"));
        QTemporaryDir dir;
        try {
            BackupService(books.db()).backup(books.admin, dir.filePath(QStringLiteral("p.sqlite")));
            QFAIL("a PostgreSQL database was copied as a file");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("pg_dump")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
