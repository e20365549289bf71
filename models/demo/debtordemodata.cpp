#include "debtordemodata.h"

#include "clock.h"
#include "creditservice.h"
#include "database.h"
#include "debtorservice.h"
#include "orderapprovalservice.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "transaction.h"

namespace FactorDesk::DemoData {

namespace {

Session demoUser(Database &db, const QString &name, Roles roles)
{
    SqlQuery q(db, QStringLiteral("SELECT id FROM users WHERE username = ?"));
    const qint64 id = q.bind(name).scalar().toLongLong();
    return Session(id, name, roles);
}

struct DemoDebtor
{
    const char *code;
    const char *name;
    const char *address;
    const char *country;
    const char *registration;
    int terms;
    qint64 limit;     // requested, in major units; 0: none asked
    char outcome;     // 'a' approve, 'p' partial, 'd' decline, 'h' hold, 'o' open, '-' none
    qint64 granted;   // partial: the amount granted, major units
    int reviewInDays; // approve/partial: review date from today
};

// Fictitious companies; any likeness to real ones is chance.
const DemoDebtor kDebtors[] = {
    {"NORDKAUF", "Nordkauf Warenhaus AG", "Jungfernstieg 12, 20354 Hamburg", "DE", "HRB 40211", 30,
     500000, 'a', 0, 14},
    {"ALPMARKT", "Alpenmarkt Handels GmbH", "Maximilianstraße 8, 80539 München", "DE", "HRB 18833",
     45, 350000, 'a', 0, 300},
    {"RHEINFR", "Rheinfrisch Lebensmittel GmbH", "Rheinuferstraße 44, 40221 Düsseldorf", "DE",
     "HRB 77102", 30, 250000, 'p', 150000, 180},
    {"BAUPLUS", "BauPlus Baumärkte KG", "Industriestraße 3, 68169 Mannheim", "DE", "HRA 5521", 60,
     400000, 'a', 0, 25},
    {"ELBTEXT", "Elbtextil Großhandel GmbH", "Speicherstadt 7, 20457 Hamburg", "DE", "HRB 99120",
     30, 120000, 'a', 0, 200},
    {"SPREEOPT", "Spree Optik & Foto OHG", "Friedrichstraße 101, 10117 Berlin", "DE", "HRA 3310",
     30, 80000, 'd', 0, 0},
    {"MAINWEIN", "Mainwein Getränkevertrieb GmbH", "Hanauer Landstraße 90, 60314 Frankfurt", "DE",
     "HRB 6602", 30, 150000, 'h', 0, 0},
    {"SCHWARZW", "Schwarzwald Möbelhaus GmbH", "Hauptstraße 55, 79098 Freiburg", "DE", "HRB 2290",
     60, 300000, 'p', 200000, 120},
    {"HANSEEL", "Hanse Elektro Großhandel AG", "Am Sandtorkai 4, 20457 Hamburg", "DE", "HRB 51990",
     30, 600000, 'a', 0, 365},
    {"BODENSEE", "Bodensee Frischdienst GmbH", "Seestraße 21, 88045 Friedrichshafen", "DE",
     "HRB 7311", 14, 90000, 'a', 0, 9},
    {"DONAUSPORT", "Donau Sport & Freizeit GmbH", "Donaustraße 17, 93059 Regensburg", "DE",
     "HRB 8124", 30, 110000, 'o', 0, 0},
    {"WESERPAP", "Weser Papier & Büro KG", "Schlachte 30, 28195 Bremen", "DE", "HRA 2708", 30,
     60000, 'a', 0, 240},
    {"RUHRSTAHL", "Ruhr Stahlhandel GmbH", "Kruppstraße 2, 45128 Essen", "DE", "HRB 12001", 45,
     750000, 'p', 500000, 90},
    {"SAXDRUCK", "Sachsendruck Medien GmbH", "Prager Straße 9, 01069 Dresden", "DE", "HRB 3410", 30,
     70000, 'a', 0, 150},
    {"ISARBIO", "Isar Bio-Markt eG", "Isartorplatz 1, 80331 München", "DE", "GnR 411", 30, 130000,
     'a', 0, 28},
    {"VIENNAKF", "Wiener Kaufhaus GmbH", "Mariahilfer Straße 70, 1070 Wien", "AT", "FN 123456a", 30,
     280000, 'a', 0, 330},
    {"ZUERIHOME", "Züri Home & Living AG", "Bahnhofstrasse 40, 8001 Zürich", "CH",
     "CHE-112.233.445", 30, 220000, 'o', 0, 0},
    {"AMSTELFD", "Amstel Foodservice B.V.", "Damrak 66, 1012 LM Amsterdam", "NL", "KvK 34110022",
     30, 320000, 'a', 0, 210},
    {"FLANDRIA", "Flandria Distributie NV", "Meir 50, 2000 Antwerpen", "BE", "BE 0411.222.333", 45,
     180000, 'p', 100000, 160},
    {"LYONMODE", "Lyon Mode Diffusion SARL", "Rue de la République 12, 69002 Lyon", "FR",
     "RCS Lyon 512 334 221", 60, 140000, 'a', 0, 270},
    {"MILANOCASA", "Milano Casa S.r.l.", "Via Torino 33, 20123 Milano", "IT", "MI-1890021", 60,
     160000, '-', 0, 0},
    {"PRAHAOBCH", "Praha Obchod s.r.o.", "Na Příkopě 15, 110 00 Praha", "CZ", "C 77123", 30, 50000,
     'a', 0, 60},
    {"KIELMARIN", "Kieler Marinebedarf GmbH", "Kaistraße 5, 24103 Kiel", "DE", "HRB 4410", 30,
     40000, '-', 0, 0},
    {"OSTSEEHDL", "Ostsee Handelshaus GmbH", "Strandstraße 88, 18055 Rostock", "DE", "HRB 5533", 30,
     0, '-', 0, 0},
    {"HARZHOLZ", "Harz Holzwaren GmbH", "Marktplatz 2, 38640 Goslar", "DE", "HRB 1207", 30, 0, '-',
     0, 0},
};

} // namespace

void seedDebtors(Database &db)
{
    const Session clerk = demoUser(db, QStringLiteral("clerk"), Role::Clerk);
    const Session analyst = demoUser(db, QStringLiteral("analyst"), Role::Analyst);
    if (clerk.userId() == 0 || analyst.userId() == 0)
        return; // no demo users: nothing to seed against
    Transaction tx(db);
    DebtorService debtors(db);
    CreditService credit(db);
    const auto clients = debtors.clientChoices();
    const QDate now = today();
    const Currency currency = SettingsRepository(db).currency();
    const qint64 unit = currency.minorPerMajor();
    const auto money = [currency](qint64 minor) { return Money::fromMinor(minor, currency); };

    QList<qint64> ids;
    int n = 0;
    for (const DemoDebtor &dd : kDebtors) {
        Debtor d;
        d.code = QString::fromUtf8(dd.code);
        d.name = QString::fromUtf8(dd.name);
        d.address = QString::fromUtf8(dd.address);
        d.country = QString::fromUtf8(dd.country);
        d.registrationNo = QString::fromUtf8(dd.registration);
        d.paymentTermsDays = dd.terms;
        d.contactEmail = QStringLiteral("accounts@%1.example").arg(d.code.toLower());
        const qint64 id = debtors.add(clerk, d);
        ids << id;
        // Each debtor buys from one or two of the demo clients.
        if (!clients.isEmpty()) {
            debtors.linkClient(clerk, id, clients[n % clients.size()].first);
            if (n % 3 == 0 && clients.size() > 1)
                debtors.linkClient(clerk, id, clients[(n + 1) % clients.size()].first);
        }
        if (dd.limit > 0 && dd.outcome != '-') {
            const qint64 req = credit.request(
                clerk, id, money(dd.limit * unit),
                QStringLiteral("Expected turnover %1 a month; trade references good.")
                    .arg(money(dd.limit * unit / 4).toLocaleString(QLocale::c())));
            CreditDecision cd;
            cd.reviewDate = now.addDays(dd.reviewInDays);
            switch (dd.outcome) {
            case 'a':
                cd.decision = Decision::Approve;
                cd.reason = QStringLiteral("Credit report satisfactory; payment history clean.");
                credit.decide(analyst, req, cd);
                break;
            case 'p':
                cd.decision = Decision::Partial;
                cd.amount = money(dd.granted * unit);
                cd.reason = QStringLiteral("Balance sheet thin for the full amount; lower limit "
                                           "granted.");
                credit.decide(analyst, req, cd);
                break;
            case 'd':
                cd.decision = Decision::Decline;
                cd.reason = QStringLiteral("Negative credit agency report; two payment defaults.");
                credit.decide(analyst, req, cd);
                break;
            case 'h':
                cd.decision = Decision::Hold;
                cd.reason = QStringLiteral("Waiting for the latest annual accounts.");
                credit.decide(analyst, req, cd);
                break;
            default: // 'o': left open for the analyst's queue
                break;
            }
        }
        ++n;
    }
    // A blocked and an insolvent debtor.
    debtors.setStatus(clerk, debtors.requireByCode(QStringLiteral("KIELMARIN")).id,
                      DebtorStatus::Blocked);
    debtors.setStatus(clerk, debtors.requireByCode(QStringLiteral("OSTSEEHDL")).id,
                      DebtorStatus::Insolvent, now.addDays(-40));

    // A per-client sub-limit inside a debtor's limit.
    const Debtor hanse = debtors.requireByCode(QStringLiteral("HANSEEL"));
    if (!hanse.clients.isEmpty()) {
        const qint64 req = credit.request(clerk, hanse.id, money(250000 * unit),
                                          QStringLiteral("Cap the share bought from this client."),
                                          hanse.clients.first().clientId);
        credit.decide(analyst, req,
                      {Decision::Approve, Money(), now.addDays(180),
                       QStringLiteral("Sub-limit within the group limit."), {}});
    }

    // Order approvals: two approved with codes, one in part, one declined, two pending.
    if (!clients.isEmpty()) {
        OrderApprovalService orders(db);
        struct DemoOrder
        {
            const char *debtor;
            const char *ref;
            qint64 amount;
            int shipIn;
            char outcome;
        };
        const DemoOrder kOrders[] = {
            {"NORDKAUF", "PO-24017", 48000, 10, 'a'},   {"HANSEEL", "PO-24018", 125000, 5, 'a'},
            {"RUHRSTAHL", "PO-24019", 210000, 20, 'p'}, {"SPREEOPT", "PO-24020", 30000, 7, 'd'},
            {"AMSTELFD", "PO-24021", 66000, 14, 'o'},   {"VIENNAKF", "PO-24022", 54000, 21, 'o'},
        };
        int k = 0;
        for (const DemoOrder &o : kOrders) {
            const Debtor d = debtors.requireByCode(QString::fromUtf8(o.debtor));
            const qint64 clientId = d.clients.isEmpty() ? clients[k % clients.size()].first
                                                        : d.clients.first().clientId;
            ++k;
            const qint64 id = orders.request(clerk, clientId, d.id, money(o.amount * unit),
                                             now.addDays(o.shipIn), QString::fromUtf8(o.ref));
            OrderDecision od;
            switch (o.outcome) {
            case 'a':
                od.decision = Decision::Approve;
                od.reason = QStringLiteral("Within the debtor's limit.");
                orders.decide(analyst, id, od);
                break;
            case 'p':
                od.decision = Decision::Partial;
                od.amount = money(o.amount * unit * 2 / 3);
                od.reason = QStringLiteral("Limit headroom covers two thirds.");
                orders.decide(analyst, id, od);
                break;
            case 'd':
                od.decision = Decision::Decline;
                od.reason = QStringLiteral("No credit limit for this debtor.");
                orders.decide(analyst, id, od);
                break;
            default:
                break;
            }
        }
    }
    tx.commit();
}

} // namespace FactorDesk::DemoData
