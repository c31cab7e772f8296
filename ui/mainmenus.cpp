#include "ui/mainmenus.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>

using namespace Qt::StringLiterals;

MainMenus::MainMenus(QMainWindow *window)
    : QObject(window)
    , m_file(window->menuBar()->addMenu(QString()))
    , m_help(window->menuBar()->addMenu(QString()))
{
    m_file->setObjectName(u"fileMenu"_s);
    m_settings = m_file->addAction(QString());
    m_settings->setObjectName(u"settingsAction"_s);
    m_settings->setShortcuts({QKeySequence(u"Ctrl+,"_s), QKeySequence::Preferences});
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_file->addSeparator();
    m_quit = m_file->addAction(QString());
    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_help->setObjectName(u"helpMenu"_s);
    m_diagnostics = m_help->addAction(QString());
    m_diagnostics->setObjectName(u"copyDiagnosticsAction"_s);
    m_help->addSeparator();
    m_about = m_help->addAction(QString());
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_help->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslate();
}

void MainMenus::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_settings->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));
    m_help->setTitle(tr("&Help"));
    m_diagnostics->setText(tr("Copy &diagnostics"));
    m_diagnostics->setToolTip(tr("The app's version, the server's address and the last lines "
                                 "of its log, for support: nothing secret."));
    m_about->setText(tr("&About N1SMS"));
    m_aboutQt->setText(tr("About &Qt"));
}
