#include "uistyle.h"

#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace UiStyle {

void makeHeading(QLabel *label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

void makeError(QLabel *label, bool isError)
{
    // Readable on light and dark palettes alike.
    label->setStyleSheet(isError ? u"color: #c62828;"_s : QString());
}

void makeNotice(QLabel *label)
{
    label->setStyleSheet(u"color: #2e7d32;"_s);
}

QIcon letterAvatar(const QString &name)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {20, 40}) { // the list's size, and twice that for HiDPI
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromHsl(static_cast<int>(qHash(name) % 360), 150, 95));
        painter.drawEllipse(pixmap.rect());
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(size * 11 / 20);
        painter.setFont(font);
        painter.setPen(Qt::white);
        const QString letter = name.isEmpty() ? u"?"_s : name.left(1).toUpper();
        painter.drawText(pixmap.rect(), Qt::AlignCenter, letter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(name, icon);
    return icon;
}

} // namespace UiStyle
