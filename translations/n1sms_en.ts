<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests. Please wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Please wait %n second.</numerusform>
            <numerusform>Too many requests. Please wait %n seconds.</numerusform>
        </translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n country(s). Double-click a country or press Enter to buy.</source>
        <translation>
            <numerusform>%n country. Double-click a country or press Enter to buy.</numerusform>
            <numerusform>%n countries. Double-click a country or press Enter to buy.</numerusform>
        </translation>
    </message>
</context>
</TS>
