#include "clientdemodata.h"

#include "agreementservice.h"
#include "clientservice.h"
#include "clock.h"
#include "iban.h"
#include "settingsrepository.h"
#include "transaction.h"
#include "userservice.h"

namespace FactorDesk::DemoData {

namespace {

Session demoSession(Database &db, const QString &name)
{
    const User u = UserService(db).find(name);
    return Session(u.id, u.username, u.roles);
}

Rate percent(const char *text)
{
    return *Rate::parsePercent(QString::fromLatin1(text));
}

struct DemoClient
{
    Client client;
    Agreement first;
    std::optional<Agreement> midYear; // the change from 1 July
};

// Amounts are whole units of the book's currency, the one the demo clients trade in.
QList<DemoClient> demoClients(Currency currency)
{
    const auto units = [currency](qint64 whole) {
        return Money::fromMinor(whole * currency.minorPerMajor(), currency);
    };
    QList<DemoClient> out;
    const auto client = [](const char *code, const char *name, const char *address,
                           const char *contact, const char *email, const char *phone,
                           const char *tax, const QString &account, const char *bank) {
        Client c;
        c.code = QString::fromLatin1(code);
        c.name = QString::fromUtf8(name);
        c.address = QString::fromUtf8(address);
        c.contactName = QString::fromUtf8(contact);
        c.contactEmail = QString::fromLatin1(email);
        c.contactPhone = QString::fromLatin1(phone);
        c.taxNumber = QString::fromLatin1(tax);
        c.bankAccount = account;
        c.bankName = QString::fromUtf8(bank);
        return c;
    };
    const auto de = [](const char *bankCode, const char *account) {
        return Iban::fromBban(QStringLiteral("DE"),
                              QString::fromLatin1(bankCode) + QString::fromLatin1(account));
    };

    {
        DemoClient d;
        d.client =
            client("NORDSTAHL", "Nordstahl Metallbau GmbH", "Am Sandtorkai 12\n20457 Hamburg",
                   "Jens Petersen", "j.petersen@nordstahl.example", "+49 40 3345 1200",
                   "DE118273645", de("20050550", "1287345601"), "Hamburger Sparkasse");
        Agreement a = AgreementService::defaults();
        a.advanceRate = percent("90");
        a.commissionRate = percent("1");
        a.discountTiers = {{30, percent("0.9")}, {15, percent("0.4")}};
        a.interestMargin = percent("2.5");
        a.facilityLimit = units(2500000);
        a.overAdvanceLimit = units(150000);
        a.concentrationLimit = percent("35");
        a.crossAgingLimit = percent("25");
        a.chargePerSchedule = units(25);
        a.chargePerTransfer = units(5);
        a.verificationThreshold = units(100000);
        a.note = QStringLiteral("Framework agreement 2024/117.");
        d.first = a;
        a.advanceRate = percent("88");
        a.facilityLimit = units(3000000);
        a.note = QStringLiteral("Facility raised after the annual review; advance lowered.");
        d.midYear = a;
        out << d;
    }
    {
        DemoClient d;
        d.client =
            client("BAVFEIN", "Bavaria Feinkost AG", "Leopoldstraße 88\n80802 München",
                   "Dr. Sabine Huber", "s.huber@bavaria-feinkost.example", "+49 89 2190 4410",
                   "DE129384756", de("70150000", "0045218877"), "Stadtsparkasse München");
        Agreement a = AgreementService::defaults();
        a.recourse = false;
        a.advanceRate = percent("85");
        a.commissionRate = percent("1.75");
        a.interestMargin = percent("3");
        a.facilityLimit = units(1200000);
        a.concentrationLimit = percent("40");
        a.crossAgingLimit = percent("25");
        a.chargePerInvoice = units(2);
        a.penaltyRate = percent("4");
        d.first = a;
        out << d;
    }
    {
        DemoClient d;
        d.client = client("RHEINTEX", "Rheintex Textil GmbH & Co. KG", "Ostwall 201\n47798 Krefeld",
                          "Murat Yilmaz", "finance@rheintex.example", "+49 2151 77 300",
                          "DE137465829", de("32050000", "0000917263"), "Sparkasse Krefeld");
        Agreement a = AgreementService::defaults();
        a.arrangement = Arrangement::Collection;
        a.notification = false;
        a.advanceRate = percent("80");
        a.commissionRate = percent("0.75");
        a.facilityLimit = units(600000);
        a.clearanceDays = 2;
        a.note =
            QStringLiteral("Silent factoring: debtors keep paying Rheintex's collection account.");
        d.first = a;
        out << d;
    }
    {
        DemoClient d;
        d.client =
            client("ELBELOG", "Elbe Logistik Service GmbH", "Magdeburger Straße 58\n01067 Dresden",
                   "Katrin Vogel", "k.vogel@elbe-logistik.example", "+49 351 4860 220",
                   "DE145637281", de("85050300", "3120054411"), "Ostsächsische Sparkasse Dresden");
        Agreement a = AgreementService::defaults();
        a.arrangement = Arrangement::Maturity;
        a.recourse = false;
        a.advanceRate = percent("85");
        a.commissionRate = percent("2.5");
        a.facilityLimit = units(900000);
        a.verificationThreshold = units(50000);
        a.maxInvoiceAgeDays = 60;
        d.first = a;
        a.commissionRate = percent("2.25");
        a.note = QStringLiteral("Commission reduced: two years without a chargeback.");
        d.midYear = a;
        out << d;
    }
    {
        DemoClient d;
        d.client =
            client("WESTPRINT", "Druckhaus Westfalen GmbH", "Hafenweg 24\n48155 Münster",
                   "Thomas Brinkmann", "buchhaltung@druckhaus-westfalen.example", "+49 251 9180 0",
                   "DE152938475", de("40050150", "0000622811"), "Sparkasse Münsterland Ost");
        Agreement a = AgreementService::defaults();
        a.notification = false;
        a.advanceRate = percent("80");
        a.commissionRate = percent("2");
        // docs/domain.md §2: 1.5 % for the first 30 days, then 0.5 % per further 10 days or part.
        a.discountTiers = {{30, percent("1.5")}, {10, percent("0.5")}};
        a.minimumFee = units(500);
        a.facilityLimit = units(400000);
        a.recourseDays = 120;
        d.first = a;
        a.commissionRate = percent("1.75");
        a.minimumFee = units(400);
        a.note = QStringLiteral("New price list from July.");
        d.midYear = a;
        out << d;
    }
    {
        DemoClient d;
        d.client = client("ALPENHOLZ", "Alpenholz Bau GmbH", "Kufsteiner Straße 7\n83022 Rosenheim",
                          "Florian Maier", "f.maier@alpenholz.example", "+49 8031 40 880",
                          "DE163847562", de("71150000", "0020199933"), "Sparkasse Rosenheim");
        d.client.notes = QStringLiteral("Audited accounts for last year still outstanding.");
        Agreement a = AgreementService::defaults();
        a.advanceRate = percent("82");
        a.commissionRate = percent("1.25");
        a.interestMargin = percent("3.5");
        a.dayCount = 365;
        a.facilityLimit = units(800000);
        a.overAdvanceLimit = units(50000);
        d.first = a;
        out << d;
    }
    {
        DemoClient d;
        d.client = client("VANDIJK", "Van Dijk Bloemen B.V.",
                          "Legmeerdijk 313\n1431 GB Aalsmeer\nNederland", "Pieter van Dijk",
                          "p.vandijk@vandijk-bloemen.example", "+31 297 39 2000", "NL812345678B01",
                          Iban::fromBban(QStringLiteral("NL"), QStringLiteral("ABNA0417164300")),
                          "ABN AMRO");
        Agreement a = AgreementService::defaults();
        a.advanceRate = percent("87");
        a.commissionRate = percent("1.5");
        a.discountTiers = {{45, percent("1.2")}, {15, percent("0.6")}, {30, percent("0.5")}};
        a.facilityLimit = units(750000);
        a.concentrationLimit = percent("50");
        d.first = a;
        out << d;
    }
    return out;
}

} // namespace

void seedClients(Database &db)
{
    Transaction tx(db);
    const Session clerk = demoSession(db, QStringLiteral("clerk"));
    const Session manager = demoSession(db, QStringLiteral("manager"));
    ClientService clients(db);
    AgreementService agreements(db);
    const QDate now = today();
    const QDate firstFrom(now.year() - 1, 1, 1);
    // The change falls on the last 1 July that has passed, always after the first version.
    const QDate midYear(now.month() >= 7 ? now.year() : now.year() - 1, 7, 1);
    for (const DemoClient &d : demoClients(SettingsRepository(db).currency())) {
        const qint64 id = clients.add(clerk, d.client);
        agreements.setTerms(manager, id, firstFrom, d.first);
        if (d.midYear)
            agreements.setTerms(manager, id, midYear, *d.midYear);
    }
    tx.commit();
}

} // namespace FactorDesk::DemoData
