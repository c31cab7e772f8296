<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed; its certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the details are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not support that action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Please wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPriceModel</name>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 numbers are on sale now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3), %n number(s) in stock</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (₵)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Sign in to N1SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a number, receive the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the &amp;demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address of your N1SMS account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Nothing here is real and no money is spent.&lt;br&gt;Email: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Password: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>N1SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading prices… page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n country(s). Double-click a country or press Enter to buy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No numbers are in stock for %1 right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance (%1) is not enough for this number (%2). Top up your account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after purchase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a %1 number in %2 (%3) for %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying a %1 number in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought %1 for %2. Waiting for the SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the purchase was lost. Checking your orders to see whether it went through…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase did not go through; you were not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not confirm whether the purchase went through (%1). Check your orders before buying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cancelled; %2 refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading services…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderListModel</name>
    <message>
        <source>Waiting for SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderListWidget</name>
    <message>
        <source>Your orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this order and get the money back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order can be cancelled from two minutes after purchase until its SMS arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTableWidget</name>
    <message>
        <source>Choose a service to see its prices by country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers are in stock for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <source>%1 (service %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePickerWidget</name>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Buy temporary numbers and receive SMS codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a built-in sandbox server with a demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The N1SMS API to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be an https:// URL (plain http:// only for this computer): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
