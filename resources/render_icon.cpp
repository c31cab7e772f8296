// Renders the application's SVG icon to the PNG sizes of the hicolor theme,
// at build time, so that only the SVG is kept in the sources.
//
//   n1sms-render-icon <icon.svg> <output directory> <size>...
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Rendering needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: n1sms-render-icon <icon.svg> <dir> <size>...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        QTextStream(stderr) << "not a valid SVG: " << args.at(1) << '\n';
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString path = QStringLiteral("%1/%2.png").arg(args.at(2)).arg(size);
        if (!image.save(path)) {
            QTextStream(stderr) << "could not write " << path << '\n';
            return 1;
        }
    }
    return 0;
}
