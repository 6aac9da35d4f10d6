// escapeInvalidUtf8: messages that quote bad input stay valid UTF-8 (issue 7, bad input).
#include "util/utf8.h"

#include <QtTest>

using namespace greenlight;

class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void escape_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("valid 2-4 byte") << QByteArray("é ✓ 😀") << QByteArray("é ✓ 😀");
        QTest::newRow("lone 0xff") << QByteArray("a\xff"
                                                 "b")
                                   << QByteArray("a\\xffb");
        QTest::newRow("0xff 0xfe") << QByteArray("\xff\xfe") << QByteArray("\\xff\\xfe");
        QTest::newRow("truncated at end") << QByteArray("\"\xc3") << QByteArray("\"\\xc3");
        QTest::newRow("truncated before ascii") << QByteArray("\xc3\"") << QByteArray("\\xc3\"");
        QTest::newRow("overlong /") << QByteArray("\xc0\xaf") << QByteArray("\\xc0\\xaf");
        QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << QByteArray("\\xe0\\x80\\xaf");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\\xed\\xa0\\x80");
        QTest::newRow("above U+10FFFF")
            << QByteArray("\xf4\x90\x80\x80") << QByteArray("\\xf4\\x90\\x80\\x80");
        QTest::newRow("lone continuation") << QByteArray("\x80x") << QByteArray("\\x80x");
        QTest::newRow("NUL kept") << QByteArray("a\0b", 3) << QByteArray("a\0b", 3);
    }

    void escape()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const std::string out =
            escapeInvalidUtf8(std::string_view(input.constData(), std::size_t(input.size())));
        QCOMPARE(QByteArray::fromStdString(out), expected);
        // The result always decodes without replacement characters.
        QVERIFY(!QString::fromUtf8(QByteArray::fromStdString(out)).contains(QChar::ReplacementCharacter));
    }
};

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
