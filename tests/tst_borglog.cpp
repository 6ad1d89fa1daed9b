// borg's --log-json stderr as BorgRunner and BorgCommand read it: lines cut wherever the
// pipe splits them, blank lines dropped, an endless line bounded, JSON log records decoded.
#include "app/borg/BorgLog.h"

#include <QTest>

using namespace borgtide;

class TestBorgLog : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> read(const QList<QByteArray> &chunks, bool flush)
    {
        QList<QByteArray> lines;
        borglog::LineReader reader([&](const borglog::Line &l) { lines.append(l.text); });
        for (const QByteArray &c : chunks)
            reader.feed(c);
        if (flush)
            reader.flush();
        return lines;
    }

private Q_SLOTS:
    void linesAcrossChunks_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<bool>("flush");
        QTest::addColumn<QList<QByteArray>>("lines");
        using L = QList<QByteArray>;
        QTest::newRow("one chunk, two lines") << L{"a\nb\n"} << false << L{"a", "b"};
        QTest::newRow("line split over chunks")
            << L{"hel", "lo wo", "rld\n"} << false << L{"hello world"};
        QTest::newRow("unterminated line waits") << L{"a\nb"} << false << L{"a"};
        QTest::newRow("unterminated line at the end") << L{"a\nb"} << true << L{"a", "b"};
        QTest::newRow("blank and space-only lines dropped")
            << L{"\n  \n\r\nx\n"} << false << L{"x"};
        QTest::newRow("CRLF and padding trimmed") << L{"  warn \r\n"} << false << L{"warn"};
        QTest::newRow("newline as its own chunk")
            << L{"a", "\n", "\n", "b", "\n"} << false << L{"a", "b"};
    }
    void linesAcrossChunks()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(bool, flush);
        QFETCH(QList<QByteArray>, lines);
        QCOMPARE(read(chunks, flush), lines);
    }

    void endlessLineIsPassedOnBounded()
    {
        const QByteArray block(256 * 1024, 'x');
        QList<QByteArray> lines;
        borglog::LineReader reader([&](const borglog::Line &l) { lines.append(l.text); });
        for (int i = 0; i < 5; ++i) // 1.25 MiB without a newline
            reader.feed(block);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().size(), 5 * block.size());
        reader.feed("tail\n");
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.last(), QByteArray("tail"));
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("error");
        QTest::newRow("plain text") << QByteArray("Enter passphrase") << false << QString()
                                    << QString() << QString() << false;
        QTest::newRow("error record")
            << QByteArray(R"({"type": "log_message", "levelname": "ERROR", )"
                          R"("message": "Repository /r does not exist."})")
            << true << QStringLiteral("log_message") << QStringLiteral("ERROR")
            << QStringLiteral("Repository /r does not exist.") << true;
        QTest::newRow("critical record")
            << QByteArray(R"({"type": "log_message", "levelname": "CRITICAL", "message": "x"})")
            << true << QStringLiteral("log_message") << QStringLiteral("CRITICAL")
            << QStringLiteral("x") << true;
        QTest::newRow("warning record")
            << QByteArray(R"({"type": "log_message", "levelname": "WARNING", "message": "w"})")
            << true << QStringLiteral("log_message") << QStringLiteral("WARNING")
            << QStringLiteral("w") << false;
        QTest::newRow("progress is not a log record")
            << QByteArray(R"({"type": "progress_percent", "message": "50%", "current": 1})") << true
            << QStringLiteral("progress_percent") << QString() << QString() << false;
        QTest::newRow("broken JSON keeps its text")
            << QByteArray("{not json") << true << QString() << QString() << QString() << false;
    }
    void parse()
    {
        QFETCH(QByteArray, line);
        const borglog::Line l = borglog::parse(line);
        QCOMPARE(l.text, line);
        QTEST(l.isJson(), "json");
        QTEST(l.type, "type");
        QTEST(l.level, "level");
        QTEST(l.message, "message");
        QTEST(l.isError(), "error");
    }
};

QTEST_GUILESS_MAIN(TestBorgLog)
#include "tst_borglog.moc"
