#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

// The menu bar's File and Help menus. It keeps their words in the language
// of the moment; what each item does is connected by the window.
class MainMenus final : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(QMainWindow *window);

    QAction *settings() const { return m_settings; }
    QAction *quit() const { return m_quit; }
    QAction *about() const { return m_about; }
    QAction *diagnostics() const { return m_diagnostics; }

    void retranslate();

private:
    QMenu *m_file;
    QMenu *m_help;
    QAction *m_settings;
    QAction *m_quit;
    QAction *m_about;
    QAction *m_diagnostics;
    QAction *m_aboutQt;
};
