// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace plugins {

/// The plugin API this Portolan offers; a manifest asking for another one is refused.
constexpr int kApiVersion = 1;
/// Manifest file names looked for in a plugin folder, in this order.
[[nodiscard]] QStringList manifestFileNames();

/// Something wrong in a manifest, with where it is (1-based line and column; 0 when unknown).
struct Problem {
    QString file;
    int line = 0;
    int column = 0;
    QString field; ///< dotted path, e.g. "contributes.entityCards[0].qml"
    QString message;
    /// "file:line:column: field: message", as compilers write it.
    [[nodiscard]] QString toString() const;
};

/// One thing a plugin adds to the UI: an entity card, an entity tab or a sidebar page.
struct Contribution {
    enum class Type { EntityCard, EntityTab, Page };
    Type type = Type::EntityCard;
    QString id;
    QString title;
    QString qml;   ///< absolute path of the QML file (inside the plugin folder)
    QString glyph; ///< pages: the sidebar symbol
    QStringList kinds;       ///< entity kinds it applies to (case-insensitive); empty: every kind
    QStringList annotations; ///< shown when the entity has at least one of these; empty: always

    /// Whether an entity of `kind` carrying `annotationKeys` gets this card or tab.
    [[nodiscard]] bool appliesTo(const QString &kind, const QStringList &annotationKeys) const;
};

struct Manifest {
    QString id;
    QString name;
    QString version;
    QString description;
    int apiVersion = 0;
    QList<Contribution> entityCards;
    QList<Contribution> entityTabs;
    QList<Contribution> pages;
    QStringList allowedHosts;         ///< "host", "host:port" or "*.domain"
    QMap<QString, QString> settings;  ///< defaults a plugin reads with api.setting(key)
    /// Folders inside the plugin added to the QML import path: QML modules the plugin's files import, each
    /// possibly with a C++ part (a qmldir naming a plugin library, as qt_add_qml_module builds it).
    QStringList importPaths;
    /// Folder inside the plugin with the plugin's own Qt translations, <id>_<language>.qm; empty: none.
    QString translations;

    /// Whether the plugin may GET `url`: http(s) to a host (and port, when given) the manifest declares.
    [[nodiscard]] bool allowsUrl(const QUrl &url) const;
};

struct ParseResult {
    std::optional<Manifest> manifest; ///< set only when there are no problems
    QList<Problem> problems;
};

/// Reads and validates the manifest at `path`; QML paths are resolved against (and kept inside) its folder.
[[nodiscard]] ParseResult parseManifest(const QString &path);
/// The same on text already read; `path` names the file in problems and anchors relative QML paths.
[[nodiscard]] ParseResult parseManifest(const QByteArray &text, const QString &path);

} // namespace plugins
