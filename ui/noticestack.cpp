#include "ui/noticestack.h"

#include "core/controllers/notices.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int margin = 12;
constexpr int widest = 560;

} // namespace

NoticeStack::NoticeStack(Notices *notices, QWidget *host)
    : QWidget(host)
    , m_notices(notices)
{
    setObjectName(u"notices"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    // Fixed colours, readable in light and dark schemes alike (7:1).
    setStyleSheet(u"QFrame#banner { background: #fff3e0; border: 1px solid #fb8c00; "
                  "border-radius: 4px; }"
                  "QFrame#banner QLabel { color: #4e342e; }"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"messageToast"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"QLabel#messageToast { background: #263238; color: #eceff1; "
                             "border-radius: 4px; padding: 6px 10px; }"_s);
    m_message->hide();
    layout->addWidget(m_message);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, this, [this] { showMessage({}, 0); });
    host->installEventFilter(this);
    connect(notices, &Notices::changed, this, &NoticeStack::update);
    hide();
    update();
}

QFrame *NoticeStack::makeBanner(const QString &topic)
{
    auto *banner = new QFrame(this);
    banner->setObjectName(u"banner"_s);
    banner->setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(banner);
    row->setContentsMargins(10, 6, 6, 6);
    auto *label = new QLabel(banner);
    label->setObjectName(u"bannerLabel"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *retry = new QPushButton(banner);
    retry->setObjectName(u"retryButton"_s);
    auto *dismiss = new QPushButton(banner);
    dismiss->setObjectName(u"dismissBannerButton"_s);
    row->addWidget(label, 1);
    row->addWidget(retry, 0, Qt::AlignTop);
    row->addWidget(dismiss, 0, Qt::AlignTop);
    connect(retry, &QPushButton::clicked, this, [this, topic] { m_notices->retry(topic); });
    connect(dismiss, &QPushButton::clicked, this, [this, topic] { m_notices->clear(topic); });
    translateBanner(banner);
    return banner;
}

void NoticeStack::translateBanner(QFrame *banner)
{
    // No mnemonics: several banners may show at once.
    banner->setAccessibleName(tr("Problem"));
    banner->findChild<QPushButton *>(u"retryButton"_s)->setText(tr("Retry"));
    banner->findChild<QPushButton *>(u"dismissBannerButton"_s)->setText(tr("Dismiss"));
}

void NoticeStack::update()
{
    auto *stack = static_cast<QVBoxLayout *>(layout());
    QSet<QString> shown;
    int position = 0;
    for (const Notice &notice : m_notices->all()) {
        shown.insert(notice.topic);
        QFrame *&banner = m_banners[notice.topic];
        if (!banner)
            banner = makeBanner(notice.topic);
        stack->insertWidget(position++, banner); // oldest on top
        auto *label = banner->findChild<QLabel *>(u"bannerLabel"_s);
        label->setText(notice.text);
        banner->setAccessibleDescription(notice.text);
        banner->findChild<QPushButton *>(u"retryButton"_s)->setVisible(bool(notice.retry));
        banner->show();
    }
    for (auto it = m_banners.begin(); it != m_banners.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        it = m_banners.erase(it);
    }
    setVisible(!m_banners.isEmpty() || !m_message->isHidden());
    place();
}

void NoticeStack::showMessage(const QString &text, int timeoutMs)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_messageTimer->stop();
    else
        m_messageTimer->start(timeoutMs > 0 ? timeoutMs : 6000);
    setVisible(!m_banners.isEmpty() || !text.isEmpty());
    place();
}

void NoticeStack::place()
{
    const QWidget *host = parentWidget();
    if ((m_banners.isEmpty() && m_message->isHidden()) || !host)
        return;
    const int width = qMin(widest, host->width() - 2 * margin);
    layout()->activate();
    const int height =
        layout()->hasHeightForWidth() ? layout()->heightForWidth(width) : sizeHint().height();
    setGeometry(host->width() - margin - width, host->height() - margin - height, width, height);
    raise();
}

bool NoticeStack::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void NoticeStack::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        for (QFrame *banner : std::as_const(m_banners))
            translateBanner(banner);
        place();
    }
}
