#include "ui/aboutbox.h"

#include "ui/uistyle.h"

#include <QIcon>

using namespace Qt::StringLiterals;

AboutBox::AboutBox(QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(u"aboutBox"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("About N1SMS"));
    setIconPixmap(UiStyle::appIcon().pixmap(64, 64));
    setTextFormat(Qt::RichText);
    setText(tr("<h3>N1SMS Desktop %1</h3>"
               "<p>Temporary phone numbers and their SMS codes, for the "
               "<a href=\"https://n1sms.com\">N1SMS</a> service.</p>")
                .arg(QStringLiteral(N1SMS_VERSION)));
    setInformativeText(
        tr("<p>N1SMS Desktop is free software under the MIT licence.</p>"
           "<p>It uses Qt %1, under the GNU Lesser General Public License version 3, and "
           "QtKeychain, under the BSD 3-clause licence. Its flags are drawn from the Noto Color "
           "Emoji font, under the SIL Open Font License 1.1.</p>")
            .arg(QString::fromLatin1(qVersion())));
    setStandardButtons(QMessageBox::Close);
}
