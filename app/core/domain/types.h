#pragma once

#include "core/domain/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

struct User
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
};

struct Session
{
    QString token;
    QDateTime expiresAt; // invalid when the server did not say
    User user;
};

struct Registration
{
    QString name;
    QString email;
    QString phone;
    QString password;
    QString passwordConfirmation;
    QString referralCode;
};

struct RegistrationResult
{
    qint64 userId = 0;
    bool requiresVerification = false;
    QString message;
};

struct Service
{
    qint64 id = 0;
    QString name;
    QUrl iconUrl;
    bool popular = false;
};

struct CountryPrice
{
    qint64 countryId = 0;
    QString country;
    QString countryCode; // ISO 3166-1 alpha-2
    QString dialCode;
    Money price;    // GHS
    Money priceUsd; // USD
    qint64 stock = 0;
    std::optional<double> successRate; // percent
    QString pool;
};

struct PageInfo
{
    int currentPage = 1;
    int lastPage = 1;
    int perPage = 0;
    int total = 0;
    bool hasMore = false;
};

template <typename T> struct Page
{
    QList<T> items;
    PageInfo info;
    // Rows the decoder could not read (an id or amount beyond 64 bits, a
    // field missing), left out of `items`: the user is told, never silently.
    int unreadable = 0;
};

struct Order
{
    enum class Status
    {
        Pending,
        Received,
        Completed,
        Cancelled,
        Expired,
        Refunded,
        Unknown
    };

    qint64 id = 0;
    QString orderCode;
    qint64 serviceId = 0;
    QString service;
    qint64 countryId = 0;
    QString country;
    QString countryCode;
    QString phoneNumber;
    Money cost;
    Money costUsd;
    QString statusText; // as the server sent it, kept even when unknown
    Status status = Status::Unknown;
    QString smsCode;
    QString smsText;
    QDateTime createdAt;
    QDateTime expiresAt;
    bool canCancel = false;

    // Waiting for its SMS: the only state worth polling for.
    bool isWaiting() const { return status == Status::Pending; }
    bool isActive() const { return status == Status::Pending || status == Status::Received; }
    // Ended with its price given back: expired, cancelled or refunded.
    bool wasRefunded() const
    {
        return status == Status::Expired || status == Status::Cancelled ||
               status == Status::Refunded;
    }
    // Ended without its code: another try makes sense.
    bool endedWithoutCode() const { return smsCode.isEmpty() && wasRefunded(); }
};

struct DashboardStats
{
    int totalOrders = 0;
    int activeOrders = 0;
    int completedOrders = 0;
    int cancelledOrders = 0;
    Money totalSpent;
};

struct Dashboard
{
    User user;
    Money balance;    // GHS
    Money balanceUsd; // USD
    DashboardStats stats;
    QList<Order> recentOrders;
};

struct PurchaseRequest
{
    qint64 serviceId = 0;
    qint64 countryId = 0;
    QString pool;
    bool bestSuccessRate = false; // pricing_option "1"
};
