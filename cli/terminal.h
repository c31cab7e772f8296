#pragma once

#include <QString>

#include <optional>

// The terminal n1sms talks to, when there is one: whether a stream is one, and
// reading a line from standard input, without echo for a password.
namespace Terminal {

bool stdinIsTerminal();
bool stdoutIsTerminal();
bool stderrIsTerminal();
// A line of standard input without its line break; none at the end of input.
// With `echo` false and standard input a terminal, what is typed is not shown.
std::optional<QString> readLine(bool echo = true);

} // namespace Terminal
