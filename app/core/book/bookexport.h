#pragma once

#include "core/book/bookentry.h"

#include <QByteArray>
#include <QHash>
#include <QList>

// The order book (or a search of it) as a file for a spreadsheet or a
// script. Pure functions: entries in, bytes out.
namespace BookExport {

// UTF-8 with a byte-order mark, a header row, one order per line; times in
// ISO 8601 (UTC), amounts as plain decimals ("4.20") that a spreadsheet reads
// as numbers. Text from the server that a spreadsheet would take for a
// formula is made harmless.
QByteArray csv(const QList<BookEntry> &entries);
// {"orders": [...]}: amounts as decimal strings with their currency, times in
// ISO 8601 UTC, each order's status history when known.
QByteArray json(const QList<BookEntry> &entries,
                const QHash<qint64, QList<StatusChange>> &histories = {});
// The columns of the CSV, in order.
QStringList csvColumns();

} // namespace BookExport
