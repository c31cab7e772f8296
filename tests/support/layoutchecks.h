#pragma once

// What a window shows, checked the way a user would see it.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QStringList>
#include <QWidget>

using namespace Qt::StringLiterals;

// Every text on `root` that shows less than it needs: labels (wrapped ones
// by their height for their width), buttons, check boxes and group boxes.
inline QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue;
        QString text;
        if (const auto *label = qobject_cast<QLabel *>(w))
            text = label->text();
        else if (const auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (const auto *box = qobject_cast<QGroupBox *>(w))
            text = box->title();
        else if (const auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable())
            text = combo->currentText(); // its size hint fits its longest item
        if (text.isEmpty())
            continue;
        QSize needed = w->hasHeightForWidth()
                           ? QSize(w->minimumSizeHint().width(), w->heightForWidth(w->width()))
                           : w->minimumSizeHint();
        if (qobject_cast<QComboBox *>(w))
            needed = w->sizeHint(); // the longest item whole
        if (w->width() < needed.width() || w->height() < needed.height()) {
            cut.append(u"%1 \u201c%2\u201d %3x%4 < %5x%6"_s.arg(w->objectName(), text)
                           .arg(w->width())
                           .arg(w->height())
                           .arg(needed.width())
                           .arg(needed.height()));
        }
    }
    return cut;
}
