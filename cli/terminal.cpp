#include "cli/terminal.h"

#include <QByteArray>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Terminal {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

std::optional<QString> readLine(bool echo)
{
    termios before{};
    const bool hide = !echo && stdinIsTerminal() && tcgetattr(STDIN_FILENO, &before) == 0;
    if (hide) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // Bytes, not a QTextStream: nothing may be read ahead of the line.
    QByteArray line;
    bool any = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        any = true;
        if (c == '\n')
            break;
        line.append(char(c));
    }
    if (hide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    if (!any)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace Terminal
