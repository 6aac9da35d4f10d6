// Scheduler: known optima on synthetic profiles (contiguous and pause/resume), the relations on a
// shipped profile, Dodge et al.'s "short jobs gain most" finding, and the input errors.
#include "schedule/hourlyprofile.h"
#include "schedule/scheduler.h"

#include <QtTest>

#include <cmath>

using namespace greenlight;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<std::size_t>)

namespace {

constexpr UtcSeconds kJan1 = 1640995200; // 2022-01-01T00:00:00Z
constexpr UtcSeconds kHour = 3600;

HourlyProfile synthetic(std::vector<double> values)
{
    HourlyProfile p;
    p.id = "synthetic";
    p.startUtc = kJan1;
    p.gPerKWh = std::move(values);
    return p;
}

std::string errors(const Issues &issues)
{
    std::string s;
    for (const Issue &i : issues)
        s += (s.empty() ? "" : " | ") + i.toString();
    return s;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void knownOptimum_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<int>("hours");
        QTest::addColumn<int>("earliest"); // hour index
        QTest::addColumn<int>("deadline"); // hour index (exclusive)
        QTest::addColumn<int>("bestStart");
        QTest::addColumn<int>("worstStart");
        QTest::addColumn<std::vector<std::size_t>>("pausableHours");
        const std::vector<double> v = {5, 5, 5, 1, 1, 5, 5, 0, 5, 9};
        QTest::newRow("2 h, whole profile") << v << 2 << 0 << 10 << 3 << 8 << std::vector<std::size_t>{3, 7};
        QTest::newRow("1 h: the minimum") << v << 1 << 0 << 10 << 7 << 9 << std::vector<std::size_t>{7};
        QTest::newRow("3 h") << v << 3 << 0 << 10 << 2 << 0 << std::vector<std::size_t>{3, 4, 7};
        QTest::newRow("window excludes the dip")
            << v << 2 << 5 << 10 << 6 << 8 << std::vector<std::size_t>{5, 7};
        QTest::newRow("job fills the window")
            << v << 4 << 3 << 7 << 3 << 3 << std::vector<std::size_t>{3, 4, 5, 6};
        QTest::newRow("flat: earliest wins")
            << std::vector<double>(6, 100.0) << 2 << 1 << 6 << 1 << 1 << std::vector<std::size_t>{1, 2};
    }

    void knownOptimum()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(int, hours);
        QFETCH(int, earliest);
        QFETCH(int, deadline);
        QFETCH(int, bestStart);
        QFETCH(int, worstStart);
        QFETCH(std::vector<std::size_t>, pausableHours);
        const HourlyProfile p = synthetic(values);
        ScheduleJob job;
        job.durationHours = hours;
        job.powerKW = 10;
        job.earliestStart = kJan1 + earliest * kHour;
        job.deadline = kJan1 + deadline * kHour;
        job.pausable = true;
        Issues issues;
        const auto r = Scheduler::plan(p, job, issues);
        QVERIFY2(r, errors(issues).c_str());
        QCOMPARE(r->jobHours, std::size_t(hours));
        QCOMPARE(r->best.startUtc, kJan1 + bestStart * kHour);
        QCOMPARE(r->best.endUtc, kJan1 + (bestStart + hours) * kHour);
        QCOMPARE(r->best.blocks, std::size_t(1));
        QCOMPARE(r->worst.startUtc, kJan1 + worstStart * kHour);
        QCOMPARE(r->startNow.startUtc, kJan1 + earliest * kHour);
        QVERIFY(r->pausable);
        QCOMPARE(r->pausable->hours, pausableHours);

        // CO2e = Σ intensity × energy per hour; 10 kW × 1 h = 10 kWh per hour.
        double sum = 0;
        for (int i = bestStart; i < bestStart + hours; ++i)
            sum += values[std::size_t(i)];
        QVERIFY(std::abs(r->best.co2eKg - sum * 10.0 / 1000.0) < 1e-12);
        QVERIFY(std::abs(r->energyKWh - 10.0 * hours) < 1e-12);
        QVERIFY(r->pausable->co2eKg <= r->best.co2eKg + 1e-12);
        QVERIFY(r->best.co2eKg <= r->startNow.co2eKg + 1e-12);
        QVERIFY(r->startNow.co2eKg <= r->worst.co2eKg + 1e-12);
    }

    // Brute force agrees with the O(n) sliding window on a pseudo-random profile.
    void slidingWindowMatchesBruteForce()
    {
        std::vector<double> v(500);
        std::uint32_t x = 12345;
        for (double &d : v) {
            x = x * 1664525u + 1013904223u;
            d = (x >> 8) % 1000;
        }
        for (std::size_t k : {1u, 7u, 24u, 100u, 500u}) {
            std::size_t best = 0;
            double bestSum = 1e300;
            for (std::size_t s = 0; s + k <= v.size(); ++s) {
                double sum = 0;
                for (std::size_t i = s; i < s + k; ++i)
                    sum += v[i];
                if (sum < bestSum) {
                    bestSum = sum;
                    best = s;
                }
            }
            QCOMPARE(Scheduler::bestStart(v, 0, v.size(), k), best);
        }
    }

    void fractionalHoursAndEnergy()
    {
        const HourlyProfile p = synthetic({100, 200, 300, 400});
        ScheduleJob job;
        job.durationHours = 2.5; // → 3 whole hours, 25 kWh spread over them
        job.powerKW = 10;
        Issues issues;
        auto r = Scheduler::plan(p, job, issues);
        QVERIFY2(r, errors(issues).c_str());
        QCOMPARE(r->jobHours, std::size_t(3));
        QVERIFY(std::abs(r->energyKWh - 25.0) < 1e-12);
        QVERIFY(std::abs(r->startNow.co2eKg - 25.0 / 3.0 * 600.0 / 1000.0) < 1e-12);
        QVERIFY(std::abs(r->averageCo2eKg - 25.0 * 250.0 / 1000.0) < 1e-12);

        job.powerKW.reset();
        job.energyKWh = 30;
        job.durationHours = 2;
        job.earliestStart = kJan1 + 1800; // 00:30 → the first whole hour is 01:00
        r = Scheduler::plan(p, job, issues);
        QVERIFY2(r, errors(issues).c_str());
        QCOMPARE(r->startNow.startUtc, kJan1 + kHour);
        QCOMPARE(r->windowHours, std::size_t(3));
        QVERIFY(!r->pausable);
        QCOMPARE(&r->recommended(), &r->best);
    }

    void badInput_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("power");    // < 0: not given
        QTest::addColumn<double>("energy");   // < 0: not given
        QTest::addColumn<qint64>("earliest"); // 0: not given
        QTest::addColumn<qint64>("deadline"); // 0: not given
        QTest::addColumn<QString>("error");
        const qint64 end = kJan1 + 10 * kHour;
        QTest::newRow("job longer than the profile") << 11.0 << 1.0 << -1.0 << qint64(0) << qint64(0)
                                                     << "durationHours: the job needs 11 h but the window "
                                                        "2022-01-01T00:00:00Z – 2022-01-01T10:00:00Z has 10 "
                                                        "whole hour(s)";
        QTest::newRow("job longer than the window")
            << 3.0 << 1.0 << -1.0 << qint64(kJan1 + 8 * kHour) << qint64(0)
            << "durationHours: the job needs 3 h but the window 2022-01-01T08:00:00Z – 2022-01-01T10:00:00Z "
               "has 2 "
               "whole hour(s)";
        QTest::newRow("earliest before the profile")
            << 1.0 << 1.0 << -1.0 << qint64(kJan1 - kHour) << qint64(0)
            << "earliestStart: 2021-12-31T23:00:00Z is outside the profile synthetic (2022-01-01T00:00:00Z – "
               "2022-01-01T10:00:00Z)";
        QTest::newRow("deadline after the profile")
            << 1.0 << 1.0 << -1.0 << qint64(0) << qint64(end + kHour)
            << "deadline: 2022-01-01T11:00:00Z is outside the profile synthetic (2022-01-01T00:00:00Z – "
               "2022-01-01T10:00:00Z)";
        QTest::newRow("deadline before earliest")
            << 1.0 << 1.0 << -1.0 << qint64(kJan1 + 5 * kHour) << qint64(kJan1 + 3 * kHour)
            << "deadline: 2022-01-01T03:00:00Z is not after the earliest start 2022-01-01T05:00:00Z";
        QTest::newRow("power and energy")
            << 1.0 << 1.0 << 5.0 << qint64(0) << qint64(0)
            << "powerKW: give either the average power (kW) or the energy (kWh)";
        QTest::newRow("neither") << 1.0 << -1.0 << -1.0 << qint64(0) << qint64(0)
                                 << "powerKW: give either the average power (kW) or the energy (kWh)";
        QTest::newRow("zero hours") << 0.0 << 1.0 << -1.0 << qint64(0) << qint64(0)
                                    << "durationHours: expected a number of hours > 0, got 0";
        QTest::newRow("zero energy") << 1.0 << -1.0 << 0.0 << qint64(0) << qint64(0)
                                     << "energyKWh: expected an energy > 0 kWh, got 0";
    }

    void badInput()
    {
        QFETCH(double, hours);
        QFETCH(double, power);
        QFETCH(double, energy);
        QFETCH(qint64, earliest);
        QFETCH(qint64, deadline);
        QFETCH(QString, error);
        const HourlyProfile p = synthetic(std::vector<double>(10, 100.0));
        ScheduleJob job;
        job.durationHours = hours;
        if (power >= 0)
            job.powerKW = power;
        if (energy >= 0)
            job.energyKWh = energy;
        if (earliest != 0)
            job.earliestStart = earliest;
        if (deadline != 0)
            job.deadline = deadline;
        Issues issues;
        QVERIFY(!Scheduler::plan(p, job, issues));
        QCOMPARE(QString::fromStdString(errors(issues)), error);
    }

    // California: solar makes the midday hours the cleanest. A 4 h job's best start lies in the
    // local daytime (UTC-8/-7: 16–23 h UTC), and pausable ≤ best ≤ start now ≤ worst.
    void californiaRelations()
    {
        const HourlyProfile *p = HourlyProfile::builtIn("US-CISO");
        QVERIFY(p != nullptr);
        for (const double hours : {4.0, 24.0, 168.0}) {
            ScheduleJob job;
            job.durationHours = hours;
            job.powerKW = 100;
            job.pausable = true;
            Issues issues;
            const auto r = Scheduler::plan(*p, job, issues);
            QVERIFY2(r, errors(issues).c_str());
            QVERIFY(r->pausable->co2eKg <= r->best.co2eKg);
            QVERIFY(r->best.co2eKg <= r->startNow.co2eKg);
            QVERIFY(r->best.co2eKg < r->averageCo2eKg);
            QVERIFY(r->startNow.co2eKg <= r->worst.co2eKg);
            QVERIFY(r->best.meanGPerKWh >= *std::min_element(p->gPerKWh.begin(), p->gPerKWh.end()));
            if (hours == 4.0) {
                const auto utcHour = (r->best.startUtc % 86400) / 3600;
                QVERIFY2(utcHour >= 16 && utcHour <= 23, std::to_string(utcHour).c_str());
            }
        }
        // Within one day: the best 4 h of 2022-06-15 start in the solar dip too.
        ScheduleJob day;
        day.durationHours = 4;
        day.powerKW = 100;
        day.earliestStart = kJan1 + 165 * 86400 + 8 * kHour; // 2022-06-15T08:00Z = 01:00 PDT
        day.deadline = *day.earliestStart + 24 * kHour;
        Issues issues;
        const auto r = Scheduler::plan(*p, day, issues);
        QVERIFY2(r, errors(issues).c_str());
        const auto utcHour = (r->best.startUtc % 86400) / 3600;
        QVERIFY2(utcHour >= 15 && utcHour <= 23, std::to_string(utcHour).c_str());
        QVERIFY(r->best.co2eKg < r->startNow.co2eKg);
    }

    // Dodge et al. 2022: with the same flexibility (24 h to shift the start), short jobs save a far
    // larger share than long ones. Averaged over the first day of every month on CISO.
    void shortJobsGainMost()
    {
        const HourlyProfile *p = HourlyProfile::builtIn("US-CISO");
        QVERIFY(p != nullptr);
        const auto meanSaving = [p](double hours) {
            double total = 0;
            for (int month = 0; month < 11; ++month) {
                ScheduleJob job;
                job.durationHours = hours;
                job.powerKW = 100;
                job.earliestStart = kJan1 + month * 30 * 86400;
                job.deadline = *job.earliestStart + static_cast<UtcSeconds>(hours + 24) * kHour;
                Issues issues;
                const auto r = Scheduler::plan(*p, job, issues);
                if (!r)
                    return -1.0;
                total += (r->startNow.co2eKg - r->best.co2eKg) / r->startNow.co2eKg;
            }
            return total / 11;
        };
        const double shortJob = meanSaving(6);
        const double monthJob = meanSaving(30 * 24);
        QVERIFY(shortJob > 0);
        QVERIFY(monthJob >= 0);
        QVERIFY2(shortJob > 3 * monthJob,
                 (std::to_string(shortJob) + " vs " + std::to_string(monthJob)).c_str());
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
