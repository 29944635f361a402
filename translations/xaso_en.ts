<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../desktop/ui/controller.py" line="73"/>
        <location filename="../desktop/ui/controller.py" line="220"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/controller.py" line="90"/>
        <source>This database was made by an older version of Xã Số and is not encrypted. Choose the administrator&apos;s name and password: the database and its old copies are then encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/controller.py" line="95"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/controller.py" line="137"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../desktop/ui/safety.py" line="43"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../desktop/ui/busy.py" line="22"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/busy.py" line="24"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="62"/>
        <source>Your commune</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="63"/>
        <source>Choose the province, then type part of the commune&apos;s name.</source>
        <translation>Choose the province, then type part of the commune&apos;s name.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="70"/>
        <source>Type to filter, e.g. cuong gian</source>
        <translation>Type to filter, e.g. cuong gian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="76"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="77"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="79"/>
        <source>Name of this computer</source>
        <translation>Name of this computer</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="109"/>
        <source>When two computers changed the same field, the later change is kept everywhere. These are the values that lost. Select one and press «Keep this value» to put it back: that is a normal change, sent in the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>When</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>Field</source>
        <translation type="unfinished">Field</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="115"/>
        <source>Value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="116"/>
        <source>Value that lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="116"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="119"/>
        <location filename="../desktop/ui/review_pages.py" line="188"/>
        <source>Keep this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="142"/>
        <source>Conflicts</source>
        <translation type="unfinished">Conflicts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="150"/>
        <source>kept (this value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="166"/>
        <source>%1 values to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="168"/>
        <source>No conflicts: every merge agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="190"/>
        <source>Kept «%1» for %2. It goes out with the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="74"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="109"/>
        <location filename="../desktop/ui/dashboard_page.py" line="422"/>
        <source>By hamlet: share of residents (%)</source>
        <translation>By hamlet: share of residents (%)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="117"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="117"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="117"/>
        <source>Hamlet</source>
        <translation>Hamlet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="117"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="123"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="123"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="123"/>
        <source>Visits this month</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="124"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="125"/>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="133"/>
        <source>Follow-ups due this week</source>
        <translation>Follow-ups due this week</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="168"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="172"/>
        <source>Services at digital transformation days</source>
        <translation>Services at digital transformation days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="204"/>
        <source>No bundle exported yet</source>
        <translation>No bundle exported yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="205"/>
        <source>Last bundle: %1 days ago</source>
        <translation>Last bundle: %1 days ago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="363"/>
        <source>No target set</source>
        <translation>No target set</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="366"/>
        <source>Target %1 · reached %2 %</source>
        <translation>Target %1 · reached %2 %</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="124"/>
        <location filename="../desktop/ui/dashboard_page.py" line="439"/>
        <source>e-ID level 2</source>
        <translation>e-ID level 2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="61"/>
        <location filename="../desktop/ui/dashboard_page.py" line="241"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="124"/>
        <location filename="../desktop/ui/dashboard_page.py" line="440"/>
        <source>Health record linked</source>
        <translation>Health record linked</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="261"/>
        <source>Cancelled: choose a month to compute again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="330"/>
        <source>Year to date, to the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="332"/>
        <location filename="../desktop/ui/dashboard_page.py" line="340"/>
        <source>in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="336"/>
        <source>As recorded now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="337"/>
        <source>At the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="380"/>
        <source>Across %1 communes</source>
        <translation>Across %1 communes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="401"/>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="385"/>
        <source>By commune: share of residents (%)</source>
        <translation>By commune: share of residents (%)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="427"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dashboard_page.py" line="462"/>
        <source>Follow-ups due this week: %1</source>
        <translation>Follow-ups due this week: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="204"/>
        <source>The same CCCD under two records (two computers entered the same person, or a number was mistyped). Choose the record to keep and which value of each field it takes, then merge; or say they are two different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="209"/>
        <location filename="../desktop/ui/review_pages.py" line="335"/>
        <source>Resident A</source>
        <translation type="unfinished">Resident A</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="209"/>
        <location filename="../desktop/ui/review_pages.py" line="336"/>
        <source>Resident B</source>
        <translation type="unfinished">Resident B</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="209"/>
        <source>CCCD</source>
        <translation type="unfinished">CCCD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="252"/>
        <source>Merge into one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="255"/>
        <source>Two different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="259"/>
        <source>Keep the record of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="290"/>
        <location filename="../desktop/ui/review_pages.py" line="385"/>
        <location filename="../desktop/ui/review_pages.py" line="399"/>
        <source>Duplicate CCCD</source>
        <translation type="unfinished">Duplicate CCCD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="313"/>
        <source>%1 pairs to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="315"/>
        <source>No duplicate CCCD to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="333"/>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/review_pages.py" line="334"/>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="511"/>
        <source>Save this hub&apos;s key</source>
        <translation type="unfinished">Save this hub&apos;s key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="514"/>
        <source>Each commune gets its own key file: it enrolls that commune&apos;s computers, so their bundles are accepted without approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="520"/>
        <source>Type the commune&apos;s name, e.g. dinh cuong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="528"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="529"/>
        <source>Plain key (bundles wait for approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="533"/>
        <source>Commune</source>
        <translation type="unfinished">Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="535"/>
        <source>Enrolls for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="537"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="540"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="197"/>
        <source>Almost done</source>
        <translation>Almost done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="198"/>
        <source>Fill this database with demo data for training (made-up households and visits)</source>
        <translation>Fill this database with demo data for training (made-up households and visits)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="202"/>
        <source>Choose the hub&apos;s key file…</source>
        <translation>Choose the hub&apos;s key file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="204"/>
        <source>The hub&apos;s key can also be imported later, on the Sync page.</source>
        <translation>The hub&apos;s key can also be imported later, on the Sync page.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="209"/>
        <source>The administrator of this database: each person who uses it gets a name and password later; this one manages them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="224"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="225"/>
        <source>Password (6 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="226"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="238"/>
        <source>The hub&apos;s key</source>
        <translation>The hub&apos;s key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="239"/>
        <source>Hub key (*.json *.key);;All files (*)</source>
        <translation>Hub key (*.json *.key);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="246"/>
        <source>Hub key: %1</source>
        <translation>Hub key: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../desktop/ui/households_page.py" line="27"/>
        <source>Choose a household to see its residents.</source>
        <translation>Choose a household to see its residents.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="28"/>
        <source>Add resident</source>
        <translation>Add resident</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="54"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="55"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="64"/>
        <source>Households &amp; residents</source>
        <translation>Households &amp; residents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/households_page.py" line="85"/>
        <source>Residents of the household of %1</source>
        <translation>Residents of the household of %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="127"/>
        <source>Your hub</source>
        <translation>Your hub</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="131"/>
        <source>(several provinces)</source>
        <translation>(several provinces)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="136"/>
        <source>Hub name</source>
        <translation>Hub name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="137"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="138"/>
        <source>Name of this computer</source>
        <translation>Name of this computer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="33"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="34"/>
        <location filename="../desktop/ui/import_dialog.py" line="63"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="39"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="39"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="40"/>
        <source>Why it is refused</source>
        <translation>Why it is refused</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="44"/>
        <location filename="../desktop/ui/import_dialog.py" line="114"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="49"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="74"/>
        <source>%1 rows read; %2 would be added; %3 already recorded.</source>
        <translation>%1 rows read; %2 would be added; %3 already recorded.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="78"/>
        <source>New hamlets: %1</source>
        <translation>New hamlets: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="80"/>
        <source>New bridge points: %1</source>
        <translation>New bridge points: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="83"/>
        <source>%1 rows are refused. Nothing will be imported until they are corrected in the file.</source>
        <translation>%1 rows are refused. Nothing will be imported until they are corrected in the file.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="103"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="114"/>
        <source>%1 records imported.</source>
        <translation>%1 records imported.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../desktop/ui/login.py" line="136"/>
        <source>Write down this recovery key and keep it in the commune&apos;s safe. It is shown only now. It resets a forgotten password and opens this database&apos;s backups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/login.py" line="34"/>
        <source>Locked: log in to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="35"/>
        <source>Log in to Xã Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="46"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="47"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="49"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="51"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="51"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="56"/>
        <source>Each person logs in with their own name: every save is recorded under it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="29"/>
        <location filename="../desktop/ui/main_window.py" line="250"/>
        <source>Xã Số</source>
        <translation>Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="107"/>
        <source>New database…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="109"/>
        <source>Open database…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="111"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="112"/>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="114"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="116"/>
        <source>Switch user (lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="118"/>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="119"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="120"/>
        <location filename="../desktop/ui/main_window.py" line="231"/>
        <source>Undo last save or delete</source>
        <translation>Undo last save or delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="122"/>
        <source>Smaller text (A-)</source>
        <translation>Smaller text (A-)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="124"/>
        <source>Normal text (A)</source>
        <translation>Normal text (A)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="126"/>
        <source>Larger text (A+)</source>
        <translation>Larger text (A+)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="128"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about.py" line="88"/>
        <location filename="../desktop/ui/main_window.py" line="132"/>
        <source>About Xã Số</source>
        <translation>About Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="136"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="141"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="148"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="150"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="154"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="158"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="160"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="234"/>
        <source>Undo: new %1</source>
        <translation>Undo: new %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="234"/>
        <source>Undo: change to %1</source>
        <translation>Undo: change to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="235"/>
        <source>Undo: deletion of %1</source>
        <translation>Undo: deletion of %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="235"/>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="242"/>
        <source>Not set up</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="243"/>
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="245"/>
        <source>Last bundle: %1</source>
        <translation>Last bundle: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="273"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="276"/>
        <source>Undone: new %1</source>
        <translation>Undone: new %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="276"/>
        <source>Undone: change to %1</source>
        <translation>Undone: change to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="277"/>
        <source>Undone: deletion of %1</source>
        <translation>Undone: deletion of %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="277"/>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="294"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="296"/>
        <source>Xã Số database (*.db *.sqlite)</source>
        <translation>Xã Số database (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="302"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="304"/>
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
        <location filename="../desktop/ui/login.py" line="88"/>
        <source>Protect this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="104"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="105"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="106"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="120"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="123"/>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../desktop/ui/record_page.py" line="37"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="27"/>
        <source>Digital transformation days</source>
        <translation>Digital transformation days</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/record_form.py" line="46"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="46"/>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="58"/>
        <source>Name of the day</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="70"/>
        <source>Save and next (Enter)</source>
        <translation>Save and next (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="71"/>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="75"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="100"/>
        <source>Correction: allow moving a stage back (recorded as a correction)</source>
        <translation>Correction: allow moving a stage back (recorded as a correction)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="106"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="106"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="107"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="107"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="112"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="118"/>
        <source>Export this person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="120"/>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="130"/>
        <source>Person&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="134"/>
        <location filename="../desktop/ui/record_form.py" line="148"/>
        <location filename="../desktop/ui/record_form.py" line="150"/>
        <source>Export this person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="136"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="151"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="158"/>
        <location filename="../desktop/ui/record_form.py" line="168"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="159"/>
        <source>Erase this person&apos;s name, CCCD, phone, date of birth and notes, here and, through the next bundle, on the hub and the other laptops? Only the counts of past reports are kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="203"/>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="204"/>
        <source>during a visit</source>
        <translation>during a visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="271"/>
        <source>May be the same person as: %1. Press Save again to save a different person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="296"/>
        <source>Please correct the marked fields.</source>
        <translation>Please correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="307"/>
        <source>Saved. Enter the next one.</source>
        <translation>Saved. Enter the next one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="318"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="319"/>
        <source>Save the changes before closing?</source>
        <translation>Save the changes before closing?</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../desktop/ui/record_page.py" line="67"/>
        <source>Search: name, CCCD or phone (Ctrl+F)</source>
        <translation>Search: name, CCCD or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="69"/>
        <source>Search by name (Ctrl+F)</source>
        <translation>Search by name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="78"/>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="80"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="81"/>
        <location filename="../desktop/ui/record_page.py" line="368"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="82"/>
        <source>Import from Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="86"/>
        <source>Export Excel…</source>
        <translation type="unfinished">Export Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="88"/>
        <source>Save the records the filters show as an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="164"/>
        <source>All hamlets</source>
        <translation>All hamlets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="169"/>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="178"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="181"/>
        <source>All team members</source>
        <translation>All team members</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="226"/>
        <location filename="../desktop/ui/record_page.py" line="246"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="231"/>
        <location filename="../desktop/ui/record_page.py" line="247"/>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="235"/>
        <location filename="../desktop/ui/record_page.py" line="244"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="369"/>
        <source>Delete the selected record? You can undo with Ctrl+Z.</source>
        <translation>Delete the selected record? You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="385"/>
        <location filename="../desktop/ui/record_page.py" line="414"/>
        <source>Export Excel</source>
        <translation type="unfinished">Export Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="387"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="401"/>
        <source>Exporting…</source>
        <translation type="unfinished">Exporting…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="408"/>
        <source>%1 records exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="418"/>
        <source>Import from Excel/CSV</source>
        <translation>Import from Excel/CSV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_page.py" line="419"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../desktop/ui/table_model.py" line="163"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_model.py" line="165"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_model.py" line="167"/>
        <source>Name of the day</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_model.py" line="191"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="62"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="63"/>
        <source>Show report</source>
        <translation>Show report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="65"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="66"/>
        <source>Save Word copy…</source>
        <translation>Save Word copy…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="68"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="69"/>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="78"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="80"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="102"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="104"/>
        <source>Officer&apos;s sections</source>
        <translation>Officer&apos;s sections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="105"/>
        <source>Report settings</source>
        <translation>Report settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="136"/>
        <source>Written for the chosen month and printed as sections II–IV of the report; an empty section is left out.</source>
        <translation>Written for the chosen month and printed as sections II–IV of the report; an empty section is left out.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="139"/>
        <source>Save sections</source>
        <translation>Save sections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="142"/>
        <source>Load from file…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="175"/>
        <source>Calendar month</source>
        <translation>Calendar month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="176"/>
        <source>15th of the month before to the 14th (Decree 09/2019)</source>
        <translation>15th of the month before to the 14th (Decree 09/2019)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="187"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="195"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="209"/>
        <source>All communes (roll-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="217"/>
        <source>A hub&apos;s report rolls up every commune it has merged. Choose the month and the language, then Show report.</source>
        <translation>A hub&apos;s report rolls up every commune it has merged. Choose the month and the language, then Show report.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="220"/>
        <source>Choose the month and the language, then Show report.</source>
        <translation>Choose the month and the language, then Show report.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="280"/>
        <source>Sections saved for %1.</source>
        <translation>Sections saved for %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="288"/>
        <source>Load sections</source>
        <translation>Load sections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="289"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="332"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="348"/>
        <location filename="../desktop/ui/reports_page.py" line="351"/>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="368"/>
        <source>%1 pages. Save or print it when it looks right.</source>
        <translation>%1 pages. Save or print it when it looks right.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="382"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="384"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="387"/>
        <location filename="../desktop/ui/reports_page.py" line="404"/>
        <location filename="../desktop/ui/reports_page.py" line="441"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="394"/>
        <source>Save Word copy</source>
        <translation>Save Word copy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="395"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="401"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="432"/>
        <location filename="../desktop/ui/reports_page.py" line="440"/>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="434"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reports_page.py" line="438"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../desktop/ui/safety.py" line="64"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="65"/>
        <source>Restore %1?

Every record now in this database is replaced by the backup&apos;s. The current database is kept beside it as an encrypted backup, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="79"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="80"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="81"/>
        <source>or the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="83"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="31"/>
        <source>Welcome to Xã Số</source>
        <translation>Welcome to Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="32"/>
        <source>Who will use this computer?</source>
        <translation>Who will use this computer?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="33"/>
        <source>A commune (xã, phường, đặc khu): record households, visits and trainings</source>
        <translation>A commune (xã, phường, đặc khu): record households, visits and trainings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="36"/>
        <source>A hub (province or district IT): merge communes&apos; bundles</source>
        <translation>A hub (province or district IT): merge communes&apos; bundles</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../desktop/ui/safety.py" line="110"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="131"/>
        <source>The last backup was %1 days ago. A backup on a USB stick keeps the commune&apos;s work if this computer fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="144"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="145"/>
        <source>Xã Số backup (*.bak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="154"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="161"/>
        <source>Backup saved: %1 (%2 MB), encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="167"/>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="175"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="177"/>
        <source>Xã Số backup (*.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="193"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="208"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety.py" line="218"/>
        <source>Restored from %1. The database as it was is kept as %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="53"/>
        <source>Lock after idle</source>
        <translation type="unfinished"></translation>
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
        <location filename="../desktop/ui/settings_page.py" line="79"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="91"/>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="123"/>
        <location filename="../desktop/ui/settings_page.py" line="148"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="124"/>
        <source>Add made-up households, residents and visits for training? Use a separate database for real work.</source>
        <translation>Add made-up households, residents and visits for training? Use a separate database for real work.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_page.py" line="137"/>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="280"/>
        <source>Set up Xã Số</source>
        <translation>Set up Xã Số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="292"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="293"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="294"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="295"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="319"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="344"/>
        <source>Hub key</source>
        <translation>Hub key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="373"/>
        <source>Hamlets and team</source>
        <translation>Hamlets and team</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="374"/>
        <source>These lines were not saved; add them on the Hamlets, team &amp; targets page:</source>
        <translation>These lines were not saved; add them on the Hamlets, team &amp; targets page:</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../desktop/ui/stages_page.py" line="22"/>
        <source>Stages change during visits: open Outreach visits to record one. Double-click a resident to correct a stage.</source>
        <translation>Stages change during visits: open Outreach visits to record one. Double-click a resident to correct a stage.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/stages_page.py" line="32"/>
        <source>e-ID (VNeID)</source>
        <translation>e-ID (VNeID)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/stages_page.py" line="32"/>
        <source>Health records</source>
        <translation>Health records</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="87"/>
        <source>Export bundle for the hub…</source>
        <translation>Export bundle for the hub…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="89"/>
        <source>Import bundles…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="91"/>
        <source>Import the hub key…</source>
        <translation>Import the hub key…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="92"/>
        <source>Save this hub&apos;s key…</source>
        <translation>Save this hub&apos;s key…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="100"/>
        <source>Export reference bundle for the commune…</source>
        <translation>Export reference bundle for the commune…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="107"/>
        <source>Or drop bundle files or a whole folder (USB stick) here.</source>
        <translation>Or drop bundle files or a whole folder (USB stick) here.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="118"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="118"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="119"/>
        <location filename="../desktop/ui/sync_page.py" line="122"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="119"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="120"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="120"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="151"/>
        <source>Imported bundles</source>
        <translation>Imported bundles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="122"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="123"/>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="124"/>
        <source>Bundles held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="125"/>
        <source>Approve this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="127"/>
        <location filename="../desktop/ui/sync_page.py" line="459"/>
        <location filename="../desktop/ui/sync_page.py" line="466"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="131"/>
        <source>Bundles from computers this hub has not enrolled wait here. Call the commune and compare the key fingerprint before approving: approved, the computer is enrolled for the commune it names and its bundles are merged; denied, its key is refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="152"/>
        <source>Held bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="153"/>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="180"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="189"/>
        <source>Sync is not ready yet (chưa sẵn sàng).</source>
        <translation>Sync is not ready yet (chưa sẵn sàng).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="204"/>
        <source>This computer is a hub: import the communes&apos; bundles.</source>
        <translation>This computer is a hub: import the communes&apos; bundles.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="206"/>
        <source>No hub key yet: import the key file your district or province sent.</source>
        <translation>No hub key yet: import the key file your district or province sent.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="209"/>
        <source>Bundles go to: %1.</source>
        <translation>Bundles go to: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="212"/>
        <source>Last bundle exported: %1.</source>
        <translation>Last bundle exported: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="227"/>
        <location filename="../desktop/ui/sync_page.py" line="262"/>
        <source>Export the bundle to</source>
        <translation>Export the bundle to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="236"/>
        <location filename="../desktop/ui/sync_page.py" line="271"/>
        <source>Exporting the bundle…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="243"/>
        <source>Bundle saved: %1 (%2 rows).</source>
        <translation>Bundle saved: %1 (%2 rows).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="279"/>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="280"/>
        <source>Xã Số bundles (*.xaso);;All files (*)</source>
        <translation>Xã Số bundles (*.xaso);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="290"/>
        <source>No bundle files found.</source>
        <translation>No bundle files found.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="293"/>
        <location filename="../desktop/ui/sync_page.py" line="439"/>
        <source>Importing bundles…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="307"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="308"/>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="309"/>
        <source>Held: waiting for the hub to approve the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="310"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="340"/>
        <source>Import the hub key</source>
        <translation>Import the hub key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="341"/>
        <source>Hub key (*.json *.key);;All files (*)</source>
        <translation>Hub key (*.json *.key);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="352"/>
        <location filename="../desktop/ui/sync_page.py" line="354"/>
        <location filename="../desktop/ui/sync_page.py" line="381"/>
        <source>Hub key</source>
        <translation>Hub key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="355"/>
        <source>Hub %1 trusted. Fingerprint: %2 — compare it with the hub by phone.</source>
        <translation>Hub %1 trusted. Fingerprint: %2 — compare it with the hub by phone.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="370"/>
        <source>Save this hub&apos;s key</source>
        <translation>Save this hub&apos;s key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="371"/>
        <source>Hub key (*.json)</source>
        <translation>Hub key (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="385"/>
        <source>Hub key saved: %1. It enrolls the computers of %2 until %3: send it to that commune only. Fingerprint: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="391"/>
        <source>Hub key saved: %1. Bundles of computers that import it wait here for approval. Fingerprint: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="420"/>
        <source>Held bundles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="431"/>
        <source>Approve this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="432"/>
        <source>Approve %1 for %2? Compare the fingerprint with the commune first:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="448"/>
        <source>Computer %1 approved; %2 bundles merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="460"/>
        <source>Deny %1? Its held bundles are dropped and its key is refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="468"/>
        <source>Computer %1 denied; %2 held bundles dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="480"/>
        <source>To review: %1 conflicts (page Conflicts), %2 duplicate CCCD pairs (page Duplicate CCCD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../desktop/ui/team_page.py" line="19"/>
        <location filename="../desktop/ui/wizard.py" line="171"/>
        <source>Hamlets</source>
        <translation>Hamlets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/team_page.py" line="20"/>
        <location filename="../desktop/ui/wizard.py" line="177"/>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../desktop/ui/team_page.py" line="21"/>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/team_page.py" line="29"/>
        <source>Hamlets, team &amp; targets</source>
        <translation>Hamlets, team &amp; targets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="155"/>
        <source>Hamlets and the community digital team</source>
        <translation>Hamlets and the community digital team</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="156"/>
        <source>One per line. You can add more later.</source>
        <translation>One per line. You can add more later.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="159"/>
        <source>Thôn Tân Ninh
Thôn Đông Xuân</source>
        <translation>Thôn Tân Ninh
Thôn Đông Xuân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="163"/>
        <source>Nguyễn Văn An; Thôn Tân Ninh; 0912345678</source>
        <translation>Nguyễn Văn An; Thôn Tân Ninh; 0912345678</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="166"/>
        <source>Import team members from Excel/CSV…</source>
        <translation>Import team members from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="172"/>
        <source>Team members
(name; hamlet; phone)</source>
        <translation>Team members
(name; hamlet; phone)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="178"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="185"/>
        <source>Will import: %1</source>
        <translation>Will import: %1</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="34"/>
        <source>Choose a training to take attendance.</source>
        <translation>Choose a training to take attendance.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="39"/>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="40"/>
        <source>Import sign-up sheet…</source>
        <translation>Import sign-up sheet…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="42"/>
        <source>Attendance sheet (PDF)…</source>
        <translation>Attendance sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="51"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="51"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="51"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="52"/>
        <location filename="../desktop/ui/trainings_page.py" line="62"/>
        <source>Bridge point</source>
        <translation>Bridge point</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="86"/>
        <source>Trainings &amp; attendance</source>
        <translation>Trainings &amp; attendance</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="114"/>
        <source>All bridge points</source>
        <translation>All bridge points</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="150"/>
        <source>%1 of %2 present</source>
        <translation>%1 of %2 present</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="182"/>
        <source>Import sign-up sheet</source>
        <translation>Import sign-up sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="183"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="200"/>
        <location filename="../desktop/ui/trainings_page.py" line="216"/>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="202"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="212"/>
        <source>Preparing the attendance sheet…</source>
        <translation>Preparing the attendance sheet…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="215"/>
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
        <location filename="../desktop/ui/visits_page.py" line="39"/>
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
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
