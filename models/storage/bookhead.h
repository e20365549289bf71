#pragma once

#include "databaselocation.h"

#include <QString>

namespace FactorDesk {

// The newest journal seal and the newest audit record this program has written to a database,
// kept outside the database, where a plain SQL edit of the books does not reach: for a SQLite
// file in "<file>.head" next to it, for a PostgreSQL database in the user's data folder
// (FactorDesk/heads/<host>_<port>_<database>.head). The chains in the tables show an edited or
// removed record anywhere but at their end; the head shows that the end is still there, so
// deleting the newest records is found too (BooksVerifier, AuditLog::verify). Written after
// each commit that added to a chain, only ever forward (the newer of what is on disk and what
// was just written is kept), atomically (QSaveFile).
struct BookHead
{
    qint64 sealSeq = 0; // journal_seals.seq of the newest seal (0: none known)
    QString sealHash;
    qint64 auditId = 0; // audit_log.id of the newest record (0: none known)
    QString auditHash;

    bool isEmpty() const { return sealSeq == 0 && auditId == 0; }

    // Where the head of the books at `location` is kept.
    static QString pathFor(const DatabaseLocation &location);
    // The head kept for the books (empty when none is kept: books made elsewhere, or a copy).
    static BookHead read(const DatabaseLocation &location);
    // Moves the kept head forward to what `newer` names (each chain only forward). A head that
    // cannot be written is reported on stderr and not fatal: the commit already happened.
    static void advance(const DatabaseLocation &location, const BookHead &newer);
    // Removes the kept head (new books at a place where others were).
    static void forget(const DatabaseLocation &location);
};

} // namespace FactorDesk
