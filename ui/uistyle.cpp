#include "ui/uistyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QProxyStyle>
#include <QScreen>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// A PNG from the resources, read by Qt's own PNG reader. A QPixmap or QIcon
// given a file name first asks every image format plugin whether it reads
// PNG, which loads all of them (SVG, JPEG, GIF, ICO: 0.45 MiB) for nothing.
QPixmap pngPixmap(const QString &path)
{
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);
    return QPixmap::fromImage(reader.read());
}

// One of Qt's own style pictures in each of `sizes`; null if one is missing.
QIcon qtStyleIcon(const QString &name, std::initializer_list<int> sizes)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : sizes) {
        const QPixmap pixmap = pngPixmap(
            u":/qt-project.org/styles/commonstyle/images/%1-%2.png"_s.arg(name).arg(size));
        if (pixmap.isNull())
            return {};
        icon.addPixmap(pixmap);
    }
    cache.insert(name, icon);
    return icon;
}

// The platform's or Fusion's look, with a focus ring anyone can see: 2 px in
// a colour of 3:1 or better against what it surrounds, in light and dark
// colours alike (Fusion's own is a shade of the selection colour, 1.5:1 on
// a dark button).
class FocusStyle final : public QProxyStyle
{
public:
    using QProxyStyle::polish;
    using QProxyStyle::QProxyStyle;

    // A line edit's clear button has no name of its own: a screen reader
    // would say "button" and nothing more (found through AT-SPI).
    void polish(QWidget *widget) override
    {
        QProxyStyle::polish(widget);
        auto *button = qobject_cast<QToolButton *>(widget);
        if (button && qobject_cast<QLineEdit *>(button->parentWidget()) &&
            button->accessibleName().isEmpty())
            button->setAccessibleName(QCoreApplication::translate("UiStyle", "Clear the text"));
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        switch (element) {
        case PE_PanelButtonCommand:
        case PE_PanelButtonTool:
        case PE_FrameLineEdit:
        case PE_IndicatorCheckBox:
        case PE_IndicatorRadioButton:
        case PE_FrameFocusRect:
            ring(option, painter, widget);
            break;
        default:
            break;
        }
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        if (control == CC_ComboBox || control == CC_SpinBox || control == CC_ToolButton)
            ring(option, painter, widget);
    }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        QProxyStyle::drawControl(element, option, painter, widget);
        if (element == CE_TabBarTabLabel)
            ring(option, painter, widget);
    }

    // The pictures Qt's common style gives the icons every window asks for
    // (a line edit's clear button, the menu bar's overflow), the same ones,
    // read without loading every image format plugin.
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        const bool rtl = (widget ? widget->layoutDirection()
                                 : QGuiApplication::layoutDirection()) == Qt::RightToLeft;
        QIcon icon;
        switch (standardIcon) {
        case SP_LineEditClearButton:
            icon = qtStyleIcon(u"cleartext"_s, {16, 32});
            break;
        case SP_ToolBarHorizontalExtensionButton:
            icon = qtStyleIcon(rtl ? u"toolbar-ext-h-rtl"_s : u"toolbar-ext-h"_s, {8, 16, 32});
            break;
        case SP_ToolBarVerticalExtensionButton:
            icon = qtStyleIcon(u"toolbar-ext-v"_s, {5, 10, 20});
            break;
        default:
            break;
        }
        return icon.isNull() ? QProxyStyle::standardIcon(standardIcon, option, widget) : icon;
    }

private:
    static void ring(const QStyleOption *option, QPainter *painter, const QWidget *widget)
    {
        if (!(option->state & State_HasFocus) || !(option->state & State_KeyboardFocusChange))
            return;
        // A cell of a view draws its focus rectangle: the view has the focus.
        if (widget && !widget->hasFocus() && !qobject_cast<const QAbstractItemView *>(widget))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(UiStyle::focusColor(option->palette), 2));
        // Just inside the control's own border, on its face.
        painter->drawRoundedRect(QRectF(option->rect).adjusted(2, 2, -2, -2), 2, 2);
        painter->restore();
    }
};

} // namespace

namespace UiStyle {

int columnNeed(const QTableView *table, const QAbstractItemModel *model, int column,
               const QString &widest)
{
    QFont bold = table->horizontalHeader()->font();
    bold.setBold(true);
    const QString heading = model->headerData(column, Qt::Horizontal).toString();
    return qMax(QFontMetrics(bold).horizontalAdvance(heading) + 30,
                QFontMetrics(table->font()).horizontalAdvance(widest) + 16);
}

void giveWay(QHeaderView *header, const QList<int> &givesWay, int room, int stretching, int least)
{
    for (const int column : givesWay)
        header->setSectionHidden(column, false);
    const auto total = [&] {
        int sum = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                sum += column == stretching ? least : header->sectionSize(column);
        }
        return sum;
    };
    for (const int column : givesWay) {
        if (total() <= room)
            break;
        header->setSectionHidden(column, true);
    }
}

bool isShortScreen(const QScreen *screen)
{
    return screen && screen->availableGeometry().height() < 700;
}

QSize windowRoom(const QScreen *screen)
{
    constexpr int titleBar = 40, border = 8;
    if (!screen)
        return {QWIDGETSIZE_MAX, QWIDGETSIZE_MAX};
    return screen->availableGeometry().size() - QSize(2 * border, titleBar + border);
}

QColor focusColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0x64, 0xb5, 0xf6)
                                                             : QColor(0x15, 0x65, 0xc0);
}

void makeHeading(QLabel *label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

bool isDark(const QWidget *widget)
{
    return QApplication::palette(widget).color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QWidget *widget)
{
    // Readable on light and dark palettes alike (4.5:1 or better).
    return isDark(widget) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

void makeError(QLabel *label, bool isError)
{
    if (!isError)
        label->setStyleSheet({});
    else
        label->setStyleSheet(u"color: %1;"_s.arg(errorColor(label).name()));
}

void makeNotice(QLabel *label)
{
    label->setStyleSheet(isDark(label) ? u"color: #a5d6a7;"_s : u"color: #2e7d32;"_s);
}

QIcon appIcon()
{
    static const QIcon icon = [] {
        QIcon made;
        for (const int size : {16, 24, 32, 48, 64, 128})
            made.addPixmap(pngPixmap(u":/icons/%1.png"_s.arg(size)));
        return made;
    }();
    return icon;
}

QIcon letterAvatar(const QString &name)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    // One pixmap at the list's size, for the screens' pixel ratio only: a
    // second one at twice the size cost 6 KiB a service on a 100 % screen.
    constexpr int size = 20;
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsl(static_cast<int>(qHash(name) % 360), 150, 95));
    const QRect area(0, 0, size, size);
    painter.drawEllipse(area);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(size * 11 / 20);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QString letter = name.isEmpty() ? u"?"_s : name.left(1).toUpper();
    painter.drawText(area, Qt::AlignCenter, letter);
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(name, icon);
    return icon;
}

namespace {

// The ISO code in a small box, for a country without a flag image.
QPixmap drawCodeBadge(const QString &code, QSize size, qreal ratio)
{
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF box = QRectF(QPointF(), QSizeF(size))
                           .adjusted(0.5, size.height() * 0.12, -0.5, -size.height() * 0.12);
    painter.setPen(QPen(QColor(0x75, 0x75, 0x75), 1));
    painter.setBrush(QColor(0xec, 0xef, 0xf1));
    painter.drawRoundedRect(box, 2, 2);
    QFont font = painter.font();
    font.setPixelSize(qMax(6, size.height() / 2));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0x26, 0x32, 0x38));
    painter.drawText(box, Qt::AlignCenter, code);
    painter.end();
    return pixmap;
}

} // namespace

QIcon flag(const QString &isoCode)
{
    const QString code = isoCode.trimmed().toUpper();
    if (code.size() != 2 || !code.at(0).isLetter() || !code.at(1).isLetter() || code.at(0) > u'Z' ||
        code.at(1) > u'Z')
        return {};
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(code); it != cache.cend())
        return *it;
    // Drawn from the emoji font once (resources/render_flags.cpp). Only the
    // size the screen needs is read: the other resource's pages stay unmapped.
    const qreal ratio = qGuiApp->devicePixelRatio();
    const bool hidpi = ratio > 1.0;
    QPixmap image = pngPixmap(u":/flags/"_s + code.toLower() + (hidpi ? u"@2x.png"_s : u".png"_s));
    image.setDevicePixelRatio(hidpi ? 2.0 : 1.0);
    const QIcon icon(image.isNull() ? drawCodeBadge(code, QSize(24, 18), ratio) : image);
    cache.insert(code, icon);
    return icon;
}

void addFlag(QStyleOptionViewItem *option, const QString &isoCode)
{
    option->icon = flag(isoCode);
    if (!option->icon.isNull()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(24, 18);
    }
}

void applyTheme(Preferences::Theme theme)
{
    // What the platform gave us, to go back to.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    const auto use = [](const QString &name) {
        QApplication::setStyle(new FocusStyle(QStyleFactory::create(name)));
    };
    switch (theme) {
    case Preferences::Theme::System:
        use(systemStyle);
        QApplication::setPalette(systemPalette);
        return;
    case Preferences::Theme::Light:
        use(u"Fusion"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Preferences::Theme::Dark: {
        use(u"Fusion"_s);
        QPalette dark;
        const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
        const QColor disabledText(0x8a, 0x8a, 0x8a), highlight(0x2f, 0x6f, 0xb3);
        dark.setColor(QPalette::Window, window);
        dark.setColor(QPalette::WindowText, text);
        dark.setColor(QPalette::Base, base);
        dark.setColor(QPalette::AlternateBase, window);
        dark.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
        dark.setColor(QPalette::ToolTipText, text);
        dark.setColor(QPalette::PlaceholderText, disabledText);
        dark.setColor(QPalette::Text, text);
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, text);
        dark.setColor(QPalette::BrightText, Qt::white);
        dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
        dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
        dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Shadow, Qt::black);
        dark.setColor(QPalette::Highlight, highlight);
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
        dark.setColor(QPalette::LinkVisited, QColor(0xce, 0x93, 0xd8));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, disabledText);
        dark.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
        QApplication::setPalette(dark);
        return;
    }
    }
}

} // namespace UiStyle
