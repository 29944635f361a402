<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminFields</name>
    <message>
        <location filename="../desktop/ui/login.py" line="175"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="176"/>
        <source>Password (%1 characters or more)</source>
        <translation>Password (%1 characters or more)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="178"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="188"/>
        <source>The administrator needs a name.</source>
        <translation>The administrator needs a name.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="190"/>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="193"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../desktop/ui/controller.py" line="109"/>
        <location filename="../desktop/ui/controller.py" line="266"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/controller.py" line="126"/>
        <source>This database was made by an older version of Xã Số and is not encrypted. Choose the administrator&apos;s name and password: the database and its old copies are then encrypted.</source>
        <translation>This database was made by an older version of Xã Số and is not encrypted. Choose the administrator&apos;s name and password: the database and its old copies are then encrypted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/controller.py" line="131"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/controller.py" line="177"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../desktop/ui/safety.py" line="43"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../desktop/ui/busy.py" line="22"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/busy.py" line="24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="65"/>
        <source>Your commune</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="66"/>
        <source>Choose the province, then type part of the commune&apos;s name.</source>
        <translation>Choose the province, then type part of the commune&apos;s name.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="73"/>
        <source>Type to filter, e.g. cuong gian</source>
        <translation>Type to filter, e.g. cuong gian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="76"/>
        <source>Not found. Check the province, or type fewer letters (no diacritics needed).</source>
        <translation>Not found. Check the province, or type fewer letters (no diacritics needed).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="84"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="85"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="88"/>
        <source>Name of this computer</source>
        <translation>Name of this computer</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="109"/>
        <source>When two computers changed the same field, the later change is kept everywhere. These are the values that lost. Select one and press «Keep this value» to put it back: that is a normal change, sent in the next bundle.</source>
        <translation>When two computers changed the same field, the later change is kept everywhere. These are the values that lost. Select one and press «Keep this value» to put it back: that is a normal change, sent in the next bundle.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>Value kept</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="116"/>
        <source>Value that lost</source>
        <translation>Value that lost</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="116"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="119"/>
        <location filename="../desktop/ui/review_pages.py" line="185"/>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="68"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="147"/>
        <source>kept (this value)</source>
        <translation>kept (this value)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="163"/>
        <source>%1 values to review.</source>
        <translation>%1 values to review.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="165"/>
        <source>No conflicts: every merge agreed.</source>
        <translation>No conflicts: every merge agreed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="187"/>
        <source>Kept «%1» for %2. It goes out with the next bundle.</source>
        <translation>Kept «%1» for %2. It goes out with the next bundle.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="75"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="110"/>
        <location filename="../desktop/ui/dashboard_page.py" line="423"/>
        <source>By hamlet: share of residents (%)</source>
        <translation>By hamlet: share of residents (%)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="118"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="118"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="118"/>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="118"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="124"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="124"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="124"/>
        <source>Visits this month</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="125"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="126"/>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="134"/>
        <source>Follow-ups due this week</source>
        <translation>Follow-ups due this week</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="46"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="170"/>
        <source>Services at digital transformation days</source>
        <translation>Services at digital transformation days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="202"/>
        <source>No bundle exported yet</source>
        <translation>No bundle exported yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="203"/>
        <source>Last bundle: %1 days ago</source>
        <translation>Last bundle: %1 days ago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="364"/>
        <source>No target set</source>
        <translation>No target set</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="367"/>
        <source>Target %1 · reached %2 %</source>
        <translation>Target %1 · reached %2 %</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="125"/>
        <location filename="../desktop/ui/dashboard_page.py" line="438"/>
        <source>e-ID level 2</source>
        <translation>e-ID level 2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="62"/>
        <location filename="../desktop/ui/dashboard_page.py" line="242"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="125"/>
        <location filename="../desktop/ui/dashboard_page.py" line="439"/>
        <source>Health record linked</source>
        <translation>Health record linked</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="262"/>
        <source>Cancelled: choose a month to compute again.</source>
        <translation>Cancelled: choose a month to compute again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="331"/>
        <source>Year to date, to the end of %1</source>
        <translation>Year to date, to the end of %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="333"/>
        <location filename="../desktop/ui/dashboard_page.py" line="341"/>
        <source>in %1: %2</source>
        <translation>in %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="337"/>
        <source>As recorded now</source>
        <translation>As recorded now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="338"/>
        <source>At the end of %1</source>
        <translation>At the end of %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="381"/>
        <source>Across %1 communes</source>
        <translation>Across %1 communes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="402"/>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="386"/>
        <source>By commune: share of residents (%)</source>
        <translation>By commune: share of residents (%)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="428"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="466"/>
        <source>Follow-ups due this week: %1</source>
        <translation>Follow-ups due this week: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="202"/>
        <source>Two records that may be one person: the same CCCD (two computers entered the same person, or a number was mistyped), or names alike with the same birth year in the same hamlet. Choose the record to keep and which value of each field it takes, then merge; or say they are two different people.</source>
        <translation>Two records that may be one person: the same CCCD (two computers entered the same person, or a number was mistyped), or names alike with the same birth year in the same hamlet. Choose the record to keep and which value of each field it takes, then merge; or say they are two different people.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="208"/>
        <location filename="../desktop/ui/review_pages.py" line="335"/>
        <source>Resident A</source>
        <translation>Resident A</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="208"/>
        <location filename="../desktop/ui/review_pages.py" line="336"/>
        <source>Resident B</source>
        <translation>Resident B</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="208"/>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="209"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="251"/>
        <source>Merge into one person</source>
        <translation>Merge into one person</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="254"/>
        <source>Two different people</source>
        <translation>Two different people</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="258"/>
        <source>Keep the record of</source>
        <translation>Keep the record of</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="70"/>
        <location filename="../desktop/ui/review_pages.py" line="387"/>
        <location filename="../desktop/ui/review_pages.py" line="401"/>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="299"/>
        <source>Same CCCD</source>
        <translation>Same CCCD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="300"/>
        <source>Names alike</source>
        <translation>Names alike</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="314"/>
        <source>No duplicates to decide.</source>
        <translation>No duplicates to decide.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="312"/>
        <source>%1 pairs to decide.</source>
        <translation>%1 pairs to decide.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="333"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="334"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="520"/>
        <source>Save this hub&apos;s key</source>
        <translation>Save this hub&apos;s key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="523"/>
        <source>Each commune gets its own key file: it enrolls that commune&apos;s computers, so their bundles are accepted without approval.</source>
        <translation>Each commune gets its own key file: it enrolls that commune&apos;s computers, so their bundles are accepted without approval.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="529"/>
        <source>Type the commune&apos;s name, e.g. dinh cuong</source>
        <translation>Type the commune&apos;s name, e.g. dinh cuong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="537"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="538"/>
        <source>Plain key (bundles wait for approval)</source>
        <translation>Plain key (bundles wait for approval)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="542"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="544"/>
        <source>Enrolls for</source>
        <translation>Enrolls for</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="546"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="549"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="269"/>
        <source>Almost done</source>
        <translation>Almost done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="270"/>
        <source>Fill this database with demo data for training (made-up households and visits)</source>
        <translation>Fill this database with demo data for training (made-up households and visits)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="273"/>
        <source>Choose the hub&apos;s key file…</source>
        <translation>Choose the hub&apos;s key file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="275"/>
        <source>The hub&apos;s key can also be imported later, on the Sync page.</source>
        <translation>The hub&apos;s key can also be imported later, on the Sync page.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="284"/>
        <source>The administrator of this database: each person who uses it gets a name and password later; this one manages them.</source>
        <translation>The administrator of this database: each person who uses it gets a name and password later; this one manages them.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="304"/>
        <source>The hub&apos;s key</source>
        <translation>The hub&apos;s key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="305"/>
        <source>Hub key (*.json *.key);;All files (*)</source>
        <translation>Hub key (*.json *.key);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="312"/>
        <source>Hub key: %1</source>
        <translation>Hub key: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../desktop/ui/households_page.py" line="28"/>
        <source>Choose a household to see its residents.</source>
        <translation>Choose a household to see its residents.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="29"/>
        <source>Add resident</source>
        <translation>Add resident</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="55"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="56"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="49"/>
        <source>Households &amp; residents</source>
        <translation>Households &amp; residents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="83"/>
        <source>Residents of the household of %1</source>
        <translation>Residents of the household of %1</translation>
    </message>
</context>
<context>
    <name>HubKeyCheck</name>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="39"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="41"/>
        <source>Does not match</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="76"/>
        <source>Hub key of %1. Call the province (or district) IT and have them read out their code: does it match this one?</source>
        <translation>Hub key of %1. Call the province (or district) IT and have them read out their code: does it match this one?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="80"/>
        <source>Nothing is trusted until you answer.</source>
        <translation>Nothing is trusted until you answer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="88"/>
        <source>Matches: this hub&apos;s key is used when the set-up ends.</source>
        <translation>Matches: this hub&apos;s key is used when the set-up ends.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/hub_key.py" line="90"/>
        <source>Does not match: the key is not used. Tell the province IT now; the right key can be imported later on the Sync page.</source>
        <translation>Does not match: the key is not used. Tell the province IT now; the right key can be imported later on the Sync page.</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="137"/>
        <source>Your hub</source>
        <translation>Your hub</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="142"/>
        <source>(several provinces)</source>
        <translation>(several provinces)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="147"/>
        <source>Hub name</source>
        <translation>Hub name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="148"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="149"/>
        <source>Name of this computer</source>
        <translation>Name of this computer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="70"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="71"/>
        <location filename="../desktop/ui/import_dialog.py" line="162"/>
        <location filename="../desktop/ui/import_dialog.py" line="164"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="89"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="89"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="90"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="90"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="96"/>
        <source>Rows refused or left out</source>
        <translation>Rows refused or left out</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="97"/>
        <location filename="../desktop/ui/import_dialog.py" line="295"/>
        <location filename="../desktop/ui/import_dialog.py" line="312"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="102"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="108"/>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="116"/>
        <source>First rows, under the file&apos;s columns and the field each fills</source>
        <translation>First rows, under the file&apos;s columns and the field each fills</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="138"/>
        <source>A new session, from the sheet&apos;s title rows</source>
        <translation>A new session, from the sheet&apos;s title rows</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="187"/>
        <source>The sheet&apos;s title rows name no training session. Choose the session it belongs to above.</source>
        <translation>The sheet&apos;s title rows name no training session. Choose the session it belongs to above.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="189"/>
        <source>Choose the session…</source>
        <translation>Choose the session…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="199"/>
        <source>A new session: %1, %2</source>
        <translation>A new session: %1, %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="201"/>
        <source>A new session is made from the sheet&apos;s title rows: %1, %2.</source>
        <translation>A new session is made from the sheet&apos;s title rows: %1, %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="206"/>
        <source>(the sheet names no session)</source>
        <translation>(the sheet names no session)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="207"/>
        <source>The sheet&apos;s title rows name no session: it goes into the session selected, %1, %2. Choose another above if it belongs elsewhere.</source>
        <translation>The sheet&apos;s title rows name no session: it goes into the session selected, %1, %2. Choose another above if it belongs elsewhere.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="210"/>
        <source>Into the session %1, %2.</source>
        <translation>Into the session %1, %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="215"/>
        <source>%1 rows read; %2 would be added; %3 already recorded.</source>
        <translation>%1 rows read; %2 would be added; %3 already recorded.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="219"/>
        <source>New hamlets: %1</source>
        <translation>New hamlets: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="221"/>
        <source>New bridge points: %1</source>
        <translation>New bridge points: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="226"/>
        <source>Bridge points matched to recorded ones: %1</source>
        <translation>Bridge points matched to recorded ones: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="228"/>
        <source>%1 rows may be people already recorded: they are added as new people, check them below.</source>
        <translation>%1 rows may be people already recorded: they are added as new people, check them below.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="232"/>
        <source>%1 rows are refused. Nothing will be imported until they are corrected in the file.</source>
        <translation>%1 rows are refused. Nothing will be imported until they are corrected in the file.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="241"/>
        <source>The sheet is dated %1 but the session is on %2. Check that this is the right session before importing.</source>
        <translation>The sheet is dated %1 but the session is on %2. Check that this is the right session before importing.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="252"/>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="270"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="270"/>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="271"/>
        <source>Added, may be a duplicate</source>
        <translation>Added, may be a duplicate</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="274"/>
        <source>%1 may be %2, already recorded.</source>
        <translation>%1 may be %2, already recorded.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="282"/>
        <source>Rows refused or left out: %1</source>
        <translation>Rows refused or left out: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="296"/>
        <source>Import into this session anyway?</source>
        <translation>Import into this session anyway?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="301"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="312"/>
        <source>%1 records imported.</source>
        <translation>%1 records imported.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../desktop/ui/login.py" line="249"/>
        <source>Write down this recovery key and keep it in the commune&apos;s safe. It is shown only now. It resets a forgotten password and opens this database&apos;s backups:</source>
        <translation>Write down this recovery key and keep it in the commune&apos;s safe. It is shown only now. It resets a forgotten password and opens this database&apos;s backups:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/login.py" line="48"/>
        <source>Locked: log in to go on</source>
        <translation>Locked: log in to go on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="49"/>
        <source>Log in to Xã Số</source>
        <translation>Log in to Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="60"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="61"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="63"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="65"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="70"/>
        <source>Each person logs in with their own name: every save is recorded under it.</source>
        <translation>Each person logs in with their own name: every save is recorded under it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="96"/>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="31"/>
        <location filename="../desktop/ui/main_window.py" line="288"/>
        <source>Xã Số</source>
        <translation>Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="147"/>
        <source>New database…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="149"/>
        <source>Open database…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="151"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="152"/>
        <source>Back up…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="154"/>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="156"/>
        <source>Switch user (lock)</source>
        <translation>Switch user (lock)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="158"/>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="159"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="160"/>
        <location filename="../desktop/ui/main_window.py" line="269"/>
        <source>Undo last save or delete</source>
        <translation>Undo last save or delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="162"/>
        <source>Smaller text (A-)</source>
        <translation>Smaller text (A-)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="164"/>
        <source>Normal text (A)</source>
        <translation>Normal text (A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="166"/>
        <source>Larger text (A+)</source>
        <translation>Larger text (A+)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="168"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="87"/>
        <location filename="../desktop/ui/main_window.py" line="172"/>
        <source>About Xã Số</source>
        <translation>About Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="176"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="188"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="190"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="194"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="200"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="272"/>
        <source>Undo: new %1</source>
        <translation>Undo: new %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="272"/>
        <source>Undo: change to %1</source>
        <translation>Undo: change to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="273"/>
        <source>Undo: deletion of %1</source>
        <translation>Undo: deletion of %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="273"/>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="280"/>
        <source>Not set up</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="281"/>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="283"/>
        <source>Last bundle: %1</source>
        <translation>Last bundle: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="309"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="312"/>
        <source>Undone: new %1</source>
        <translation>Undone: new %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="312"/>
        <source>Undone: change to %1</source>
        <translation>Undone: change to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="313"/>
        <source>Undone: deletion of %1</source>
        <translation>Undone: deletion of %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="313"/>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="340"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="342"/>
        <source>Xã Số database (*.db *.sqlite)</source>
        <translation>Xã Số database (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="348"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="350"/>
        <source>Xã Số database (*.db)</source>
        <translation>Xã Số database (*.db)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="13"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="14"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="15"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="16"/>
        <source>Don&apos;t save</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="17"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/login.py" line="212"/>
        <source>Protect this database</source>
        <translation>Protect this database</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../desktop/ui/record_table.py" line="38"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="60"/>
        <source>Digital transformation days</source>
        <translation>Digital transformation days</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/record_form.py" line="47"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="47"/>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="59"/>
        <source>Name of the day</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="71"/>
        <source>Save and next (Enter)</source>
        <translation>Save and next (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="72"/>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="76"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="117"/>
        <source>Correction: allow moving a stage back (recorded as a correction)</source>
        <translation>Correction: allow moving a stage back (recorded as a correction)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="123"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="123"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="124"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="124"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="129"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="139"/>
        <source>Team leader of this hamlet now: %1</source>
        <translation>Team leader of this hamlet now: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="142"/>
        <source>This hamlet has no team leader yet.</source>
        <translation>This hamlet has no team leader yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="148"/>
        <source>Export this person&apos;s data…</source>
        <translation>Export this person&apos;s data…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="150"/>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="160"/>
        <source>Person&apos;s requests</source>
        <translation>Person&apos;s requests</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="164"/>
        <location filename="../desktop/ui/record_form.py" line="178"/>
        <location filename="../desktop/ui/record_form.py" line="180"/>
        <source>Export this person&apos;s data</source>
        <translation>Export this person&apos;s data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="166"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="181"/>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="188"/>
        <location filename="../desktop/ui/record_form.py" line="198"/>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="189"/>
        <source>Erase this person&apos;s name, CCCD, phone, date of birth and notes, here and, through the next bundle, on the hub and the other laptops? Only the counts of past reports are kept. This cannot be undone.</source>
        <translation>Erase this person&apos;s name, CCCD, phone, date of birth and notes, here and, through the next bundle, on the hub and the other laptops? Only the counts of past reports are kept. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="236"/>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="237"/>
        <source>during a visit</source>
        <translation>during a visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="304"/>
        <source>May be the same person as: %1. Press Save again to save a different person.</source>
        <translation>May be the same person as: %1. Press Save again to save a different person.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="329"/>
        <source>Please correct the marked fields.</source>
        <translation>Please correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="340"/>
        <source>Saved. Enter the next one.</source>
        <translation>Saved. Enter the next one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="351"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="352"/>
        <source>Save the changes before closing?</source>
        <translation>Save the changes before closing?</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../desktop/ui/record_table.py" line="78"/>
        <source>Search: name, CCCD or phone (Ctrl+F)</source>
        <translation>Search: name, CCCD or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="80"/>
        <source>Search by name (Ctrl+F)</source>
        <translation>Search by name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="91"/>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="93"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="94"/>
        <location filename="../desktop/ui/record_table.py" line="448"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="95"/>
        <source>Import from Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="99"/>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="101"/>
        <source>Save the records the filters show as an Excel file</source>
        <translation>Save the records the filters show as an Excel file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="218"/>
        <source>All hamlets</source>
        <translation>All hamlets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="198"/>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="192"/>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="207"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="219"/>
        <source>All team members</source>
        <translation>All team members</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="225"/>
        <source>Choose a commune first</source>
        <translation>Choose a commune first</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="278"/>
        <location filename="../desktop/ui/record_table.py" line="303"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="284"/>
        <source>more than %1 records</source>
        <translation>more than %1 records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="286"/>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="291"/>
        <location filename="../desktop/ui/record_table.py" line="300"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="449"/>
        <source>Delete %1 «%2»? You can undo with Ctrl+Z.</source>
        <translation>Delete %1 «%2»? You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="466"/>
        <location filename="../desktop/ui/record_table.py" line="495"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="468"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="482"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="489"/>
        <source>%1 records exported to %2</source>
        <translation>%1 records exported to %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="499"/>
        <source>Import from Excel/CSV</source>
        <translation>Import from Excel/CSV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_table.py" line="500"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../desktop/ui/table_model.py" line="201"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_model.py" line="203"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_model.py" line="205"/>
        <source>Name of the day</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_model.py" line="229"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="63"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="64"/>
        <source>Show report</source>
        <translation>Show report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="66"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="67"/>
        <source>Save Word copy…</source>
        <translation>Save Word copy…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="69"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="70"/>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="79"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="81"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="103"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="105"/>
        <source>Officer&apos;s sections</source>
        <translation>Officer&apos;s sections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="106"/>
        <source>Report settings</source>
        <translation>Report settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="137"/>
        <source>Written for the chosen month and printed as sections II–IV of the report; an empty section is left out.</source>
        <translation>Written for the chosen month and printed as sections II–IV of the report; an empty section is left out.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="140"/>
        <source>Save sections</source>
        <translation>Save sections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="143"/>
        <source>Load from file…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="176"/>
        <source>Calendar month</source>
        <translation>Calendar month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="177"/>
        <source>15th of the month before to the 14th (Decree 09/2019)</source>
        <translation>15th of the month before to the 14th (Decree 09/2019)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="188"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="64"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="205"/>
        <source>All communes (roll-up)</source>
        <translation>All communes (roll-up)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="213"/>
        <source>A hub&apos;s report rolls up every commune it has merged. Choose the month and the language, then Show report.</source>
        <translation>A hub&apos;s report rolls up every commune it has merged. Choose the month and the language, then Show report.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="216"/>
        <source>Choose the month and the language, then Show report.</source>
        <translation>Choose the month and the language, then Show report.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="276"/>
        <source>Sections saved for %1.</source>
        <translation>Sections saved for %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="284"/>
        <source>Load sections</source>
        <translation>Load sections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="285"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="328"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="344"/>
        <location filename="../desktop/ui/reports_page.py" line="347"/>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="364"/>
        <source>%1 pages. Save or print it when it looks right.</source>
        <translation>%1 pages. Save or print it when it looks right.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="378"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="380"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="383"/>
        <location filename="../desktop/ui/reports_page.py" line="400"/>
        <location filename="../desktop/ui/reports_page.py" line="437"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="390"/>
        <source>Save Word copy</source>
        <translation>Save Word copy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="391"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="397"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="428"/>
        <location filename="../desktop/ui/reports_page.py" line="436"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="430"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="434"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../desktop/ui/safety.py" line="64"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="65"/>
        <source>Restore %1?

Every record now in this database is replaced by the backup&apos;s. The current database is kept beside it as an encrypted backup, so this can be undone.</source>
        <translation>Restore %1?

Every record now in this database is replaced by the backup&apos;s. The current database is kept beside it as an encrypted backup, so this can be undone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="79"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="80"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="81"/>
        <source>or the recovery key</source>
        <translation>or the recovery key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="83"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="85"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="34"/>
        <source>Welcome to Xã Số</source>
        <translation>Welcome to Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="35"/>
        <source>Who will use this computer?</source>
        <translation>Who will use this computer?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="36"/>
        <source>A commune, ward or special zone: record households, visits and trainings</source>
        <translation>A commune, ward or special zone: record households, visits and trainings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="39"/>
        <source>A hub (province or district IT): merge communes&apos; bundles</source>
        <translation>A hub (province or district IT): merge communes&apos; bundles</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../desktop/ui/safety.py" line="110"/>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="131"/>
        <source>The last backup was %1 days ago. A backup on a USB stick keeps the commune&apos;s work if this computer fails.</source>
        <translation>The last backup was %1 days ago. A backup on a USB stick keeps the commune&apos;s work if this computer fails.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="144"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="145"/>
        <source>Xã Số backup (*.bak)</source>
        <translation>Xã Số backup (*.bak)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="154"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="161"/>
        <source>Backup saved: %1 (%2 MB), encrypted.</source>
        <translation>Backup saved: %1 (%2 MB), encrypted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="167"/>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="175"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="177"/>
        <source>Xã Số backup (*.bak);;All files (*)</source>
        <translation>Xã Số backup (*.bak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="193"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="208"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="218"/>
        <source>Restored from %1. The database as it was is kept as %2.</source>
        <translation>Restored from %1. The database as it was is kept as %2.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="38"/>
        <source>High contrast (yellow on black)</source>
        <translation>High contrast (yellow on black)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="42"/>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="44"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="45"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="50"/>
        <source> min (0: never)</source>
        <translation> min (0: never)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="53"/>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="56"/>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="57"/>
        <source>New database…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="58"/>
        <source>Add demo data for training…</source>
        <translation>Add demo data for training…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="61"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="72"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="88"/>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="132"/>
        <location filename="../desktop/ui/settings_page.py" line="157"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="133"/>
        <source>Add made-up households, residents and visits for training? Use a separate database for real work.</source>
        <translation>Add made-up households, residents and visits for training? Use a separate database for real work.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="146"/>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="358"/>
        <source>Set up Xã Số</source>
        <translation>Set up Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="370"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="371"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="372"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="373"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="399"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="425"/>
        <source>Hub key</source>
        <translation>Hub key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="447"/>
        <source>Hamlets and team</source>
        <translation>Hamlets and team</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="448"/>
        <source>These lines were not saved; add them on the Hamlets, team &amp; targets page:</source>
        <translation>These lines were not saved; add them on the Hamlets, team &amp; targets page:</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../desktop/ui/stages_page.py" line="23"/>
        <source>Stages change during visits: open Outreach visits to record one. Double-click a resident to correct a stage.</source>
        <translation>Stages change during visits: open Outreach visits to record one. Double-click a resident to correct a stage.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="53"/>
        <source>e-ID (VNeID)</source>
        <translation>e-ID (VNeID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="55"/>
        <source>Health records</source>
        <translation>Health records</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="81"/>
        <source>Export bundle for the hub…</source>
        <translation>Export bundle for the hub…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="83"/>
        <source>Import bundles…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="85"/>
        <source>Import the hub key…</source>
        <translation>Import the hub key…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="86"/>
        <source>Save this hub&apos;s key…</source>
        <translation>Save this hub&apos;s key…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="94"/>
        <source>Export reference bundle for the commune…</source>
        <translation>Export reference bundle for the commune…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="106"/>
        <source>Or drop bundle files or a whole folder (USB stick) here.</source>
        <translation>Or drop bundle files or a whole folder (USB stick) here.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="117"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="117"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="118"/>
        <location filename="../desktop/ui/sync_page.py" line="121"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="118"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="119"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="119"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="150"/>
        <source>Imported bundles</source>
        <translation>Imported bundles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="121"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="122"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="123"/>
        <source>Bundles held</source>
        <translation>Bundles held</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="124"/>
        <source>Approve this computer…</source>
        <translation>Approve this computer…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="126"/>
        <location filename="../desktop/ui/sync_page.py" line="470"/>
        <location filename="../desktop/ui/sync_page.py" line="477"/>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="130"/>
        <source>Bundles from computers this hub has not enrolled wait here. Call the commune and compare the key fingerprint before approving: approved, the computer is enrolled for the commune it names and its bundles are merged; denied, its key is refused from now on.</source>
        <translation>Bundles from computers this hub has not enrolled wait here. Call the commune and compare the key fingerprint before approving: approved, the computer is enrolled for the commune it names and its bundles are merged; denied, its key is refused from now on.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="151"/>
        <source>Held bundles</source>
        <translation>Held bundles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="152"/>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="66"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="186"/>
        <source>Sync is not ready yet (chưa sẵn sàng).</source>
        <translation>Sync is not ready yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="202"/>
        <source>This computer is a hub: import the communes&apos; bundles.</source>
        <translation>This computer is a hub: import the communes&apos; bundles.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="204"/>
        <source>No hub key yet: import the key file your district or province sent.</source>
        <translation>No hub key yet: import the key file your district or province sent.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="207"/>
        <source>Bundles go to: %1.</source>
        <translation>Bundles go to: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="210"/>
        <source>Last bundle exported: %1.</source>
        <translation>Last bundle exported: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="220"/>
        <location filename="../desktop/ui/sync_page.py" line="263"/>
        <source>Export the bundle to</source>
        <translation>Export the bundle to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="229"/>
        <location filename="../desktop/ui/sync_page.py" line="272"/>
        <source>Exporting the bundle…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="239"/>
        <source>%1 bundles saved in sequence in %2 (%3 rows): send them all to the hub.</source>
        <translation>%1 bundles saved in sequence in %2 (%3 rows): send them all to the hub.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="244"/>
        <source>Bundle saved: %1 (%2 rows).</source>
        <translation>Bundle saved: %1 (%2 rows).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="280"/>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="281"/>
        <source>Xã Số bundles (*.xaso);;All files (*)</source>
        <translation>Xã Số bundles (*.xaso);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="291"/>
        <source>No bundle files found.</source>
        <translation>No bundle files found.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="294"/>
        <location filename="../desktop/ui/sync_page.py" line="450"/>
        <source>Importing bundles…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="308"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="309"/>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="310"/>
        <source>Held: waiting for the hub to approve the computer</source>
        <translation>Held: waiting for the hub to approve the computer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="311"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="341"/>
        <source>Import the hub key</source>
        <translation>Import the hub key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="342"/>
        <source>Hub key (*.json *.key);;All files (*)</source>
        <translation>Hub key (*.json *.key);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="358"/>
        <source>Does not match: the key is not trusted. Tell the province IT now.</source>
        <translation>Does not match: the key is not trusted. Tell the province IT now.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="367"/>
        <source>Hub %1 trusted: bundles can be exported for it.</source>
        <translation>Hub %1 trusted: bundles can be exported for it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="381"/>
        <source>Save this hub&apos;s key</source>
        <translation>Save this hub&apos;s key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="382"/>
        <source>Hub key (*.json)</source>
        <translation>Hub key (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="392"/>
        <source>Hub key</source>
        <translation>Hub key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="396"/>
        <source>Hub key saved: %1. It enrolls the computers of %2 until %3: send it to that commune only. Fingerprint: %4.</source>
        <translation>Hub key saved: %1. It enrolls the computers of %2 until %3: send it to that commune only. Fingerprint: %4.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="402"/>
        <source>Hub key saved: %1. Bundles of computers that import it wait here for approval. Fingerprint: %2.</source>
        <translation>Hub key saved: %1. Bundles of computers that import it wait here for approval. Fingerprint: %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="431"/>
        <source>Held bundles (%1)</source>
        <translation>Held bundles (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="442"/>
        <source>Approve this computer</source>
        <translation>Approve this computer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="443"/>
        <source>Approve %1 for %2? Compare the fingerprint with the commune first:
%3</source>
        <translation>Approve %1 for %2? Compare the fingerprint with the commune first:
%3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="459"/>
        <source>Computer %1 approved; %2 bundles merged.</source>
        <translation>Computer %1 approved; %2 bundles merged.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="471"/>
        <source>Deny %1? Its held bundles are dropped and its key is refused from now on.</source>
        <translation>Deny %1? Its held bundles are dropped and its key is refused from now on.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="479"/>
        <source>Computer %1 denied; %2 held bundles dropped.</source>
        <translation>Computer %1 denied; %2 held bundles dropped.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="489"/>
        <source>To review: %1 conflicts (page Conflicts), %2 duplicate CCCD pairs (page Duplicates).</source>
        <translation>To review: %1 conflicts (page Conflicts), %2 duplicate CCCD pairs (page Duplicates).</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="88"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../desktop/ui/team_page.py" line="20"/>
        <location filename="../desktop/ui/wizard.py" line="192"/>
        <source>Hamlets</source>
        <translation>Hamlets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/team_page.py" line="21"/>
        <location filename="../desktop/ui/wizard.py" line="200"/>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../desktop/ui/team_page.py" line="22"/>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="62"/>
        <source>Hamlets, team &amp; targets</source>
        <translation>Hamlets, team &amp; targets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="167"/>
        <source>Hamlets and the community digital team</source>
        <translation>Hamlets and the community digital team</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="168"/>
        <source>One per line. You can add more later.</source>
        <translation>One per line. You can add more later.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="171"/>
        <source>Tan Ninh
Dong Xuan</source>
        <translation>Tan Ninh
Dong Xuan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="175"/>
        <source>Nguyen Van An; Tan Ninh; 0912345678</source>
        <translation>Nguyen Van An; Tan Ninh; 0912345678</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="186"/>
        <source>Import team members from Excel/CSV…</source>
        <translation>Import team members from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="194"/>
        <source>Team members
(name; hamlet; phone)</source>
        <translation>Team members
(name; hamlet; phone)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="201"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="208"/>
        <source>Will import: %1</source>
        <translation>Will import: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="223"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="33"/>
        <source>Choose a training to take attendance.</source>
        <translation>Choose a training to take attendance.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="42"/>
        <source>Find a name (no diacritics needed)</source>
        <translation>Find a name (no diacritics needed)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="46"/>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="47"/>
        <source>Import sign-up sheet…</source>
        <translation>Import sign-up sheet…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="49"/>
        <source>Attendance sheet (PDF)…</source>
        <translation>Attendance sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="54"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="54"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="54"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="55"/>
        <location filename="../desktop/ui/trainings_page.py" line="88"/>
        <source>Bridge point</source>
        <translation>Bridge point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="60"/>
        <source>Space: present or not, then the next person. 1: present, 2: absent, 3: excused.</source>
        <translation>Space: present or not, then the next person. 1: present, 2: absent, 3: excused.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="63"/>
        <source>Present (1)</source>
        <translation>Present (1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="64"/>
        <source>Absent (2)</source>
        <translation>Absent (2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="65"/>
        <source>Excused (3)</source>
        <translation>Excused (3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="70"/>
        <source>All present at this bridge point</source>
        <translation>All present at this bridge point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="73"/>
        <source>Space: present or not, then the next person · 1 present · 2 absent · 3 excused</source>
        <translation>Space: present or not, then the next person · 1 present · 2 absent · 3 excused</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="58"/>
        <source>Trainings &amp; attendance</source>
        <translation>Trainings &amp; attendance</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="169"/>
        <source>All bridge points</source>
        <translation>All bridge points</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="211"/>
        <source>%1 of %2 present</source>
        <translation>%1 of %2 present</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="213"/>
        <source>%1 excused</source>
        <translation>%1 excused</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="227"/>
        <location filename="../desktop/ui/trainings_page.py" line="270"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="261"/>
        <source>Mark %1 people at %2 present?</source>
        <translation>Mark %1 people at %2 present?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="264"/>
        <source>The %1 excused stay excused.</source>
        <translation>The %1 excused stay excused.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="265"/>
        <source>All present</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="292"/>
        <source>Import sign-up sheet</source>
        <translation>Import sign-up sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="293"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="320"/>
        <location filename="../desktop/ui/trainings_page.py" line="336"/>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="322"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="332"/>
        <source>Preparing the attendance sheet…</source>
        <translation>Preparing the attendance sheet…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="335"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="67"/>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="67"/>
        <source>e-ID (VNeID)</source>
        <translation>e-ID (VNeID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="67"/>
        <source>Health record</source>
        <translation>Health record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="71"/>
        <source>Residents of the household: stages after this visit</source>
        <translation>Residents of the household: stages after this visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="85"/>
        <source>Team members who went</source>
        <translation>Team members who went</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="129"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="51"/>
        <source>Outreach visits</source>
        <translation>Outreach visits</translation>
    </message>
</context>
<context>
    <name>_ReviewPage</name>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="51"/>
        <location filename="../desktop/ui/review_pages.py" line="70"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
</TS>
