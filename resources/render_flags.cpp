// Draws the country flags the app shows beside country names, once, from the
// Noto Color Emoji font (SIL Open Font License 1.1), into resources/flags/.
// Run by hand when the font or the size changes (README, "Flags"):
//
//   build/dev/n1sms-render-flags resources/flags
//
// Drawing them at run time from the font would cost every user the font
// (a megabyte of memory, and flags only where it is installed).
#include <QDir>
#include <QFontInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTextLayout>
#include <QTextStream>

#include <array>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: n1sms-render-flags <output directory>\n";
        return 2;
    }
    QFont font(QStringLiteral("Noto Color Emoji"));
    if (QFontInfo(font).family() != QStringLiteral("Noto Color Emoji")) {
        QTextStream(stderr) << "the font Noto Color Emoji is not installed "
                               "(apt-get install fonts-noto-color-emoji)\n";
        return 1;
    }
    // The table's 24 x 18, and twice that (name@2x.png) for HiDPI screens.
    struct Variant
    {
        QSize size;
        int pixels;
        QString suffix;
    };
    const Variant variants[] = {{QSize(24, 18), 15, QStringLiteral(".png")},
                                {QSize(48, 36), 30, QStringLiteral("@2x.png")}};
    const QDir out(args.at(1));
    // The font draws a pair it has no flag for as a white flag with a "?":
    // ZZ, never a country, shows which glyph that is.
    const auto glyphOf = [&font](char16_t a, char16_t b) -> qint64 {
        const std::array<char32_t, 2> pair{U'\U0001F1E6' + (a - u'A'), U'\U0001F1E6' + (b - u'A')};
        QTextLayout layout(QString::fromUcs4(pair.data(), 2), font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const auto runs = layout.glyphRuns();
        if (runs.size() != 1 || runs.first().glyphIndexes().size() != 1)
            return -1; // two letters side by side: no flag
        return runs.first().glyphIndexes().first();
    };
    const qint64 unknown = glyphOf(u'Z', u'Z');
    int written = 0;
    for (char16_t a = u'A'; a <= u'Z'; ++a) {
        for (char16_t b = u'A'; b <= u'Z'; ++b) {
            const qint64 glyph = glyphOf(a, b);
            if (glyph < 0 || glyph == unknown)
                continue;
            const std::array<char32_t, 2> pair{U'\U0001F1E6' + (a - u'A'),
                                               U'\U0001F1E6' + (b - u'A')};
            const QString text = QString::fromUcs4(pair.data(), 2);
            for (const Variant &variant : variants) {
                QImage image(variant.size, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::transparent);
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                QFont sized = font;
                sized.setPixelSize(variant.pixels);
                painter.setFont(sized);
                painter.drawText(image.rect(), Qt::AlignCenter, text);
                painter.end();
                const QString name = (QString(QChar(a)) + QChar(b)).toLower() + variant.suffix;
                if (!image.save(out.filePath(name))) {
                    QTextStream(stderr) << "could not write " << name << '\n';
                    return 1;
                }
            }
            ++written;
        }
    }
    QTextStream(stdout) << written << " flags\n";
    return 0;
}
