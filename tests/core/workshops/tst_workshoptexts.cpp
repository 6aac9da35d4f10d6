// The workshop texts' translations (resources/workshops/NN-name.<lang>.md): each exists, is embedded,
// keeps the English text's structure (headings, section labels, numbered steps, bullets, commands)
// and states the very same figures, read the locale's way (decimal comma, spaces between digit
// groups). A finding changed in the English text but not in a translation fails here.
#include "embeddedfiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

const QString kDir = QStringLiteral(GREENLIGHT_WORKSHOPS_DIR);

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

int countLines(const QString &text, const QRegularExpression &re)
{
    int n = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        n += re.match(line).hasMatch() ? 1 : 0;
    return n;
}

// Every figure in the text, as a number: "31.7", "31,7" and "0,28" read as 31.7 and 0.28, and
// "100 000" (plain, no-break, narrow or thin space between groups of three) as 100000.
QStringList figures(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral("\\d+(?:[ \\x{00A0}\\x{202F}\\x{2009}]\\d{3}(?!\\d))*(?:[.,]\\d+)?"));
    static const QRegularExpression groupSpace(QStringLiteral("[ \\x{00A0}\\x{202F}\\x{2009}]"));
    QSet<QString> out;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        QString n = it.next().captured();
        n.remove(groupSpace).replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double v = n.toDouble(&ok);
        if (ok)
            out.insert(QString::number(v, 'g', 15));
    }
    QStringList sorted(out.begin(), out.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// The `code spans` (command lines, file names): never translated.
QStringList codeSpans(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QStringList out;
    for (auto it = code.globalMatch(text); it.hasNext();)
        out << it.next().captured(1).simplified();
    return out;
}

QString firstHeading(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^#+ (.*)$"), QRegularExpression::MultilineOption);
    return heading.match(text).captured(1).trimmed();
}

} // namespace

class TestWorkshopTexts : public QObject
{
    Q_OBJECT

private slots:
    void exercisesPresent()
    {
        const QStringList projects =
            QDir(kDir).entryList({QStringLiteral("*.greenlight.json")}, QDir::Files, QDir::Name);
        QVERIFY2(projects.size() >= 5, qPrintable(kDir));
    }

    void translation_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("lang");
        const QStringList projects =
            QDir(kDir).entryList({QStringLiteral("*.greenlight.json")}, QDir::Files, QDir::Name);
        for (QString base : projects) {
            base.chop(int(qstrlen(".greenlight.json")));
            for (const char *lang : {"de", "fr", "es"})
                QTest::addRow("%s.%s", qPrintable(base), lang) << base << QString::fromLatin1(lang);
        }
    }

    void translation()
    {
        QFETCH(QString, base);
        QFETCH(QString, lang);
        const QString english = readText(kDir + QLatin1Char('/') + base + QStringLiteral(".md"));
        const QString name = base + QLatin1Char('.') + lang + QStringLiteral(".md");
        const QString text = readText(kDir + QLatin1Char('/') + name);
        QVERIFY(!english.isEmpty());
        QVERIFY2(!text.isEmpty(), qPrintable(name + QStringLiteral(" is missing")));
        QVERIFY2(!text.contains(QChar::ReplacementCharacter), "not UTF-8");

        // Embedded as the dialog reads it (the resources glob picked it up).
        const std::string_view embedded = greenlight::embedded::file("workshops/" + name.toStdString());
        QCOMPARE(QString::fromUtf8(embedded.data(), qsizetype(embedded.size())), text);

        // Translated, not a copy: the title differs from the English one.
        QVERIFY(!firstHeading(text).isEmpty());
        QVERIFY2(firstHeading(text) != firstHeading(english), qPrintable(firstHeading(text)));

        // The same structure.
        const QList<std::pair<const char *, QRegularExpression>> shapes{
            {"headings", QRegularExpression(QStringLiteral("^#+ "))},
            {"section labels", QRegularExpression(QStringLiteral("^\\*\\*[^*]+\\*\\*\\s*$"))},
            {"numbered steps", QRegularExpression(QStringLiteral("^\\d+\\. "))},
            {"bullets", QRegularExpression(QStringLiteral("^[-*] "))},
        };
        for (const auto &[what, re] : shapes)
            QVERIFY2(countLines(text, re) == countLines(english, re),
                     qPrintable(QStringLiteral("%1: %2 vs %3 in English")
                                    .arg(QLatin1String(what))
                                    .arg(countLines(text, re))
                                    .arg(countLines(english, re))));
        QCOMPARE(codeSpans(text), codeSpans(english));

        // The same figures: a mistyped or forgotten number shows up as missing or extra.
        const QStringList want = figures(english);
        const QStringList got = figures(text);
        QStringList missing;
        QStringList extra;
        for (const QString &n : want)
            if (!got.contains(n))
                missing << n;
        for (const QString &n : got)
            if (!want.contains(n))
                extra << n;
        QVERIFY2(missing.isEmpty() && extra.isEmpty(),
                 qPrintable(QStringLiteral("missing %1; extra %2")
                                .arg(missing.join(QLatin1Char(' ')), extra.join(QLatin1Char(' ')))));
        // The decimal comma: no figure written the English way ("31.7") in these languages.
        static const QRegularExpression decimalPoint(QStringLiteral("(?<![\\d.])\\d+\\.\\d+(?![\\d.])"));
        QString prose = text;
        prose.remove(QRegularExpression(QStringLiteral("`[^`]+`")));
        const auto point = decimalPoint.match(prose);
        QVERIFY2(!point.hasMatch(), qPrintable(point.captured()));

        // French puts a narrow no-break space before ; : ? ! (not inside a time such as 17:00); the
        // others put none.
        for (qsizetype i = 1; i + 1 < prose.size(); ++i) {
            const QChar c = prose.at(i);
            if (!QStringLiteral(";:?!").contains(c) ||
                (c == QLatin1Char(':') && prose.at(i - 1).isDigit() && prose.at(i + 1).isDigit()))
                continue;
            const QChar before = prose.at(i - 1);
            const QString where = prose.mid(std::max<qsizetype>(0, i - 20), 22);
            if (lang == QLatin1String("fr"))
                QVERIFY2(before == QChar(0x202F), qPrintable(where));
            else
                QVERIFY2(!before.isSpace() && before != QChar(0x202F), qPrintable(where));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkshopTexts)
#include "tst_workshoptexts.moc"
