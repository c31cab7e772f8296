#pragma once

#include <QMessageBox>

// Help > About: the version, the service, and the licences of what it uses.
class AboutBox final : public QMessageBox
{
    Q_OBJECT

public:
    explicit AboutBox(QWidget *parent = nullptr);
};
