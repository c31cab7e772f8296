#pragma once

class QIcon;
class QLabel;
class QString;

// The few looks the widgets share, in one place.
namespace UiStyle {

// A heading: bold, `scale` times the label's font size.
void makeHeading(QLabel *label, double scale);
// An error or a good-news line under a form.
void makeError(QLabel *label, bool isError = true);
void makeNotice(QLabel *label);
// A round badge with the first letter of `name`, its colour fixed by the name.
QIcon letterAvatar(const QString &name);

} // namespace UiStyle
