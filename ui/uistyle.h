#pragma once

#include "core/settings/settings.h"

#include <QList>

class QAbstractItemModel;
class QColor;
class QHeaderView;
class QIcon;
class QPalette;
class QScreen;
class QSize;
class QLabel;
class QString;
class QWidget;
class QStyleOptionViewItem;
class QTableView;

// The few looks the widgets share, in one place.
namespace UiStyle {

// A heading: bold, `scale` times the label's font size.
void makeHeading(QLabel *label, double scale);
// Whether the widget's colours are a dark theme's.
bool isDark(const QWidget *widget);
// An error or a good-news line under a form.
void makeError(QLabel *label, bool isError = true);
// The colour of those error lines, for the widget's palette.
QColor errorColor(const QWidget *widget);
void makeNotice(QLabel *label);
// The application's icon, in the sizes drawn from its SVG at build time.
QIcon appIcon();
// A round badge with the first letter of `name`, its colour fixed by the name.
QIcon letterAvatar(const QString &name);
// The country's flag for an ISO 3166-1 alpha-2 code, or the code in a small
// box where there is no flag. Null for no code.
QIcon flag(const QString &isoCode);
// Puts the flag before an item view cell's text.
void addFlag(QStyleOptionViewItem *option, const QString &isoCode);
// No sideways scrolling: hides the columns of `givesWay`, in that order,
// until the visible ones fit `room`; the stretching column counts as `least`.
// Those columns show again first, for a room that has grown.
void giveWay(QHeaderView *header, const QList<int> &givesWay, int room, int stretching, int least);
// What a column of `table` needs: its heading in `model` (bold, with the sort
// arrow) and its widest likely cell, in this language.
int columnNeed(const QTableView *table, const QAbstractItemModel *model, int column,
               const QString &widest);
// The keyboard focus ring's colour for a palette (3:1 or better on it).
QColor focusColor(const QPalette &palette);
// A screen under 700 points high (a netbook's 600, a 1440x900 laptop's 450
// at 200 %): headings and shortcuts give way there. False for none.
bool isShortScreen(const QScreen *screen);
// The most a window may take on `screen`: its free area less a title bar and
// borders, which are not known before the first show.
QSize windowRoom(const QScreen *screen);
// The system's colours, or Fusion's light or dark ones; a focus ring that
// shows in either.
void applyTheme(Preferences::Theme theme);

} // namespace UiStyle
