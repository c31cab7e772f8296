#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApi, "n1sms.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOrders, "n1sms.orders", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBook, "n1sms.book", QtInfoMsg)
