<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About N1SMS</source>
        <translation>About N1SMS</translation>
    </message>
    <message>
        <source>&lt;h3&gt;N1SMS Desktop %1&lt;/h3&gt;&lt;p&gt;Temporary phone numbers and their SMS codes, for the &lt;a href=&quot;https://n1sms.com&quot;&gt;N1SMS&lt;/a&gt; service.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;N1SMS Desktop %1&lt;/h3&gt;&lt;p&gt;Temporary phone numbers and their SMS codes, for the &lt;a href=&quot;https://n1sms.com&quot;&gt;N1SMS&lt;/a&gt; service.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;N1SMS Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses Qt %1, under the GNU Lesser General Public License version 3, and QtKeychain, under the BSD 3-clause licence. Its flags are drawn from the Noto Color Emoji font, under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;N1SMS Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;It uses Qt %1, under the GNU Lesser General Public License version 3, and QtKeychain, under the BSD 3-clause licence. Its flags are drawn from the Noto Color Emoji font, under the SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Balance: %1</translation>
    </message>
    <message>
        <source>Orders: %L1 · active: %L2 · spent: %3</source>
        <translation>Orders: %L1 · active: %L2 · spent: %3</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>&amp;Top up…</translation>
    </message>
    <message>
        <source>Opens the service&apos;s website, where deposits are made</source>
        <translation>Opens the service&apos;s website, where deposits are made</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Sign o&amp;ut</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Signed in as &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests. Please wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Please wait %n second.</numerusform>
            <numerusform>Too many requests. Please wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation>The server cannot be reached. Check your internet connection.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>The server took too long to answer.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed; its certificate is not trusted.</source>
        <translation>The secure connection to the server failed; its certificate is not trusted.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>The server address must start with https:// (plain http is allowed only for this computer).</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Some of the details are not valid.</source>
        <translation>Some of the details are not valid.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>The server refused the request.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>The server could not find what was asked for.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment.</source>
        <translation>Too many requests. Please wait a moment.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>The server is busy. Please try again in a moment.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>The server had an internal error.</translation>
    </message>
    <message>
        <source>This server does not support that action.</source>
        <translation>This server does not support that action.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect.</source>
        <translation>The server answered with an unexpected redirect.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>The server&apos;s answer was too large.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>The server&apos;s answer could not be understood.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The demo uses its built-in server.</source>
        <translation>The demo uses its built-in server.</translation>
    </message>
    <message>
        <source>Set for this run by --base-url on the command line.</source>
        <translation>Set for this run by --base-url on the command line.</translation>
    </message>
    <message>
        <source>Copied the code %1.</source>
        <translation>Copied the code %1.</translation>
    </message>
    <message>
        <source>Cleared the clipboard.</source>
        <translation>Cleared the clipboard.</translation>
    </message>
    <message>
        <source>Copied the number %1: paste it into %2&apos;s sign-up form.</source>
        <translation>Copied the number %1: paste it into %2&apos;s sign-up form.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard clears in %n second(s).</source>
        <translation>
            <numerusform>The clipboard clears in %n second.</numerusform>
            <numerusform>The clipboard clears in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation>Could not start the demo server.</translation>
    </message>
    <message>
        <source>%1 order ended</source>
        <translation>%1 order ended</translation>
    </message>
    <message>
        <source>%1 number bought at another price</source>
        <translation>%1 number bought at another price</translation>
    </message>
    <message>
        <source>N1SMS keeps watching</source>
        <translation>N1SMS keeps watching</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) still waiting: the code will show here when it comes.</source>
        <translation>
            <numerusform>%n order still waiting: the code will show here when it comes.</numerusform>
            <numerusform>%n orders still waiting: the code will show here when it comes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the diagnostics: the app&apos;s version, the server&apos;s address and the last lines of its log. Nothing secret is in them.</source>
        <translation>Copied the diagnostics: the app&apos;s version, the server&apos;s address and the last lines of its log. Nothing secret is in them.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running with your account; its window is in front. Quit it first to run the demo.</source>
        <translation>N1SMS Desktop is already running with your account; its window is in front. Quit it first to run the demo.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running the demo; its window is in front. Quit it first to use your account.</source>
        <translation>N1SMS Desktop is already running the demo; its window is in front. Quit it first to use your account.</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running on %1; its window is in front. Quit it first to use %2.</source>
        <translation>N1SMS Desktop is already running on %1; its window is in front. Quit it first to use %2.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>What you watched for is here. The confirmation to buy it is open.</source>
        <translation>What you watched for is here. The confirmation to buy it is open.</translation>
    </message>
    <message numerus="yes">
        <source>What you watched for is here: %n number(s) in stock. Click to see it.</source>
        <translation>
            <numerusform>What you watched for is here: %n number in stock. Click to see it.</numerusform>
            <numerusform>What you watched for is here: %n numbers in stock. Click to see it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>No secure storage is set up for this app.</source>
        <translation>No secure storage is set up for this app.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this system.</source>
        <translation>No keychain (Secret Service) is available on this system.</translation>
    </message>
    <message>
        <source>The keychain refused to store the sign-in.</source>
        <translation>The keychain refused to store the sign-in.</translation>
    </message>
</context>
<context>
    <name>BookController</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Order: %1 (%2)</source>
        <translation>Order: %1 (%2)</translation>
    </message>
    <message>
        <source>no order code</source>
        <translation>no order code</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>Service: %1 (id %2)</source>
        <translation>Service: %1 (id %2)</translation>
    </message>
    <message>
        <source>Country: %1 (%2, id %3)</source>
        <translation>Country: %1 (%2, id %3)</translation>
    </message>
    <message>
        <source>Bought: %1</source>
        <translation>Bought: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expires: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>Status: %1 (the server says &quot;%2&quot;)</source>
        <translation>Status: %1 (the server says &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>No longer listed by the server since %1</source>
        <translation>No longer listed by the server since %1</translation>
    </message>
    <message>
        <source>Another try after order %1</source>
        <translation>Another try after order %1</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Status history:</translation>
    </message>
    <message>
        <source>Last message from the server: %1</source>
        <translation>Last message from the server: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Copied the details of order %1 for support.</source>
        <translation>Copied the details of order %1 for support.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders could not be exported to %1: %2</source>
        <translation>The orders could not be exported to %1: %2</translation>
    </message>
</context>
<context>
    <name>BookStatsModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>How many of the numbers the user bought brought their code: &quot;4 of 5&quot;</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Numbers bought</source>
        <translation>Numbers bought</translation>
    </message>
    <message>
        <source>Got a code</source>
        <translation>Got a code</translation>
    </message>
    <message>
        <source>Your success</source>
        <translation>Your success</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
</context>
<context>
    <name>BuyBestController</name>
    <message>
        <source>The plan stopped: the prices could not be loaded (%1). Nothing more was bought.</source>
        <translation>The plan stopped: the prices could not be loaded (%1). Nothing more was bought.</translation>
    </message>
    <message>
        <source>The plan was stopped. The number bought is kept.</source>
        <translation>The plan was stopped. The number bought is kept.</translation>
    </message>
    <message>
        <source>The plan was stopped. Nothing was bought.</source>
        <translation>The plan was stopped. Nothing was bought.</translation>
    </message>
    <message>
        <source>No country of the plan had a %1 number to sell within %2. Nothing was bought.</source>
        <translation>No country of the plan had a %1 number to sell within %2. Nothing was bought.</translation>
    </message>
    <message>
        <source>%1 has no numbers in stock now.</source>
        <translation>%1 has no numbers in stock now.</translation>
    </message>
    <message>
        <source>%1 now costs %2, above your %3.</source>
        <translation>%1 now costs %2, above your %3.</translation>
    </message>
    <message>
        <source>It was charged %1, above your %2: the price changed as it was bought.</source>
        <translation>It was charged %1, above your %2: the price changed as it was bought.</translation>
    </message>
    <message>
        <source>Bought %1 in %2 for %3.</source>
        <translation>Bought %1 in %2 for %3.</translation>
    </message>
    <message>
        <source>The plan stopped: your balance is too low for a number in %1. Top up, then try again.</source>
        <translation>The plan stopped: your balance is too low for a number in %1. Top up, then try again.</translation>
    </message>
    <message>
        <source>The plan stopped at %1: %2 Nothing more was bought.</source>
        <translation>The plan stopped at %1: %2 Nothing more was bought.</translation>
    </message>
    <message>
        <source>No answer came from %1, and your orders show nothing was bought there.</source>
        <translation>No answer came from %1, and your orders show nothing was bought there.</translation>
    </message>
    <message>
        <source>The plan stopped: whether a number was bought in %1 could not be learned (%2). Check your orders before buying again.</source>
        <translation>The plan stopped: whether a number was bought in %1 could not be learned (%2). Check your orders before buying again.</translation>
    </message>
    <message>
        <source>The plan stopped: the session ended. Look in Active orders before buying again.</source>
        <translation>The plan stopped: the session ended. Look in Active orders before buying again.</translation>
    </message>
    <message>
        <source>Bought %1 in %2 for %3; its code came: %4.</source>
        <translation>Bought %1 in %2 for %3; its code came: %4.</translation>
    </message>
    <message>
        <source>The number in %1 ended without a code (refunded).</source>
        <translation>The number in %1 ended without a code (refunded).</translation>
    </message>
</context>
<context>
    <name>BuyBestDialog</name>
    <message>
        <source>the lowest price</source>
        <translation>the lowest price</translation>
    </message>
    <message>
        <source>the server&apos;s success rate</source>
        <translation>the server&apos;s success rate</translation>
    </message>
    <message>
        <source>your own record there</source>
        <translation>your own record there</translation>
    </message>
    <message>
        <source>Buy the best %1 number</source>
        <translation>Buy the best %1 number</translation>
    </message>
    <message>
        <source>Pay at &amp;most (₵):</source>
        <translation>Pay at &amp;most (₵):</translation>
    </message>
    <message>
        <source>First by</source>
        <translation>First by</translation>
    </message>
    <message>
        <source>Then by</source>
        <translation>Then by</translation>
    </message>
    <message>
        <source>Then by, last</source>
        <translation>Then by, last</translation>
    </message>
    <message>
        <source>then</source>
        <translation>then</translation>
    </message>
    <message>
        <source>Rank &amp;first by:</source>
        <translation>Rank &amp;first by:</translation>
    </message>
    <message>
        <source>&amp;Countries to try:</source>
        <translation>&amp;Countries to try:</translation>
    </message>
    <message>
        <source>If the number expires without its code, buy in the next country (each number that expires is refunded)</source>
        <translation>If the number expires without its code, buy in the next country (each number that expires is refunded)</translation>
    </message>
    <message>
        <source>The countries to try, in order</source>
        <translation>The countries to try, in order</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Stop the plan</source>
        <translation>&amp;Stop the plan</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>%1 % success</source>
        <translation>%1 % success</translation>
    </message>
    <message>
        <source>yours: %1 %</source>
        <translation>yours: %1 %</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Type the most you will pay for the number, in cedi.</source>
        <translation>Type the most you will pay for the number, in cedi.</translation>
    </message>
    <message>
        <source>No country has a %1 number in stock at %2 or less.</source>
        <translation>No country has a %1 number in stock at %2 or less.</translation>
    </message>
    <message>
        <source>Up to 1 number, at most %1, trying %2 in that order.</source>
        <translation>Up to 1 number, at most %1, trying %2 in that order.</translation>
    </message>
    <message>
        <source>If a number expires without its code, it is refunded and the next country is tried: at most %1 is spent at a time.</source>
        <translation>If a number expires without its code, it is refunded and the next country is tried: at most %1 is spent at a time.</translation>
    </message>
    <message>
        <source>At most %1 is spent.</source>
        <translation>At most %1 is spent.</translation>
    </message>
    <message>
        <source>&amp;Buy best</source>
        <translation>&amp;Buy best</translation>
    </message>
    <message>
        <source>trying now</source>
        <translation>trying now</translation>
    </message>
    <message>
        <source>Trying %1 (%2 of %3)…</source>
        <translation>Trying %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>bought %1 for %2</source>
        <translation>bought %1 for %2</translation>
    </message>
    <message>
        <source>Bought %1. Waiting for its code…</source>
        <translation>Bought %1. Waiting for its code…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The server address must be an https:// URL (plain http:// only for this computer): %1</source>
        <translation>The server address must be an https:// URL (plain http:// only for this computer): %1</translation>
    </message>
    <message>
        <source>The session ended. Sign in again (n1sms login), then run this again.</source>
        <translation>The session ended. Sign in again (n1sms login), then run this again.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Signing in as %1 (the session kept in the keychain)…</source>
        <translation>Signing in as %1 (the session kept in the keychain)…</translation>
    </message>
    <message>
        <source>Could not sign in:</source>
        <translation>Could not sign in:</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;n1sms login&quot;, or set N1SMS_EMAIL and N1SMS_PASSWORD.</source>
        <translation>Not signed in. Run &quot;n1sms login&quot;, or set N1SMS_EMAIL and N1SMS_PASSWORD.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Signing in as %1…</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2</source>
        <translation>Could not sign in as %1: %2</translation>
    </message>
    <message>
        <source>Which account? Give --email, or set N1SMS_EMAIL.</source>
        <translation>Which account? Give --email, or set N1SMS_EMAIL.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>No terminal to ask for the password on: use --password-stdin (or N1SMS_PASSWORD).</source>
        <translation>No terminal to ask for the password on: use --password-stdin (or N1SMS_PASSWORD).</translation>
    </message>
    <message>
        <source>An email and a password are needed to sign in.</source>
        <translation>An email and a password are needed to sign in.</translation>
    </message>
    <message>
        <source>Signed in as %1. The session is kept in the system keychain.</source>
        <translation>Signed in as %1. The session is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Signed in, but the session could not be kept: %1 Nothing was stored.</source>
        <translation>Signed in, but the session could not be kept: %1 Nothing was stored.</translation>
    </message>
    <message>
        <source>Signed out: %1&apos;s session is forgotten.</source>
        <translation>Signed out: %1&apos;s session is forgotten.</translation>
    </message>
    <message>
        <source>No session is kept for %1.</source>
        <translation>No session is kept for %1.</translation>
    </message>
    <message>
        <source>Could not sign out:</source>
        <translation>Could not sign out:</translation>
    </message>
    <message>
        <source>Could not load the services:</source>
        <translation>Could not load the services:</translation>
    </message>
    <message>
        <source>Could not load the prices:</source>
        <translation>Could not load the prices:</translation>
    </message>
    <message>
        <source>No service has the id %1. n1sms services lists them.</source>
        <translation>No service has the id %1. n1sms services lists them.</translation>
    </message>
    <message>
        <source>No service is called &quot;%1&quot;. n1sms services lists them.</source>
        <translation>No service is called &quot;%1&quot;. n1sms services lists them.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2. Say which, by its name or id.</source>
        <translation>&quot;%1&quot; could be %2. Say which, by its name or id.</translation>
    </message>
    <message>
        <source>No country &quot;%1&quot; in this service&apos;s price list. n1sms prices lists them.</source>
        <translation>No country &quot;%1&quot; in this service&apos;s price list. n1sms prices lists them.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2. Say which, by its name, ISO code or id.</source>
        <translation>&quot;%1&quot; could be %2. Say which, by its name, ISO code or id.</translation>
    </message>
    <message>
        <source>Balance: %1 (%2)</source>
        <translation>Balance: %1 (%2)</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Balance: %1</translation>
    </message>
    <message>
        <source>Could not load the balance:</source>
        <translation>Could not load the balance:</translation>
    </message>
    <message>
        <source>No service matches &quot;%1&quot;.</source>
        <translation>No service matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>popular</source>
        <translation>popular</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>COUNTRY</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PRICE</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>IN STOCK</source>
        <translation>IN STOCK</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>SUCCESS</translation>
    </message>
    <message>
        <source>No country to show.</source>
        <translation>No country to show.</translation>
    </message>
    <message>
        <source>%1 numbers in %2 are out of stock. Nothing was bought.</source>
        <translation>%1 numbers in %2 are out of stock. Nothing was bought.</translation>
    </message>
    <message>
        <source>--max-price takes an amount in cedi, such as 5.00, not &quot;%1&quot;.</source>
        <translation>--max-price takes an amount in cedi, such as 5.00, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 in %2 costs %3, above your --max-price of %4. Nothing was bought.</source>
        <translation>%1 in %2 costs %3, above your --max-price of %4. Nothing was bought.</translation>
    </message>
    <message>
        <source>Not bought: nothing confirmed it. Add --yes, or run n1sms on a terminal to be asked.</source>
        <translation>Not bought: nothing confirmed it. Add --yes, or run n1sms on a terminal to be asked.</translation>
    </message>
    <message>
        <source>Buy a %1 number in %2 for %3? [y/N]</source>
        <translation>Buy a %1 number in %2 for %3? [y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Not bought.</source>
        <translation>Not bought.</translation>
    </message>
    <message>
        <source>Charged %1, not the %2 listed.</source>
        <translation>Charged %1, not the %2 listed.</translation>
    </message>
    <message>
        <source>Not bought (nothing was charged):</source>
        <translation>Not bought (nothing was charged):</translation>
    </message>
    <message>
        <source>Not bought:</source>
        <translation>Not bought:</translation>
    </message>
    <message>
        <source>No answer came to the purchase (%1). Checking your orders to learn whether it went through; it is not sent again…</source>
        <translation>No answer came to the purchase (%1). Checking your orders to learn whether it went through; it is not sent again…</translation>
    </message>
    <message>
        <source>No number was bought: for a minute your orders showed no new one. If one appears later, n1sms orders will show it.</source>
        <translation>No number was bought: for a minute your orders showed no new one. If one appears later, n1sms orders will show it.</translation>
    </message>
    <message>
        <source>Could not learn whether the number was bought (%1). Check with &quot;n1sms orders&quot; before buying again.</source>
        <translation>Could not learn whether the number was bought (%1). Check with &quot;n1sms orders&quot; before buying again.</translation>
    </message>
    <message>
        <source>The session ended while the number was being bought. Check with &quot;n1sms orders&quot; before buying again.</source>
        <translation>The session ended while the number was being bought. Check with &quot;n1sms orders&quot; before buying again.</translation>
    </message>
    <message>
        <source>Buying a %1 number in %2…</source>
        <translation>Buying a %1 number in %2…</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Order %1 ended without a code (%2); its price is refunded.</source>
        <translation>Order %1 ended without a code (%2); its price is refunded.</translation>
    </message>
    <message>
        <source>Order %1 ended without a code (%2).</source>
        <translation>Order %1 ended without a code (%2).</translation>
    </message>
    <message>
        <source>Could not check the orders (%1); trying again at %2.</source>
        <translation>Could not check the orders (%1); trying again at %2.</translation>
    </message>
    <message>
        <source>No code came for order %1 within %2 s. It may still come: n1sms wait %1 waits again.</source>
        <translation>No code came for order %1 within %2 s. It may still come: n1sms wait %1 waits again.</translation>
    </message>
    <message>
        <source>Waiting for the SMS code…</source>
        <translation>Waiting for the SMS code…</translation>
    </message>
    <message>
        <source>No order %1 among your %2 most recent orders.</source>
        <translation>No order %1 among your %2 most recent orders.</translation>
    </message>
    <message>
        <source>Waiting for the SMS code of order %1…</source>
        <translation>Waiting for the SMS code of order %1…</translation>
    </message>
    <message>
        <source>Could not load your orders:</source>
        <translation>Could not load your orders:</translation>
    </message>
    <message>
        <source>Page %1 of %2.</source>
        <translation>Page %1 of %2.</translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 is refunded.</source>
        <translation>Order %1 cancelled; %2 is refunded.</translation>
    </message>
    <message>
        <source>This server does not offer cancelling; an order without a code is refunded when its time runs out.</source>
        <translation>This server does not offer cancelling; an order without a code is refunded when its time runs out.</translation>
    </message>
    <message>
        <source>Order %1 was not cancelled:</source>
        <translation>Order %1 was not cancelled:</translation>
    </message>
    <message>
        <source>No orders to show.</source>
        <translation>No orders to show.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COST</translation>
    </message>
    <message>
        <source>BOUGHT</source>
        <translation>BOUGHT</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A password is never taken on the command line, where other users and the shell&apos;s history could see it: use --password-stdin, or the N1SMS_PASSWORD variable.</source>
        <translation>A password is never taken on the command line, where other users and the shell&apos;s history could see it: use --password-stdin, or the N1SMS_PASSWORD variable.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not &quot;%1&quot;.</source>
        <translation>--wait takes a number of seconds, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 needs a value.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 takes no value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 does not take --%2.</translation>
    </message>
    <message>
        <source>%1: an argument is missing.</source>
        <translation>%1: an argument is missing.</translation>
    </message>
    <message>
        <source>%1: too many arguments (%2).</source>
        <translation>%1: too many arguments (%2).</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 takes one of: %2.</translation>
    </message>
    <message>
        <source>--max-price cannot be kept with --pricing best: the server may charge more than the listed price for it.</source>
        <translation>--max-price cannot be kept with --pricing best: the server may charge more than the listed price for it.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number above zero.</source>
        <translation>--%1 takes a whole number above zero.</translation>
    </message>
    <message>
        <source>%1 takes an order&apos;s number, such as 5008.</source>
        <translation>%1 takes an order&apos;s number, such as 5008.</translation>
    </message>
    <message>
        <source>n1sms login [--email EMAIL] [--password-stdin]
  Signs in and keeps the session in the system keychain, shared with the
  desktop app&apos;s &quot;Remember me&quot; for the same server. The password is asked
  for without echo on a terminal, or read from standard input.</source>
        <translation>n1sms login [--email EMAIL] [--password-stdin]
  Signs in and keeps the session in the system keychain, shared with the
  desktop app&apos;s &quot;Remember me&quot; for the same server. The password is asked
  for without echo on a terminal, or read from standard input.</translation>
    </message>
    <message>
        <source>n1sms logout
  Signs out on the server and forgets the session kept in the keychain.</source>
        <translation>n1sms logout
  Signs out on the server and forgets the session kept in the keychain.</translation>
    </message>
    <message>
        <source>n1sms balance
  The account&apos;s balance, in cedi and in dollars.</source>
        <translation>n1sms balance
  The account&apos;s balance, in cedi and in dollars.</translation>
    </message>
    <message>
        <source>n1sms services [SEARCH]
  The services numbers are sold for, or those whose name contains SEARCH.</source>
        <translation>n1sms services [SEARCH]
  The services numbers are sold for, or those whose name contains SEARCH.</translation>
    </message>
    <message>
        <source>n1sms prices SERVICE [--country COUNTRY] [--in-stock]
             [--sort price|success|stock]
  The price, stock and success rate of SERVICE in each country.</source>
        <translation>n1sms prices SERVICE [--country COUNTRY] [--in-stock]
             [--sort price|success|stock]
  The price, stock and success rate of SERVICE in each country.</translation>
    </message>
    <message>
        <source>n1sms buy SERVICE COUNTRY [--max-price AMOUNT] [--pricing cheapest|best]
          [--yes] [--wait [SECONDS]]
  Buys one number, after a confirmation (--yes: none). Refused, with
  nothing sent, when the listed price is above --max-price. With --wait,
  waits for the SMS code (at most SECONDS) and prints it.</source>
        <translation>n1sms buy SERVICE COUNTRY [--max-price AMOUNT] [--pricing cheapest|best]
          [--yes] [--wait [SECONDS]]
  Buys one number, after a confirmation (--yes: none). Refused, with
  nothing sent, when the listed price is above --max-price. With --wait,
  waits for the SMS code (at most SECONDS) and prints it.</translation>
    </message>
    <message>
        <source>n1sms orders [--status active|completed|cancelled|expired|all] [--page N]
  Your orders: the active ones, or a page of the past ones.</source>
        <translation>n1sms orders [--status active|completed|cancelled|expired|all] [--page N]
  Your orders: the active ones, or a page of the past ones.</translation>
    </message>
    <message>
        <source>n1sms wait ORDER_ID [--timeout SECONDS]
  Waits for the SMS code of an order and prints it.</source>
        <translation>n1sms wait ORDER_ID [--timeout SECONDS]
  Waits for the SMS code of an order and prints it.</translation>
    </message>
    <message>
        <source>n1sms cancel ORDER_ID
  Cancels an order that has no code yet; its price is refunded.</source>
        <translation>n1sms cancel ORDER_ID
  Cancels an order that has no code yet; its price is refunded.</translation>
    </message>
    <message>
        <source>n1sms help [COMMAND]
  What n1sms does, or what COMMAND does.</source>
        <translation>n1sms help [COMMAND]
  What n1sms does, or what COMMAND does.</translation>
    </message>
    <message>
        <source>Usage: n1sms [--base-url URL] [--json] [--quiet] COMMAND [ARGUMENTS]

Buy temporary numbers and receive SMS codes from the command line.

Commands:
</source>
        <translation>Usage: n1sms [--base-url URL] [--json] [--quiet] COMMAND [ARGUMENTS]

Buy temporary numbers and receive SMS codes from the command line.

Commands:
</translation>
    </message>
    <message>
        <source>
Options for every command:
  --base-url URL  the N1SMS API (or N1SMS_BASE_URL); https, or http on this computer
  --json          one JSON document on standard output
  -q, --quiet     no progress messages
  -h, --help      this help, or a command&apos;s (n1sms buy --help)
  --version       the version

SERVICE is an id or a name (case and accents do not matter); COUNTRY is an id,
an ISO code (GH) or a name. Credentials: the session kept by &quot;n1sms login&quot; or
the desktop app, else N1SMS_EMAIL and N1SMS_PASSWORD.

Exit status: 0 done; 1 the server refused; 2 usage error or confirmation
refused; 3 network trouble or unknown outcome; 4 not signed in or session
ended; 5 gave up waiting for a code.
</source>
        <translation>
Options for every command:
  --base-url URL  the N1SMS API (or N1SMS_BASE_URL); https, or http on this computer
  --json          one JSON document on standard output
  -q, --quiet     no progress messages
  -h, --help      this help, or a command&apos;s (n1sms buy --help)
  --version       the version

SERVICE is an id or a name (case and accents do not matter); COUNTRY is an id,
an ISO code (GH) or a name. Credentials: the session kept by &quot;n1sms login&quot; or
the desktop app, else N1SMS_EMAIL and N1SMS_PASSWORD.

Exit status: 0 done; 1 the server refused; 2 usage error or confirmation
refused; 3 network trouble or unknown outcome; 4 not signed in or session
ended; 5 gave up waiting for a code.
</translation>
    </message>
    <message>
        <source>Try &quot;n1sms --help&quot;.</source>
        <translation>Try &quot;n1sms --help&quot;.</translation>
    </message>
</context>
<context>
    <name>CountryPriceModel</name>
    <message numerus="yes">
        <source>%1: %2 (%3), %n number(s) in stock</source>
        <translation>
            <numerusform>%1: %2 (%3), %n number in stock</numerusform>
            <numerusform>%1: %2 (%3), %n numbers in stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>No %1 numbers are on sale now.</source>
        <translation>No %1 numbers are on sale now.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Price (₵)</source>
        <translation>Price (₵)</translation>
    </message>
    <message>
        <source>Price ($)</source>
        <translation>Price ($)</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>More than your balance of %1.</source>
        <translation>More than your balance of %1.</translation>
    </message>
    <message>
        <source>You have not bought a number here yet, or none has ended.</source>
        <translation>You have not bought a number here yet, or none has ended.</translation>
    </message>
    <message>
        <source>Of the %1 numbers you bought here, %2 brought their code.</source>
        <translation>Of the %1 numbers you bought here, %2 brought their code.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Column header: the user&apos;s own record (&quot;4 of 5&quot;) beside the server&apos;s success rate</extracomment>
        <translation>You</translation>
    </message>
</context>
<context>
    <name>Decode</name>
    <message>
        <source>The server&apos;s sign-in answer was refused: its token is too long (%L1 kB) to be sent with every request.</source>
        <translation>The server&apos;s sign-in answer was refused: its token is too long (%L1 kB) to be sent with every request.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>N1SMS</source>
        <translation>N1SMS</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>No orders of this kind yet</source>
        <translation>No orders of this kind yet</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Orders to show</source>
        <translation>Orders to show</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Search these orders…</source>
        <translation>Search these orders…</translation>
    </message>
    <message>
        <source>Search these orders</source>
        <translation>Search these orders</translation>
    </message>
    <message>
        <source>Service, country, number, code or status</source>
        <translation>Service, country, number, code or status</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Ne&amp;xt</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>If you sign out, N1SMS stops watching them; they stay on your account, and one that expires without a code is refunded.</source>
        <translation>If you sign out, N1SMS stops watching them; they stay on your account, and one that expires without a code is refunded.</translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Sign out anyway</translation>
    </message>
    <message>
        <source>If you quit, nobody watches them: a code that arrives shows only the next time you open N1SMS, and one that expires without a code is refunded.</source>
        <translation>If you quit, nobody watches them: a code that arrives shows only the next time you open N1SMS, and one that expires without a code is refunded.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <source>Numbers still waiting</source>
        <translation>Numbers still waiting</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Sign in to N1SMS</source>
        <translation>Sign in to N1SMS</translation>
    </message>
    <message>
        <source>Buy a number, receive the code.</source>
        <translation>Buy a number, receive the code.</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Keeps you signed in between runs. The sign-in is kept in the system keychain, never in a file.</source>
        <translation>Keeps you signed in between runs. The sign-in is kept in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>Sho&amp;w password</source>
        <translation>Sho&amp;w password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>New here? Create an a&amp;ccount</source>
        <translation>New here? Create an a&amp;ccount</translation>
    </message>
    <message>
        <source>Fill in the &amp;demo account</source>
        <translation>Fill in the &amp;demo account</translation>
    </message>
    <message>
        <source>Fill in the demo account</source>
        <translation>Fill in the demo account</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter the email address of your N1SMS account.</source>
        <translation>Enter the email address of your N1SMS account.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Nothing here is real and no money is spent.&lt;br&gt;Email: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Password: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Demo mode.&lt;/b&gt; Nothing here is real and no money is spent.&lt;br&gt;Email: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Password: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Signing in as %1…</translation>
    </message>
    <message>
        <source>This session ends when N1SMS closes: nothing is kept.</source>
        <translation>This session ends when N1SMS closes: nothing is kept.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About N1SMS</source>
        <translation>&amp;About N1SMS</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copy &amp;diagnostics</translation>
    </message>
    <message>
        <source>The app&apos;s version, the server&apos;s address and the last lines of its log, for support: nothing secret.</source>
        <translation>The app&apos;s version, the server&apos;s address and the last lines of its log, for support: nothing secret.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>N1SMS</source>
        <translation>N1SMS</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>&amp;Active orders</source>
        <translation>&amp;Active orders</translation>
    </message>
    <message>
        <source>No code has arrived yet.</source>
        <translation>No code has arrived yet.</translation>
    </message>
    <message>
        <source>Copied the %1 code %2.</source>
        <translation>Copied the %1 code %2.</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Signed in again.</translation>
    </message>
    <message>
        <source>%1 code for %2: %3</source>
        <translation>%1 code for %2: %3</translation>
    </message>
    <message>
        <source>N1SMS demo: nothing is real</source>
        <translation>N1SMS demo: nothing is real</translation>
    </message>
    <message>
        <source>No web browser could be opened. Top up your account at %1</source>
        <translation>No web browser could be opened. Top up your account at %1</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>&amp;Order book</source>
        <translation>&amp;Order book</translation>
    </message>
    <message>
        <source>&amp;Watches</source>
        <translation>&amp;Watches</translation>
    </message>
    <message>
        <source>Watching: %1.</source>
        <translation>Watching: %1.</translation>
    </message>
</context>
<context>
    <name>NoticeStack</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>The order book could not be opened: %1</source>
        <translation>The order book could not be opened: %1</translation>
    </message>
    <message>
        <source>The order book %1 was written by a newer version of N1SMS Desktop; it is left as it is and not used in this run.</source>
        <translation>The order book %1 was written by a newer version of N1SMS Desktop; it is left as it is and not used in this run.</translation>
    </message>
    <message>
        <source>The order book could not be read. It was moved aside to %1 and a new one started; nothing in it was deleted.</source>
        <translation>The order book could not be read. It was moved aside to %1 and a new one started; nothing in it was deleted.</translation>
    </message>
</context>
<context>
    <name>OrderBookModel</name>
    <message>
        <source>%1 (no longer listed by the server)</source>
        <translation>%1 (no longer listed by the server)</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write on it</source>
        <translation>Double-click or press F2 to write on it</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1 refunded</translation>
    </message>
</context>
<context>
    <name>OrderBookPanel</name>
    <message>
        <source>Search labels, notes, numbers, services, countries…</source>
        <translation>Search labels, notes, numbers, services, countries…</translation>
    </message>
    <message>
        <source>Search the order book</source>
        <translation>Search the order book</translation>
    </message>
    <message>
        <source>Figures by</source>
        <translation>Figures by</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>F&amp;igures</translation>
    </message>
    <message>
        <source>What you spent and how often a number brought its code, by month, service and country</source>
        <translation>What you spent and how often a number brought its code, by month, service and country</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save the orders shown as CSV or JSON</source>
        <translation>Save the orders shown as CSV or JSON</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Order book</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copy &amp;details</translation>
    </message>
    <message>
        <source>Copy everything support needs about this order (nothing secret)</source>
        <translation>Copy everything support needs about this order (nothing secret)</translation>
    </message>
    <message>
        <source>Your figures</source>
        <translation>Your figures</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n number(s) bought, %1 spent.</source>
        <translation>
            <numerusform>In all: %n number bought, %1 spent.</numerusform>
            <numerusform>In all: %n numbers bought, %1 spent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n number(s) bought, %1 spent; %2 brought their code.</source>
        <translation>
            <numerusform>In all: %n number bought, %1 spent; %2 brought their code.</numerusform>
            <numerusform>In all: %n numbers bought, %1 spent; %2 brought their code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an order to copy its details or try it again.</source>
        <translation>Choose an order to copy its details or try it again.</translation>
    </message>
    <message>
        <source>Buy again and Try another country are for orders that ended without a code.</source>
        <translation>Buy again and Try another country are for orders that ended without a code.</translation>
    </message>
    <message>
        <source>A purchase is under way.</source>
        <translation>A purchase is under way.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>By service</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>By country</translation>
    </message>
    <message numerus="yes">
        <source>Export %n order(s)</source>
        <translation>
            <numerusform>Export %n order</numerusform>
            <numerusform>Export %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The cheapest country in stock</source>
        <translation>The cheapest country in stock</translation>
    </message>
    <message>
        <source>The country that worked best for you</source>
        <translation>The country that worked best for you</translation>
    </message>
    <message>
        <source>The same service in the next country in stock: the cheapest, or (from the menu) the one where your numbers brought their code most often</source>
        <translation>The same service in the next country in stock: the cheapest, or (from the menu) the one where your numbers brought their code most often</translation>
    </message>
    <message>
        <source>The same service in the same country, asked first</source>
        <translation>The same service in the same country, asked first</translation>
    </message>
    <message>
        <source>Try another count&amp;ry</source>
        <translation>Try another count&amp;ry</translation>
    </message>
    <message>
        <source>Buy agai&amp;n</source>
        <translation>Buy agai&amp;n</translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>Waiting for SMS</source>
        <translation>Waiting for SMS</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>Code received</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Charged %1; the price confirmed was %2.</source>
        <translation>Charged %1; the price confirmed was %2.</translation>
    </message>
    <message>
        <source>%1 · %2 refunded</source>
        <translation>%1 · %2 refunded</translation>
    </message>
    <message>
        <source>code at %1</source>
        <translation>code at %1</translation>
    </message>
    <message>
        <source>%1 (not %2)</source>
        <translation>%1 (not %2)</translation>
    </message>
    <message>
        <source>This order can no longer be cancelled.</source>
        <translation>This order can no longer be cancelled.</translation>
    </message>
    <message>
        <source>This order can no longer be cancelled: %1</source>
        <translation>This order can no longer be cancelled: %1</translation>
    </message>
    <message>
        <source>The server refused to cancel it: %1</source>
        <translation>The server refused to cancel it: %1</translation>
    </message>
    <message>
        <source>Cancel this order and get %1 back.</source>
        <translation>Cancel this order and get %1 back.</translation>
    </message>
    <message>
        <source>Cancelling becomes possible in %1, until the SMS arrives.</source>
        <translation>Cancelling becomes possible in %1, until the SMS arrives.</translation>
    </message>
    <message>
        <source>Cancelling becomes possible two minutes after purchase, once the server allows it, until the SMS arrives.</source>
        <translation>Cancelling becomes possible two minutes after purchase, once the server allows it, until the SMS arrives.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>OrderListWidget</name>
    <message>
        <source>Copy &amp;number</source>
        <translation>Copy &amp;number</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copy code</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Your orders</translation>
    </message>
    <message>
        <source>Copied the code %1.</source>
        <translation>Copied the code %1.</translation>
    </message>
    <message>
        <source>Copied the number %1.</source>
        <translation>Copied the number %1.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>Cancel the %1 number %2? %3 goes back to your balance; the number cannot be used again.</source>
        <translation>Cancel the %1 number %2? %3 goes back to your balance; the number cannot be used again.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Cance&amp;l order</source>
        <translation>Cance&amp;l order</translation>
    </message>
    <message>
        <source>Buy aga&amp;in</source>
        <translation>Buy aga&amp;in</translation>
    </message>
    <message>
        <source>The same service in the same country, asked first</source>
        <translation>The same service in the same country, asked first</translation>
    </message>
</context>
<context>
    <name>OrdersController</name>
    <message>
        <source>Could not refresh the orders: %1</source>
        <translation>Could not refresh the orders: %1</translation>
    </message>
    <message>
        <source>Your waiting orders could not be checked twice in a row: %1 Next try at %2.</source>
        <translation>Your waiting orders could not be checked twice in a row: %1 Next try at %2.</translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 refunded.</source>
        <translation>Order %1 cancelled; %2 refunded.</translation>
    </message>
    <message>
        <source>The %1 number %2 expired without a code; %3 was refunded.</source>
        <translation>The %1 number %2 expired without a code; %3 was refunded.</translation>
    </message>
    <message>
        <source>The %1 number %2 was cancelled; %3 was refunded.</source>
        <translation>The %1 number %2 was cancelled; %3 was refunded.</translation>
    </message>
    <message>
        <source>The %1 number %2 is no longer waiting (%3).</source>
        <translation>The %1 number %2 is no longer waiting (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) still waiting for a code: %1.</source>
        <translation>
            <numerusform>%n number still waiting for a code: %1.</numerusform>
            <numerusform>%n numbers still waiting for a code: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n order(s) that could not be read (a number beyond reason, or a part missing); they are not shown. Check your orders on the N1SMS website before buying again.</source>
        <translation>
            <numerusform>The server sent %n order that could not be read (a number beyond reason, or a part missing); it is not shown. Check your orders on the N1SMS website before buying again.</numerusform>
            <numerusform>The server sent %n orders that could not be read (a number beyond reason, or a part missing); they are not shown. Check your orders on the N1SMS website before buying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceTableWidget</name>
    <message>
        <source>Choose a service to see its prices by country.</source>
        <translation>Choose a service to see its prices by country.</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filter countries…</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Filter countries</translation>
    </message>
    <message>
        <source>&amp;Get the</source>
        <translation>&amp;Get the</translation>
    </message>
    <message>
        <source>Pricing option</source>
        <translation>Pricing option</translation>
    </message>
    <message>
        <source>Which number the server picks for you in the chosen country</source>
        <translation>Which number the server picks for you in the chosen country</translation>
    </message>
    <message>
        <source>cheapest number</source>
        <translation>cheapest number</translation>
    </message>
    <message>
        <source>best success rate</source>
        <translation>best success rate</translation>
    </message>
    <message>
        <source>Prices by country</source>
        <translation>Prices by country</translation>
    </message>
    <message>
        <source>&amp;Buy number</source>
        <translation>&amp;Buy number</translation>
    </message>
    <message>
        <source>Buy number</source>
        <translation>Buy number</translation>
    </message>
    <message>
        <source>%1 numbers by country</source>
        <translation>%1 numbers by country</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Buying…</translation>
    </message>
    <message>
        <source>Show all countries</source>
        <translation>Show all countries</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n country(s)</source>
        <translation>
            <numerusform>%1 of %n country</numerusform>
            <numerusform>%1 of %n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message>
        <source>No country has numbers in stock.</source>
        <translation>No country has numbers in stock.</translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>No country matches “%1”.</translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation>Top up…</translation>
    </message>
    <message>
        <source>Opens the service&apos;s website, where deposits are made</source>
        <translation>Opens the service&apos;s website, where deposits are made</translation>
    </message>
    <message>
        <source>In stoc&amp;k only</source>
        <translation>In stoc&amp;k only</translation>
    </message>
    <message>
        <source>Tells you when this country is in stock, or cheaper</source>
        <translation>Tells you when this country is in stock, or cheaper</translation>
    </message>
    <message>
        <source>Buys one number from the best countries within a price you set, trying the next when one fails</source>
        <translation>Buys one number from the best countries within a price you set, trying the next when one fails</translation>
    </message>
    <message>
        <source>Watch…</source>
        <translation>Watch…</translation>
    </message>
    <message>
        <source>Buy best…</source>
        <translation>Buy best…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Watch… and Buy best…</source>
        <translation>Watch… and Buy best…</translation>
    </message>
</context>
<context>
    <name>PurchaseConfirmation</name>
    <message>
        <source>Buy a number</source>
        <translation>Buy a number</translation>
    </message>
    <message>
        <source>Buy a %1 number in %2 (%3) for %4?</source>
        <translation>Buy a %1 number in %2 (%3) for %4?</translation>
    </message>
    <message>
        <source>The server picks the cheapest number.</source>
        <translation>The server picks the cheapest number.</translation>
    </message>
    <message>
        <source>Balance after purchase: %1</source>
        <translation>Balance after purchase: %1</translation>
    </message>
    <message>
        <source>Buy for %1</source>
        <translation>Buy for %1</translation>
    </message>
    <message>
        <source>The server picks the number with the best success rate. It may cost more than the listed price; you will be told what it cost.</source>
        <translation>The server picks the number with the best success rate. It may cost more than the listed price; you will be told what it cost.</translation>
    </message>
    <message>
        <source>Balance after purchase at the listed price: %1</source>
        <translation>Balance after purchase at the listed price: %1</translation>
    </message>
</context>
<context>
    <name>PurchaseController</name>
    <message>
        <source>Loading services…</source>
        <translation>Loading services…</translation>
    </message>
    <message>
        <source>The services could not be loaded: %1</source>
        <translation>The services could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading prices… page %1 of %2</source>
        <translation>Loading prices… page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n country(s). Double-click a country or press Enter to buy.</source>
        <translation>
            <numerusform>%n country. Double-click a country or press Enter to buy.</numerusform>
            <numerusform>%n countries. Double-click a country or press Enter to buy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prices for %1 could not be loaded: %2</source>
        <translation>The prices for %1 could not be loaded: %2</translation>
    </message>
    <message>
        <source>Prices as of %1; refreshing…</source>
        <translation>Prices as of %1; refreshing…</translation>
    </message>
    <message>
        <source>Loading prices…</source>
        <translation>Loading prices…</translation>
    </message>
    <message>
        <source>No numbers are in stock for %1 right now.</source>
        <translation>No numbers are in stock for %1 right now.</translation>
    </message>
    <message>
        <source>Your balance (%1) is not enough for this number (%2). Top up your account first.</source>
        <translation>Your balance (%1) is not enough for this number (%2). Top up your account first.</translation>
    </message>
    <message>
        <source>Buying a %1 number in %2…</source>
        <translation>Buying a %1 number in %2…</translation>
    </message>
    <message>
        <source>Bought %1 for %2. Waiting for the SMS…</source>
        <translation>Bought %1 for %2. Waiting for the SMS…</translation>
    </message>
    <message>
        <source>Your session ended before the number was bought: it was not bought and you were not charged. Sign in again, then buy it if you still want it.</source>
        <translation>Your session ended before the number was bought: it was not bought and you were not charged. Sign in again, then buy it if you still want it.</translation>
    </message>
    <message>
        <source>%1 Nothing was bought; you were not charged.</source>
        <translation>%1 Nothing was bought; you were not charged.</translation>
    </message>
    <message>
        <source>No answer came to the purchase. Checking whether the purchase went through…</source>
        <translation>No answer came to the purchase. Checking whether the purchase went through…</translation>
    </message>
    <message>
        <source>No order was made: a minute after the purchase, your orders show no new number. If one appears later, it will show here.</source>
        <translation>No order was made: a minute after the purchase, your orders show no new number. If one appears later, it will show here.</translation>
    </message>
    <message>
        <source>The session ended while a number was being bought. Look in Active orders before buying it again.</source>
        <translation>The session ended while a number was being bought. Look in Active orders before buying it again.</translation>
    </message>
    <message>
        <source>Could not confirm whether the purchase went through (%1). Check your orders before buying again.</source>
        <translation>Could not confirm whether the purchase went through (%1). Check your orders before buying again.</translation>
    </message>
    <message>
        <source>%1 code for %2: %3</source>
        <translation>%1 code for %2: %3</translation>
    </message>
    <message>
        <source>Charged %1, not the %2 you confirmed.</source>
        <translation>Charged %1, not the %2 you confirmed.</translation>
    </message>
    <message>
        <source>Charged %1, less than the %2 you confirmed.</source>
        <translation>Charged %1, less than the %2 you confirmed.</translation>
    </message>
    <message>
        <source>The best-success-rate option costs more.</source>
        <translation>The best-success-rate option costs more.</translation>
    </message>
    <message>
        <source>Bought %1 for %2. %3 Waiting for the SMS…</source>
        <translation>Bought %1 for %2. %3 Waiting for the SMS…</translation>
    </message>
    <message>
        <source>The services could not be loaded.</source>
        <translation>The services could not be loaded.</translation>
    </message>
    <message>
        <source>The prices could not be loaded.</source>
        <translation>The prices could not be loaded.</translation>
    </message>
    <message>
        <source>Looking for a %1 number…</source>
        <translation>Looking for a %1 number…</translation>
    </message>
    <message>
        <source>%1 numbers are no longer offered in that country.</source>
        <translation>%1 numbers are no longer offered in that country.</translation>
    </message>
    <message>
        <source>No other country has %1 numbers in stock right now.</source>
        <translation>No other country has %1 numbers in stock right now.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n price(s) for %1 that could not be read; those countries are not shown.</source>
        <translation>
            <numerusform>The server sent %n price for %1 that could not be read; that country is not shown.</numerusform>
            <numerusform>The server sent %n prices for %1 that could not be read; those countries are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseRules</name>
    <message>
        <source>The server lists %1 at %2, which is not a real price, so this number cannot be bought. Refresh the prices or choose another country.</source>
        <translation>The server lists %1 at %2, which is not a real price, so this number cannot be bought. Refresh the prices or choose another country.</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <source>Create your N1SMS account</source>
        <translation>Create your N1SMS account</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>+233 24 123 4567</source>
        <translation>+233 24 123 4567</translation>
    </message>
    <message>
        <source>Phone number with country code</source>
        <translation>Phone number with country code</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirm the password</translation>
    </message>
    <message>
        <source>&amp;Referral code</source>
        <translation>&amp;Referral code</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Referral code (optional)</source>
        <translation>Referral code (optional)</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>Create &amp;account</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>I already have an account: &amp;sign in</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creating your account…</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <source>Sho&amp;w the password</source>
        <translation>Sho&amp;w the password</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Enter the password for &lt;b&gt;%2&lt;/b&gt; to carry on where you were.</source>
        <translation>%1&lt;br&gt;Enter the password for &lt;b&gt;%2&lt;/b&gt; to carry on where you were.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>ServerFeatures</name>
    <message>
        <source>This server does not offer cancelling; an order without a code is refunded when its time runs out.</source>
        <translation>This server does not offer cancelling; an order without a code is refunded when its time runs out.</translation>
    </message>
    <message>
        <source>This server does not offer reading one order; orders are followed through the order list.</source>
        <translation>This server does not offer reading one order; orders are followed through the order list.</translation>
    </message>
    <message>
        <source>This server does not offer signing out remotely: the session was forgotten on this computer and ends on the server when it expires.</source>
        <translation>This server does not offer signing out remotely: the session was forgotten on this computer and ends on the server when it expires.</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <source>%1, favourite</source>
        <translation>%1, favourite</translation>
    </message>
    <message>
        <source>%1 (service %2)</source>
        <translation>%1 (service %2)</translation>
    </message>
</context>
<context>
    <name>ServicePickerWidget</name>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Popular services</source>
        <translation>Popular services</translation>
    </message>
    <message>
        <source>Search services…</source>
        <translation>Search services…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Add the chosen service to your favourites (Ctrl+D)</source>
        <translation>Add the chosen service to your favourites (Ctrl+D)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Show the prices for %1</source>
        <translation>Show the prices for %1</translation>
    </message>
    <message>
        <source>Remove from your favourites (Ctrl+D)</source>
        <translation>Remove from your favourites (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add to your favourites (Ctrl+D)</source>
        <translation>Add to your favourites (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your account is created. Verify your phone number as the message from N1SMS asks, then sign in here.</source>
        <translation>Your account is created. Verify your phone number as the message from N1SMS asks, then sign in here.</translation>
    </message>
    <message>
        <source>Your account is created. You can sign in now.</source>
        <translation>Your account is created. You can sign in now.</translation>
    </message>
    <message>
        <source>You will stay signed in only until N1SMS closes: %1</source>
        <translation>You will stay signed in only until N1SMS closes: %1</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Your session has ended.</translation>
    </message>
    <message>
        <source>Your balance could not be loaded: %1</source>
        <translation>Your balance could not be loaded: %1</translation>
    </message>
    <message>
        <source>Now using %1. Sign in to your account there.</source>
        <translation>Now using %1. Sign in to your account there.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <source>Use the N1SMS production server</source>
        <translation>Use the N1SMS production server</translation>
    </message>
    <message>
        <source>Use the default server</source>
        <translation>Use the default server</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colours</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a code arrives</source>
        <translation>Show a &amp;notification when a code arrives</translation>
    </message>
    <message>
        <source>Clear the clipboard</source>
        <translation>Clear the clipboard</translation>
    </message>
    <message>
        <source>Numbers and codes copied by N1SMS are removed from the clipboard after this time, unless something else has been copied since.</source>
        <translation>Numbers and codes copied by N1SMS are removed from the clipboard after this time, unless something else has been copied since.</translation>
    </message>
    <message>
        <source>Check waiting orders &amp;every</source>
        <translation>Check waiting orders &amp;every</translation>
    </message>
    <message>
        <source>Check waiting orders every</source>
        <translation>Check waiting orders every</translation>
    </message>
    <message>
        <source>Less often when the window is hidden. The server allows 60 requests a minute.</source>
        <translation>Less often when the window is hidden. The server allows 60 requests a minute.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>The system&apos;s</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>After %n second(s)</source>
        <translation>
            <numerusform>After %n second</numerusform>
            <numerusform>After %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Changing the server signs you out.</source>
        <translation>Changing the server signs you out.</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (plain http:// only for this computer), such as %1.</source>
        <translation>Enter an address that starts with https:// (plain http:// only for this computer), such as %1.</translation>
    </message>
    <message>
        <source>Cop&amp;y the number when a purchase succeeds</source>
        <translation>Cop&amp;y the number when a purchase succeeds</translation>
    </message>
    <message>
        <source>Clea&amp;r the clipboard</source>
        <translation>Clea&amp;r the clipboard</translation>
    </message>
    <message>
        <source>Watches look at prices e&amp;very</source>
        <translation>Watches look at prices e&amp;very</translation>
    </message>
    <message>
        <source>Watches look at prices every</source>
        <translation>Watches look at prices every</translation>
    </message>
    <message>
        <source>One price list per watched service each time, whatever the number of watches.</source>
        <translation>One price list per watched service each time, whatever the number of watches.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>N1SMS: no order is waiting</source>
        <translation>N1SMS: no order is waiting</translation>
    </message>
    <message>
        <source>%1 code for %2: %3. Click to copy it.</source>
        <translation>%1 code for %2: %3. Click to copy it.</translation>
    </message>
    <message>
        <source>Your %1 code: %2</source>
        <translation>Your %1 code: %2</translation>
    </message>
    <message numerus="yes">
        <source>N1SMS: %n order(s) waiting for an SMS</source>
        <translation>
            <numerusform>N1SMS: %n order waiting for an SMS</numerusform>
            <numerusform>N1SMS: %n orders waiting for an SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show N1SMS</source>
        <translation>&amp;Show N1SMS</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message>
        <source>Clear the text</source>
        <translation>Clear the text</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <source>The server asked the app to wait.</source>
        <translation>The server asked the app to wait.</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>Change the watch</source>
        <translation>Change the watch</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Watch %1</translation>
    </message>
    <message>
        <source>Tell me when a %1 number…</source>
        <translation>Tell me when a %1 number…</translation>
    </message>
    <message>
        <source>in %1 is in stock</source>
        <translation>in %1 is in stock</translation>
    </message>
    <message>
        <source>in %1 costs at most</source>
        <translation>in %1 costs at most</translation>
    </message>
    <message>
        <source>Highest price in %1, in cedi</source>
        <translation>Highest price in %1, in cedi</translation>
    </message>
    <message>
        <source>in any country costs at most</source>
        <translation>in any country costs at most</translation>
    </message>
    <message>
        <source>Highest price in any country, in cedi</source>
        <translation>Highest price in any country, in cedi</translation>
    </message>
    <message>
        <source>with a success rate of at least</source>
        <translation>with a success rate of at least</translation>
    </message>
    <message>
        <source>Lowest success rate, in percent</source>
        <translation>Lowest success rate, in percent</translation>
    </message>
    <message>
        <source>When it happens, ask me to buy it (the usual confirmation)</source>
        <translation>When it happens, ask me to buy it (the usual confirmation)</translation>
    </message>
    <message>
        <source>While you are signed in, the app looks at the prices now and then (Settings says how often) and a notification says when. Nothing is bought without your yes.</source>
        <translation>While you are signed in, the app looks at the prices now and then (Settings says how often) and a notification says when. Nothing is bought without your yes.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <source>Type a price in cedi, such as 4.50.</source>
        <translation>Type a price in cedi, such as 4.50.</translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>at least %1 % success</source>
        <translation>at least %1 % success</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>any country</translation>
    </message>
    <message>
        <source>%1 in %2, when in stock</source>
        <translation>%1 in %2, when in stock</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 in %2, %3</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Any country</translation>
    </message>
    <message>
        <source>Notify and ask to buy</source>
        <translation>Notify and ask to buy</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Met: %1 at %2</source>
        <translation>Met: %1 at %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>WatchesPanel</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Show &amp;prices</source>
        <translation>Show &amp;prices</translation>
    </message>
    <message>
        <source>No watch yet. Choose a service and a country, then Watch… to be told when it is in stock or costs less.</source>
        <translation>No watch yet. Choose a service and a country, then Watch… to be told when it is in stock or costs less.</translation>
    </message>
    <message>
        <source>Paused until %1: %2</source>
        <translation>Paused until %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The prices are looked at every %n second(s) while you are signed in.</source>
        <translation>
            <numerusform>The prices are looked at every %n second while you are signed in.</numerusform>
            <numerusform>The prices are looked at every %n seconds while you are signed in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Buy temporary numbers and receive SMS codes.</source>
        <translation>Buy temporary numbers and receive SMS codes.</translation>
    </message>
    <message>
        <source>Run against a built-in sandbox server with a demo account.</source>
        <translation>Run against a built-in sandbox server with a demo account.</translation>
    </message>
    <message>
        <source>The N1SMS API to use.</source>
        <translation>The N1SMS API to use.</translation>
    </message>
    <message>
        <source>The server address must be an https:// URL (plain http:// only for this computer): %1</source>
        <translation>The server address must be an https:// URL (plain http:// only for this computer): %1</translation>
    </message>
    <message>
        <source>N1SMS Desktop is already running but does not answer. Wait a moment and try again, or end the running one first.</source>
        <translation>N1SMS Desktop is already running but does not answer. Wait a moment and try again, or end the running one first.</translation>
    </message>
</context>
</TS>
