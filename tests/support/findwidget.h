#pragma once

#include <QLatin1StringView>
#include <QtGlobal>
#include <QWidget>

// The child of `parent` named `name`: a GUI test cannot go on without it, so
// a missing one stops the test with its name.
template <typename T> T *childNamed(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1StringView(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}
