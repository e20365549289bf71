<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FactorDesk</name>
    <message>
        <location filename="../models/domain/agreement.cpp" line="39"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/agreement.cpp" line="41"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/agreement.cpp" line="43"/>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/agreement.cpp" line="55"/>
        <source>arrangement: &quot;%1&quot; is not a payment arrangement (write advance, collection or maturity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="65"/>
        <source>Approval code %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="67"/>
        <source>Approval code %1 was given for another client or debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="69"/>
        <source>Approval code %1 is %2, not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="71"/>
        <source>Approval code %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="73"/>
        <source>The invoice date %1 is outside the ship window %2 to %3 of approval code %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="75"/>
        <source>%1 exceeds what is left of approval code %2 (approved %3, already used %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="150"/>
        <source>Invoice %1 is already on line %2 of this schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="153"/>
        <source>Invoice %1 of this client is already in the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="156"/>
        <source>Line %1 of this schedule has the same debtor, date and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="158"/>
        <source>An invoice to %1 dated %2 for %3 is already in the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="162"/>
        <source>Debtor %1 is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="164"/>
        <source>Debtor %1 is insolvent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="167"/>
        <source>The credit limit of debtor %1 is in %2; it does not cover invoices in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="170"/>
        <source>The credit limit of debtor %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="172"/>
        <source>Debtor %1 has no credit limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="175"/>
        <source>The invoice is %1 days old on %2; the agreement buys invoices up to %3 days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="179"/>
        <source>The invoice fell due on %1, before the schedule date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="182"/>
        <source>Debtor %1 is cross-aged: %2 % of its balance is more than 90 days past due (limit %3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="186"/>
        <source>Over the credit limit of debtor %1: limit %2, exposure %3; %4 is unapproved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="189"/>
        <source>Over this client&apos;s sub-limit on debtor %1: sub-limit %2, exposure %3; %4 is unapproved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="193"/>
        <source>Verify with the debtor before funding: the amount is at or above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="196"/>
        <source>Approval code %1 matched: credit-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="200"/>
        <source>Concentration: debtor %1 would hold %2 % of the client&apos;s receivables (limit %3 %); %4 is ineligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="204"/>
        <source>Over the client&apos;s facility limit of %1 (funds employed %2); %3 is ineligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/checkresult.cpp" line="207"/>
        <source>Overridden by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="87"/>
        <source>date: a journal entry needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="90"/>
        <source>currency: a journal entry needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="93"/>
        <source>lines: a journal entry needs at least two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="103"/>
        <source>line %1: each line is either a positive debit or a positive credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="109"/>
        <source>line %1: the amount is in %2 but the entry is in %3; an entry has one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="119"/>
        <source>lines: the entry does not balance (debits %1, credits %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="160"/>
        <source>Purchase of schedule %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="168"/>
        <source>Payment to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="169"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="170"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="172"/>
        <source>Reserve and payment due at maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="173"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databaseidentity.cpp" line="70"/>
        <source>%1 is not a FactorDesk database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databaseidentity.cpp" line="87"/>
        <source>%1 is damaged (%2). It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databaseidentity.cpp" line="99"/>
        <source>The PostgreSQL database %1 holds no FactorDesk books yet; create them with &apos;factordesk-cli init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databaseidentity.cpp" line="114"/>
        <source>%1 is damaged and cannot be read. It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databaseidentity.cpp" line="119"/>
        <source>%1 cannot be read as a FactorDesk database (%2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/databaseidentity.cpp" line="127"/>
        <source>%1 was written by a newer FactorDesk (schema version %2; this program knows up to %3). It was left unchanged; update FactorDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/tableexport.cpp" line="97"/>
        <location filename="../reports/tableexport.cpp" line="102"/>
        <location filename="../reports/tableexport.cpp" line="177"/>
        <source>%1: cannot write the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/tableexport.cpp" line="113"/>
        <location filename="../reports/tableexport.cpp" line="182"/>
        <source>%1: cannot write the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/tableexport.cpp" line="194"/>
        <source>%1: the file name must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Agreement</name>
    <message>
        <location filename="../models/domain/agreement.cpp" line="73"/>
        <source>discount tiers: tier %1 &quot;%2&quot; is not DAYS:PERCENT (write the tiers like 30:1.5,10:0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/agreement.cpp" line="86"/>
        <source>discount tiers: tier %1 has &quot;%2&quot; days; the days of a tier are a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/agreement.cpp" line="94"/>
        <source>discount tiers: tier %1 has the rate &quot;%2&quot;, which is not a percentage (write it like 1.5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AgreementDialog</name>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="57"/>
        <source>New terms for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="73"/>
        <source>A new version of the terms of %1, starting from the version of %2. Older versions are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="76"/>
        <source>The first agreement of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="99"/>
        <source>&amp;Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="107"/>
        <source>In force &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="112"/>
        <source>Payment &amp;arrangement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="114"/>
        <source>With &amp;recourse (the client buys back unpaid invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="117"/>
        <source>&amp;Notified (debtors pay the factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="120"/>
        <source>Ad&amp;vance rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="122"/>
        <source>&amp;Commission rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="125"/>
        <source>e.g. 30:1.5,10:0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="126"/>
        <source>DAYS:PERCENT for the first period, then DAYS:PERCENT for each further period or part; the last tier repeats. Empty: no discount fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="128"/>
        <source>&amp;Discount fee tiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="140"/>
        <source>&amp;Interest margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="141"/>
        <source>% over the base rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="144"/>
        <source>ACT/360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="145"/>
        <source>ACT/365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="146"/>
        <source>Da&amp;y count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="147"/>
        <source>&amp;Minimum fee per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="151"/>
        <source>&amp;Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="153"/>
        <source>&amp;Facility limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="155"/>
        <source>&amp;Over-advance limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="157"/>
        <source>&amp;Concentration limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="158"/>
        <source>% of receivables on one debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="159"/>
        <source>C&amp;ross-aging limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="160"/>
        <source>% over 90 days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="161"/>
        <source>&amp;Verify invoices from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="163"/>
        <source>Maximum invoice &amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="164"/>
        <source>days (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="165"/>
        <source>Rec&amp;ourse period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="166"/>
        <source>days after due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="169"/>
        <source>&amp;Charges and days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="171"/>
        <source>The &amp;purchase day counts as day one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="174"/>
        <source>C&amp;learance days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="175"/>
        <source>days added to receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="176"/>
        <source>Charge per &amp;invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="178"/>
        <source>Charge per &amp;schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="180"/>
        <source>Charge per &amp;transfer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="182"/>
        <source>Charge per credit &amp;decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="184"/>
        <source>&amp;Penalty rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="185"/>
        <source>% after the recourse date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="186"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="195"/>
        <source>Only managers set agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="289"/>
        <source>&quot;%1&quot; is not a percentage; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/agreementdialog.cpp" line="311"/>
        <source>%1: &quot;%2&quot; has more than %n decimal(s), the most %3 allows; write it like %4.</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; has more than %n decimal, the most %3 allows; write it like %4.</numerusform>
            <numerusform>%1: &quot;%2&quot; has more than %n decimals, the most %3 allows; write it like %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="317"/>
        <source>%1: &quot;%2&quot; is not an amount; write it like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/agreementdialog.cpp" line="367"/>
        <source>The terms were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AgreementHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/agreementhistorymodel.cpp" line="10"/>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/agreementhistorymodel.cpp" line="11"/>
        <source>Advance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/agreementhistorymodel.cpp" line="12"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/agreementhistorymodel.cpp" line="13"/>
        <source>Facility limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/agreementhistorymodel.cpp" line="14"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/agreementhistorymodel.cpp" line="15"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/agreementhistorymodel.cpp" line="16"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AgreementService</name>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="64"/>
        <source>A stored discount fee schedule is damaged: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="116"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="116"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="124"/>
        <source>%1: %2 % is outside 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="136"/>
        <source>%1: %2 has no currency; the client&apos;s terms are in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="142"/>
        <source>%1: %2 %3 is not in %4, the currency of the client&apos;s terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="149"/>
        <source>%1: %2 is negative; amounts and limits are 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="158"/>
        <source>%1: %2 days is outside 0 to %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="184"/>
        <source>from: a version of the terms needs the date it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="186"/>
        <source>advance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="187"/>
        <source>commission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="190"/>
        <source>advance rate: %1 % advance and %2 % commission add up to more than 100 % of the face value, leaving a negative reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="196"/>
        <source>discount tiers: %1 tiers given; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="206"/>
        <source>discount tiers: tier %1 covers %2 days; each tier covers 1 to %3 days and begins where the one before ends, so the tiers ascend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="214"/>
        <source>discount tiers: the rate %1 % of tier %2 is outside 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="219"/>
        <source>interest margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="222"/>
        <source>day count: %1 is not a day count (use 360 for ACT/360 or 365 for ACT/365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="226"/>
        <source>minimum fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="227"/>
        <source>recourse period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="228"/>
        <source>facility limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="229"/>
        <source>over-advance limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="231"/>
        <source>concentration limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="232"/>
        <source>cross-aging limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="233"/>
        <source>clearance days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="234"/>
        <source>charge per invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="237"/>
        <source>charge per schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="239"/>
        <source>charge per transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="241"/>
        <source>charge per credit decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="242"/>
        <source>penalty rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="244"/>
        <source>verification threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="246"/>
        <source>maximum invoice age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="249"/>
        <source>note: at most 1000 characters, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="256"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="258"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="258"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="262"/>
        <source>%1 per %2 or part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="263"/>
        <source>%1 for the first %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="267"/>
        <source>, then %1 per further %2 or part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="268"/>
        <source>, then %1 for the next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="290"/>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="292"/>
        <source>Payment arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="294"/>
        <source>With recourse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="295"/>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="296"/>
        <source>Advance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="297"/>
        <source>Commission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="298"/>
        <source>Discount fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="301"/>
        <source>Interest margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="302"/>
        <source>Base rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="303"/>
        <source>Day count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="304"/>
        <source>ACT/365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="304"/>
        <source>ACT/360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="305"/>
        <source>Minimum fee per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="306"/>
        <source>Recourse period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="307"/>
        <source>Facility limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="308"/>
        <source>Over-advance limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="309"/>
        <source>Concentration limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="310"/>
        <source>Cross-aging limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="311"/>
        <source>Purchase day counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="312"/>
        <source>Clearance days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="313"/>
        <source>Charge per invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="314"/>
        <source>Charge per schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="315"/>
        <source>Charge per transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="316"/>
        <source>Charge per credit decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="318"/>
        <source>Penalty rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="319"/>
        <source>Verification threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="321"/>
        <source>Maximum invoice age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="322"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="346"/>
        <source>First version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="349"/>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="351"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="399"/>
        <source>set agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="409"/>
        <source>base-rate: there is no base rate %1 in %2; set it first (base-rate set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="424"/>
        <source>from: the terms of %1 already have a version from %2, and versions are never edited; add a new version from a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/agreementservice.cpp" line="430"/>
        <source>from: the latest version of the terms of %1 starts on %2; a new version must start after it, since a change never rewrites history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Application</name>
    <message>
        <location filename="../ui/application.cpp" line="52"/>
        <source>FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="90"/>
        <source>FactorDesk: the back office of a factoring house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="95"/>
        <source>The database: an SQLite file, or postgresql://user@host:port/dbname. Default: $FACTORDESK_DB, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="99"/>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="101"/>
        <source>The user name to fill in at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="102"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="125"/>
        <source>FactorDesk cannot open %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ApplyCashDialog</name>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="32"/>
        <source>Apply receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="39"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="40"/>
        <source>Receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="40"/>
        <source>%1 %2, value date %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="46"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="48"/>
        <source>References:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="52"/>
        <source>&amp;Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="57"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="57"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="57"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="58"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="58"/>
        <source>Open balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="58"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="73"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="98"/>
        <source>(choose the debtor who paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="145"/>
        <source>Amount on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="167"/>
        <source>The debtor has no open invoices in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="220"/>
        <source>Applying %1 of %2 unapplied; %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="263"/>
        <source>%1: &quot;%2&quot; is not an amount as you write numbers (for example %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="271"/>
        <source>%1: an amount applied is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="275"/>
        <source>%1: %2 is more than its open balance of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="283"/>
        <source>Type the amount to apply on at least one invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/applycashdialog.cpp" line="290"/>
        <source>%1 is more than the %2 left on this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ApprovalCodeDialog</name>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="207"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="210"/>
        <source>Approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="213"/>
        <source>Order %1 of %2 for %3 is %4. Give the client this approval code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="235"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AssignmentNotice</name>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="78"/>
        <location filename="../reports/assignmentnotice.cpp" line="93"/>
        <source>Notice of assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="94"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="94"/>
        <source>Your account with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="95"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="98"/>
        <source>Notice of assignment of receivables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="101"/>
        <source>Dear Sir or Madam,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="104"/>
        <source>We give you notice that %1 has assigned to %2 all its present and future receivables owed by you, including the invoices listed below, under a factoring agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="111"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="114"/>
        <source>From the date of this notice you may discharge these debts only by payment to %1. Please pay every invoice of %2, now and in future, to %1 and quote the invoice number with each payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="118"/>
        <source>From the date of this notice you may discharge these debts only by payment to %1. Please pay every invoice of %2, now and in future, to the account of %1: %3, and quote the invoice number with each payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="124"/>
        <source>Payment to %1 or to anyone else will not discharge your debt. These instructions may be changed only in writing by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="130"/>
        <source>Invoices assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="132"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="132"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="132"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="133"/>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="144"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="148"/>
        <source>Please confirm to us that you have noted these instructions. If you dispute any of these invoices, tell us at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="151"/>
        <source>Yours faithfully,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="157"/>
        <source>We confirm the assignment. For %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="176"/>
        <source>Notices of assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AuditLog</name>
    <message>
        <location filename="../models/services/auditlog.cpp" line="172"/>
        <source>Audit record %1 (%2, %3) does not follow the record before it: a record was removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/auditlog.cpp" line="184"/>
        <source>Audit record %1 (%2, %3) was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/auditlog.cpp" line="203"/>
        <source>The newest %n audit record(s) were deleted: the trail ends at record %1, but record %2 was written (its hash is kept outside the database, in %3).</source>
        <translation>
            <numerusform>The newest %n audit record was deleted: the trail ends at record %1, but record %2 was written (its hash is kept outside the database, in %3).</numerusform>
            <numerusform>The newest %n audit records were deleted: the trail ends at record %1, but record %2 was written (its hash is kept outside the database, in %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/auditlog.cpp" line="216"/>
        <source>Audit record %1 is not the one FactorDesk wrote: the trail was rewritten from there on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AuditLogModel</name>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="116"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="118"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="120"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="122"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="124"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="126"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AuditView</name>
    <message>
        <location filename="../ui/views/auditview.cpp" line="56"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="57"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="69"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="77"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="80"/>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="85"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="88"/>
        <source>action, record or data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="60"/>
        <source>&amp;Verify books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="98"/>
        <source>Check that every journal entry balances and was not changed, that no audit record was changed, inserted or removed, and that every invoice agrees with the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="109"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="123"/>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="126"/>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="174"/>
        <source>Select a record to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="180"/>
        <source>&lt;b&gt;Record %1&lt;/b&gt; · %2 · %3 · %4 %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="185"/>
        <source>(nothing: the record was created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="187"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/auditview.cpp" line="220"/>
        <source>The books hold: every journal entry balances (%1), the journal&apos;s seals (%2) and the audit trail (%3) are unbroken, and every invoice (%4) agrees with the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %Ln record(s) checked.</source>
        <translation type="vanished">
            <numerusform>The audit trail is intact: %Ln record checked.</numerusform>
            <numerusform>The audit trail is intact: %Ln records checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::BackupService</name>
    <message>
        <location filename="../models/services/backupservice.cpp" line="29"/>
        <source>back up the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/backupservice.cpp" line="32"/>
        <source>These books are kept on a PostgreSQL server: back them up with the server&apos;s own tool, for example
  %1
and restore with pg_restore into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/backupservice.cpp" line="39"/>
        <source>%1 already exists: a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/backupservice.cpp" line="44"/>
        <source>%1: there is no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/backupservice.cpp" line="53"/>
        <source>The backup to %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::BankFileSchema</name>
    <message>
        <location filename="../models/services/bankfileschema.cpp" line="36"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/bankfileschema.cpp" line="66"/>
        <source>the schema of %1 is not among those the program keeps (%2); the file was read without a schema check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/bankfileschema.cpp" line="80"/>
        <source>the schema of %1 could not be read; the file was read without a schema check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/bankfileschema.cpp" line="88"/>
        <source>the file could not be checked against the schema of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/bankfileschema.cpp" line="98"/>
        <source>%n more schema finding(s)</source>
        <translation>
            <numerusform>%n more schema finding</numerusform>
            <numerusform>%n more schema findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/bankfileschema.cpp" line="101"/>
        <source>the file does not follow the schema of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::BaseRateService</name>
    <message>
        <location filename="../models/services/baserateservice.cpp" line="22"/>
        <source>name: &quot;%1&quot; is not a base rate name (1 to 32 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/baserateservice.cpp" line="37"/>
        <source>set base rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/baserateservice.cpp" line="40"/>
        <source>from: a date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/baserateservice.cpp" line="43"/>
        <source>rate: %1 % is outside 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/baserateservice.cpp" line="50"/>
        <source>currency: &quot;%1&quot; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/baserateservice.cpp" line="59"/>
        <source>from: the end of day has been run up to %1; interest already accrued is not recomputed, so a base rate takes effect from a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/baserateservice.cpp" line="68"/>
        <source>from: %1 in %2 already has a rate from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Books</name>
    <message>
        <location filename="../models/services/books.cpp" line="36"/>
        <source>Currency: &quot;%1&quot; is not a three-letter code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::BooksVerifier</name>
    <message>
        <location filename="../models/services/booksverifier.cpp" line="43"/>
        <source>Journal entry %1 of %2 was posted with %3 lines and has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/booksverifier.cpp" line="49"/>
        <source>Journal entry %1 of %2 does not balance: its debits and credits no longer add up to the total it was posted with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/booksverifier.cpp" line="78"/>
        <source>Journal entry %1 was sealed but is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/booksverifier.cpp" line="83"/>
        <source>The seal of journal entry %1 does not follow the one before it: an entry was removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/booksverifier.cpp" line="99"/>
        <source>Journal entry %1 of %2 was changed after it was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/booksverifier.cpp" line="115"/>
        <source>Journal entry %1 has no seal: it was written outside FactorDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/booksverifier.cpp" line="136"/>
        <source>The newest %n journal entries were deleted: the journal&apos;s seals end at %1, but seal %2 was written (its hash is kept outside the database, in %3).</source>
        <translation>
            <numerusform>The newest %n journal entry was deleted: the journal&apos;s seals end at %1, but seal %2 was written (its hash is kept outside the database, in %3).</numerusform>
            <numerusform>The newest %n journal entries were deleted: the journal&apos;s seals end at %1, but seal %2 was written (its hash is kept outside the database, in %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/booksverifier.cpp" line="147"/>
        <source>Journal seal %1 is not the one FactorDesk wrote: the journal was rewritten from there on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/booksverifier.cpp" line="176"/>
        <source>Invoice %1 (id %2) is %3 with an open balance of %4 %6, but the journal holds %5 %6 on factored receivables for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::BusinessCalendar</name>
    <message>
        <location filename="../models/services/businesscalendar.cpp" line="54"/>
        <source>close periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/businesscalendar.cpp" line="58"/>
        <source>month: &quot;%1&quot; is not a month; write it like 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/businesscalendar.cpp" line="64"/>
        <source>month: %1 is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/businesscalendar.cpp" line="70"/>
        <source>month: %1 cannot be closed before its end-of-day runs are done (the business date is %2; run the end of day up to %3 first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/businesscalendar.cpp" line="107"/>
        <source>%1: %2 lies in %3, a closed month; post a correction in an open month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CamtReader</name>
    <message>
        <location filename="../models/io/camtreader.cpp" line="104"/>
        <source>%1line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="122"/>
        <source>the file declares a document type (DTD); bank files do not, and its entities are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="127"/>
        <location filename="../models/io/camtreader.cpp" line="165"/>
        <location filename="../models/io/camtreader.cpp" line="186"/>
        <source>the file ends in the middle of the message (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="128"/>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="137"/>
        <source>elements nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="237"/>
        <source>no amount (Amt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="242"/>
        <source>line %1: the amount %2 has no valid currency (Ccy &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="249"/>
        <source>line %1: &quot;%2&quot; is not an amount of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="255"/>
        <source>line %1: the amount is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="334"/>
        <source>line %1: the entry has no direction (CdtDbtInd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="375"/>
        <location filename="../models/io/camtreader.cpp" line="396"/>
        <source>line %1: a field is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="406"/>
        <source>line %1: the entry has no booking or value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="455"/>
        <source>the statement names no account (Acct/Id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="471"/>
        <source>the file holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="478"/>
        <source>not an ISO 20022 bank statement or notification (camt.052, camt.053 or camt.054): the root is &lt;%1&gt; in namespace &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="489"/>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="506"/>
        <source>the message holds no %1 element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="561"/>
        <source>%1line 1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/camtreader.cpp" line="572"/>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CashPostingView</name>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="48"/>
        <source>&lt;h2&gt;Cash posting&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="53"/>
        <source>&amp;Import bank file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="55"/>
        <source>&amp;New receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="58"/>
        <source>&amp;Confirm suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="62"/>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="64"/>
        <source>&amp;Short payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="75"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="79"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="86"/>
        <source>&amp;Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="100"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="105"/>
        <source>Selected receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="115"/>
        <source>Receipt applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="194"/>
        <source>All debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/cashpostingview.cpp" line="231"/>
        <source>%n receipt(s).</source>
        <translation>
            <numerusform>%n receipt.</numerusform>
            <numerusform>%n receipts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="233"/>
        <source>%1 Unapplied cash among them: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="277"/>
        <source>No receipt selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="283"/>
        <source>&lt;b&gt;Receipt %1&lt;/b&gt; of &lt;b&gt;%2 %3&lt;/b&gt;, value date %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="289"/>
        <source>, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="291"/>
        <source>Debtor not known: the cash waits for a clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="292"/>
        <source>Debtor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="296"/>
        <source>References: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="297"/>
        <source>Applied &lt;b&gt;%1&lt;/b&gt;, left &lt;b&gt;%2&lt;/b&gt; — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="302"/>
        <source>Ctrl+Enter confirms the suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="319"/>
        <source>Clerks and managers post receipts; you may read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="326"/>
        <source>Read a camt.053, camt.054 or receipts CSV file and match its credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="331"/>
        <source>Type in a cheque or transfer; Enter posts it and starts the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="338"/>
        <location filename="../ui/views/cashpostingview.cpp" line="345"/>
        <location filename="../ui/views/cashpostingview.cpp" line="354"/>
        <source>Select a receipt first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="340"/>
        <source>Apply the suggested invoices as shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="341"/>
        <source>The selected receipt has no suggestion waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="346"/>
        <source>Split what is left over the debtor&apos;s open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="348"/>
        <source>Nothing is left to apply on the selected receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="355"/>
        <source>Say why an invoice of this receipt was paid short: still owed, a deduction or dispute, or a credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="358"/>
        <source>The selected receipt is not applied to an invoice yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="364"/>
        <location filename="../ui/views/cashpostingview.cpp" line="378"/>
        <source>Import bank file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="365"/>
        <source>Bank files (*.xml *.camt *.053 *.054 *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="376"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="376"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="394"/>
        <source>Matching movement %1 of %2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/cashpostingview.cpp" line="402"/>
        <source>The import of %1 was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.cpp" line="26"/>
        <location filename="../ui/dialogs/changepassworddialog.cpp" line="55"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.cpp" line="30"/>
        <source>Choose a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.cpp" line="31"/>
        <source>%1, please choose a new password before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.cpp" line="41"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.cpp" line="47"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.cpp" line="48"/>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.cpp" line="79"/>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.cpp" line="84"/>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ChargebackService</name>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="30"/>
        <location filename="../models/services/chargebackservice.cpp" line="139"/>
        <source>charge invoices back to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="32"/>
        <source>reason: say why it is charged back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="35"/>
        <source>Another user changed invoice %1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="63"/>
        <source>record buy-back payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="72"/>
        <source>amount: client %1 is in %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="77"/>
        <source>Buy-back paid by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="78"/>
        <source>Buy-back paid by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="147"/>
        <source>unpaid past its recourse date %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="158"/>
        <source>mark a debtor insolvent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="160"/>
        <source>date: give the date of the insolvency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="171"/>
        <source>post credit losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="212"/>
        <source>debtor %1 insolvent: disputed or over the approved amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/chargebackservice.cpp" line="222"/>
        <source>debtor insolvent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ChecksPage</name>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="41"/>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="44"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="45"/>
        <source>Every line with the result of each check. Ineligible lines get no advance unless a manager overrides them with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="75"/>
        <source>Only a manager can override a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="82"/>
        <source>Invoice %1 cannot be overridden: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="89"/>
        <source>Invoice %1 is eligible already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="103"/>
        <location filename="../ui/wizards/checkspage.cpp" line="108"/>
        <location filename="../ui/wizards/checkspage.cpp" line="116"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="103"/>
        <source>Select the line to override first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="109"/>
        <source>Why should invoice %1 be bought in full? (kept with the line; empty: no override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="133"/>
        <source>%1 lines: %2 eligible in full, %3 not (in part or whole), %4 with warnings; %5 overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/checkspage.cpp" line="139"/>
        <source>A manager can override ineligible lines when approving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="163"/>
        <source>The books: an SQLite file or a postgresql:// URL (default FACTORDESK_DB, else the file in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="165"/>
        <source>Who signs in (default FACTORDESK_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="179"/>
        <source>--format is csv, json or table, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="190"/>
        <source>--%1: &quot;%2&quot; is not a date (write YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="225"/>
        <source>Unknown command &quot;%1&quot;. Run factordesk-cli help %2 for the %2 commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="283"/>
        <source>Run factordesk-cli %1 --help for its arguments and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="229"/>
        <source>Unknown command &quot;%1&quot;. Run factordesk-cli help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="288"/>
        <source>factordesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="297"/>
        <source>factordesk-cli: unexpected failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="89"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="90"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="101"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="103"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="105"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="106"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="107"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="108"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="109"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="110"/>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="111"/>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="113"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="114"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="115"/>
        <source>Funds employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="126"/>
        <source>The client&apos;s currency, ISO 4217 (default the books&apos; currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="127"/>
        <source>The client&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="128"/>
        <location filename="../app/cli/debtorcommands.cpp" line="28"/>
        <source>The postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="129"/>
        <source>The contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="130"/>
        <source>The contact&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="131"/>
        <source>The contact&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="132"/>
        <source>The client&apos;s tax or VAT number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="133"/>
        <source>The bank account as an IBAN, checked with its check digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="134"/>
        <source>The bank account in another format, kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="135"/>
        <source>The client&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="136"/>
        <source>Free notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="163"/>
        <source>--currency: &quot;%1&quot; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="179"/>
        <source>Added client %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="193"/>
        <source>Saved client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="308"/>
        <source>Terms in force on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="311"/>
        <source>No agreement in force on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="314"/>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="331"/>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="340"/>
        <source>--%1 and --no-%1 contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="343"/>
        <source>set agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="405"/>
        <source>New terms of %1 in force from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="418"/>
        <source>%1 has no agreement in force on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="452"/>
        <source>The day to show (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="455"/>
        <source>Adds a client (clerks and managers). The currency defaults to the book&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="456"/>
        <location filename="../app/cli/clientcommands.cpp" line="463"/>
        <source>The client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="461"/>
        <source>Changes the given details of a client (clerks and managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="462"/>
        <source>A new code for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="468"/>
        <source>Lists clients with their terms in force and funds employed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="470"/>
        <source>Only clients whose code or name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="477"/>
        <source>Shows a client, the terms in force and every version of its agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="483"/>
        <source>Adds a version of a client&apos;s terms from DATE (managers). Terms not given are those in force on DATE, or the defaults for a first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="487"/>
        <source>The day the new terms take effect; later than the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="489"/>
        <source>The advance rate, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="490"/>
        <source>The commission rate, in percent of the face value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="491"/>
        <source>With recourse: the client buys back unpaid invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="493"/>
        <source>Without recourse: the factor absorbs a debtor&apos;s insolvency on credit-approved invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="495"/>
        <source>How the factor pays the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="496"/>
        <source>Debtors are notified of the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="497"/>
        <source>Debtors are not notified (confidential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="498"/>
        <source>The interest margin over the base rate, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="500"/>
        <source>The base rate (base-rate set) the interest margin is added to; none: the margin alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="502"/>
        <source>The interest day count: ACT/360 or ACT/365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="504"/>
        <source>Days after the due date after which an unpaid invoice is charged back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="505"/>
        <source>The facility limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="506"/>
        <source>The extra line beyond eligible receivables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="508"/>
        <source>The largest share of the client&apos;s receivables on one debtor, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="510"/>
        <source>The share of a debtor&apos;s balance over 90 days past due above which all its invoices are ineligible, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="512"/>
        <source>The minimum fee per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="514"/>
        <source>The discount: 30:1.5,10:0.5 is 1.5 % for the first 30 days, then 0.5 % per further 10 days or part; none removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="516"/>
        <source>The purchase day counts as day one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="517"/>
        <source>The purchase day does not count as day one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="519"/>
        <source>Float days added to receipts before a fee or interest stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="521"/>
        <source>Invoices at or above this amount are verified with the debtor before funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="522"/>
        <source>The oldest invoice the factor buys, in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="523"/>
        <source>The charge per invoice bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="524"/>
        <source>The charge per schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="525"/>
        <source>The charge per payment to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="526"/>
        <source>The charge per credit decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="527"/>
        <source>The penalty rate after the recourse date, in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="528"/>
        <source>A note kept with this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="533"/>
        <source>Shows the terms in force for a client on a date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="539"/>
        <source>Lists every version of a client&apos;s agreement: from when, by whom, what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="41"/>
        <source>Credit request %1 for debtor %2: %3, waiting for an analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="59"/>
        <source>amount: approving in part needs --amount with the lower amount granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="70"/>
        <source>Debtor %1 has no open credit request to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="76"/>
        <source>Debtor %1: credit limit %2, review %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="79"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="82"/>
        <source>The limit expires after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="155"/>
        <source>Ask for a debtor&apos;s credit limit, or with --client a per-client sub-limit (clerk, analyst); prints the request number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="158"/>
        <source>Why the limit is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="159"/>
        <source>Ask for a sub-limit for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="164"/>
        <source>Decide the debtor&apos;s open credit request (analyst, not the requester); prints the new status first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="167"/>
        <source>The lower amount granted; partial needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="168"/>
        <source>The date to review the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="170"/>
        <source>The last day the debtor&apos;s limit covers (default: it does not expire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="171"/>
        <location filename="../app/cli/ordercommands.cpp" line="229"/>
        <source>Why it was decided so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="176"/>
        <source>Credit requests and decisions, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="178"/>
        <source>Only open requests (pending or on hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="179"/>
        <source>Only the requests for this debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="185"/>
        <source>The analyst&apos;s queue: open requests, reviews due within 30 days, declined in the last 30 days, debtors whose days to pay or dilution is rising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="187"/>
        <source>The day the queue is for (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="40"/>
        <source>--terms: &quot;%1&quot; is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="26"/>
        <source>The debtor&apos;s payment terms in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="27"/>
        <source>The company registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="29"/>
        <source>The country, a two-letter code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="30"/>
        <source>The contact e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="93"/>
        <source>Added debtor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="104"/>
        <source>Saved debtor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="189"/>
        <source>Debtor %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="204"/>
        <source>Debtor %1 buys from client %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="205"/>
        <source>Debtor %1 no longer linked to client %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="217"/>
        <source>Add a debtor (clerk, manager), optionally linked to the clients it buys from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="218"/>
        <location filename="../app/cli/debtorcommands.cpp" line="226"/>
        <source>The debtor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="220"/>
        <source>A client the debtor buys from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="225"/>
        <source>Change a debtor&apos;s details (clerk, manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="230"/>
        <source>Debtors with limit, exposure, utilisation (%), days to pay and dilution (%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="239"/>
        <source>One debtor&apos;s details, clients, limit, exposure, days to pay and dilution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="232"/>
        <source>Only debtors whose code or name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="233"/>
        <source>Only debtors with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="244"/>
        <source>Set a debtor&apos;s status; insolvent needs --date (clerk, manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="33"/>
        <source>&quot;%1&quot; is not a %2 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/collectioncommands.cpp" line="57"/>
        <source>%n credit note(s) imported.</source>
        <translation>
            <numerusform>%n credit note imported.</numerusform>
            <numerusform>%n credit notes imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="100"/>
        <source>dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="110"/>
        <source>Dispute %1 on %2 resolved: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="174"/>
        <source>%1 %2 (%3): %4 charged back, due %5, recourse ended %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/collectioncommands.cpp" line="179"/>
        <source>%n invoice(s) charged back.</source>
        <translation>
            <numerusform>%n invoice charged back.</numerusform>
            <numerusform>%n invoices charged back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="198"/>
        <source>Debtor %1 is insolvent since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="228"/>
        <source>Enter the client&apos;s credit note against one of its bought invoices (it reduces the invoice and the client&apos;s reserve); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="231"/>
        <source>The invoice it credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="232"/>
        <source>The amount credited (at most what is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="233"/>
        <source>The credit note&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="234"/>
        <source>The client&apos;s credit note number or reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="239"/>
        <source>Import the client&apos;s credit notes from a CSV file (columns invoice_no, amount, date, reference), all or none; prints their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="245"/>
        <source>Credit notes, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="246"/>
        <source>Only this client&apos;s credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="251"/>
        <source>Record a debtor&apos;s deduction or dispute on an invoice; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="253"/>
        <source>The disputed invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="254"/>
        <source>The amount in dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="255"/>
        <source>The reason code (see `dispute reasons`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="256"/>
        <source>What the debtor said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="261"/>
        <source>Resolve a dispute: paid (closed), credited (a credit note of its amount) or charged-back (to the client; manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="263"/>
        <source>How it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="267"/>
        <source>Disputes, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="268"/>
        <source>Only the open ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="272"/>
        <source>The reason codes of disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="277"/>
        <source>Charge an invoice back to the client (manager): the reserve first, the recourse receivable for the rest; prints the chargeback&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="280"/>
        <source>The invoice charged back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="281"/>
        <source>How much (default: what is open on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="282"/>
        <source>Why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="283"/>
        <source>The chargeback&apos;s date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="288"/>
        <source>Charge back every invoice unpaid past its recourse date (due date + the agreement&apos;s recourse days; manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="290"/>
        <source>The day of the run (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="294"/>
        <source>Record the client&apos;s cash paying back what was charged back; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="296"/>
        <location filename="../app/cli/receiptcommands.cpp" line="247"/>
        <source>The amount received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="297"/>
        <location filename="../app/cli/receiptcommands.cpp" line="248"/>
        <source>The value date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="298"/>
        <source>The payment&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="303"/>
        <source>Mark a debtor insolvent since a date (manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="304"/>
        <location filename="../app/cli/debtorcommands.cpp" line="245"/>
        <source>The date of the insolvency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="308"/>
        <source>Post the credit losses on credit-approved invoices of insolvent debtors; disputes and what is over the approval are charged back (manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/collectioncommands.cpp" line="310"/>
        <source>The day of the losses (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="249"/>
        <source>Record that the debtor buys from a client (clerk, manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="254"/>
        <source>Remove a debtor&apos;s link to a client (clerk, manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="33"/>
        <source>init needs --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="35"/>
        <source>Password for the new administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="54"/>
        <source>Created %1 (schema version %2) with administrator %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="60"/>
        <source>Demo users clerk, analyst and manager have the password &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="70"/>
        <source>user add needs --role ROLE[,ROLE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="74"/>
        <source>add users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="76"/>
        <source>Password for the new user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="78"/>
        <source>Added user %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="104"/>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="106"/>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="110"/>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="118"/>
        <source>user roles needs --role ROLE[,ROLE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="122"/>
        <source>Roles of %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="131"/>
        <source>User %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="131"/>
        <source>User %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="189"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="200"/>
        <source>journal reverse needs an entry number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="218"/>
        <source>The audit trail holds. Records checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="232"/>
        <source>The books hold. Journal entries balanced: %1; sealed entries chained: %2; audit records chained: %3; invoices agreeing with the journal: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="247"/>
        <source>Backed up the books to %1. To restore, open that file: factordesk --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="298"/>
        <source>settings set needs at least one of --factor-name, --address, --bank-name, --bank-account, --email, --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="312"/>
        <location filename="../app/cli/receiptcommands.cpp" line="57"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="313"/>
        <source>The factor&apos;s details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="322"/>
        <source>Roles, comma-separated: admin, clerk, analyst, manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="326"/>
        <source>Create a new database; the administrator&apos;s password comes from FACTORDESK_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="329"/>
        <source>The administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="331"/>
        <source>Add the demo users clerk, analyst and manager and the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="332"/>
        <source>The books&apos; currency, ISO 4217 (default EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="333"/>
        <source>The administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="335"/>
        <source>The first business date, for books moved in from a past day (default: the calendar date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="341"/>
        <source>Add a user (admin); the password comes from FACTORDESK_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="342"/>
        <source>The user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="346"/>
        <source>List users and their roles (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="351"/>
        <source>Set a user&apos;s roles (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="356"/>
        <source>Set a password from FACTORDESK_NEW_PASSWORD (admin, or your own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="361"/>
        <source>Disable a user (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="366"/>
        <source>Enable a user again (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="371"/>
        <source>One row per journal line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="373"/>
        <source>Only entries dated on or after D (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="374"/>
        <source>Only entries dated on or before D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="375"/>
        <source>Only lines of this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="376"/>
        <source>Only lines on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="382"/>
        <source>Post the reversal of an entry (manager); prints the new entry number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="384"/>
        <source>Why the entry is reversed (kept in the memo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="386"/>
        <location filename="../app/cli/schedulecommands.cpp" line="506"/>
        <source>The date of the reversal (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="391"/>
        <source>Every account with its balance as of a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="393"/>
        <source>The balances at the end of D (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="394"/>
        <source>The currency to show (default the books&apos; currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="400"/>
        <source>The book currency and the factor&apos;s details printed on documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="405"/>
        <source>Change the factor&apos;s details printed on advices and letters (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="407"/>
        <source>The factor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="408"/>
        <source>The postal address; \n in the text breaks the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="409"/>
        <source>The factor&apos;s bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="410"/>
        <source>The factor&apos;s bank account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="411"/>
        <source>The factor&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="412"/>
        <source>The factor&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="417"/>
        <source>Copy the books, while they are in use, to a new SQLite file (manager or administrator); on PostgreSQL, says how to use pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="419"/>
        <source>The new file; an existing one is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="424"/>
        <source>Check the whole books: every entry balances, the journal&apos;s seals and the audit trail chain, every invoice agrees with the journal; exit 1 names the first thing wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="431"/>
        <source>Check the audit trail&apos;s hash chain; exit 1 names the first bad record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="437"/>
        <source>The newest audit records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="439"/>
        <source>Only records made on or after D (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="440"/>
        <source>Only records made on or before D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="441"/>
        <source>Only records of this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="442"/>
        <source>Only records about this kind of thing (client, debtor, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="443"/>
        <source>At most N records (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="38"/>
        <source>&quot;%1&quot; is not a request number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="54"/>
        <source>Order approval request %1: %2 to %3, ship date %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="72"/>
        <source>--days: &quot;%1&quot; is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="85"/>
        <source>amount: approving in part needs --amount with the lower amount approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="91"/>
        <source>%1 %2 for %3, expires %4, ship window %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="168"/>
        <source>There is no order approval with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ordercommands.cpp" line="188"/>
        <source>Wrote %n order approval(s) of client %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n order approval of client %1 to %2.</numerusform>
            <numerusform>Wrote %n order approvals of client %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="202"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ordercommands.cpp" line="204"/>
        <source>Imported %n order approval request(s).</source>
        <translation>
            <numerusform>Imported %n order approval request.</numerusform>
            <numerusform>Imported %n order approval requests.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="215"/>
        <source>Ask for a pre-shipment order approval (clerk, analyst); prints the request number alone on the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="218"/>
        <source>The day the goods are to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="219"/>
        <source>The client&apos;s order reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="224"/>
        <source>Decide an order approval (analyst, not the requester); prints the approval code alone on the first line, or the status for decline and hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="227"/>
        <source>The lower amount approved; partial needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="228"/>
        <source>How many days the approval is valid (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="234"/>
        <source>Order approval requests and decisions, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="236"/>
        <source>Only the requests of this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="237"/>
        <source>Only requests with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="243"/>
        <source>One order approval, by request number or approval code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="248"/>
        <source>Write a client&apos;s order approval decisions to a CSV file for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="249"/>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="253"/>
        <source>Import a client&apos;s order approval requests from CSV (client, debtor, order_ref, amount, ship_date); a file with bad lines imports nothing unless --skip-bad. Prints the new request numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="256"/>
        <location filename="../app/cli/schedulecommands.cpp" line="436"/>
        <source>Import the good lines and skip the bad ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/schedulecommands.cpp" line="107"/>
        <source>%n line(s) passed every check</source>
        <translation>
            <numerusform>%n line passed every check</numerusform>
            <numerusform>%n lines passed every check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="117"/>
        <source>Invoices %1, face %2, eligible %3, ineligible %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="121"/>
        <source>Advance %1, commission %2, reserve %3, charges %4, net payment %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="125"/>
        <source>Average due date %1, payment due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="147"/>
        <source>skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="161"/>
        <source>Schedule %1 of %2 (%3), dated %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="166"/>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="169"/>
        <source>Funded on %1 by %2, journal entry %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="235"/>
        <source>--override %1 needs its --reason TEXT before the next --override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="241"/>
        <source>--reason belongs after an --override INVOICE_NO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="247"/>
        <source>--override %1 needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="253"/>
        <source>Schedule %1 approved: invoices %2, eligible %3, advance %4, net payment %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="270"/>
        <source>Schedule %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="278"/>
        <source>Name the line with --line L or --invoice NO (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="287"/>
        <source>--line needs a line number (1, 2, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="293"/>
        <source>Line %1 of schedule %2 verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="307"/>
        <source>--override needs --override-reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="324"/>
        <source>Schedule %1 funded; journal entry %2; payment of %3 due on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="332"/>
        <source>Overridden: line %1 (invoice %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/schedulecommands.cpp" line="337"/>
        <source>Notices of assignment to print: %n debtor(s).</source>
        <translation>
            <numerusform>Notices of assignment to print: %n debtor.</numerusform>
            <numerusform>Notices of assignment to print: %n debtors.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="350"/>
        <source>Schedule %1 unfunded: purchase entry %2 reversed by entry %3; its invoices are pending again and the schedule is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="357"/>
        <source>The payment due to the client was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="382"/>
        <source>--limit needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="430"/>
        <source>Import, check and price a schedule from a CSV file; prints its number on the first line, then the checks of each line. A file with errors imports nothing unless --skip-bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="434"/>
        <source>The schedule&apos;s date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="435"/>
        <source>The schedule&apos;s number (default the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="437"/>
        <source>Keep the schedule as a draft instead of submitting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="443"/>
        <source>A schedule&apos;s lines with their checks and split, and its totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="448"/>
        <source>Schedules with their totals, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="450"/>
        <source>Only the schedules of this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="451"/>
        <source>Only schedules with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="452"/>
        <source>Only schedules dated on or after D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="453"/>
        <source>Only schedules dated on or before D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="459"/>
        <source>Run the checks of a draft or submitted schedule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="465"/>
        <source>Approve a schedule (managers); an override makes an ineligible invoice eligible in full and keeps the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="469"/>
        <source>Make this ineligible invoice eligible; the next --reason says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="471"/>
        <source>Why the invoice before it is overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="476"/>
        <source>Reject a schedule (managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="477"/>
        <source>Why the schedule is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="481"/>
        <source>Fund an approved schedule (managers): buys the invoices, posts the purchase entry and records the payment due to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="484"/>
        <source>The funding date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="486"/>
        <source>Fund even the lines that no longer fit (limits, facility, concentration) or are not verified; says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="489"/>
        <source>Override only this invoice (default: every line that no longer fits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="492"/>
        <source>Fund beyond the client&apos;s availability; the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="499"/>
        <source>Undo the purchase of a funded schedule (managers): posts the reversal of its purchase entry, returns its invoices to pending and the schedule to approved, and cancels the payment due to the client. Refused once anything was collected on its invoices or the payment was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="504"/>
        <source>Why the purchase is undone (kept in the memo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="512"/>
        <source>Record that an invoice was verified with the debtor (clerk, analyst, manager); a line that requires it is funded only once it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="515"/>
        <source>The line of the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="516"/>
        <source>The invoice number (instead of --line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="517"/>
        <source>How: phone, email, portal or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="518"/>
        <source>Who at the debtor confirmed the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="519"/>
        <source>Anything else worth keeping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="525"/>
        <source>Purchased invoices with open balance, days past due and aging bucket (current, 1-30, 31-60, 61-90, 90+); --status all shows pending and rejected lines too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="529"/>
        <source>Only the invoices of this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="530"/>
        <source>Only the invoices on this debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="531"/>
        <source>Only invoices with this status; all for every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="532"/>
        <source>Only invoices in this aging bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="533"/>
        <source>Only the lines of this schedule, whatever their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="534"/>
        <source>Days past due as of D (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="535"/>
        <source>At most N invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/option.cpp" line="36"/>
        <source>Print CSV or JSON with the same field names instead of an aligned table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="31"/>
        <source>Base rate %1 is %2 % from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="66"/>
        <source>%1 is closed: nothing can be dated in it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="110"/>
        <source>Invoice %1 of %2 (%3), bought %4: discount fees %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="136"/>
        <source>Interest of %1 for %2: %3 (unrounded %4)%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="139"/>
        <source>, posted in entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="164"/>
        <source>Sets a base rate from a date (managers); interest is the base rate in force each day plus the agreement&apos;s margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="167"/>
        <source>The first day the rate is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="168"/>
        <source>The rate, in percent a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="169"/>
        <source>The currency it applies to (default: the books&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="174"/>
        <source>Lists every base rate and the dates they are in force from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="179"/>
        <source>Prints the books&apos; business date: the day being worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="184"/>
        <source>Closes a month once its end-of-day runs are done (managers): nothing can be dated in it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="190"/>
        <source>Lists the closed months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="195"/>
        <source>Shows the working of an invoice&apos;s discount fees: each collection, its days, tier, dates and fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="197"/>
        <source>The invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="201"/>
        <source>Shows a client&apos;s interest for a month day by day: funds employed, rate and the exact daily amount, and the total rounded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="203"/>
        <source>The month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="207"/>
        <source>Runs the end of day for each business day up to D (managers), printing one line per day; days already run are not run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/feecommands.cpp" line="209"/>
        <source>The last day to run (default: the calendar date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="28"/>
        <source>&quot;%1&quot; is not a receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="40"/>
        <source>%1 was imported before (import %2); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="46"/>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="47"/>
        <source>Booked credits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="48"/>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="49"/>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="50"/>
        <source>Unapplied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="52"/>
        <source>Reversed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="53"/>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="76"/>
        <source>Receipt %1: %2 from %3, %4 applied, %5 unapplied (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="116"/>
        <source>--status: &quot;%1&quot; is not applied, suggested, unapplied or reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="141"/>
        <source>Remitter account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="144"/>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="146"/>
        <source>Reverses receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="148"/>
        <source>Reversed by receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="171"/>
        <source>Receipt %1: %2 applied, %3 unapplied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="189"/>
        <source>--amount belongs after the --invoice it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="213"/>
        <source>Bank account %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="234"/>
        <source>Import a bank file (camt.053, camt.054 or receipts CSV, recognised by content) and apply its receipts; prints the import&apos;s id alone on the first line, then the counts and every skipped entry with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="238"/>
        <source>Skip credits whose amount or date cannot be read instead of refusing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="243"/>
        <source>Enter a debtor&apos;s payment by hand; prints the receipt number alone on the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="246"/>
        <source>The debtor who paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="250"/>
        <source>The payment&apos;s reference text (searched for invoice numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="252"/>
        <source>An invoice it pays (in order, each up to what is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="258"/>
        <source>Receipts, newest first, with what is applied and what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="260"/>
        <source>applied, suggested, unapplied or reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="261"/>
        <source>Only this debtor&apos;s receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="267"/>
        <source>One receipt with its references and the invoices it is applied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="272"/>
        <source>Apply a receipt&apos;s unapplied cash to invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="274"/>
        <source>An invoice to apply it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="276"/>
        <source>How much of it goes to the --invoice before (default: what is open, up to what is left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="283"/>
        <source>Accept the suggested application of a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="288"/>
        <source>Add one of the factor&apos;s bank accounts (an IBAN or other number) whose statements may be imported (manager, administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="291"/>
        <source>The account&apos;s currency (default: the books&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="292"/>
        <source>A name for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/receiptcommands.cpp" line="297"/>
        <source>The factor&apos;s bank accounts: the main one (settings) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="112"/>
        <source>Note %1 on %2; follow up on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="113"/>
        <source>Note %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="145"/>
        <source>The collections worklist: overdue invoices by debtor, follow-ups due first, then by amount overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="148"/>
        <source>Only this client&apos;s invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="149"/>
        <source>Only this debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="150"/>
        <source>The day the worklist is for (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="151"/>
        <source>One row per overdue invoice instead of per debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="157"/>
        <source>Write a collection note on a debtor or one of its invoices (clerk, analyst, manager); prints the note&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="160"/>
        <source>The invoice the note is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="161"/>
        <source>What was said or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="162"/>
        <source>When to follow up (today or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="163"/>
        <source>When the debtor promised to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="164"/>
        <source>How much the debtor promised to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/worklistcommands.cpp" line="169"/>
        <source>A debtor&apos;s collection notes, newest first, with who wrote them and when.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Cli::Args</name>
    <message>
        <location filename="../app/cli/args.cpp" line="57"/>
        <source>Unknown option --%1: before the command stand only the global options (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/args.cpp" line="62"/>
        <source>%1 has no option --%2: --%2 is a global option, put it before the command (factordesk-cli --%2 ... %1 ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/args.cpp" line="65"/>
        <source>Unknown option --%1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/args.cpp" line="71"/>
        <source>The option --%1 of %2 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/args.cpp" line="74"/>
        <source>The option --%1 of %2 needs a value (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/args.cpp" line="79"/>
        <source>The option --%1 of %2 may be given only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/args.cpp" line="88"/>
        <location filename="../app/cli/args.cpp" line="96"/>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/args.cpp" line="92"/>
        <source>Unexpected argument &quot;%1&quot; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Cli::CommandHelp</name>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="70"/>
        <source>Also spelt --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="72"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="74"/>
        <source>May be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="88"/>
        <location filename="../app/cli/commandhelp.cpp" line="119"/>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="100"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="110"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="118"/>
        <source>COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="121"/>
        <source>The database is an SQLite file (default %1) or a PostgreSQL URL postgresql://user@host:port/db. The password comes from FACTORDESK_PASSWORD, else a prompt on the terminal. Exit codes: 0 done, 1 refused or invalid, 2 usage, 3 authentication or permission. Commands that print a table take --format csv|json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="132"/>
        <source>Global options (before the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandhelp.cpp" line="136"/>
        <source>Run &quot;factordesk-cli COMMAND --help&quot; or &quot;factordesk-cli help COMMAND&quot; for its arguments and options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Cli::Context</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="84"/>
        <source>No password: set %1 or run on a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="112"/>
        <source>Say who you are with --user NAME (or FACTORDESK_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="113"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Client</name>
    <message>
        <location filename="../models/domain/client.cpp" line="24"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/client.cpp" line="26"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/client.cpp" line="28"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/client.cpp" line="45"/>
        <source>status: &quot;%1&quot; is not a client status (write active, suspended or closed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientDialog</name>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="42"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="43"/>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="44"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="60"/>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="63"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="88"/>
        <source>ISO 4217 code; it cannot change once the client has schedules or bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="104"/>
        <source>IBAN, or any other account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="118"/>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="119"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="120"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="121"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="122"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="123"/>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="124"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="125"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="126"/>
        <source>Ta&amp;x number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="127"/>
        <source>&amp;Bank account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="129"/>
        <source>Ban&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="130"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="131"/>
        <source>Funds employed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="158"/>
        <source>&amp;New version from date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="170"/>
        <source>Every version of the terms. Versions are never changed; a change is a new version from a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="223"/>
        <source>Only managers set agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="225"/>
        <source>Save the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="227"/>
        <source>Add a version of the terms from a date; older versions stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="230"/>
        <source>Save the new client first; then a manager sets its terms here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="241"/>
        <source>Terms in force on %1 (version from %2, by %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="256"/>
        <source>No terms are in force yet; the first version starts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="259"/>
        <source>This client has no agreement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="278"/>
        <source>Version from %1, created by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="283"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="306"/>
        <source>Not an IBAN: kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="310"/>
        <source>✓ A valid IBAN of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/clientdialog.cpp" line="356"/>
        <source>currency: &quot;%1&quot; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientFilter</name>
    <message>
        <location filename="../ui/widgets/clientfilter.cpp" line="16"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientPage</name>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="44"/>
        <source>Client and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="45"/>
        <source>Whose invoices are bought, and the schedule&apos;s number and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="48"/>
        <source>next number (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="59"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="60"/>
        <source>Schedule &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="61"/>
        <source>Schedule &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="62"/>
        <source>Terms in force on the schedule date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="79"/>
        <source>Choose a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="102"/>
        <source>Choose the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="104"/>
        <source>&lt;b&gt;No agreement is in force for this client on %1.&lt;/b&gt; A manager must set the client&apos;s terms before its invoices can be bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/clientpage.cpp" line="110"/>
        <source>In force since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientService</name>
    <message>
        <location filename="../models/services/clientservice.cpp" line="102"/>
        <source>code: a client needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="106"/>
        <source>code: &quot;%1&quot; is not allowed (use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="112"/>
        <source>name: a client needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="116"/>
        <source>name: at most 200 characters, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="124"/>
        <source>e-mail: &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="126"/>
        <source>bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="143"/>
        <source>code: the client code &quot;%1&quot; is taken by the client %2 (codes are unique regardless of upper and lower case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="151"/>
        <source>add clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="174"/>
        <source>edit clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="185"/>
        <source>currency: %1 already has schedules or bookings in %2; its currency cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="206"/>
        <source>change the status of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="219"/>
        <source>There is no client number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/clientservice.cpp" line="237"/>
        <source>There is no client with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientTableModel</name>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="9"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="10"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="11"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="12"/>
        <source>Arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="13"/>
        <source>Recourse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="14"/>
        <source>Advance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="15"/>
        <source>Facility limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="16"/>
        <source>Funds employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="107"/>
        <source>With recourse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/clienttablemodel.cpp" line="107"/>
        <source>Without recourse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientsView</name>
    <message>
        <location filename="../ui/views/clientsview.cpp" line="30"/>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/clientsview.cpp" line="31"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/clientsview.cpp" line="34"/>
        <source>&lt;h2&gt;Clients&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/clientsview.cpp" line="38"/>
        <source>Search code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/clientsview.cpp" line="43"/>
        <source>Add a client (clerks and managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/clientsview.cpp" line="60"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/clientsview.cpp" line="124"/>
        <source>Clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/clientsview.cpp" line="127"/>
        <source>Clients: %1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CollectionNoteDialog</name>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="33"/>
        <source>&amp;Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="34"/>
        <source>&amp;Promised to pay on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="40"/>
        <source>Add a note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="43"/>
        <source>What was said or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="45"/>
        <source>The debtor as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="57"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="60"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="63"/>
        <source>&amp;Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="66"/>
        <source>Promised &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="70"/>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/collectionnotedialog.cpp" line="97"/>
        <source>Promised amount: &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CollectionNoteModel</name>
    <message>
        <location filename="../models/itemmodels/collectionnotemodel.cpp" line="112"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/collectionnotemodel.cpp" line="114"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/collectionnotemodel.cpp" line="116"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/collectionnotemodel.cpp" line="118"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/collectionnotemodel.cpp" line="120"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/collectionnotemodel.cpp" line="122"/>
        <source>Promised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/collectionnotemodel.cpp" line="124"/>
        <source>Promised amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CollectionStore</name>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="53"/>
        <source>There is no client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="97"/>
        <source>invoice: %1 is not funded; only bought invoices can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="99"/>
        <source>invoice: the client has no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="107"/>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="115"/>
        <source>amount: invoice %1 is in %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="120"/>
        <source>amount: must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="125"/>
        <source>invoice: %1 is %2; nothing is open on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="129"/>
        <source>amount: %1 is more than the %2 open on invoice %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="163"/>
        <source>Invoice %1 changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="174"/>
        <source>charged back with the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="187"/>
        <source>Credit note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="188"/>
        <source>Credit note %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="227"/>
        <source>reason: say why it is charged back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="238"/>
        <source>Chargeback of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionstore.cpp" line="283"/>
        <source>Credit loss on %1 (debtor %2 insolvent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CollectionsService</name>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="27"/>
        <source>write a collection note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="30"/>
        <source>text: a note says what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="34"/>
        <source>text: a note is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="38"/>
        <source>follow-up: %1 is before today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="43"/>
        <source>promised amount: say by when the debtor promised to pay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="47"/>
        <source>promised amount: a promise is for more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="52"/>
        <source>There is no debtor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="63"/>
        <source>The debtor has no invoice with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="74"/>
        <source>promised amount: %1 is not the invoice&apos;s currency (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="158"/>
        <source>The debtor has no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/collectionsservice.cpp" line="162"/>
        <source>Invoice %1 of this debtor is on two clients&apos; schedules; note the debtor as a whole or name the invoice exactly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CollectionsView</name>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="39"/>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="42"/>
        <source>&lt;h2&gt;Collections&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="47"/>
        <source>Debtor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="50"/>
        <source>Write a note on the selected debtor or invoice (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="53"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="57"/>
        <source>&amp;Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="84"/>
        <source>Collection notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="95"/>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/collectionsview.cpp" line="158"/>
        <source>%n debtor(s) with overdue invoices</source>
        <translation>
            <numerusform>%n debtor with overdue invoices</numerusform>
            <numerusform>%n debtors with overdue invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/collectionsview.cpp" line="159"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="202"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/collectionsview.cpp" line="202"/>
        <source>Notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/collectionsview.cpp" line="215"/>
        <source>%1 (%2, %n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (%2, %n day overdue)</numerusform>
            <numerusform>%1 (%2, %n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::ConfirmPage</name>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="45"/>
        <source>&amp;Post purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="46"/>
        <source>&amp;Save as submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="48"/>
        <source>&amp;Print purchase advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="49"/>
        <source>Save advice as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="50"/>
        <source>Print &amp;notices of assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="51"/>
        <source>Save notices as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="53"/>
        <source>Confirm and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="54"/>
        <source>Funding marks the schedule funded, the invoices purchased, posts the journal entry and records the payment due to the client, all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="102"/>
        <source>Save purchase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="102"/>
        <source>Save notices of assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="103"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/confirmpage.cpp" line="126"/>
        <source>&lt;p&gt;Buy &lt;b&gt;%n invoice(s)&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; with a face value of &lt;b&gt;%3 %4&lt;/b&gt;: advance %5, commission %6, reserve %7, charges %8.&lt;/p&gt;&lt;p&gt;Net payment to the client: &lt;b&gt;%3 %9&lt;/b&gt; on %10.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Buy &lt;b&gt;%n invoice&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; with a face value of &lt;b&gt;%3 %4&lt;/b&gt;: advance %5, commission %6, reserve %7, charges %8.&lt;/p&gt;&lt;p&gt;Net payment to the client: &lt;b&gt;%3 %9&lt;/b&gt; on %10.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Buy &lt;b&gt;%n invoices&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; with a face value of &lt;b&gt;%3 %4&lt;/b&gt;: advance %5, commission %6, reserve %7, charges %8.&lt;/p&gt;&lt;p&gt;Net payment to the client: &lt;b&gt;%3 %9&lt;/b&gt; on %10.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="139"/>
        <source>Posting approves the schedule with your overrides and funds it in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="141"/>
        <source>Only a manager can approve and fund a schedule, so Finish stays disabled for you. Save the schedule as submitted: a manager then approves and funds it from the Schedules view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="152"/>
        <source>Over the availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="154"/>
        <source>Why may it be funded anyway? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="167"/>
        <source>Override reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="202"/>
        <source>&lt;b&gt;Schedule %1 is funded.&lt;/b&gt; Net payment %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/confirmpage.cpp" line="207"/>
        <source>%n debtor(s) are new to the factor for this client: send them the notice of assignment.</source>
        <translation>
            <numerusform>%n debtor is new to the factor for this client: send it the notice of assignment.</numerusform>
            <numerusform>%n debtors are new to the factor for this client: send them the notice of assignment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/confirmpage.cpp" line="213"/>
        <source>&lt;b&gt;The schedule was saved as submitted.&lt;/b&gt; A manager approves and funds it from the Schedules view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditDecisionDialog</name>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="51"/>
        <source>Decide credit request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="52"/>
        <source>Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="56"/>
        <source>Sub-limit for client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="57"/>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="58"/>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="61"/>
        <source>Reason given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="62"/>
        <source>Current limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="63"/>
        <source>Exposure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="69"/>
        <source>the lower amount granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="78"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="79"/>
        <source>&amp;Amount granted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="80"/>
        <source>Re&amp;view date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="81"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="85"/>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="90"/>
        <source>Four eyes: another analyst decides a request you made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="130"/>
        <source>amount: approving in part needs the lower amount granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditdecisiondialog.cpp" line="131"/>
        <source>amount: &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditHistoryModel</name>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="89"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="91"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="93"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="95"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="97"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="99"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="101"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="103"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="105"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credithistorymodel.cpp" line="107"/>
        <source>Decision reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditNoteCsv</name>
    <message>
        <location filename="../models/io/creditnotecsv.cpp" line="35"/>
        <source>%1: line %2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/creditnotecsv.cpp" line="50"/>
        <source>%1: line %2: the header has no %3 column (a credit notes file needs invoice_no, amount and date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/creditnotecsv.cpp" line="58"/>
        <source>%1: line %2: the file has a header but no credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/creditnotecsv.cpp" line="79"/>
        <source>no invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/creditnotecsv.cpp" line="83"/>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/creditnotecsv.cpp" line="88"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditNoteService</name>
    <message>
        <location filename="../models/services/creditnoteservice.cpp" line="22"/>
        <source>enter credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditnoteservice.cpp" line="31"/>
        <source>invoice: name the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditnoteservice.cpp" line="34"/>
        <source>Another user changed invoice %1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditnoteservice.cpp" line="54"/>
        <source>%1: the file cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditnoteservice.cpp" line="74"/>
        <source>no client (name one for the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditnoteservice.cpp" line="80"/>
        <source>%1 is not the client of the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/creditnoteservice.cpp" line="102"/>
        <source>%n line(s) refused; nothing was imported:</source>
        <translation>
            <numerusform>%n line refused; nothing was imported:</numerusform>
            <numerusform>%n lines refused; nothing was imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditQueueModel</name>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="96"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="98"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="100"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="102"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="104"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="106"/>
        <source>Current limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="108"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="110"/>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="112"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="114"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/creditqueuemodel.cpp" line="116"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditService</name>
    <message>
        <location filename="../models/services/creditservice.cpp" line="37"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="39"/>
        <source>Approve in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="41"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="43"/>
        <location filename="../models/services/creditservice.cpp" line="110"/>
        <location filename="../models/services/creditservice.cpp" line="133"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="60"/>
        <source>decision: &quot;%1&quot; is not a decision (approve, partial, decline or hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="102"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="104"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="106"/>
        <source>Approved in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="108"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="123"/>
        <source>status: &quot;%1&quot; is not a request status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="131"/>
        <source>Pending request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="135"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="137"/>
        <source>Recently declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="139"/>
        <source>Payment trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="200"/>
        <source>request credit limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="204"/>
        <source>amount: a credit limit request must be for more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="211"/>
        <source>Debtor %1 is insolvent; no credit limit can be requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="219"/>
        <source>client: there is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="224"/>
        <location filename="../models/services/creditservice.cpp" line="331"/>
        <source>amount: a sub-limit for client %1 must stay within debtor %2&apos;s limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="231"/>
        <source>Debtor %1 already has an open credit request (number %2, %3); decide it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="257"/>
        <source>decide credit limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="261"/>
        <source>Credit request %1 was already decided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="266"/>
        <source>%1 requested this limit and may not decide it too: another analyst must decide (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="280"/>
        <source>amount: approving in part needs the lower amount granted (more than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="285"/>
        <source>amount: %1 is not lower than the %2 requested; approve the request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="303"/>
        <source>review date: %1 is not after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="312"/>
        <source>expires: %1 is not after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="317"/>
        <source>expires: a sub-limit lasts as long as the debtor&apos;s limit; set the expiry on the debtor&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="321"/>
        <source>reason: say why the request is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="328"/>
        <source>Debtor %1 is insolvent; the request can only be declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="397"/>
        <source>There is no credit request number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="537"/>
        <source>days to pay rising (%1 → %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="541"/>
        <source>dilution rising (%1 % → %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/creditservice.cpp" line="584"/>
        <source>amount: credit limits are kept in %1, not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditView</name>
    <message>
        <location filename="../ui/views/creditview.cpp" line="30"/>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/creditview.cpp" line="31"/>
        <source>Put up for &amp;renewal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/creditview.cpp" line="32"/>
        <source>&amp;Open debtor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/creditview.cpp" line="35"/>
        <source>&lt;h2&gt;Credit&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/creditview.cpp" line="42"/>
        <source>Decide the selected request (analysts; never your own request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/creditview.cpp" line="43"/>
        <source>Ask for the limit again so that another analyst reviews it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/creditview.cpp" line="51"/>
        <source>Credit queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/creditview.cpp" line="94"/>
        <source>Open requests: %1 · Limits due for review: %2 · Declined in the last 30 days: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/creditview.cpp" line="100"/>
        <source> · Days to pay or dilution rising: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/creditview.cpp" line="154"/>
        <source>Annual review of the limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CsvReader</name>
    <message>
        <location filename="../models/io/csvreader.cpp" line="15"/>
        <source>The input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="18"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="20"/>
        <location filename="../models/io/csvreader.cpp" line="123"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="141"/>
        <location filename="../models/io/csvreader.cpp" line="195"/>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="142"/>
        <source>field %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="156"/>
        <source>the file starts as UTF-16 text but is not (an odd number of bytes or a broken surrogate pair); save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="166"/>
        <source>byte %1 is a NUL byte: this is not a CSV file (binary data, or UTF-16 text without a byte-order mark; save it as UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="171"/>
        <source>byte %1 (0x%2) is not UTF-8 text; the file is in another encoding (Latin-1 or Windows-1252?). Save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="202"/>
        <source>a byte-order mark (U+FEFF) inside the file; were two files joined into one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="206"/>
        <source>control character U+%1 in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="217"/>
        <source>more than %1 fields on one line; this is not a schedule or order file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="247"/>
        <source>more than %1 characters in one field (is a quote not closed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="268"/>
        <source>more than %1 characters in one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="254"/>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="257"/>
        <source>unexpected text after a closing quote (a quote inside a quoted field is written twice: &quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="296"/>
        <source>%1 fields where the header line has %2; this is not a consistent CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="303"/>
        <source>the file is empty; a CSV file starts with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/csvreader.cpp" line="313"/>
        <source>%1: the file cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DataTable</name>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="113"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="124"/>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="125"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="126"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="142"/>
        <source>Copy the selected rows, tab-separated, with the column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="144"/>
        <source>Save what the table shows as CSV or as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="148"/>
        <source>Print what the table shows, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="365"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="370"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="372"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="373"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="374"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="382"/>
        <source>Numbers and dates as shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="384"/>
        <source>Off: plain numbers (1234.56) and ISO dates (2026-12-01), for other programs to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="398"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/datatable.cpp" line="399"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="403"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="415"/>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/datatable.cpp" line="421"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="101"/>
        <source>Cannot open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="107"/>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="121"/>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="162"/>
        <location filename="../models/storage/database.cpp" line="170"/>
        <source>%1 is not a FactorDesk database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="153"/>
        <source>There is no database at %1. Create one with &apos;factordesk-cli init&apos; or start FactorDesk to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="160"/>
        <source>%1 is an empty file, not a FactorDesk database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="203"/>
        <source>A file already exists at %1; FactorDesk will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="213"/>
        <source>The PostgreSQL database %1 is not empty; FactorDesk creates its books only in an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DateCellDelegate</name>
    <message>
        <location filename="../ui/wizards/datecelldelegate.cpp" line="44"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DebtorDialog</name>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="41"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="58"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="59"/>
        <source>C&amp;redit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="60"/>
        <source>Debtor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="63"/>
        <source>New debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="89"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="105"/>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="106"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="107"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="108"/>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="109"/>
        <source>Re&amp;gistration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="110"/>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="111"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="112"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="113"/>
        <source>&amp;Insolvent since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="131"/>
        <source>The clients this debtor buys from (changes apply at once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="144"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="146"/>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="172"/>
        <source>Credit limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="173"/>
        <source>Exposure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="174"/>
        <source>Utilisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="175"/>
        <source>Review date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="177"/>
        <source>History of requests and decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="184"/>
        <source>Request &amp;limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="187"/>
        <source>Ask an analyst for a new limit (clerks and analysts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="219"/>
        <source>%1 — %2 (sub-limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="221"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="236"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="242"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="261"/>
        <source>Only clerks and analysts ask for credit limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="263"/>
        <source>Request %1 for %2 is still open (%3): wait for its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debtordialog.cpp" line="268"/>
        <source>Ask an analyst for a new limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DebtorService</name>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="36"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="38"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="40"/>
        <source>Insolvent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="55"/>
        <source>status: &quot;%1&quot; is not a debtor status (active, blocked or insolvent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="137"/>
        <source>code: &quot;%1&quot; is not allowed (use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="142"/>
        <source>name: the debtor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="146"/>
        <source>payment terms: %1 days is outside 0 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="150"/>
        <source>e-mail: &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="155"/>
        <source>insolvency date: an insolvent debtor needs the date of the insolvency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="160"/>
        <source>insolvency date: %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="168"/>
        <source>add debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="180"/>
        <source>A debtor with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="220"/>
        <source>edit debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="227"/>
        <source>code: the code of debtor %1 cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="257"/>
        <source>change a debtor&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="268"/>
        <location filename="../models/services/debtorservice.cpp" line="293"/>
        <source>link debtors to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="275"/>
        <source>client: there is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="301"/>
        <source>client %1 has a sub-limit on debtor %2; an analyst must set it to 0 before the link can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="319"/>
        <location filename="../models/services/debtorservice.cpp" line="397"/>
        <source>There is no debtor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/debtorservice.cpp" line="350"/>
        <source>debtor: there is no debtor with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DebtorTableModel</name>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="131"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="153"/>
        <source>Last 90 days: %1 days; the 90 days before: %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="156"/>
        <source>Last 90 days: %1; the 90 days before: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="159"/>
        <source>Exposure is above the credit limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="173"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="175"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="177"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="179"/>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="181"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="183"/>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="185"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="187"/>
        <source>Days to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/debtortablemodel.cpp" line="189"/>
        <source>Dilution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DebtorsView</name>
    <message>
        <location filename="../ui/views/debtorsview.cpp" line="31"/>
        <source>&amp;New debtor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorsview.cpp" line="32"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorsview.cpp" line="36"/>
        <source>&lt;h2&gt;Debtors&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorsview.cpp" line="40"/>
        <source>Search code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorsview.cpp" line="43"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorsview.cpp" line="49"/>
        <source>Add a debtor (clerks and managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorsview.cpp" line="58"/>
        <source>Debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/debtorsview.cpp" line="122"/>
        <source>%n debtor(s)</source>
        <translation>
            <numerusform>%n debtor</numerusform>
            <numerusform>%n debtors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::DiscountFee</name>
    <message>
        <location filename="../models/domain/discountfee.cpp" line="51"/>
        <source>no discount fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/discountfee.cpp" line="53"/>
        <source>%1 % for the first %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/discountfee.cpp" line="58"/>
        <source> + %1 × %2 % per further %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/discountfee.cpp" line="95"/>
        <source>Discount fees on collections of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DisputeReasons</name>
    <message>
        <location filename="../models/domain/dispute.cpp" line="10"/>
        <source>Price or pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dispute.cpp" line="11"/>
        <source>Quantity short or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dispute.cpp" line="12"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dispute.cpp" line="13"/>
        <source>Damaged goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dispute.cpp" line="14"/>
        <source>Goods not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dispute.cpp" line="15"/>
        <source>Returned goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dispute.cpp" line="16"/>
        <source>Discount taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dispute.cpp" line="17"/>
        <source>Promotion or allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dispute.cpp" line="18"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/dispute.cpp" line="54"/>
        <source>resolution: &quot;%1&quot; is not paid, credited or charged-back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DisputeService</name>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="54"/>
        <source>open disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="61"/>
        <source>reason: &quot;%1&quot; is not a reason code (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="75"/>
        <source>amount: %1 is in dispute on invoice %2 already; at most %3 more can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="82"/>
        <source>There is no receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="118"/>
        <source>charge disputes back to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="120"/>
        <source>resolve disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="127"/>
        <source>Dispute %1 was resolved already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="133"/>
        <source>dispute %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="134"/>
        <source>dispute %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="160"/>
        <source>Another user changed dispute %1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/disputeservice.cpp" line="176"/>
        <source>There is no dispute %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DisputesView</name>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="39"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="41"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="43"/>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="45"/>
        <source>Charged back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="61"/>
        <source>&amp;Open disputes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="69"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="69"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="69"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="69"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="70"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="70"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="70"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="75"/>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="82"/>
        <source>&lt;h2&gt;Disputes&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="89"/>
        <source>Resolve: &amp;paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="90"/>
        <source>Resolve: &amp;credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="91"/>
        <source>Resolve: c&amp;harged back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="131"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="136"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="140"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="178"/>
        <source>Select a dispute first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="179"/>
        <source>This dispute is resolved already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="180"/>
        <source>Only managers charge disputes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="181"/>
        <source>Clerks and managers resolve disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="208"/>
        <source>Resolve dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/disputesview.cpp" line="208"/>
        <source>Note (what was agreed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::EndOfDayService</name>
    <message numerus="yes">
        <location filename="../models/services/endofdayservice.cpp" line="26"/>
        <source>interest accrued for %n client(s)</source>
        <translation>
            <numerusform>interest accrued for %n client</numerusform>
            <numerusform>interest accrued for %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/endofdayservice.cpp" line="28"/>
        <source>discount fees %1 (%n entries)</source>
        <translation>
            <numerusform>discount fees %1 (%n entries)</numerusform>
            <numerusform>discount fees %1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/endofdayservice.cpp" line="31"/>
        <source>interest posted %1 (%n entries)</source>
        <translation>
            <numerusform>interest posted %1 (%n entries)</numerusform>
            <numerusform>interest posted %1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/endofdayservice.cpp" line="34"/>
        <source>%n credit limit(s) expired</source>
        <translation>
            <numerusform>%n credit limit expired</numerusform>
            <numerusform>%n credit limits expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/endofdayservice.cpp" line="36"/>
        <source>%n order approval(s) expired</source>
        <translation>
            <numerusform>%n order approval expired</numerusform>
            <numerusform>%n order approvals expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/endofdayservice.cpp" line="38"/>
        <source>%n invoice(s) charged back past recourse</source>
        <translation>
            <numerusform>%n invoice charged back past recourse</numerusform>
            <numerusform>%n invoices charged back past recourse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/endofdayservice.cpp" line="41"/>
        <source>%n credit loss(es) posted</source>
        <translation>
            <numerusform>%n credit loss posted</numerusform>
            <numerusform>%n credit losses posted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/endofdayservice.cpp" line="43"/>
        <source>nothing to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/endofdayservice.cpp" line="44"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/endofdayservice.cpp" line="62"/>
        <source>run the end of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::FactorProfileService</name>
    <message>
        <location filename="../models/services/factorprofileservice.cpp" line="50"/>
        <source>change the factor&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/factorprofileservice.cpp" line="59"/>
        <source>name: the factor&apos;s name is printed on every advice and letter; it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/factorprofileservice.cpp" line="64"/>
        <source>email: &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/factorprofileservice.cpp" line="69"/>
        <source>bank-account: %1 Kept as written: statements of exactly this account are accepted, but payment files to clients need a valid IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::FeesQuery</name>
    <message>
        <location filename="../models/services/feesquery.cpp" line="102"/>
        <source>invoice: %1 has no bought invoice %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/feesquery.cpp" line="176"/>
        <source>month: &quot;%1&quot; is not a month; write it like 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::FirstRunDialog</name>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="27"/>
        <source>New FactorDesk books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="30"/>
        <source>&lt;p&gt;There are no books at &lt;b&gt;%1&lt;/b&gt; yet. FactorDesk will create them.&lt;/p&gt;&lt;p&gt;Choose the administrator account, who adds the other users, and the currency the books are kept in (it cannot be changed later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="55"/>
        <source>Administrator &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="56"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="57"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="58"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="59"/>
        <source>Book &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="66"/>
        <source>Create books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="108"/>
        <source>User name: type the administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="112"/>
        <source>Password: the two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/firstrundialog.cpp" line="122"/>
        <source>Book currency: &quot;%1&quot; is not a three-letter currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::FundDialog</name>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="28"/>
        <source>Override &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="34"/>
        <source>Fund schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="51"/>
        <source>why it may be funded beyond the availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="53"/>
        <source>Funding buys the invoices of %1 (%2), posts the purchase to the journal and records the payment to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="60"/>
        <source>&amp;Funding date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="61"/>
        <source>Net payment to the client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="62"/>
        <source>Payment date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="63"/>
        <source>Availability before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="64"/>
        <source>Availability after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="66"/>
        <source>&amp;Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="118"/>
        <source>This funding takes the client %1 over its availability (the over-advance line included). A manager&apos;s override with a reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/funddialog.cpp" line="152"/>
        <source>why they may be funded anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Iban</name>
    <message>
        <location filename="../models/domain/iban.cpp" line="139"/>
        <source>&quot;%1&quot; looks like an IBAN but holds characters other than letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/iban.cpp" line="144"/>
        <source>&quot;%1&quot; looks like an IBAN of %2, which has %3 characters, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/iban.cpp" line="148"/>
        <source>&quot;%1&quot; looks like an IBAN but has %2 characters (an IBAN has 15 to 34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/iban.cpp" line="153"/>
        <source>&quot;%1&quot; looks like an IBAN but its check digits are wrong (a typing error?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/iban.cpp" line="165"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ImportErrorModel</name>
    <message>
        <location filename="../models/itemmodels/importerrormodel.cpp" line="37"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importerrormodel.cpp" line="50"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importerrormodel.cpp" line="50"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/importerrormodel.cpp" line="51"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Interest</name>
    <message>
        <location filename="../models/domain/interestcalc.cpp" line="82"/>
        <source>Interest for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoiceActionDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="26"/>
        <source>Credit &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="28"/>
        <source>&amp;Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="30"/>
        <source>C&amp;harge back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="38"/>
        <source>Only managers charge invoices back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="41"/>
        <source>Clerks and managers record credit notes and disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="55"/>
        <source>Credit note on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="56"/>
        <source>Dispute on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="57"/>
        <source>Charge invoice %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="64"/>
        <source>Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="65"/>
        <source>%1 of %2, open %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="69"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="75"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="81"/>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="83"/>
        <source>Client&apos;s &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="84"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="85"/>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="91"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceactiondialog.cpp" line="105"/>
        <source>Amount: &quot;%1&quot; is not an amount above zero (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="120"/>
        <source>Open &amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="123"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="132"/>
        <source>Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="133"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="134"/>
        <source>Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="135"/>
        <source>Dated / due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="136"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="139"/>
        <source>Face value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="140"/>
        <source>Open balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="142"/>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="143"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="163"/>
        <source>Journal lines of invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="166"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="166"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="166"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="166"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="184"/>
        <source>Audit of schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="211"/>
        <source>Invoice %1 is not open (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="235"/>
        <source>&lt;b&gt;Journal lines&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="237"/>
        <source>&lt;b&gt;History of its schedule&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoiceEntryModel</name>
    <message>
        <location filename="../models/itemmodels/invoiceentrymodel.cpp" line="108"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoiceentrymodel.cpp" line="108"/>
        <source>Debtor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoiceentrymodel.cpp" line="108"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoiceentrymodel.cpp" line="109"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoiceentrymodel.cpp" line="109"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoiceentrymodel.cpp" line="109"/>
        <source>Approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoiceentrymodel.cpp" line="110"/>
        <source>PO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoicePageQuery</name>
    <message>
        <location filename="../models/services/invoicepagequery.cpp" line="29"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicepagequery.cpp" line="31"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicepagequery.cpp" line="33"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicepagequery.cpp" line="35"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicepagequery.cpp" line="37"/>
        <source>Charged back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicepagequery.cpp" line="39"/>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicepagequery.cpp" line="41"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoiceQuery</name>
    <message>
        <location filename="../models/services/invoicequery.cpp" line="39"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicequery.cpp" line="41"/>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicequery.cpp" line="43"/>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicequery.cpp" line="45"/>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicequery.cpp" line="47"/>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoicequery.cpp" line="62"/>
        <source>bucket: &quot;%1&quot; is not one of current, 1-30, 31-60, 61-90, 90+.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoiceTableModel</name>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="259"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="261"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="263"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="265"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="267"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="269"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="271"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="273"/>
        <source>Open balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="275"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="277"/>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/invoicetablemodel.cpp" line="279"/>
        <source>Aging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoiceVerificationService</name>
    <message>
        <location filename="../models/services/invoiceverificationservice.cpp" line="37"/>
        <source>method: %1 is not a way of verifying; use phone, email, portal or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoiceverificationservice.cpp" line="47"/>
        <source>record a verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoiceverificationservice.cpp" line="51"/>
        <source>contact: say who at the debtor confirmed the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoiceverificationservice.cpp" line="59"/>
        <source>The schedule has no line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoiceverificationservice.cpp" line="68"/>
        <source>Schedule %1 is %2; verifications are recorded before funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoiceverificationservice.cpp" line="72"/>
        <source>Line %1 of schedule %2 is refused and will not be bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/invoiceverificationservice.cpp" line="106"/>
        <source>The schedule has no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoicesPage</name>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="53"/>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="54"/>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="55"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="56"/>
        <source>&amp;Type lines instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="61"/>
        <source>&amp;Create debtor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="65"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="66"/>
        <source>Type the invoices, or import the client&apos;s CSV file (columns invoice_no, debtor, invoice_date, due_date or terms_days, amount; optional currency, approval_code, po).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="90"/>
        <source>Dates as YYYY-MM-DD, amounts as plain decimals (1234.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="123"/>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="186"/>
        <source>+%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/invoicespage.cpp" line="205"/>
        <source>%1: %n line(s)</source>
        <translation>
            <numerusform>%1: %n line</numerusform>
            <numerusform>%1: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="251"/>
        <source>Import a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="252"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="271"/>
        <source>Create debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="277"/>
        <source>These debtor codes are not known to the factor. Add one; it then needs a credit decision by an analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="280"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="281"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="290"/>
        <source>Debtor added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="318"/>
        <source>Import only the good lines (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="325"/>
        <source>No invoices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/invoicespage.cpp" line="327"/>
        <source>%n line(s), all readable.</source>
        <translation>
            <numerusform>%n line, all readable.</numerusform>
            <numerusform>%n lines, all readable.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/invoicespage.cpp" line="329"/>
        <source>%1 of %2 lines have problems. A schedule with bad lines is not imported unless you keep only the good lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoicesView</name>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="46"/>
        <source>&lt;h2&gt;Invoices&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="58"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="59"/>
        <source>debtor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="62"/>
        <source>&amp;Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="63"/>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="66"/>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="67"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="68"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="72"/>
        <source>A&amp;ging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="73"/>
        <source>starts with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="76"/>
        <source>&amp;Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="80"/>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="81"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="214"/>
        <source>Showing %1 of more than %2 invoices; scroll for more or narrow the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="217"/>
        <source>Showing %1 of %2 invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="220"/>
        <source>The list stops at %1 rows: narrow the filter to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/invoicesview.cpp" line="98"/>
        <location filename="../ui/views/scheduleviews.cpp" line="22"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::JournalLinesDialog</name>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="87"/>
        <source>The lines of journal entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="90"/>
        <source>Journal entry %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="95"/>
        <source>Journal entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="106"/>
        <source>Account %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="107"/>
        <source>Every line posted to account %1 (%2) up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::JournalService</name>
    <message>
        <location filename="../models/services/ledger.cpp" line="81"/>
        <source>post to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="98"/>
        <source>line %1: there is no account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="104"/>
        <source>line %1: a line on factored receivables (%2) names its invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="110"/>
        <source>Journal entries are posted by a signed-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="195"/>
        <source>There is no journal entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="228"/>
        <source>reverse journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="230"/>
        <source>reason: say why the entry is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="236"/>
        <source>Entry %1 is itself a reversal; post a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="242"/>
        <source>Entry %1 was already reversed by entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="247"/>
        <source>date: a reversal cannot be dated before the entry it reverses (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="265"/>
        <source>Entry %1 is the purchase of schedule %2: undo it with `schedule unfund %2` (Schedules: Unfund), which also returns the invoices, the schedule and the client payment to where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="275"/>
        <source>Entry %1 is recorded with client payment %2: undo the payment, not the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="283"/>
        <source>credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="284"/>
        <source>chargeback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="285"/>
        <source>credit loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="286"/>
        <source>buy-back payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="294"/>
        <source>Entry %1 is the journal entry of %2: it stands with that record and is not reversed on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/ledger.cpp" line="303"/>
        <source>Entry %1 belongs to schedule %2: it is undone through the schedule (`schedule unfund %2`), not on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::JournalTableModel</name>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="150"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="152"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="154"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="156"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="158"/>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="160"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="162"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="164"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="166"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/journaltablemodel.cpp" line="168"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::JournalView</name>
    <message>
        <location filename="../ui/views/journalview.cpp" line="31"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="32"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="37"/>
        <source>&amp;Reverse entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="42"/>
        <source>&lt;h2&gt;Journal&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="51"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="55"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="59"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="62"/>
        <source>client code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="68"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="78"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="128"/>
        <location filename="../ui/views/journalview.cpp" line="133"/>
        <source>Reverse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="129"/>
        <source>Select a line of the entry to reverse first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="134"/>
        <source>Post the reversal of journal entry %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/journalview.cpp" line="156"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/journalview.cpp" line="207"/>
        <source>%Ln line(s) · debits %1 %3 · credits %2 %3</source>
        <translation>
            <numerusform>%Ln line · debits %1 %3 · credits %2 %3</numerusform>
            <numerusform>%Ln lines · debits %1 %3 · credits %2 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::LimitRequestDialog</name>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="39"/>
        <source>Request a credit limit for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="42"/>
        <source>Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="44"/>
        <source>Current limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="48"/>
        <source>Whole debtor (factor-wide limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="50"/>
        <source>Sub-limit for client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="51"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="52"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="53"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="56"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/limitrequestdialog.cpp" line="67"/>
        <source>amount: &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::LoginDialog</name>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="26"/>
        <source>FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="31"/>
        <source>&lt;b&gt;Sign in to FactorDesk&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="44"/>
        <source>Demo database: users admin, clerk, analyst, manager; password %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="59"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="60"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="67"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="95"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="112"/>
        <source>You must choose a new password before you can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::MainWindow</name>
    <message>
        <location filename="../ui/views/clientviews.cpp" line="14"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorviews.cpp" line="20"/>
        <source>Debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorviews.cpp" line="29"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorviews.cpp" line="35"/>
        <source>Order approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/debtorviews.cpp" line="43"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/foundationviews.cpp" line="22"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/foundationviews.cpp" line="29"/>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/foundationviews.cpp" line="35"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/foundationviews.cpp" line="41"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/foundationviews.cpp" line="48"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>The database these books are kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Every day up to %1 has been run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Running the end of day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Nothing was left to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>Copy the books, as they are now, to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Managers and administrators back up the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Run &amp;end of day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Run each business day up to today: fees, interest, expiries; the business date moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Managers run the end of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Sign out / switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>&lt;h3&gt;FactorDesk %1&lt;/h3&gt;&lt;p&gt;The back office of a small factoring house: clients and their agreements, debtor credit limits and order approvals, schedules of invoices bought with advances and reserves, receipts read from bank files, and the factor&apos;s double-entry journal.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Sign out and let another user sign in at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;User&apos;s manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&amp;About FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>About FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>%1 – FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>factordesk-backup-%1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>Back up the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>FactorDesk books (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>The books are saved in %1.

To restore them, open that file with FactorDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>Copy the selected rows of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Print a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="372"/>
        <source>Open the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>%1

Nothing was changed. If this keeps happening, ask the person who looks after the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/receiptviews.cpp" line="18"/>
        <source>Cash posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/receiptviews.cpp" line="24"/>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ManualDialog</name>
    <message>
        <location filename="../ui/dialogs/manualdialog.cpp" line="23"/>
        <source>FactorDesk user&apos;s manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualdialog.cpp" line="29"/>
        <source>The manual is not in this build of FactorDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualdialog.cpp" line="33"/>
        <source>The desktop program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::MigrationRunner</name>
    <message>
        <location filename="../models/storage/migrationrunner.cpp" line="199"/>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrationrunner.cpp" line="206"/>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Money</name>
    <message>
        <location filename="../models/domain/money.cpp" line="18"/>
        <source>The amount is too large to be handled exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/money.cpp" line="275"/>
        <source>the amount is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/money.cpp" line="277"/>
        <source>write amounts with a dot and no thousands separators, like 1234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/money.cpp" line="279"/>
        <source>more than %n decimal(s)</source>
        <translation>
            <numerusform>more than %n decimal</numerusform>
            <numerusform>more than %n decimals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/money.cpp" line="281"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/money.cpp" line="283"/>
        <source>%1: &quot;%2&quot; is not a valid amount (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/money.cpp" line="360"/>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/money.cpp" line="418"/>
        <source>A share needs a positive denominator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/daycount.cpp" line="33"/>
        <location filename="../models/domain/interestcalc.cpp" line="26"/>
        <source>Interest in %1 cannot be added to interest in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderApprovalDetailDialog</name>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="246"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="249"/>
        <source>Order approval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="252"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="253"/>
        <source>Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="253"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="254"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="255"/>
        <source>Amount requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="256"/>
        <source>Ship date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="258"/>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="259"/>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="276"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="261"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="263"/>
        <source>Amount approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="267"/>
        <source>Approval code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="269"/>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="271"/>
        <source>Ship window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="272"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="275"/>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recorddialogs.cpp" line="279"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderApprovalModel</name>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="87"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="103"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="105"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="107"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="109"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="111"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="113"/>
        <source>Ship date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="115"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="117"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="119"/>
        <source>Approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="121"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="123"/>
        <source>Ship window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/orderapprovalmodel.cpp" line="125"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderApprovalService</name>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="35"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="37"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="42"/>
        <source>%1 line %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="168"/>
        <location filename="../models/services/orderapprovalservice.cpp" line="531"/>
        <source>request order approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="172"/>
        <source>amount: an order approval must be for more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="175"/>
        <source>ship date: the order needs a ship date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="179"/>
        <source>ship date: %1 is in the past; order approvals are asked before shipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="183"/>
        <source>order reference: at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="189"/>
        <location filename="../models/services/orderapprovalservice.cpp" line="417"/>
        <source>client: there is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="193"/>
        <source>client: %1 is %2; only active clients ask for order approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="199"/>
        <source>amount: client %1 asks in %2, not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="205"/>
        <source>debtor: %1 is insolvent; no order can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="210"/>
        <source>order reference: client %1 already asked for order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="236"/>
        <source>decide order approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="240"/>
        <source>Order approval request %1 was already decided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="245"/>
        <source>%1 requested this order approval and may not decide it too: another analyst must decide (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="258"/>
        <source>amount: the order is in %1, not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="264"/>
        <source>amount: approving in part needs the lower amount approved (more than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="269"/>
        <source>amount: %1 is not lower than the %2 requested; approve the order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="276"/>
        <source>reason: say why the order is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="284"/>
        <source>days: an approval is valid for 1 to 365 days, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="289"/>
        <source>Debtor %1 is %2; the order can only be declined or held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="294"/>
        <source>days: the approval would expire on %1, before the ship date %2; give at least %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="309"/>
        <source>No free approval code was found; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="344"/>
        <source>There is no order approval request number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="414"/>
        <source>export order decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="423"/>
        <location filename="../models/services/orderapprovalservice.cpp" line="427"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="470"/>
        <source>there is no client &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="473"/>
        <source>client %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="480"/>
        <source>debtor %1 is insolvent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="484"/>
        <source>there is no debtor &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="494"/>
        <source>&quot;%1&quot; is not an amount (write 1234.56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="496"/>
        <source>%1 is not more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="502"/>
        <source>%1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="508"/>
        <source>order %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/orderapprovalservice.cpp" line="511"/>
        <source>order %1 of client %2 was already asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/orderapprovalservice.cpp" line="538"/>
        <source>%1: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n problem found; nothing was imported.</numerusform>
            <numerusform>%1: %n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderApprovalsView</name>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="32"/>
        <source>&amp;Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="33"/>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="34"/>
        <source>&amp;Export for client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="35"/>
        <source>&amp;Import requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="38"/>
        <source>&lt;h2&gt;Order approvals&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="42"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="54"/>
        <source>Only clerks and analysts enter requests for clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="58"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="60"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="70"/>
        <source>Order approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="120"/>
        <source>Only an analyst decides order approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="121"/>
        <source>Select a pending or held request to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="122"/>
        <source>Decide the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="124"/>
        <source>Write this client&apos;s decisions to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="125"/>
        <source>Choose a client first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="188"/>
        <location filename="../ui/views/orderapprovalsview.cpp" line="199"/>
        <source>Export order decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="189"/>
        <source>order-approvals-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="190"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="199"/>
        <source>Choose a client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="213"/>
        <source>Import order approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/orderapprovalsview.cpp" line="214"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderCsvReader</name>
    <message>
        <location filename="../models/io/ordercsv.cpp" line="61"/>
        <source>the header has no column &quot;%1&quot; (it needs client, debtor, order_ref, amount, ship_date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/ordercsv.cpp" line="68"/>
        <source>the file has a header line and no order lines under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/ordercsv.cpp" line="80"/>
        <source>%1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/ordercsv.cpp" line="99"/>
        <source>no client code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/ordercsv.cpp" line="101"/>
        <source>no debtor code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/ordercsv.cpp" line="103"/>
        <source>no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/ordercsv.cpp" line="106"/>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/ordercsv.cpp" line="108"/>
        <source>at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/ordercsv.cpp" line="119"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderDecisionDialog</name>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="132"/>
        <source>Decide order approval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="133"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="134"/>
        <source>Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="137"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="138"/>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="139"/>
        <source>Ship date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="141"/>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="149"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="151"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="152"/>
        <source>&amp;Amount approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="153"/>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="154"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="157"/>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="189"/>
        <source>amount: approving in part needs the lower amount approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderImportDialog</name>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="250"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="251"/>
        <source>Import &amp;good lines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="254"/>
        <source>Import order approval requests from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="281"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="282"/>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="284"/>
        <source>%1: requests %2, all good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="285"/>
        <source>%1: lines %2, good %3, problems %4 (listed below). A file with problems is imported only if you choose to skip the bad lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderRequestDialog</name>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="53"/>
        <source>Request an order approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="66"/>
        <source>debtor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="73"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="74"/>
        <source>&amp;Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="75"/>
        <source>&amp;Order reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="76"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="77"/>
        <source>&amp;Ship date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="80"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="93"/>
        <source>debtor: there is no debtor with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/orderdialogs.cpp" line="101"/>
        <source>amount: &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::PasswordHasher</name>
    <message>
        <location filename="../models/core/passwordhasher.cpp" line="17"/>
        <source>The password library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/passwordhasher.cpp" line="34"/>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/passwordhasher.cpp" line="54"/>
        <source>password: use at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::PaymentTrend</name>
    <message>
        <location filename="../models/domain/paymenttrend.cpp" line="99"/>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/paymenttrend.cpp" line="101"/>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/paymenttrend.cpp" line="103"/>
        <source>rising</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::PostingBuilder</name>
    <message>
        <location filename="../models/domain/posting.cpp" line="75"/>
        <source>kind: a journal entry needs a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/posting.cpp" line="136"/>
        <source>Reversal of entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/receiptposting.cpp" line="34"/>
        <source>invoice %1: its client and debtor are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/receiptposting.cpp" line="50"/>
        <source>amount: more is applied than was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/receiptposting.cpp" line="69"/>
        <source>invoice: nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/receiptposting.cpp" line="89"/>
        <source>amount: more is reversed than was received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::PricingPage</name>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="43"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="47"/>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="48"/>
        <source>The purchase split of every line (advance, commission, reserve) and what the client is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="55"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="56"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="57"/>
        <source>Ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="58"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="59"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="60"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="61"/>
        <source>Charges deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="62"/>
        <source>Net payment to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="63"/>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="64"/>
        <source>Average due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="65"/>
        <source>Availability before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="66"/>
        <source>Availability after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="126"/>
        <source>Collection arrangement: no advance is paid now; the client is paid as its debtors pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="129"/>
        <source>Maturity arrangement: the payment falls due on the average due date of the invoices, weighted by amount: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/pricingpage.cpp" line="133"/>
        <source>Priced with %n override(s), as approving will.</source>
        <translation>
            <numerusform>Priced with %n override, as approving will.</numerusform>
            <numerusform>Priced with %n overrides, as approving will.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/pricingpage.cpp" line="143"/>
        <source>This purchase takes the client %1 %2 over its availability (the over-advance line included). Posting it needs a manager&apos;s override with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Priced with %n override(s); availability after is shown before overrides.</source>
        <translation type="vanished">
            <numerusform>Priced with %n override; availability after is shown before overrides.</numerusform>
            <numerusform>Priced with %n overrides; availability after is shown before overrides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::PurchaseAdvice</name>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="31"/>
        <source>FactorDesk Factoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="79"/>
        <location filename="../reports/purchaseadvice.cpp" line="222"/>
        <source>Purchase advice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="85"/>
        <source>Purchase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="86"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="87"/>
        <source>Schedule date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="88"/>
        <source>Funded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="90"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="94"/>
        <source>We have bought the invoices listed below under your factoring agreement (%1 arrangement, advance rate %2, commission %3). Amounts are in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="105"/>
        <source>Face value of the invoices bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="156"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="110"/>
        <source>Advance (%1 of eligible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="112"/>
        <source>Less charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="113"/>
        <source>Net payment to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="123"/>
        <source>Charges taken from the reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="126"/>
        <source>Average due date (weighted by amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="115"/>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="107"/>
        <source>Less commission (%1 of face value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="109"/>
        <source>Less reserve held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="117"/>
        <source>Eligible (advanced on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="120"/>
        <source>Of the face value ineligible (no advance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="127"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="133"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="138"/>
        <source>We will pay %1 %2 to you on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="140"/>
        <source>We will pay %1 %2 to your account %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="143"/>
        <source>Under the collection arrangement no advance is paid now: we remit to you as your debtors pay, less our charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="146"/>
        <source>No payment is due to you from this schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="148"/>
        <source>The reserve is released to you as your debtors pay, less fees, interest and any chargebacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="153"/>
        <source>Invoices bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="154"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="154"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="154"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="155"/>
        <source>Inv. date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="155"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="155"/>
        <source>PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="156"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="156"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="157"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="157"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/purchaseadvice.cpp" line="182"/>
        <source>Total (%n invoice(s))</source>
        <translation>
            <numerusform>Total (%n invoice)</numerusform>
            <numerusform>Total (%n invoices)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="199"/>
        <source>Line %1, invoice %2: accepted in full by decision: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="202"/>
        <source>Line %1, invoice %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="208"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="213"/>
        <source>Yours faithfully,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="238"/>
        <source>Cannot write the PDF file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="276"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::PurchaseRules</name>
    <message>
        <location filename="../models/domain/purchaserules.cpp" line="39"/>
        <source>reason: the override of invoice %1 needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/purchaserules.cpp" line="42"/>
        <source>Invoice %1 is overridden twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/purchaserules.cpp" line="53"/>
        <source>Invoice %1 (line %2) is a duplicate invoice number; an invoice is bought only once and no override can change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/purchaserules.cpp" line="60"/>
        <source>Invoice %1 (line %2) is eligible in full; there is nothing to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/purchaserules.cpp" line="72"/>
        <source>override: schedule %1 has no invoice %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/purchaserules.cpp" line="133"/>
        <source>reason: funding lines that no longer fit needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/purchaserules.cpp" line="144"/>
        <source>override: invoice %1 has nothing that stops its funding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::PurchaseWizard</name>
    <message>
        <location filename="../ui/wizards/purchasewizard.cpp" line="41"/>
        <location filename="../ui/wizards/purchasewizard.cpp" line="84"/>
        <source>New purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/purchasewizard.cpp" line="85"/>
        <source>Drop the %n invoice line(s) typed into the grid?</source>
        <translation>
            <numerusform>Drop the %n invoice line typed into the grid?</numerusform>
            <numerusform>Drop the %n invoice lines typed into the grid?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/purchasewizard.cpp" line="160"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/purchasewizard.cpp" line="160"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/purchasewizard.cpp" line="172"/>
        <source>Checking %n line(s)…</source>
        <translation>
            <numerusform>Checking %n line…</numerusform>
            <numerusform>Checking %n lines…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizards/purchasewizard.cpp" line="199"/>
        <source>The file %1 has no invoice lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/purchasewizard.cpp" line="246"/>
        <source>Debtor %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/purchasewizard.cpp" line="250"/>
        <source>New debtor in a schedule of client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/purchasewizard.cpp" line="252"/>
        <source>A credit limit of %1 was requested; until an analyst decides it, its invoices are not eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizards/purchasewizard.cpp" line="256"/>
        <source>It has no credit limit yet: until an analyst decides one, its invoices are not eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizards/purchasewizard.cpp" line="265"/>
        <source>Checking and pricing %n line(s)…</source>
        <translation>
            <numerusform>Checking and pricing %n line…</numerusform>
            <numerusform>Checking and pricing %n lines…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::Rate</name>
    <message>
        <location filename="../models/domain/money.cpp" line="229"/>
        <source>%1: &quot;%2&quot; is not a percentage (write it like 93 or 1.5%, at most four decimals).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ReasonDateDialog</name>
    <message>
        <location filename="../ui/dialogs/reasondatedialog.cpp" line="33"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reasondatedialog.cpp" line="34"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ReceiptApplicationsModel</name>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="31"/>
        <source>Invoice named in the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="33"/>
        <source>Debtor and amount of one invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="35"/>
        <source>Debtor and all its open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="37"/>
        <source>Oldest open invoices of the debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="39"/>
        <source>Applied by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="60"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="60"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="100"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="102"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="104"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="106"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptapplicationsmodel.cpp" line="108"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ReceiptCsv</name>
    <message>
        <location filename="../models/io/receiptcsv.cpp" line="54"/>
        <source>%1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/receiptcsv.cpp" line="66"/>
        <source>the header has no %1 column (a receipts file needs date and amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/receiptcsv.cpp" line="69"/>
        <source>the file has a header but no receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/receiptcsv.cpp" line="87"/>
        <source>line %1, currency: &quot;%2&quot; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/receiptcsv.cpp" line="89"/>
        <source>line %1, amount: &quot;%2&quot; is not an amount of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/receiptcsv.cpp" line="93"/>
        <source>line %1, amount: a receipt is more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/receiptcsv.cpp" line="98"/>
        <source>line %1, date: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ReceiptDialog</name>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="50"/>
        <source>&amp;Post and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="52"/>
        <source>New receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="57"/>
        <source>code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="62"/>
        <source>The amount as you write numbers (%1), without the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="68"/>
        <source>cheque number, remittance text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="70"/>
        <source>INV-1, INV-2 (empty: matched automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="71"/>
        <source>&amp;Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="72"/>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="73"/>
        <source>&amp;Value date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="74"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="75"/>
        <source>&amp;Invoices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="85"/>
        <source>Post this receipt and clear the form for the next one (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="88"/>
        <source>Close without posting what is typed (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="150"/>
        <source>debtor: say who paid (a debtor&apos;s code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="151"/>
        <source>debtor: &quot;%1&quot; is neither a debtor&apos;s code nor the name of one debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptdialog.cpp" line="159"/>
        <source>amount: &quot;%1&quot; is not an amount as you write numbers (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/receiptdialog.cpp" line="191"/>
        <source>Receipt %1 posted: %2 from %3, %4; %5 left. %n receipt(s) posted in this session.</source>
        <translation>
            <numerusform>Receipt %1 posted: %2 from %3, %4; %5 left. %n receipt posted in this session.</numerusform>
            <numerusform>Receipt %1 posted: %2 from %3, %4; %5 left. %n receipts posted in this session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::ReceiptImportDialog</name>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="21"/>
        <source>Bank file imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="26"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; was imported before (import %2): nothing was added.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="37"/>
        <source>Movements read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="38"/>
        <source>Booked credits (receipts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="39"/>
        <source>Applied to invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="40"/>
        <source>Suggestions waiting for a clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="41"/>
        <source>Unapplied cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="42"/>
        <source>Returned or reversed payments undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="43"/>
        <source>Already in the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="44"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="45"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2), import %3:&lt;/p&gt;&lt;table&gt;%4&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="56"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="56"/>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="56"/>
        <source>Why it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="76"/>
        <source>Skipped movements (nothing was stored for them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/receiptimportdialog.cpp" line="87"/>
        <source>Schema warnings (the file was read all the same):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ReceiptService</name>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="45"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="47"/>
        <source>Suggestion waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="49"/>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="51"/>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="89"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="91"/>
        <source>entry %1, transaction %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="95"/>
        <source>entry %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="115"/>
        <source>add a bank account of the factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="123"/>
        <source>account: an account number is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="128"/>
        <source>currency: &quot;%1&quot; is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="132"/>
        <source>The account %1 is already the factor&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="148"/>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="156"/>
        <source>import a bank file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="175"/>
        <source>%1: schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="178"/>
        <source>%1: the factor has no bank account yet; set it first (Settings → Factor, or settings set --bank-account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="184"/>
        <source>%1: line %2: the statement is of account %3, which is not one of the factor&apos;s accounts (%4); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="207"/>
        <source>%1: %2: %3; nothing was imported (--skip-bad imports the rest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="221"/>
        <location filename="../models/services/receiptservice.cpp" line="311"/>
        <source>The import was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="232"/>
        <source>not booked (status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="236"/>
        <source>a debit (money out of the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="240"/>
        <source>a reversal of a debit (money back into the account), not a debtor&apos;s payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="254"/>
        <source>already imported (receipt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="260"/>
        <source>a returned or reversed payment of %1 that matches no receipt in the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="318"/>
        <source>enter a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="320"/>
        <source>amount: a receipt is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="323"/>
        <source>date: a receipt needs its value date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="353"/>
        <source>apply a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptservice.cpp" line="361"/>
        <source>confirm a receipt&apos;s suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="235"/>
        <source>Invoice %1 changed while the receipt was applied; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="281"/>
        <source>line %1, debtor: there is no debtor %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="362"/>
        <source>invoice: not every invoice named (%1) is one open invoice of %2; name each open invoice once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="380"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="449"/>
        <source>Returned payment of receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="458"/>
        <source>Receipt %1 was reversed by another user; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="497"/>
        <source>Receipt %1 was reversed; nothing can be applied from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="499"/>
        <source>invoice: name the invoices to apply it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="517"/>
        <source>invoice: there is no open invoice %1 in %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="520"/>
        <source> of debtor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="524"/>
        <source>invoice: %1 is open for several clients&apos; debtors; apply the receipt from the desktop where each invoice is shown with its client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="530"/>
        <source>invoice: %1 is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="538"/>
        <source>amount: nothing of receipt %1 is left to apply to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="544"/>
        <source>amount: %1 is more than the %2 open on invoice %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="549"/>
        <source>amount: %1 is more than the %2 of receipt %3 left to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="559"/>
        <source>Receipt %1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="575"/>
        <location filename="../models/services/receiptstore.cpp" line="624"/>
        <source>Another user changed receipt %1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="598"/>
        <source>Receipt %1 has no suggestion waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="605"/>
        <source>Receipt %1 applied as suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/receiptstore.cpp" line="679"/>
        <source>There is no receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ReceiptsModel</name>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="61"/>
        <source>Typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="62"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="63"/>
        <source>%1 (import %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="104"/>
        <source>%1, account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="109"/>
        <source>The remitter is not known as a debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="112"/>
        <source>Line %1 of the bank file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="156"/>
        <source>Value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="158"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="160"/>
        <source>Remitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="162"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="164"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="166"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="168"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="170"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/receiptsmodel.cpp" line="172"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ReportStyle</name>
    <message>
        <location filename="../reports/reportstyle.cpp" line="142"/>
        <source>Our reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::SavedFileNotice</name>
    <message>
        <location filename="../ui/widgets/savedfilenotice.cpp" line="33"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/savedfilenotice.cpp" line="46"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Schedule</name>
    <message>
        <location filename="../models/domain/schedule.cpp" line="35"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/schedule.cpp" line="37"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/schedule.cpp" line="39"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/schedule.cpp" line="41"/>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/schedule.cpp" line="43"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/schedule.cpp" line="57"/>
        <source>status: &quot;%1&quot; is not one of draft, submitted, approved, funded, rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleApprovalService</name>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="39"/>
        <source>Another user changed this schedule at the same moment; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="88"/>
        <source>enter a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="90"/>
        <source>override a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="99"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="118"/>
        <source>check a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="126"/>
        <source>Schedule %1 is %2; only draft and submitted schedules are checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="144"/>
        <source>approve a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="151"/>
        <source>Schedule %1 is %2; only draft and submitted schedules can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="162"/>
        <source>Schedule %1 has no invoice that can be bought; reject it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="199"/>
        <source>reject a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="202"/>
        <source>reason: rejecting a schedule needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleapprovalservice.cpp" line="209"/>
        <source>Schedule %1 is %2 and cannot be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleDialog</name>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="77"/>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="78"/>
        <source>Re&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="79"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="80"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="81"/>
        <source>&amp;Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="82"/>
        <source>&amp;Unfund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="83"/>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="84"/>
        <source>&amp;Print advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="85"/>
        <source>Advice as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="86"/>
        <source>Print &amp;notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="87"/>
        <source>Notices as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="100"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="101"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="102"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="103"/>
        <source>Ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="104"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="105"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="106"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="107"/>
        <source>Charges deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="108"/>
        <source>Net payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="109"/>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="134"/>
        <source>Schedule lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="212"/>
        <source>&lt;p&gt;Line %1 (%2) verified by %3 at %4 (%5, with %6)%7&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/scheduledialog.cpp" line="295"/>
        <source>Shown with %n pending override(s), as approving will buy it; nothing is stored until you approve.</source>
        <translation>
            <numerusform>Shown with %n pending override, as approving will buy it; nothing is stored until you approve.</numerusform>
            <numerusform>Shown with %n pending overrides, as approving will buy it; nothing is stored until you approve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="312"/>
        <source>Only a manager can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="318"/>
        <source>Schedule %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="323"/>
        <source>Approve the schedule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="326"/>
        <source>Only a funded schedule can be unfunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="330"/>
        <source>Only a clerk, an analyst or a manager can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="384"/>
        <source>Line %1, invoice %2 of %3 for %4 %5 (%6 ineligible):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="389"/>
        <source>Why should it be bought in full? (kept with the line; applied when you approve; empty: no override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="190"/>
        <source>Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="194"/>
        <source>&lt;h3&gt;Schedule %1 — %2&lt;/h3&gt;&lt;p&gt;Client &lt;b&gt;%3&lt;/b&gt; · dated %4 · status &lt;b&gt;%5&lt;/b&gt; · %6 arrangement, advance %7, commission %8&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="204"/>
        <source>&lt;p&gt;Rejected by %1: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="207"/>
        <source>&lt;p&gt;Funded on %1 by %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n invoice(s)&lt;/b&gt; · face %1 · eligible %2 · ineligible %3 · advance %4 · commission %5 · reserve %6 · charges %7 · &lt;b&gt;net payment %8&lt;/b&gt; on %9</source>
        <translation type="vanished">
            <numerusform>&lt;b&gt;%n invoice&lt;/b&gt; · face %1 · eligible %2 · ineligible %3 · advance %4 · commission %5 · reserve %6 · charges %7 · &lt;b&gt;net payment %8&lt;/b&gt; on %9</numerusform>
            <numerusform>&lt;b&gt;%n invoices&lt;/b&gt; · face %1 · eligible %2 · ineligible %3 · advance %4 · commission %5 · reserve %6 · charges %7 · &lt;b&gt;net payment %8&lt;/b&gt; on %9</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="351"/>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="357"/>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="365"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="351"/>
        <source>Select the line to override first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="358"/>
        <source>Invoice %1 cannot be overridden: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="428"/>
        <source>Reject schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="428"/>
        <source>Why is schedule %1 rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="470"/>
        <source>Unfund schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="471"/>
        <source>Undo the purchase of schedule %1? This posts the reversal of its purchase entry, returns its invoices to pending and the schedule to approved, and cancels the payment due to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="492"/>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="499"/>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="504"/>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="508"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="492"/>
        <source>Select the line to verify first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="496"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="496"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="496"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="496"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="499"/>
        <source>How was invoice %1 verified with the debtor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="504"/>
        <source>Who at %1 confirmed the invoice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="508"/>
        <source>Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="521"/>
        <source>Save purchase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="523"/>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="539"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="538"/>
        <source>Save notices of assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleFundingService</name>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="68"/>
        <source>line %1 (invoice %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="90"/>
        <source>buy a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="126"/>
        <source>look at a funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="145"/>
        <source>fund a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="155"/>
        <source>Schedule %1 is %2; only an approved schedule can be funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="159"/>
        <source>date: the funding date %1 is before the schedule date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="165"/>
        <source>Schedule %1 has no invoice to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="169"/>
        <source>Line %1 of schedule %2 does not split exactly; check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="183"/>
        <source>Schedule %1 cannot be funded: an invoice on it is already in the books. Reject the schedule or check it again.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="185"/>
        <source>Schedule %1 cannot be funded as approved: the books have changed or a verification is missing. A manager may fund it anyway with a reason (override), or reject it.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="206"/>
        <source>availability: funding schedule %1 takes client %2 %3 over its availability; a manager must override this with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="294"/>
        <source>unfund a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="297"/>
        <source>reason: say why the purchase is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="304"/>
        <source>Schedule %1 is %2; only a funded schedule can be unfunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="308"/>
        <source>date: the purchase is undone on or after its funding date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="317"/>
        <source>Schedule %1 changed while it was being unfunded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="321"/>
        <source>Schedule %1 cannot be unfunded: journal entry %2 was posted on its invoices after the purchase (something was collected or charged back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulefundingservice.cpp" line="328"/>
        <source>Schedule %1 cannot be unfunded: the payment to the client is %2 (sent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleImport</name>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="123"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="124"/>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="147"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="155"/>
        <source>%1, line %2: the columns &quot;%3&quot; and &quot;%4&quot; both mean %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="172"/>
        <source>%1, line %2: the header has no column %3 (found: %4). A schedule file starts with a header line naming invoice_no, debtor, invoice_date, due_date or terms_days, and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="233"/>
        <source>the invoice number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="235"/>
        <source>the invoice number is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="237"/>
        <source>the invoice number has no visible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="241"/>
        <source>the debtor code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="245"/>
        <source>unknown debtor &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="257"/>
        <source>the invoice date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="260"/>
        <location filename="../models/io/scheduleimport.cpp" line="268"/>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="303"/>
        <location filename="../models/io/scheduleimport.cpp" line="316"/>
        <source>the amount %1 is more than one invoice can be (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="307"/>
        <source>&quot;%1&quot; is not a number (write 1234.56; thousands separators only in groups of three, as in 1,234.56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="274"/>
        <source>&quot;%1&quot; is not a number of days between 0 and 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="278"/>
        <source>the due date (or the terms in days) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="281"/>
        <source>the due date %1 is before the invoice date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="286"/>
        <source>the amount is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/io/scheduleimport.cpp" line="297"/>
        <source>&quot;%1&quot; has more than %n decimal(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; has more than %n decimal.</numerusform>
            <numerusform>&quot;%1&quot; has more than %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="311"/>
        <source>the amount %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="313"/>
        <source>the amount is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="327"/>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="329"/>
        <source>the invoice is in %1 but the client&apos;s currency is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/io/scheduleimport.cpp" line="333"/>
        <source>the approval code is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleImportService</name>
    <message>
        <location filename="../models/services/scheduleimportservice.cpp" line="64"/>
        <location filename="../models/services/scheduleimportservice.cpp" line="105"/>
        <source>enter a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleimportservice.cpp" line="69"/>
        <source>Client %1 is %2; only active clients sell invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleimportservice.cpp" line="75"/>
        <source>Client %1 has no agreement in force on %2; set its terms first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleimportservice.cpp" line="114"/>
        <location filename="../models/services/scheduleimportservice.cpp" line="151"/>
        <source>import a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleimportservice.cpp" line="153"/>
        <source>Schedules are entered by a signed-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/scheduleimportservice.cpp" line="171"/>
        <source>Other users stored schedules at the same moment %n time(s) in a row; nothing was imported. Try again.</source>
        <translation>
            <numerusform>Other users stored schedules at the same moment %n time in a row; nothing was imported. Try again.</numerusform>
            <numerusform>Other users stored schedules at the same moment %n times in a row; nothing was imported. Try again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/scheduleimportservice.cpp" line="188"/>
        <source>the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/scheduleimportservice.cpp" line="196"/>
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/scheduleimportservice.cpp" line="199"/>
        <source>%1: %n line(s) with errors; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n line with errors; nothing was imported.</numerusform>
            <numerusform>%1: %n lines with errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/scheduleimportservice.cpp" line="205"/>
        <source>%1 has no invoice lines to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleimportservice.cpp" line="215"/>
        <source>number: a schedule number has at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/scheduleimportservice.cpp" line="219"/>
        <source>number: schedule %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleLineModel</name>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="87"/>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="203"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="138"/>
        <source>To override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="191"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="193"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="195"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="197"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="199"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="201"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="205"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="207"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="209"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="211"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/schedulelinemodel.cpp" line="213"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleQuery</name>
    <message>
        <location filename="../models/services/schedulequery.cpp" line="13"/>
        <source>There is no schedule with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/schedulequery.cpp" line="39"/>
        <source>There is no schedule %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleService</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="vanished">
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) have errors; nothing was imported.</source>
        <translation type="vanished">
            <numerusform>%1: %n line have errors; nothing was imported.</numerusform>
            <numerusform>%1: %n lines have errors; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleTableModel</name>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="99"/>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="143"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="145"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="147"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="149"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="151"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="153"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="155"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="157"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="159"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/scheduletablemodel.cpp" line="161"/>
        <source>Net payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::SchedulesView</name>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="30"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="31"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="39"/>
        <source>&lt;h2&gt;Schedules&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="41"/>
        <source>&amp;New purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="46"/>
        <source>Enter a client&apos;s schedule of invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="47"/>
        <source>Only clerks and managers enter purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="48"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="57"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="62"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="67"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/schedulesview.cpp" line="129"/>
        <source>%n schedule(s).</source>
        <translation>
            <numerusform>%n schedule.</numerusform>
            <numerusform>%n schedules.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/schedulesview.cpp" line="86"/>
        <location filename="../ui/views/scheduleviews.cpp" line="18"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/scheduleviews.cpp" line="28"/>
        <source>New &amp;purchase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Session</name>
    <message>
        <location filename="../models/core/session.cpp" line="26"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session.cpp" line="28"/>
        <source>Credit analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session.cpp" line="30"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session.cpp" line="32"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session.cpp" line="57"/>
        <source>role: &quot;%1&quot; is not a role (use clerk, analyst, manager or admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session.cpp" line="97"/>
        <source>%1 may not %2: this needs the role %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session.cpp" line="98"/>
        <source>This user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session.cpp" line="99"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::SettingsView</name>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="29"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="32"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="33"/>
        <source>The factor, as printed on advices and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="37"/>
        <source>IBAN or account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="38"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="39"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="40"/>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="41"/>
        <source>Bank a&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="42"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="43"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="44"/>
        <source>Book currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="95"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/settingsview.cpp" line="96"/>
        <source>Saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ShortPaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="32"/>
        <source>&amp;Still owed: the debtor pays the rest later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="33"/>
        <source>&amp;Deduction or dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="34"/>
        <source>Credit &amp;note from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="41"/>
        <source>Short payment on receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="65"/>
        <source>Receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="65"/>
        <source>%1 %2, value date %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="70"/>
        <source>&amp;Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="71"/>
        <source>Still open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="77"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="78"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="79"/>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="80"/>
        <source>N&amp;ote or reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="84"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="121"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="132"/>
        <source>none of this receipt&apos;s invoices is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="137"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="149"/>
        <source>the client&apos;s credit note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="150"/>
        <source>what the debtor said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="163"/>
        <source>Invoice: none of this receipt&apos;s invoices is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortpaymentdialog.cpp" line="172"/>
        <source>Amount: &quot;%1&quot; is not an amount above zero (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::SqlQuery</name>
    <message>
        <location filename="../models/storage/sqlquery.cpp" line="62"/>
        <source>Another user changed these records at the same moment; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlquery.cpp" line="77"/>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Transaction</name>
    <message>
        <location filename="../models/storage/transaction.cpp" line="58"/>
        <source>Part of the change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/transaction.cpp" line="88"/>
        <source>Another user changed these records at the same moment; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::TrialBalanceModel</name>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="60"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="62"/>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="64"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="66"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="68"/>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="119"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="121"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="123"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="125"/>
        <source>Debit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/trialbalancemodel.cpp" line="127"/>
        <source>Credit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::TrialBalanceView</name>
    <message>
        <location filename="../ui/views/trialbalanceview.cpp" line="31"/>
        <source>&lt;h2&gt;Trial balance&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/trialbalanceview.cpp" line="34"/>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/trialbalanceview.cpp" line="39"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/trialbalanceview.cpp" line="47"/>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/trialbalanceview.cpp" line="103"/>
        <source>&lt;b&gt;Total debits %1 %3 = total credits %2 %3&lt;/b&gt; as of %4: the books balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/trialbalanceview.cpp" line="109"/>
        <source>&lt;b&gt;Total debits %1 %3 ≠ total credits %2 %3&lt;/b&gt;: the books are out of balance by %4 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::UserDialog</name>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="30"/>
        <location filename="../ui/dialogs/userdialog.cpp" line="31"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="34"/>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="35"/>
        <source>Set roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="38"/>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="39"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="49"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="50"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="55"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="57"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="61"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="80"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="80"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="81"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="84"/>
        <source>The user must choose a new password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="142"/>
        <source>User name: type the name the user signs in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="146"/>
        <source>Roles: give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.cpp" line="150"/>
        <source>Password: the two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::UserService</name>
    <message>
        <location filename="../models/services/userservice.cpp" line="111"/>
        <source>user name: &quot;%1&quot; is not allowed (use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="125"/>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="65"/>
        <location filename="../models/services/userservice.cpp" line="139"/>
        <source>The user %1 is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="157"/>
        <source>This database already has users; the first administrator is set up only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="170"/>
        <source>add users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="173"/>
        <location filename="../models/services/userservice.cpp" line="248"/>
        <source>roles: give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="180"/>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="189"/>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="216"/>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="233"/>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="246"/>
        <source>change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="255"/>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="270"/>
        <source>edit users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="285"/>
        <source>reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="308"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="320"/>
        <source>enable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="320"/>
        <source>disable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="324"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/services/userservice.cpp" line="328"/>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::UserTableModel</name>
    <message>
        <location filename="../models/itemmodels/usertablemodel.cpp" line="56"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usertablemodel.cpp" line="57"/>
        <source>Active, must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usertablemodel.cpp" line="57"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usertablemodel.cpp" line="73"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usertablemodel.cpp" line="75"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usertablemodel.cpp" line="77"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usertablemodel.cpp" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/usertablemodel.cpp" line="81"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::UsersView</name>
    <message>
        <location filename="../ui/views/usersview.cpp" line="24"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="25"/>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="26"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="27"/>
        <location filename="../ui/views/usersview.cpp" line="112"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="30"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="37"/>
        <source>Add a user with roles and a first password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="38"/>
        <source>Change the roles of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="39"/>
        <source>Give the selected user a new password, to be changed at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="41"/>
        <source>A disabled user cannot sign in; the user&apos;s records stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="50"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/usersview.cpp" line="112"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::WorklistModel</name>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="25"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="119"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="122"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="143"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="189"/>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="212"/>
        <source>Debtor / invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="214"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="216"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="218"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="220"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="222"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/worklistmodel.cpp" line="224"/>
        <source>Latest note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
