#include "uistyle.h"

#include <QLabel>

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

} // namespace UiStyle
