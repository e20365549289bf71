<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FactorDesk</name>
    <message>
        <location filename="../models/agreement.cpp" line="37"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreement.cpp" line="39"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreement.cpp" line="41"/>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreement.cpp" line="53"/>
        <source>arrangement: &quot;%1&quot; is not a payment arrangement (write advance, collection or maturity).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Agreement</name>
    <message>
        <location filename="../models/agreement.cpp" line="71"/>
        <source>discount tiers: tier %1 &quot;%2&quot; is not DAYS:PERCENT (write the tiers like 30:1.5,10:0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreement.cpp" line="84"/>
        <source>discount tiers: tier %1 has &quot;%2&quot; days; the days of a tier are a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreement.cpp" line="92"/>
        <source>discount tiers: tier %1 has the rate &quot;%2&quot;, which is not a percentage (write it like 1.5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AgreementDialog</name>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="56"/>
        <source>New terms for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="72"/>
        <source>A new version of the terms of %1, starting from the version of %2. Older versions are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="75"/>
        <source>The first agreement of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="98"/>
        <source>&amp;Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="106"/>
        <source>In force &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="111"/>
        <source>Payment &amp;arrangement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="113"/>
        <source>With &amp;recourse (the client buys back unpaid invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="116"/>
        <source>&amp;Notified (debtors pay the factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="119"/>
        <source>Ad&amp;vance rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="121"/>
        <source>&amp;Commission rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="124"/>
        <source>e.g. 30:1.5,10:0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="125"/>
        <source>DAYS:PERCENT for the first period, then DAYS:PERCENT for each further period or part; the last tier repeats. Empty: no discount fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="127"/>
        <source>&amp;Discount fee tiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="139"/>
        <source>&amp;Interest margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="140"/>
        <source>% over the base rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="143"/>
        <source>ACT/360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="144"/>
        <source>ACT/365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="145"/>
        <source>Da&amp;y count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="146"/>
        <source>&amp;Minimum fee per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="150"/>
        <source>&amp;Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="152"/>
        <source>&amp;Facility limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="154"/>
        <source>&amp;Over-advance limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="156"/>
        <source>&amp;Concentration limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="157"/>
        <source>% of receivables on one debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="158"/>
        <source>C&amp;ross-aging limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="159"/>
        <source>% over 90 days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="160"/>
        <source>&amp;Verify invoices from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="162"/>
        <source>Maximum invoice &amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="163"/>
        <source>days (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="164"/>
        <source>Rec&amp;ourse period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="165"/>
        <source>days after due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="168"/>
        <source>&amp;Charges and days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="170"/>
        <source>The &amp;purchase day counts as day one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="173"/>
        <source>C&amp;learance days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="174"/>
        <source>days added to receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="175"/>
        <source>Charge per &amp;invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="177"/>
        <source>Charge per &amp;schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="179"/>
        <source>Charge per &amp;transfer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="181"/>
        <source>Charge per credit &amp;decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="183"/>
        <source>&amp;Penalty rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="184"/>
        <source>% after the recourse date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="185"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="199"/>
        <source>Only managers set agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="294"/>
        <source>&quot;%1&quot; is not a percentage; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="308"/>
        <source>&quot;%1&quot; is not an amount; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="359"/>
        <source>The terms were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AgreementHistoryModel</name>
    <message>
        <location filename="../models/agreementhistorymodel.cpp" line="10"/>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementhistorymodel.cpp" line="11"/>
        <source>Advance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementhistorymodel.cpp" line="12"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementhistorymodel.cpp" line="13"/>
        <source>Facility limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementhistorymodel.cpp" line="14"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementhistorymodel.cpp" line="15"/>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementhistorymodel.cpp" line="16"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AgreementService</name>
    <message>
        <location filename="../models/agreementservice.cpp" line="44"/>
        <source>A stored discount fee schedule is damaged: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="93"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="93"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="101"/>
        <source>%1: %2 % is outside 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="109"/>
        <source>%1: %2 is negative; amounts and limits are 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="118"/>
        <source>%1: %2 days is outside 0 to %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="145"/>
        <source>from: a version of the terms needs the date it takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="147"/>
        <source>advance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="148"/>
        <source>commission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="151"/>
        <source>advance rate: %1 % advance and %2 % commission add up to more than 100 % of the face value, leaving a negative reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="157"/>
        <source>discount tiers: %1 tiers given; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="167"/>
        <source>discount tiers: tier %1 covers %2 days; each tier covers 1 to %3 days and begins where the one before ends, so the tiers ascend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="175"/>
        <source>discount tiers: the rate %1 % of tier %2 is outside 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="180"/>
        <source>interest margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="183"/>
        <source>day count: %1 is not a day count (use 360 for ACT/360 or 365 for ACT/365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="187"/>
        <source>minimum fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="188"/>
        <source>recourse period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="189"/>
        <source>facility limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="190"/>
        <source>over-advance limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="191"/>
        <source>concentration limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="192"/>
        <source>cross-aging limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="193"/>
        <source>clearance days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="194"/>
        <source>charge per invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="197"/>
        <source>charge per schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="199"/>
        <source>charge per transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="201"/>
        <source>charge per credit decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="202"/>
        <source>penalty rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="204"/>
        <source>verification threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="206"/>
        <source>maximum invoice age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="209"/>
        <source>note: at most 1000 characters, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="216"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="218"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="218"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="222"/>
        <source>%1 per %2 or part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="223"/>
        <source>%1 for the first %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="227"/>
        <source>, then %1 per further %2 or part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="228"/>
        <source>, then %1 for the next %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="251"/>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="253"/>
        <source>Payment arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="255"/>
        <source>With recourse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="256"/>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="257"/>
        <source>Advance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="258"/>
        <source>Commission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="259"/>
        <source>Discount fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="262"/>
        <source>Interest margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="263"/>
        <source>Day count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="264"/>
        <source>ACT/365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="264"/>
        <source>ACT/360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="265"/>
        <source>Minimum fee per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="266"/>
        <source>Recourse period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="267"/>
        <source>Facility limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="268"/>
        <source>Over-advance limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="269"/>
        <source>Concentration limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="270"/>
        <source>Cross-aging limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="271"/>
        <source>Purchase day counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="272"/>
        <source>Clearance days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="273"/>
        <source>Charge per invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="274"/>
        <source>Charge per schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="275"/>
        <source>Charge per transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="276"/>
        <source>Charge per credit decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="278"/>
        <source>Penalty rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="279"/>
        <source>Verification threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="281"/>
        <source>Maximum invoice age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="282"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="306"/>
        <source>First version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="309"/>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="311"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="358"/>
        <source>set agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="372"/>
        <source>from: the terms of %1 already have a version from %2, and versions are never edited; add a new version from a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/agreementservice.cpp" line="378"/>
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
        <location filename="../ui/application.cpp" line="93"/>
        <source>FactorDesk: books, credit and collections for a factoring house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="99"/>
        <source>The database: an SQLite file, or postgresql://user@host:port/dbname. Default: $FACTORDESK_DB, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="103"/>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="105"/>
        <source>The user name to fill in at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="106"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="129"/>
        <source>FactorDesk cannot open %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AssignmentNotice</name>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="65"/>
        <location filename="../reports/assignmentnotice.cpp" line="80"/>
        <source>Notice of assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="81"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="81"/>
        <source>Your account with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="82"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="85"/>
        <source>Notice of assignment of receivables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="88"/>
        <source>Dear Sir or Madam,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="91"/>
        <source>We give you notice that %1 has assigned to %2 all its present and future receivables owed by you, including the invoices listed below, under a factoring agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="98"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="101"/>
        <source>From the date of this notice you may discharge these debts only by payment to %1. Please pay every invoice of %2, now and in future, to %1 and quote the invoice number with each payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="105"/>
        <source>From the date of this notice you may discharge these debts only by payment to %1. Please pay every invoice of %2, now and in future, to the account of %1: %3, and quote the invoice number with each payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="111"/>
        <source>Payment to %1 or to anyone else will not discharge your debt. These instructions may be changed only in writing by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="117"/>
        <source>Invoices assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="119"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="119"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="119"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="120"/>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="131"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="135"/>
        <source>Please confirm to us that you have noted these instructions. If you dispute any of these invoices, tell us at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="138"/>
        <source>Yours faithfully,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="144"/>
        <source>We confirm the assignment. For %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/assignmentnotice.cpp" line="157"/>
        <source>Notices of assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AuditLog</name>
    <message>
        <location filename="../models/auditlog.cpp" line="147"/>
        <source>Audit record %1 (%2, %3) does not follow the record before it: a record was removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/auditlog.cpp" line="156"/>
        <source>Audit record %1 (%2, %3) was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AuditLogModel</name>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="116"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="118"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="120"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="122"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="124"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="126"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::AuditView</name>
    <message>
        <location filename="../ui/auditview.cpp" line="52"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="53"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="56"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="65"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="73"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="76"/>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="81"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="84"/>
        <source>action, record or data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="93"/>
        <source>Check that no audit record was changed, inserted or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="122"/>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="125"/>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="176"/>
        <source>Select a record to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="182"/>
        <source>&lt;b&gt;Record %1&lt;/b&gt; · %2 · %3 · %4 %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="187"/>
        <source>(nothing: the record was created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditview.cpp" line="189"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="219"/>
        <source>The audit trail is intact: %Ln record(s) checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %Ln record checked.</numerusform>
            <numerusform>The audit trail is intact: %Ln records checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/changepassworddialog.cpp" line="25"/>
        <location filename="../ui/changepassworddialog.cpp" line="57"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changepassworddialog.cpp" line="29"/>
        <source>Choose a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changepassworddialog.cpp" line="30"/>
        <source>%1, please choose a new password before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changepassworddialog.cpp" line="40"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changepassworddialog.cpp" line="46"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changepassworddialog.cpp" line="47"/>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changepassworddialog.cpp" line="82"/>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/changepassworddialog.cpp" line="87"/>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ChecksPage</name>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="442"/>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="445"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="446"/>
        <source>Every line with the result of each check. Ineligible lines get no advance unless a manager overrides them with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="476"/>
        <source>Only a manager can override a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="483"/>
        <source>Invoice %1 cannot be overridden: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="489"/>
        <source>Invoice %1 is eligible already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="502"/>
        <location filename="../ui/purchasewizardpages.cpp" line="507"/>
        <location filename="../ui/purchasewizardpages.cpp" line="515"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="502"/>
        <source>Select the line to override first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="508"/>
        <source>Why should invoice %1 be bought in full? (kept with the line; empty: no override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="532"/>
        <source>%1 lines: %2 eligible in full, %3 not (in part or whole), %4 with warnings; %5 overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="538"/>
        <source>A manager can override ineligible lines when approving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="49"/>
        <source>Usage: factordesk-cli [--db PATH|URL] [--user NAME] COMMAND ...

The database is an SQLite file (default %1) or a PostgreSQL URL
postgresql://user@host:port/db. The password comes from FACTORDESK_PASSWORD,
else a prompt on the terminal. Exit codes: 0 done, 1 refused or invalid,
2 usage, 3 authentication or permission.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="241"/>
        <source>--format is csv, json or table, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="252"/>
        <source>--%1: &quot;%2&quot; is not a date (write YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="280"/>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="314"/>
        <source>Unknown command &quot;%1&quot;. Run factordesk-cli help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="319"/>
        <source>Usage: factordesk-cli %1
%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="327"/>
        <source>Usage: factordesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="334"/>
        <source>factordesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="343"/>
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
        <location filename="../app/cli/clientcommands.cpp" line="154"/>
        <location filename="../app/cli/foundationcommands.cpp" line="38"/>
        <source>--currency: &quot;%1&quot; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="166"/>
        <source>client add needs --name TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="174"/>
        <source>Added client %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="192"/>
        <source>Saved client %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="311"/>
        <source>Terms in force on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="314"/>
        <source>No agreement in force on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="317"/>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="334"/>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="365"/>
        <source>agreement set needs --from DATE, the day the new terms take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="369"/>
        <source>--%1 and --no-%1 contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="372"/>
        <source>set agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="430"/>
        <source>New terms of %1 in force from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="445"/>
        <source>%1 has no agreement in force on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="487"/>
        <source>Adds a client (clerks and managers). The currency defaults to the book&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="491"/>
        <source>Changes the given details of a client (clerks and managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="495"/>
        <source>Lists clients with their terms in force and funds employed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="499"/>
        <source>Shows a client, the terms in force and every version of its agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="514"/>
        <source>Adds a version of a client&apos;s terms from DATE (managers). Terms not given are those in force on DATE, or the defaults for a first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="519"/>
        <source>Shows the terms in force for a client on a date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clientcommands.cpp" line="524"/>
        <source>Lists every version of a client&apos;s agreement: from when, by whom, what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="42"/>
        <source>Credit request %1 for debtor %2: %3, waiting for an analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="64"/>
        <source>amount: approving in part needs --amount with the lower amount granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="74"/>
        <source>Debtor %1 has no open credit request to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="80"/>
        <source>Debtor %1: credit limit %2, review %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="83"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="163"/>
        <source>Ask for a debtor&apos;s credit limit, or with --client a per-client sub-limit (clerk, analyst); prints the request number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="169"/>
        <source>Decide the debtor&apos;s open credit request (analyst, not the requester); prints the new status first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="174"/>
        <source>Credit requests and decisions, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditcommands.cpp" line="177"/>
        <source>The analyst&apos;s queue: open requests, reviews due within 30 days, declined in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="32"/>
        <source>--terms: &quot;%1&quot; is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="68"/>
        <source>debtor add needs --name TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="79"/>
        <source>Added debtor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="92"/>
        <source>Saved debtor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="172"/>
        <source>Debtor %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="189"/>
        <source>Debtor %1 buys from client %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="190"/>
        <source>Debtor %1 no longer linked to client %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="204"/>
        <source>Add a debtor (clerk, manager), optionally linked to the clients it buys from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="210"/>
        <source>Change a debtor&apos;s details (clerk, manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="214"/>
        <source>Debtors with limit, exposure and utilisation (%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="216"/>
        <source>One debtor&apos;s details, clients, limit and exposure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="219"/>
        <source>Set a debtor&apos;s status; insolvent needs --date (clerk, manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="222"/>
        <source>Record that the debtor buys from a client (clerk, manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/debtorcommands.cpp" line="225"/>
        <source>Remove a debtor&apos;s link to a client (clerk, manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="32"/>
        <source>init needs --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="43"/>
        <source>Password for the new administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="55"/>
        <source>Created %1 (schema version %2) with administrator %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="61"/>
        <source>Demo users clerk, analyst and manager have the password &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="74"/>
        <source>user add needs --role ROLE[,ROLE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="78"/>
        <source>add users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="80"/>
        <source>Password for the new user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="82"/>
        <source>Added user %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="112"/>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="114"/>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="118"/>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="129"/>
        <source>user roles needs --role ROLE[,ROLE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="133"/>
        <source>Roles of %1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="144"/>
        <source>User %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="144"/>
        <source>User %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="207"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="220"/>
        <source>journal reverse needs an entry number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="240"/>
        <source>The audit trail holds. Records checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="300"/>
        <source>settings set needs at least one of --factor-name, --address, --bank-name, --bank-account, --email, --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="314"/>
        <source>The factor&apos;s details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="324"/>
        <source>Create a new database; the administrator&apos;s password comes from FACTORDESK_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="329"/>
        <source>Add a user (admin); the password comes from FACTORDESK_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="332"/>
        <source>List users and their roles (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="334"/>
        <source>Set a user&apos;s roles (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="336"/>
        <source>Set a password from FACTORDESK_NEW_PASSWORD (admin, or your own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="339"/>
        <source>Disable a user (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="342"/>
        <source>Enable a user again (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="347"/>
        <source>One row per journal line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="350"/>
        <source>Post the reversal of an entry (manager); prints the new entry number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="354"/>
        <source>Every account with its balance as of a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="357"/>
        <source>The book currency and the factor&apos;s details printed on documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="362"/>
        <source>Change the factor&apos;s details printed on advices and letters (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="365"/>
        <source>Check the audit trail&apos;s hash chain; exit 1 names the first bad record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/foundationcommands.cpp" line="370"/>
        <source>The newest audit records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="38"/>
        <source>&quot;%1&quot; is not a request number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="47"/>
        <source>order request needs --ship-date D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="57"/>
        <source>Order approval request %1: %2 to %3, ship date %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="78"/>
        <source>--days: &quot;%1&quot; is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="90"/>
        <source>amount: approving in part needs --amount with the lower amount approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="95"/>
        <source>%1 %2 for %3, expires %4, ship window %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="178"/>
        <source>There is no order approval with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="196"/>
        <source>order export needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ordercommands.cpp" line="202"/>
        <source>Wrote %n order approval(s) of client %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n order approval of client %1 to %2.</numerusform>
            <numerusform>Wrote %n order approvals of client %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="218"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ordercommands.cpp" line="220"/>
        <source>Imported %n order approval request(s).</source>
        <translation>
            <numerusform>Imported %n order approval request.</numerusform>
            <numerusform>Imported %n order approval requests.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="231"/>
        <source>Ask for a pre-shipment order approval (clerk, analyst); prints the request number alone on the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="238"/>
        <source>Decide an order approval (analyst, not the requester); prints the approval code alone on the first line, or the status for decline and hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="243"/>
        <source>Order approval requests and decisions, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="245"/>
        <source>One order approval, by request number or approval code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="247"/>
        <source>Write a client&apos;s order approval decisions to a CSV file for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="250"/>
        <source>Import a client&apos;s order approval requests from CSV (client, debtor, order_ref, amount, ship_date); a file with bad lines imports nothing unless --skip-bad. Prints the new request numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/schedulecommands.cpp" line="102"/>
        <source>%n line(s) passed every check</source>
        <translation>
            <numerusform>%n line passed every check</numerusform>
            <numerusform>%n lines passed every check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="112"/>
        <source>Invoices %1, face %2, eligible %3, ineligible %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="116"/>
        <source>Advance %1, commission %2, reserve %3, charges %4, net payment %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="120"/>
        <source>Average due date %1, payment due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="145"/>
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
        <location filename="../app/cli/schedulecommands.cpp" line="241"/>
        <source>--override %1 needs its --reason TEXT before the next --override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="247"/>
        <source>--reason belongs after an --override INVOICE_NO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="253"/>
        <source>--override %1 needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="258"/>
        <source>Schedule %1 approved: invoices %2, eligible %3, advance %4, net payment %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="272"/>
        <source>schedule reject needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="277"/>
        <source>Schedule %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="302"/>
        <source>Schedule %1 funded; journal entry %2; payment of %3 due on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/schedulecommands.cpp" line="309"/>
        <source>Notices of assignment to print: %n debtor(s).</source>
        <translation>
            <numerusform>Notices of assignment to print: %n debtor.</numerusform>
            <numerusform>Notices of assignment to print: %n debtors.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="342"/>
        <source>--limit needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="377"/>
        <source>Import, check and price a schedule from a CSV file; prints its number on the first line, then the checks of each line. A file with errors imports nothing unless --skip-bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="383"/>
        <source>A schedule&apos;s lines with their checks and split, and its totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="386"/>
        <source>Schedules with their totals, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="388"/>
        <source>Run the checks of a draft or submitted schedule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="392"/>
        <source>Approve a schedule (managers); an override makes an ineligible invoice eligible in full and keeps the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="397"/>
        <source>Reject a schedule (managers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="399"/>
        <source>Fund an approved schedule (managers): buys the invoices, posts the purchase entry and records the payment due to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/schedulecommands.cpp" line="405"/>
        <source>Purchased invoices with open balance, days past due and aging bucket (current, 1-30, 31-60, 61-90, 90+); --status all shows pending and rejected lines too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Cli::Args</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="85"/>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="91"/>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="94"/>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="131"/>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="133"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Cli::Context</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="170"/>
        <source>No password: set %1 or run on a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="198"/>
        <source>Say who you are with --user NAME (or FACTORDESK_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="199"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Client</name>
    <message>
        <location filename="../models/client.cpp" line="24"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/client.cpp" line="26"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/client.cpp" line="28"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/client.cpp" line="45"/>
        <source>status: &quot;%1&quot; is not a client status (write active, suspended or closed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientDialog</name>
    <message>
        <location filename="../ui/clientdialog.cpp" line="40"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="41"/>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="42"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="63"/>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="66"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="91"/>
        <source>ISO 4217 code; it cannot change once the client has schedules or bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="107"/>
        <source>IBAN, or any other account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="121"/>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="122"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="123"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="124"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="125"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="126"/>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="127"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="128"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="129"/>
        <source>Ta&amp;x number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="130"/>
        <source>&amp;Bank account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="132"/>
        <source>Ban&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="133"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="134"/>
        <source>Funds employed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="161"/>
        <source>&amp;New version from date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="173"/>
        <source>Every version of the terms. Versions are never changed; a change is a new version from a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="231"/>
        <source>Only managers set agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="233"/>
        <source>Save the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="235"/>
        <source>Add a version of the terms from a date; older versions stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="238"/>
        <source>Save the new client first; then a manager sets its terms here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="249"/>
        <source>Terms in force on %1 (version from %2, by %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="264"/>
        <source>No terms are in force yet; the first version starts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="267"/>
        <source>This client has no agreement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="286"/>
        <source>Version from %1, created by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="291"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="314"/>
        <source>Not an IBAN: kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="318"/>
        <source>✓ A valid IBAN of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientdialog.cpp" line="365"/>
        <source>currency: &quot;%1&quot; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientPage</name>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="68"/>
        <source>Client and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="69"/>
        <source>Whose invoices are bought, and the schedule&apos;s number and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="72"/>
        <source>next number (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="83"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="84"/>
        <source>Schedule &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="85"/>
        <source>Schedule &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="86"/>
        <source>Terms in force on the schedule date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="103"/>
        <source>Choose a client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="126"/>
        <source>Choose the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="128"/>
        <source>&lt;b&gt;No agreement is in force for this client on %1.&lt;/b&gt; A manager must set the client&apos;s terms before its invoices can be bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="134"/>
        <source>In force since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientService</name>
    <message>
        <location filename="../models/clientservice.cpp" line="84"/>
        <source>code: a client needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="88"/>
        <source>code: &quot;%1&quot; is not allowed (use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="94"/>
        <source>name: a client needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="98"/>
        <source>name: at most 200 characters, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="106"/>
        <source>e-mail: &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="108"/>
        <source>bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="125"/>
        <source>code: the client code &quot;%1&quot; is taken by the client %2 (codes are unique regardless of upper and lower case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="133"/>
        <source>add clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="171"/>
        <source>edit clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="182"/>
        <source>currency: %1 already has schedules or bookings in %2; its currency cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="217"/>
        <source>change the status of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="230"/>
        <source>There is no client number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clientservice.cpp" line="248"/>
        <source>There is no client with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientTableModel</name>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="9"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="10"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="11"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="12"/>
        <source>Arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="13"/>
        <source>Recourse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="14"/>
        <source>Advance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="15"/>
        <source>Facility limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="16"/>
        <source>Funds employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="107"/>
        <source>With recourse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clienttablemodel.cpp" line="107"/>
        <source>Without recourse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ClientsView</name>
    <message>
        <location filename="../ui/clientsview.cpp" line="29"/>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="30"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="33"/>
        <source>&lt;h2&gt;Clients&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="37"/>
        <source>Search code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="42"/>
        <source>Add a client (clerks and managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="127"/>
        <source>Clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="130"/>
        <source>Clients: %1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ConfirmPage</name>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="649"/>
        <source>&amp;Post purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="650"/>
        <source>&amp;Save as submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="652"/>
        <source>&amp;Print purchase advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="653"/>
        <source>Save advice as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="654"/>
        <source>Print &amp;notices of assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="655"/>
        <source>Save notices as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="657"/>
        <source>Confirm and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="658"/>
        <source>Funding marks the schedule funded, the invoices purchased, posts the journal entry and records the payment due to the client, all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="701"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="702"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purchasewizardpages.cpp" line="725"/>
        <source>&lt;p&gt;Buy &lt;b&gt;%n invoice(s)&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; with a face value of &lt;b&gt;%3 %4&lt;/b&gt;: advance %5, commission %6, reserve %7, charges %8.&lt;/p&gt;&lt;p&gt;Net payment to the client: &lt;b&gt;%3 %9&lt;/b&gt; on %10.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Buy &lt;b&gt;%n invoice&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; with a face value of &lt;b&gt;%3 %4&lt;/b&gt;: advance %5, commission %6, reserve %7, charges %8.&lt;/p&gt;&lt;p&gt;Net payment to the client: &lt;b&gt;%3 %9&lt;/b&gt; on %10.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Buy &lt;b&gt;%n invoices&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; with a face value of &lt;b&gt;%3 %4&lt;/b&gt;: advance %5, commission %6, reserve %7, charges %8.&lt;/p&gt;&lt;p&gt;Net payment to the client: &lt;b&gt;%3 %9&lt;/b&gt; on %10.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="737"/>
        <source>Posting approves the schedule with your overrides and funds it in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="739"/>
        <source>Only a manager can approve and fund a schedule, so Finish stays disabled for you. Save the schedule as submitted: a manager then approves and funds it from the Schedules view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="774"/>
        <source>&lt;b&gt;Schedule %1 is funded.&lt;/b&gt; Net payment %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purchasewizardpages.cpp" line="779"/>
        <source>%n debtor(s) are new to the factor for this client: send them the notice of assignment.</source>
        <translation>
            <numerusform>%n debtor is new to the factor for this client: send it the notice of assignment.</numerusform>
            <numerusform>%n debtors are new to the factor for this client: send them the notice of assignment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="785"/>
        <source>&lt;b&gt;The schedule was saved as submitted.&lt;/b&gt; A manager approves and funds it from the Schedules view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditDecisionDialog</name>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="51"/>
        <source>Decide credit request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="52"/>
        <source>Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="56"/>
        <source>Sub-limit for client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="57"/>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="59"/>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="62"/>
        <source>Reason given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="63"/>
        <source>Current limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="64"/>
        <source>Exposure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="70"/>
        <source>the lower amount granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="79"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="80"/>
        <source>&amp;Amount granted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="81"/>
        <source>Re&amp;view date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="82"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="89"/>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="121"/>
        <source>amount: approving in part needs the lower amount granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditdecisiondialog.cpp" line="122"/>
        <source>amount: &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditHistoryModel</name>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="91"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="93"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="95"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="97"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="99"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="101"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="103"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="105"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="107"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/credithistorymodel.cpp" line="109"/>
        <source>Decision reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditQueueModel</name>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="97"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="99"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="101"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="103"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="105"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="107"/>
        <source>Current limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="109"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="111"/>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="113"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="115"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditqueuemodel.cpp" line="117"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditService</name>
    <message>
        <location filename="../models/creditservice.cpp" line="34"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="36"/>
        <source>Approve in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="38"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="40"/>
        <location filename="../models/creditservice.cpp" line="107"/>
        <location filename="../models/creditservice.cpp" line="130"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="57"/>
        <source>decision: &quot;%1&quot; is not a decision (approve, partial, decline or hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="99"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="101"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="103"/>
        <source>Approved in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="105"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="120"/>
        <source>status: &quot;%1&quot; is not a request status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="128"/>
        <source>Pending request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="132"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="134"/>
        <source>Recently declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="194"/>
        <source>request credit limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="197"/>
        <source>amount: a credit limit request must be for more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="204"/>
        <source>Debtor %1 is insolvent; no credit limit can be requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="212"/>
        <source>client: there is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="217"/>
        <location filename="../models/creditservice.cpp" line="312"/>
        <source>amount: a sub-limit for client %1 must stay within debtor %2&apos;s limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="224"/>
        <source>Debtor %1 already has an open credit request (number %2, %3); decide it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="250"/>
        <source>decide credit limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="254"/>
        <source>Credit request %1 was already decided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="259"/>
        <source>%1 requested this limit and may not decide it too: another analyst must decide (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="272"/>
        <source>amount: approving in part needs the lower amount granted (more than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="277"/>
        <source>amount: %1 is not lower than the %2 requested; approve the request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="295"/>
        <source>review date: %1 is not after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="302"/>
        <source>reason: say why the request is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="309"/>
        <source>Debtor %1 is insolvent; the request can only be declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/creditservice.cpp" line="370"/>
        <source>There is no credit request number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CreditView</name>
    <message>
        <location filename="../ui/creditview.cpp" line="29"/>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditview.cpp" line="30"/>
        <source>Put up for &amp;renewal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditview.cpp" line="31"/>
        <source>&amp;Open debtor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditview.cpp" line="34"/>
        <source>&lt;h2&gt;Credit&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditview.cpp" line="41"/>
        <source>Decide the selected request (analysts; never your own request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditview.cpp" line="42"/>
        <source>Ask for the limit again so that another analyst reviews it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditview.cpp" line="95"/>
        <source>Open requests: %1 · Limits due for review: %2 · Declined in the last 30 days: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/creditview.cpp" line="152"/>
        <source>Annual review of the limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::CsvReader</name>
    <message>
        <location filename="../models/csvreader.cpp" line="15"/>
        <source>The input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="18"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="20"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="53"/>
        <source>this is not a CSV file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="57"/>
        <source>this is not a CSV file (it is not UTF-8 text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="105"/>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="109"/>
        <source>unexpected text after a closing quote (a quote inside a quoted field is written twice: &quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="118"/>
        <source>this is not a CSV file (control character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="149"/>
        <source>%1 fields where the header line has %2; this is not a consistent CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="156"/>
        <source>the file is empty; a CSV file starts with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/csvreader.cpp" line="166"/>
        <source>%1: the file cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Database</name>
    <message>
        <location filename="../models/database.cpp" line="286"/>
        <source>Cannot open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="292"/>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="306"/>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="329"/>
        <location filename="../models/database.cpp" line="411"/>
        <location filename="../models/database.cpp" line="419"/>
        <source>%1 is not a FactorDesk database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="346"/>
        <source>%1 is damaged (%2). It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="358"/>
        <source>The PostgreSQL database %1 holds no FactorDesk books yet; create them with &apos;factordesk-cli init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="374"/>
        <source>%1 is damaged and cannot be read. It was left unchanged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="379"/>
        <source>%1 cannot be read as a FactorDesk database (%2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="387"/>
        <source>%1 was written by a newer FactorDesk (schema version %2; this program knows up to %3). It was left unchanged; update FactorDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="402"/>
        <source>There is no database at %1. Create one with &apos;factordesk-cli init&apos; or start FactorDesk to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="409"/>
        <source>%1 is an empty file, not a FactorDesk database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="452"/>
        <source>A file already exists at %1; FactorDesk will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="460"/>
        <source>The PostgreSQL database %1 is not empty; FactorDesk creates its books only in an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="549"/>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="556"/>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DebtorDialog</name>
    <message>
        <location filename="../ui/debtordialog.cpp" line="38"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="59"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="60"/>
        <source>C&amp;redit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="61"/>
        <source>Debtor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="64"/>
        <source>New debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="90"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="106"/>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="107"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="108"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="109"/>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="110"/>
        <source>Re&amp;gistration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="111"/>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="112"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="113"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="114"/>
        <source>&amp;Insolvent since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="132"/>
        <source>The clients this debtor buys from (changes apply at once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="145"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="147"/>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="173"/>
        <source>Credit limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="174"/>
        <source>Exposure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="175"/>
        <source>Utilisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="176"/>
        <source>Review date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="178"/>
        <source>History of requests and decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="188"/>
        <source>Request &amp;limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="191"/>
        <source>Ask an analyst for a new limit (clerks and analysts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="224"/>
        <source>%1 — %2 (sub-limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="226"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="242"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtordialog.cpp" line="248"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DebtorService</name>
    <message>
        <location filename="../models/debtorservice.cpp" line="34"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="36"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="38"/>
        <source>Insolvent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="53"/>
        <source>status: &quot;%1&quot; is not a debtor status (active, blocked or insolvent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="133"/>
        <source>code: &quot;%1&quot; is not allowed (use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="138"/>
        <source>name: the debtor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="142"/>
        <source>payment terms: %1 days is outside 0 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="146"/>
        <source>e-mail: &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="151"/>
        <source>insolvency date: an insolvent debtor needs the date of the insolvency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="156"/>
        <source>insolvency date: %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="164"/>
        <source>add debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="176"/>
        <source>A debtor with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="206"/>
        <source>edit debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="213"/>
        <source>code: the code of debtor %1 cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="243"/>
        <source>change a debtor&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="254"/>
        <location filename="../models/debtorservice.cpp" line="279"/>
        <source>link debtors to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="261"/>
        <source>client: there is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="287"/>
        <source>client %1 has a sub-limit on debtor %2; an analyst must set it to 0 before the link can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="305"/>
        <location filename="../models/debtorservice.cpp" line="378"/>
        <source>There is no debtor with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtorservice.cpp" line="336"/>
        <source>debtor: there is no debtor with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DebtorTableModel</name>
    <message>
        <location filename="../models/debtortablemodel.cpp" line="104"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtortablemodel.cpp" line="120"/>
        <source>Exposure is above the credit limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtortablemodel.cpp" line="134"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtortablemodel.cpp" line="136"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtortablemodel.cpp" line="138"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtortablemodel.cpp" line="140"/>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtortablemodel.cpp" line="142"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtortablemodel.cpp" line="144"/>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/debtortablemodel.cpp" line="146"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::DebtorsView</name>
    <message>
        <location filename="../ui/debtorsview.cpp" line="30"/>
        <source>&amp;New debtor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtorsview.cpp" line="31"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtorsview.cpp" line="35"/>
        <source>&lt;h2&gt;Debtors&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtorsview.cpp" line="39"/>
        <source>Search code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtorsview.cpp" line="42"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtorsview.cpp" line="48"/>
        <source>Add a debtor (clerks and managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/debtorsview.cpp" line="130"/>
        <source>%n debtor(s)</source>
        <translation>
            <numerusform>%n debtor</numerusform>
            <numerusform>%n debtors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::Eligibility</name>
    <message>
        <location filename="../models/eligibility.cpp" line="94"/>
        <source>Invoice %1 is already on line %2 of this schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="99"/>
        <source>Invoice %1 of this client is already in the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="104"/>
        <source>Line %1 of this schedule has the same debtor, date and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="109"/>
        <source>An invoice to %1 dated %2 for %3 is already in the books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="116"/>
        <source>Debtor %1 is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="119"/>
        <source>Debtor %1 is insolvent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="124"/>
        <source>Debtor %1 has no credit limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="127"/>
        <source>The credit limit of debtor %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="133"/>
        <source>The invoice is %1 days old on %2; the agreement buys invoices up to %3 days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="139"/>
        <source>The invoice fell due on %1, before the schedule date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="145"/>
        <source>Debtor %1 is cross-aged: %2 % of its balance is more than 90 days past due (limit %3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="161"/>
        <source>Over the credit limit of debtor %1: limit %2, exposure %3; %4 is unapproved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="178"/>
        <source>Over this client&apos;s sub-limit on debtor %1: sub-limit %2, exposure %3; %4 is unapproved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="188"/>
        <source>Verify with the debtor before funding: the amount is at or above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="197"/>
        <source>Approval code %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="199"/>
        <source>Approval code %1 was given for another client or debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="204"/>
        <source>Approval code %1 is %2, not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="207"/>
        <source>Approval code %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="210"/>
        <source>The invoice date %1 is outside the ship window %2 to %3 of approval code %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="220"/>
        <source>%1 exceeds what is left of approval code %2 (approved %3, already used %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="231"/>
        <source>Approval code %1 matched: credit-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="264"/>
        <source>Concentration: debtor %1 would hold %2 % of the client&apos;s receivables (limit %3 %); %4 is ineligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="291"/>
        <source>Over the client&apos;s facility limit of %1 (funds employed %2); %3 is ineligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eligibility.cpp" line="307"/>
        <source>Overridden by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::FactorProfileService</name>
    <message>
        <location filename="../models/factorprofileservice.cpp" line="50"/>
        <source>change the factor&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/factorprofileservice.cpp" line="59"/>
        <source>name: the factor&apos;s name is printed on every advice and letter; it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/factorprofileservice.cpp" line="64"/>
        <source>email: &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="26"/>
        <source>New FactorDesk books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="29"/>
        <source>&lt;p&gt;There are no books at &lt;b&gt;%1&lt;/b&gt; yet. FactorDesk will create them.&lt;/p&gt;&lt;p&gt;Choose the administrator account, who adds the other users, and the currency the books are kept in (it cannot be changed later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="54"/>
        <source>Administrator &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="55"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="56"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="57"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="58"/>
        <source>Book &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="68"/>
        <source>Create books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="111"/>
        <source>User name: type the administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="115"/>
        <source>Password: the two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="125"/>
        <source>Book currency: &quot;%1&quot; is not a three-letter currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Iban</name>
    <message>
        <location filename="../models/iban.cpp" line="139"/>
        <source>&quot;%1&quot; looks like an IBAN but holds characters other than letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/iban.cpp" line="144"/>
        <source>&quot;%1&quot; looks like an IBAN of %2, which has %3 characters, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/iban.cpp" line="148"/>
        <source>&quot;%1&quot; looks like an IBAN but has %2 characters (an IBAN has 15 to 34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/iban.cpp" line="153"/>
        <source>&quot;%1&quot; looks like an IBAN but its check digits are wrong (a typing error?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/iban.cpp" line="165"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoicePageQuery</name>
    <message>
        <location filename="../models/invoicepagequery.cpp" line="98"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicepagequery.cpp" line="100"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicepagequery.cpp" line="102"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicepagequery.cpp" line="104"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicepagequery.cpp" line="106"/>
        <source>Charged back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicepagequery.cpp" line="108"/>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicepagequery.cpp" line="110"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoiceQuery</name>
    <message>
        <location filename="../models/invoicequery.cpp" line="36"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicequery.cpp" line="38"/>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicequery.cpp" line="40"/>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicequery.cpp" line="42"/>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicequery.cpp" line="44"/>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicequery.cpp" line="59"/>
        <source>bucket: &quot;%1&quot; is not one of current, 1-30, 31-60, 61-90, 90+.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoiceTableModel</name>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="250"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="252"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="254"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="256"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="258"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="260"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="262"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="264"/>
        <source>Open balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="266"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="268"/>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/invoicetablemodel.cpp" line="270"/>
        <source>Aging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoicesPage</name>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="164"/>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="165"/>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="166"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="167"/>
        <source>&amp;Type lines instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="171"/>
        <source>&amp;Create debtor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="175"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="176"/>
        <source>Type the invoices, or import the client&apos;s CSV file (columns invoice_no, debtor, invoice_date, due_date or terms_days, amount; optional currency, approval_code, po).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="180"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="180"/>
        <source>Debtor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="180"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="181"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="181"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="181"/>
        <source>Approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="182"/>
        <source>PO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="185"/>
        <source>Dates as YYYY-MM-DD, amounts as plain decimals (1234.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="192"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="192"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="192"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="218"/>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="273"/>
        <source>+%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purchasewizardpages.cpp" line="299"/>
        <source>%1: %n line(s)</source>
        <translation>
            <numerusform>%1: %n line</numerusform>
            <numerusform>%1: %n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="335"/>
        <source>Import a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="336"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="355"/>
        <source>Create debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="361"/>
        <source>These debtor codes are not known to the factor. Add one; it then needs a credit decision by an analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="364"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="365"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="374"/>
        <source>Debtor added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="388"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="412"/>
        <source>Import only the good lines (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="419"/>
        <source>No invoices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purchasewizardpages.cpp" line="421"/>
        <source>%n line(s), all readable.</source>
        <translation>
            <numerusform>%n line, all readable.</numerusform>
            <numerusform>%n lines, all readable.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="423"/>
        <source>%1 of %2 lines have problems. A schedule with bad lines is not imported unless you keep only the good lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::InvoicesView</name>
    <message>
        <location filename="../ui/invoicesview.cpp" line="43"/>
        <source>&lt;h2&gt;Invoices&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="55"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="56"/>
        <source>debtor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="59"/>
        <source>&amp;Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="60"/>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="63"/>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="64"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="65"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="69"/>
        <source>A&amp;ging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="70"/>
        <source>starts with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="73"/>
        <source>&amp;Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="77"/>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="78"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="130"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="216"/>
        <source>Showing %1 of more than %2 invoices; scroll for more or narrow the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="219"/>
        <source>Showing %1 of %2 invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoicesview.cpp" line="222"/>
        <source>The list stops at %1 rows: narrow the filter to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduleviews.cpp" line="21"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::JournalService</name>
    <message>
        <location filename="../models/ledger.cpp" line="52"/>
        <source>post to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="54"/>
        <source>date: a journal entry needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="57"/>
        <source>currency: a journal entry needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="60"/>
        <source>lines: a journal entry needs at least two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="70"/>
        <source>line %1: each line is either a positive debit or a positive credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="76"/>
        <source>line %1: the amount is in %2 but the entry is in %3; an entry has one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="86"/>
        <source>lines: the entry does not balance (debits %1, credits %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="102"/>
        <source>line %1: there is no account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="105"/>
        <source>Journal entries are posted by a signed-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="167"/>
        <source>There is no journal entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="200"/>
        <source>reverse journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="202"/>
        <source>reason: say why the entry is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="208"/>
        <source>Entry %1 is itself a reversal; post a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="214"/>
        <source>Entry %1 was already reversed by entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="219"/>
        <source>date: a reversal cannot be dated before the entry it reverses (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ledger.cpp" line="224"/>
        <source>Reversal of entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::JournalTableModel</name>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="134"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="136"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="138"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="140"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="142"/>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="144"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="146"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="148"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="150"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/journaltablemodel.cpp" line="152"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::JournalView</name>
    <message>
        <location filename="../ui/journalview.cpp" line="23"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/journalview.cpp" line="24"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/journalview.cpp" line="33"/>
        <source>&lt;h2&gt;Journal&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/journalview.cpp" line="42"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/journalview.cpp" line="46"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/journalview.cpp" line="50"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/journalview.cpp" line="53"/>
        <source>client code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/journalview.cpp" line="59"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/journalview.cpp" line="94"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/journalview.cpp" line="147"/>
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
        <location filename="../ui/limitrequestdialog.cpp" line="38"/>
        <source>Request a credit limit for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/limitrequestdialog.cpp" line="41"/>
        <source>Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/limitrequestdialog.cpp" line="43"/>
        <source>Current limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/limitrequestdialog.cpp" line="50"/>
        <source>Whole debtor (factor-wide limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/limitrequestdialog.cpp" line="52"/>
        <source>Sub-limit for client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/limitrequestdialog.cpp" line="53"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/limitrequestdialog.cpp" line="54"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/limitrequestdialog.cpp" line="55"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/limitrequestdialog.cpp" line="62"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/limitrequestdialog.cpp" line="73"/>
        <source>amount: &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="26"/>
        <source>FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="31"/>
        <source>&lt;b&gt;Sign in to FactorDesk&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="44"/>
        <source>Demo database: users admin, clerk, analyst, manager; password %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="59"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="60"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="70"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="99"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="117"/>
        <source>You must choose a new password before you can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::MainWindow</name>
    <message>
        <location filename="../ui/clientviews.cpp" line="14"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtorviews.cpp" line="19"/>
        <source>Debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtorviews.cpp" line="27"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debtorviews.cpp" line="32"/>
        <source>Order approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/foundationviews.cpp" line="22"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/foundationviews.cpp" line="29"/>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/foundationviews.cpp" line="35"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/foundationviews.cpp" line="41"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/foundationviews.cpp" line="48"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>The database these books are kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>&amp;About FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>About FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&lt;h3&gt;FactorDesk %1&lt;/h3&gt;&lt;p&gt;Books, credit and collections for a small factoring house: schedules of invoices, purchases and reserves, debtor credit limits, and the factor&apos;s double-entry journal.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>%1 – FactorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>%1

Nothing was changed. If this keeps happening, ask the person who looks after the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Money</name>
    <message>
        <location filename="../models/money.cpp" line="17"/>
        <source>The amount is too large to be handled exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="265"/>
        <source>the amount is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="267"/>
        <source>write amounts with a dot and no thousands separators, like 1234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/money.cpp" line="269"/>
        <source>more than %n decimal(s)</source>
        <translation>
            <numerusform>more than %n decimal</numerusform>
            <numerusform>more than %n decimals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="271"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="273"/>
        <source>%1: &quot;%2&quot; is not a valid amount (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="350"/>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/money.cpp" line="408"/>
        <source>A share needs a positive denominator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/daycount.cpp" line="33"/>
        <source>Interest in %1 cannot be added to interest in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderApprovalModel</name>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="88"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="104"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="106"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="108"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="110"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="112"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="114"/>
        <source>Ship date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="118"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="120"/>
        <source>Approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="122"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="124"/>
        <source>Ship window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalmodel.cpp" line="126"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderApprovalService</name>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="34"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="39"/>
        <source>%1 line %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="244"/>
        <location filename="../models/orderapprovalservice.cpp" line="657"/>
        <source>request order approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="248"/>
        <source>amount: an order approval must be for more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="251"/>
        <source>ship date: the order needs a ship date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="255"/>
        <source>ship date: %1 is in the past; order approvals are asked before shipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="259"/>
        <source>order reference: at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="265"/>
        <location filename="../models/orderapprovalservice.cpp" line="484"/>
        <source>client: there is no client with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="269"/>
        <source>client: %1 is %2; only active clients ask for order approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="275"/>
        <source>debtor: %1 is insolvent; no order can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="280"/>
        <source>order reference: client %1 already asked for order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="306"/>
        <source>decide order approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="310"/>
        <source>Order approval request %1 was already decided (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="315"/>
        <source>%1 requested this order approval and may not decide it too: another analyst must decide (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="327"/>
        <source>amount: approving in part needs the lower amount approved (more than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="333"/>
        <source>amount: %1 is not lower than the %2 requested; approve the order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="340"/>
        <source>reason: say why the order is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="348"/>
        <source>days: an approval is valid for 1 to 365 days, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="353"/>
        <source>Debtor %1 is %2; the order can only be declined or held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="358"/>
        <source>days: the approval would expire on %1, before the ship date %2; give at least %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="373"/>
        <source>No free approval code was found; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="408"/>
        <source>There is no order approval request number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="481"/>
        <source>export order decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="490"/>
        <location filename="../models/orderapprovalservice.cpp" line="494"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="505"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="513"/>
        <source>the file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="519"/>
        <source>the file is empty; it needs a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="545"/>
        <source>the header has no column &quot;%1&quot; (it needs client, debtor, order_ref, amount, ship_date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="568"/>
        <source>%1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="580"/>
        <source>no client code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="586"/>
        <source>there is no client &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="589"/>
        <source>client %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="595"/>
        <source>no debtor code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="598"/>
        <source>debtor %1 is insolvent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="602"/>
        <source>there is no debtor &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="613"/>
        <source>no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="616"/>
        <source>&quot;%1&quot; is not an amount (write 1234.56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="618"/>
        <source>%1 is not more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="625"/>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="627"/>
        <source>%1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="629"/>
        <source>at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="634"/>
        <source>order %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/orderapprovalservice.cpp" line="637"/>
        <source>order %1 of client %2 was already asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/orderapprovalservice.cpp" line="664"/>
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
        <location filename="../ui/orderapprovalsview.cpp" line="29"/>
        <source>&amp;Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="30"/>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="31"/>
        <source>&amp;Export for client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="32"/>
        <source>&amp;Import requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="35"/>
        <source>&lt;h2&gt;Order approvals&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="39"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="50"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="52"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="91"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="124"/>
        <source>Write this client&apos;s decisions to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="125"/>
        <source>Choose a client first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="167"/>
        <location filename="../ui/orderapprovalsview.cpp" line="178"/>
        <source>Export order decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="168"/>
        <source>order-approvals-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="169"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="178"/>
        <source>Choose a client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="192"/>
        <source>Import order approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderapprovalsview.cpp" line="193"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderDecisionDialog</name>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="139"/>
        <source>Decide order approval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="142"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="143"/>
        <source>Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="146"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="147"/>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="149"/>
        <source>Ship date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="151"/>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="159"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="161"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="162"/>
        <source>&amp;Amount approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="163"/>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="164"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="167"/>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="198"/>
        <source>amount: approving in part needs the lower amount approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderImportDialog</name>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="222"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="223"/>
        <source>Import &amp;good lines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="226"/>
        <source>Import order approval requests from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="254"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="255"/>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="257"/>
        <source>%1: requests %2, all good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="258"/>
        <source>%1: lines %2, good %3, problems %4 (listed below). A file with problems is imported only if you choose to skip the bad lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::OrderRequestDialog</name>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="59"/>
        <source>Request an order approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="73"/>
        <source>debtor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="80"/>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="81"/>
        <source>&amp;Debtor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="82"/>
        <source>&amp;Order reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="83"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="84"/>
        <source>&amp;Ship date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="87"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="100"/>
        <source>debtor: there is no debtor with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orderdialogs.cpp" line="106"/>
        <source>amount: &quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::PasswordHasher</name>
    <message>
        <location filename="../models/passwordhasher.cpp" line="16"/>
        <source>The password library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/passwordhasher.cpp" line="33"/>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/passwordhasher.cpp" line="53"/>
        <source>password: use at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::PricingPage</name>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="549"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="551"/>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="552"/>
        <source>The purchase split of every line (advance, commission, reserve) and what the client is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="559"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="560"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="561"/>
        <source>Ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="562"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="563"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="564"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="565"/>
        <source>Charges deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="566"/>
        <source>Net payment to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="567"/>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="568"/>
        <source>Average due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="569"/>
        <source>Availability before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="570"/>
        <source>Availability after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="620"/>
        <source>Collection arrangement: no advance is paid now; the client is paid as its debtors pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizardpages.cpp" line="623"/>
        <source>Maturity arrangement: the payment falls due on the average due date of the invoices, weighted by amount: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purchasewizardpages.cpp" line="627"/>
        <source>Priced with %n override(s); availability after is shown before overrides.</source>
        <translation>
            <numerusform>Priced with %n override; availability after is shown before overrides.</numerusform>
            <numerusform>Priced with %n overrides; availability after is shown before overrides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorDesk::PurchaseAdvice</name>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="32"/>
        <source>FactorDesk Factoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="80"/>
        <location filename="../reports/purchaseadvice.cpp" line="212"/>
        <source>Purchase advice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="86"/>
        <source>Purchase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="87"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="88"/>
        <source>Schedule date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="89"/>
        <source>Funded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="91"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="95"/>
        <source>We have bought the invoices listed below under your factoring agreement (%1 arrangement, advance rate %2, commission %3). Amounts are in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="103"/>
        <source>Face value of the invoices bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="105"/>
        <source>Ineligible (no advance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="106"/>
        <location filename="../reports/purchaseadvice.cpp" line="153"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="107"/>
        <source>Advance (%1 of eligible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="110"/>
        <source>Less charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="111"/>
        <source>Net payment to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="113"/>
        <source>Commission (%1 of face value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="115"/>
        <source>Reserve held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="118"/>
        <source>Charges taken from the reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="121"/>
        <source>Average due date (weighted by amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="123"/>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="124"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="130"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="135"/>
        <source>We will pay %1 %2 to you on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="137"/>
        <source>We will pay %1 %2 to your account %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="140"/>
        <source>Under the collection arrangement no advance is paid now: we remit to you as your debtors pay, less our charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="143"/>
        <source>No payment is due to you from this schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="145"/>
        <source>The reserve is released to you as your debtors pay, less fees, interest and any chargebacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="150"/>
        <source>Invoices bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="152"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="152"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="152"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="152"/>
        <source>Inv. date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="152"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="153"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="153"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="153"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="153"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/purchaseadvice.cpp" line="172"/>
        <source>Total (%n invoice(s))</source>
        <translation>
            <numerusform>Total (%n invoice)</numerusform>
            <numerusform>Total (%n invoices)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="189"/>
        <source>Line %1, invoice %2: accepted in full by decision: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="192"/>
        <source>Line %1, invoice %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="198"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="203"/>
        <source>Yours faithfully,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="222"/>
        <source>Cannot write the PDF file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/purchaseadvice.cpp" line="255"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::PurchaseWizard</name>
    <message>
        <location filename="../ui/purchasewizard.cpp" line="41"/>
        <source>New purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizard.cpp" line="134"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizard.cpp" line="134"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purchasewizard.cpp" line="146"/>
        <source>Checking %n line(s)…</source>
        <translation>
            <numerusform>Checking %n line…</numerusform>
            <numerusform>Checking %n lines…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/purchasewizard.cpp" line="172"/>
        <source>The file %1 has no invoice lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizard.cpp" line="219"/>
        <source>Debtor %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizard.cpp" line="223"/>
        <source>New debtor in a schedule of client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizard.cpp" line="225"/>
        <source>A credit limit of %1 was requested; until an analyst decides it, its invoices are not eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/purchasewizard.cpp" line="229"/>
        <source>It has no credit limit yet: until an analyst decides one, its invoices are not eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/purchasewizard.cpp" line="238"/>
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
        <location filename="../models/money.cpp" line="219"/>
        <source>%1: &quot;%2&quot; is not a percentage (write it like 93 or 1.5%, at most four decimals).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ReportStyle</name>
    <message>
        <location filename="../reports/reportstyle.cpp" line="141"/>
        <source>Our reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Schedule</name>
    <message>
        <location filename="../models/schedule.cpp" line="35"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedule.cpp" line="37"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedule.cpp" line="39"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedule.cpp" line="41"/>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedule.cpp" line="43"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedule.cpp" line="57"/>
        <source>status: &quot;%1&quot; is not one of draft, submitted, approved, funded, rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleDialog</name>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="70"/>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="71"/>
        <source>Re&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="72"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="73"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="74"/>
        <source>&amp;Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="75"/>
        <source>&amp;Print advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="76"/>
        <source>Advice as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="77"/>
        <source>Print &amp;notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="78"/>
        <source>Notices as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="129"/>
        <source>Fund schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="130"/>
        <source>Fund schedule %1 now? This posts the purchase to the journal and records the payment to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="151"/>
        <source>Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="157"/>
        <source>&lt;h3&gt;Schedule %1 — %2&lt;/h3&gt;&lt;p&gt;Client &lt;b&gt;%3&lt;/b&gt; · dated %4 · status &lt;b&gt;%5&lt;/b&gt; · %6 arrangement, advance %7, commission %8&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="167"/>
        <source>&lt;p&gt;Rejected by %1: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="170"/>
        <source>&lt;p&gt;Funded on %1 by %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/scheduledialog.cpp" line="175"/>
        <source>&lt;b&gt;%n invoice(s)&lt;/b&gt; · face %1 · eligible %2 · ineligible %3 · advance %4 · commission %5 · reserve %6 · charges %7 · &lt;b&gt;net payment %8&lt;/b&gt; on %9</source>
        <translation>
            <numerusform>&lt;b&gt;%n invoice&lt;/b&gt; · face %1 · eligible %2 · ineligible %3 · advance %4 · commission %5 · reserve %6 · charges %7 · &lt;b&gt;net payment %8&lt;/b&gt; on %9</numerusform>
            <numerusform>&lt;b&gt;%n invoices&lt;/b&gt; · face %1 · eligible %2 · ineligible %3 · advance %4 · commission %5 · reserve %6 · charges %7 · &lt;b&gt;net payment %8&lt;/b&gt; on %9</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="218"/>
        <location filename="../ui/scheduledialog.cpp" line="225"/>
        <location filename="../ui/scheduledialog.cpp" line="232"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="218"/>
        <source>Select the line to override first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="226"/>
        <source>Invoice %1 cannot be overridden: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="233"/>
        <source>Why should invoice %1 be bought in full? (kept with the line; applied when you approve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="276"/>
        <source>Reject schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="276"/>
        <source>Why is schedule %1 rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="310"/>
        <source>Save purchase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="312"/>
        <location filename="../ui/scheduledialog.cpp" line="326"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="325"/>
        <source>Save notices of assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleImport</name>
    <message>
        <location filename="../models/scheduleimport.cpp" line="72"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="73"/>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="96"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="104"/>
        <source>%1, line %2: the columns &quot;%3&quot; and &quot;%4&quot; both mean %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="121"/>
        <source>%1, line %2: the header has no column %3 (found: %4). A schedule file starts with a header line naming invoice_no, debtor, invoice_date, due_date or terms_days, and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="180"/>
        <source>the invoice number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="182"/>
        <source>the invoice number is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="186"/>
        <source>the debtor code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="190"/>
        <source>unknown debtor &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="202"/>
        <source>the invoice date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="204"/>
        <location filename="../models/scheduleimport.cpp" line="211"/>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="217"/>
        <source>&quot;%1&quot; is not a number of days between 0 and 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="221"/>
        <source>the due date (or the terms in days) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="224"/>
        <source>the due date %1 is before the invoice date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="235"/>
        <source>the amount is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/scheduleimport.cpp" line="245"/>
        <source>&quot;%1&quot; has more than %n decimal(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; has more than %n decimal.</numerusform>
            <numerusform>&quot;%1&quot; has more than %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="248"/>
        <source>&quot;%1&quot; is not a number (write 1234.56, no thousands separators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="252"/>
        <source>the amount %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="254"/>
        <source>the amount is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="264"/>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="266"/>
        <source>the invoice is in %1 but the client&apos;s currency is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleimport.cpp" line="270"/>
        <source>the approval code is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleLineModel</name>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="86"/>
        <location filename="../models/schedulelinemodel.cpp" line="202"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="137"/>
        <source>To override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="139"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="190"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="192"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="194"/>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="196"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="198"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="200"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="204"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="206"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="208"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="210"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/schedulelinemodel.cpp" line="212"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleService</name>
    <message>
        <location filename="../models/scheduleservice.cpp" line="247"/>
        <source>There is no schedule with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="313"/>
        <source>There is no schedule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="411"/>
        <source>Client %1 is %2; only active clients sell invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="417"/>
        <source>Client %1 has no agreement in force on %2; set its terms first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="429"/>
        <location filename="../models/scheduleservice.cpp" line="461"/>
        <source>enter a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="470"/>
        <location filename="../models/scheduleservice.cpp" line="482"/>
        <source>import a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="484"/>
        <source>Schedules are entered by a signed-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="489"/>
        <source>the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/scheduleservice.cpp" line="495"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/scheduleservice.cpp" line="498"/>
        <source>%1: %n line(s) have errors; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n line have errors; nothing was imported.</numerusform>
            <numerusform>%1: %n lines have errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="505"/>
        <source>%1 has no invoice lines to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="521"/>
        <source>number: a schedule number has at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="525"/>
        <source>number: schedule %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="662"/>
        <source>check a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="667"/>
        <source>Schedule %1 is %2; only draft and submitted schedules are checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="684"/>
        <source>approve a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="689"/>
        <source>Schedule %1 is %2; only draft and submitted schedules can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="705"/>
        <source>reason: the override of invoice %1 needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="708"/>
        <source>Invoice %1 is overridden twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="719"/>
        <source>Invoice %1 (line %2) is a duplicate invoice number; an invoice is bought only once and no override can change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="726"/>
        <source>Invoice %1 (line %2) is eligible in full; there is nothing to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="743"/>
        <source>override: schedule %1 has no invoice %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="752"/>
        <source>Schedule %1 has no invoice that can be bought; reject it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="774"/>
        <source>reject a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="777"/>
        <source>reason: rejecting a schedule needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="782"/>
        <source>Schedule %1 is %2 and cannot be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="803"/>
        <source>fund a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="809"/>
        <source>Schedule %1 is %2; only an approved schedule can be funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="813"/>
        <source>date: the funding date %1 is before the schedule date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="818"/>
        <source>Schedule %1 has no invoice to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="822"/>
        <source>Line %1 of schedule %2 does not split exactly; check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="842"/>
        <source>Purchase of schedule %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="869"/>
        <source>Payment to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="870"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="871"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="873"/>
        <source>Reserve and payment due at maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="874"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduleservice.cpp" line="947"/>
        <source>Schedule %1 changed while it was being funded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::ScheduleTableModel</name>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="80"/>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="124"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="126"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="128"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="130"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="132"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="134"/>
        <source>Face value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="136"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="138"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="140"/>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scheduletablemodel.cpp" line="142"/>
        <source>Net payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::SchedulesView</name>
    <message>
        <location filename="../ui/schedulesview.cpp" line="28"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulesview.cpp" line="29"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulesview.cpp" line="37"/>
        <source>&lt;h2&gt;Schedules&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulesview.cpp" line="39"/>
        <source>&amp;New purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulesview.cpp" line="42"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulesview.cpp" line="51"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulesview.cpp" line="56"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulesview.cpp" line="61"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulesview.cpp" line="108"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/schedulesview.cpp" line="137"/>
        <source>%n schedule(s).</source>
        <translation>
            <numerusform>%n schedule.</numerusform>
            <numerusform>%n schedules.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/scheduleviews.cpp" line="18"/>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scheduleviews.cpp" line="25"/>
        <source>New &amp;purchase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Session</name>
    <message>
        <location filename="../models/session.cpp" line="26"/>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="28"/>
        <source>Credit analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="30"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="32"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="57"/>
        <source>role: &quot;%1&quot; is not a role (use clerk, analyst, manager or admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="92"/>
        <source>%1 may not %2: this needs the role %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="93"/>
        <source>This user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/session.cpp" line="94"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::SettingsView</name>
    <message>
        <location filename="../ui/settingsview.cpp" line="28"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="31"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="32"/>
        <source>The factor, as printed on advices and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="36"/>
        <source>IBAN or account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="37"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="38"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="39"/>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="40"/>
        <source>Bank a&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="41"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="42"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="43"/>
        <source>Book currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsview.cpp" line="93"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::SqlQuery</name>
    <message>
        <location filename="../models/sqlquery.cpp" line="61"/>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::Transaction</name>
    <message>
        <location filename="../models/transaction.cpp" line="54"/>
        <source>Part of the change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::TrialBalanceModel</name>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="58"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="60"/>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="62"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="64"/>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="66"/>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="113"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="115"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="117"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="119"/>
        <source>Debit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/trialbalancemodel.cpp" line="121"/>
        <source>Credit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::TrialBalanceView</name>
    <message>
        <location filename="../ui/trialbalanceview.cpp" line="28"/>
        <source>&lt;h2&gt;Trial balance&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trialbalanceview.cpp" line="31"/>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trialbalanceview.cpp" line="36"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trialbalanceview.cpp" line="92"/>
        <source>&lt;b&gt;Total debits %1 %3 = total credits %2 %3&lt;/b&gt; as of %4: the books balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trialbalanceview.cpp" line="98"/>
        <source>&lt;b&gt;Total debits %1 %3 ≠ total credits %2 %3&lt;/b&gt;: the books are out of balance by %4 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::UserDialog</name>
    <message>
        <location filename="../ui/userdialog.cpp" line="29"/>
        <location filename="../ui/userdialog.cpp" line="30"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="33"/>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="34"/>
        <source>Set roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="37"/>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="38"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="48"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="49"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="56"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="60"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="79"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="79"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="80"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="83"/>
        <source>The user must choose a new password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="145"/>
        <source>User name: type the name the user signs in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="149"/>
        <source>Roles: give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/userdialog.cpp" line="153"/>
        <source>Password: the two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::UserService</name>
    <message>
        <location filename="../models/userservice.cpp" line="52"/>
        <source>user name: &quot;%1&quot; is not allowed (use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="66"/>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="80"/>
        <source>The user %1 is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="96"/>
        <source>This database already has users; the first administrator is set up only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="122"/>
        <source>add users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="125"/>
        <location filename="../models/userservice.cpp" line="214"/>
        <source>roles: give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="132"/>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="155"/>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="182"/>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="199"/>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="212"/>
        <source>change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="221"/>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="236"/>
        <source>edit users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="251"/>
        <source>reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="274"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="286"/>
        <source>enable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="286"/>
        <source>disable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="290"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/userservice.cpp" line="294"/>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::UserTableModel</name>
    <message>
        <location filename="../models/usertablemodel.cpp" line="56"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="57"/>
        <source>Active, must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="57"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="73"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="75"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="77"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="81"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorDesk::UsersView</name>
    <message>
        <location filename="../ui/usersview.cpp" line="23"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="24"/>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="25"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="26"/>
        <location filename="../ui/usersview.cpp" line="120"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="29"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="36"/>
        <source>Add a user with roles and a first password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="37"/>
        <source>Change the roles of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="38"/>
        <source>Give the selected user a new password, to be changed at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="40"/>
        <source>A disabled user cannot sign in; the user&apos;s records stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/usersview.cpp" line="120"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
