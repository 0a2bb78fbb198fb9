// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace highlight {
class Highlighter;
}

/// Code highlighted by KSyntaxHighlighting off the UI thread: set `code` and `language`, bind to `html`.
/// Until the answer arrives `html` holds the escaped plain text, so the page never waits on the highlighter.
class HighlightedCode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY inputChanged)
    /// Definition name, alias or file name ("YAML", "yaml", "openapi.json").
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY inputChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY inputChanged)
    Q_PROPERTY(QString html READ html NOTIFY htmlChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY htmlChanged)
    /// The definition used, or empty when the text stayed plain.
    Q_PROPERTY(QString definition READ definition NOTIFY htmlChanged)
    /// Why the text is plain (helper missing or failed); empty otherwise.
    Q_PROPERTY(QString problem READ problem NOTIFY htmlChanged)

public:
    explicit HighlightedCode(QObject *parent = nullptr);

    /// The highlighter every instance uses; set once in main(). Without one, code stays plain.
    static void setHighlighter(highlight::Highlighter *highlighter);

    [[nodiscard]] QString code() const { return m_code; }
    void setCode(const QString &code);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] bool dark() const { return m_dark; }
    void setDark(bool dark);
    [[nodiscard]] QString html() const { return m_html; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString definition() const { return m_definition; }
    [[nodiscard]] QString problem() const { return m_problem; }

Q_SIGNALS:
    void inputChanged();
    void htmlChanged();

private:
    void schedule();
    void run();
    QString m_code;
    QString m_language;
    bool m_dark = false;
    QString m_html;
    QString m_definition;
    QString m_problem;
    bool m_busy = false;
    bool m_scheduled = false;
    quint64 m_generation = 0;
};
