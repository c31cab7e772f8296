#pragma once

#include <QString>
#include <QStringList>

// The log a user can send: every message of the app's categories (n1sms.*)
// and every warning, masked
// (no token, password, code or whole number), kept as the last lines in
// memory and, when given a folder, in a size-capped file that rotates
// (n1sms.log, then n1sms.log.1). Messages still reach the previous handler
// (standard error).
namespace LogFile {

// Starts capturing; `folder` empty keeps the lines in memory only (the demo).
void install(const QString &folder, qint64 maxBytes = 512 * 1024);
// Stops capturing and gives the previous handler back.
void uninstall();
// The file written to, empty when none.
QString path();
// The last `count` lines, oldest first.
QStringList lastLines(int count = 200);

// A line as the log keeps it: runs of five digits or more keep their last
// three ("+233241234567" -> "+*********567"), and anything shaped like a
// token (a Bearer value, or 24 or more letters, digits and -_|+=) is hidden.
QString mask(const QString &line);

} // namespace LogFile
