#pragma once

#include <QString>
#include <stdexcept>

namespace FactorDesk {

// The one exception type core code throws. The kind tells callers how to react
// (the CLI maps it to an exit code, the GUI to a message box); the message is already
// a translated sentence that names the field or record and the reason.
class Error : public std::runtime_error
{
public:
    enum class Kind {
        Validation,     // bad input: nothing was changed
        NotFound,       // a record named by the user does not exist
        Conflict,       // the change contradicts stored data (duplicate, wrong state)
        Permission,     // the user lacks the role for this act
        Authentication, // wrong user name or password, disabled user
        Storage,        // the database refused or failed
        Overflow,       // an amount left the 64-bit range
        Busy,           // another user's change got in the way (deadlock, serialization
                        // failure, lock not granted): the act may simply be run again
    };

    Error(Kind kind, const QString &message, const QString &field = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
        , m_field(field)
    {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // The input field the error is about, when there is one ("advance", "line 4: amount").
    QString field() const { return m_field; }

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
};

} // namespace FactorDesk
