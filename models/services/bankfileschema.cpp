#include "bankfileschema.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

// Keeps the schemas resource in statically linked programs.
static void initSchemaResources()
{
    Q_INIT_RESOURCE(iso20022);
}

namespace FactorDesk {

namespace {

struct Findings
{
    QStringList messages;
    int limit = 5;
    int total = 0;
};

// Debian 12's libxml2 (2.9) passes a non-const error.
void collect(void *context, xmlErrorPtr error)
{
    auto *f = static_cast<Findings *>(context);
    ++f->total;
    if (f->messages.size() >= f->limit || !error)
        return;
    f->messages << BankFileSchema::tr("line %1: %2")
                       .arg(error->line)
                       .arg(QString::fromUtf8(error->message ? error->message : "").trimmed());
}

void ignoreGeneric(void *, const char *, ...) {}

QByteArray schemaText(const QString &version)
{
    QFile f(QStringLiteral(":/iso20022/%1.xsd").arg(version));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QStringList BankFileSchema::versions()
{
    initSchemaResources();
    QStringList out;
    for (const QString &name :
         QDir(QStringLiteral(":/iso20022")).entryList({QStringLiteral("*.xsd")}))
        out << name.chopped(4);
    return out;
}

QStringList BankFileSchema::check(const QByteArray &data, const QString &version, int limit)
{
    initSchemaResources();
    const QByteArray xsd = schemaText(version);
    if (xsd.isEmpty())
        return {tr("the schema of %1 is not among those the program keeps (%2); the file was "
                   "read without a schema check")
                    .arg(version, versions().join(QStringLiteral(", ")))};
    // libxml2's error handlers are global to the thread: one check at a time.
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    xmlSetGenericErrorFunc(nullptr, ignoreGeneric);
    Findings findings;
    findings.limit = limit;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(xsd.constData(), int(xsd.size()));
    xmlSchemaPtr schema = parser ? xmlSchemaParse(parser) : nullptr;
    if (parser)
        xmlSchemaFreeParserCtxt(parser);
    if (!schema)
        return {tr("the schema of %1 could not be read; the file was read without a schema check")
                    .arg(version)};
    // No network, no entity substitution, no DTD loading: the file is only checked.
    xmlDocPtr doc =
        xmlReadMemory(data.constData(), int(data.size()), "bankfile.xml", nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
    QStringList out;
    if (!doc) {
        out << tr("the file could not be checked against the schema of %1").arg(version);
    } else {
        xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
        xmlSchemaSetValidStructuredErrors(valid, collect, &findings);
        const int rc = xmlSchemaValidateDoc(valid, doc);
        xmlSchemaFreeValidCtxt(valid);
        xmlFreeDoc(doc);
        if (rc != 0) {
            out = findings.messages;
            if (findings.total > findings.messages.size())
                out << tr("%n more schema finding(s)", nullptr,
                          findings.total - int(findings.messages.size()));
            if (out.isEmpty())
                out << tr("the file does not follow the schema of %1").arg(version);
        }
    }
    xmlSchemaFree(schema);
    xmlSetGenericErrorFunc(nullptr, nullptr);
    return out;
}

} // namespace FactorDesk
