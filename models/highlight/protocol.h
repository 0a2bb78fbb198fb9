// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The wire format between HelperHighlighter (Qt 6) and portolan-highlighter (Qt 5), shared by both.
//
// A frame is one line of compact JSON (the header) ending in '\n', then exactly header["length"] bytes of UTF-8
// payload. Requests: {"op":"highlight","id":N,"language":"yaml","theme":"light|dark|<theme name>","length":L} with
// the code as payload; {"op":"resolve","id":N,"language":"yml","length":0}; {"op":"list","id":N,"length":0}.
// Replies echo "id" and carry "ok" (and "error" when false); highlight replies add "definition" and "theme" with
// the HTML as payload, resolve replies add "definition", list replies carry JSON {"definitions":[..],"themes":[..]}.
// On start the helper sends {"op":"ready","version":1,"definitions":N,"length":0} once.
namespace highlight::protocol
{

inline constexpr int version = 1;
/// Guards against a corrupt header asking us to buffer gigabytes.
inline constexpr qint64 maxPayload = 64 * 1024 * 1024;

[[nodiscard]] QByteArray encodeFrame(QJsonObject header, const QByteArray &payload);

struct Header {
    QJsonObject fields;
    qint64 length = 0;
};

/// Parses one header line (with or without its '\n'); nullopt with `error` set when it is not a valid header.
[[nodiscard]] std::optional<Header> parseHeader(const QByteArray &line, QString *error);

} // namespace highlight::protocol
