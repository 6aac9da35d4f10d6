// The presets gallery, the catalog browser and the preferences, driven like a user would: the
// gallery lists every preset and adds one as a single undo step, a published preset shows exactly
// the core's estimate, the catalog tables hold every record and filter, user records are written
// where the catalog reads them, preferences round-trip through QSettings, and the dark theme
// changes the palette the charts draw with.
#include "catalog/catalog.h"
#include "catalog/catalogbrowser.h"
#include "catalog/catalogrecorddialog.h"
#include "catalog/usercatalog.h"
#include "catalog/usercatalogwriter.h"
#include "compare/publishedcomparison.h"
#include "document/document.h"
#include "embeddedfiles.h"
#include "estimate/estimator.h"
#include "estimate/resolver.h"
#include "io/presetsfile.h"
#include "plots/plotwidget.h"
#include "presets/presetsdialog.h"
#include "shell/preferences.h"
#include "shell/preferencesdialog.h"
#include "shell/theme.h"
#include "widgets/regionpicker.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace greenlight;
using ui::PresetsDialog;

namespace {

std::vector<Preset> shippedPresets()
{
    return PresetsFile::parse(embedded::file("presets/presets.json"), Catalog::builtIn()).presets;
}

int presetIndex(const PresetsDialog &d, const std::string &id)
{
    for (std::size_t i = 0; i < d.presets().size(); ++i)
        if (d.presets()[i].id == id)
            return static_cast<int>(i);
    return -1;
}

PublishedComparison coreComparison(const Scenario &s)
{
    Issues issues;
    const auto resolved = Resolver(Catalog::builtIn()).resolve(s, issues);
    return PublishedComparison::of(*s.published, Estimator::compute(*resolved));
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("greenlight-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dialogs"));
    }

    void init()
    {
        QSettings().clear();
        m_document = std::make_unique<ui::Document>(Catalog::builtIn());
        m_document->openText(std::string(embedded::file("examples/plan-7b.greenlight.json")),
                             QStringLiteral("plan-7b.greenlight.json"), m_issues);
    }

    void cleanup()
    {
        m_document.reset();
        QSettings().clear();
    }

    void presets_listsEveryPreset()
    {
        PresetsDialog d(*m_document);
        const std::vector<Preset> expected = shippedPresets();
        QCOMPARE(d.presets().size(), expected.size());
        QCOMPARE(d.galleryTable()->rowCount(), static_cast<int>(expected.size()));
        for (int row = 0; row < d.galleryTable()->rowCount(); ++row) {
            const Preset &p = expected[static_cast<std::size_t>(row)];
            QCOMPARE(d.galleryTable()->item(row, PresetsDialog::TitleColumn)->text(),
                     QString::fromStdString(p.title));
            QCOMPARE(d.galleryTable()->item(row, PresetsDialog::KindColumn)->text(),
                     p.kind == Preset::Kind::Published ? QStringLiteral("Published run")
                                                       : QStringLiteral("Template"));
            QCOMPARE(d.galleryTable()->item(row, PresetsDialog::TitleColumn)->toolTip(),
                     QString::fromStdString(p.description));
        }
    }

    void presets_addToProjectIsOneUndoStep()
    {
        PresetsDialog d(*m_document);
        const int before = m_document->scenarioCount();
        const int steps = m_document->undoStack()->count();
        const int index = presetIndex(d, "llama3-8b");
        QVERIFY(index >= 0);
        d.selectPreset(index);
        QVERIFY(d.addButton()->isEnabled());
        d.addButton()->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(m_document->scenarioCount(), before + 1);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        const Scenario &added = m_document->scenario(m_document->currentIndex());
        QCOMPARE(added.name, d.presets()[static_cast<std::size_t>(index)].scenario.name);
        QCOMPARE(added.acceleratorHours, 1300000.0);
        QVERIFY(added.published && added.published->co2eT == 390.0);
        QVERIFY(m_document->isModified());
        m_document->undoStack()->undo();
        QCOMPARE(m_document->scenarioCount(), before);
        QVERIFY(!m_document->isModified());
        m_document->undoStack()->redo();
        QCOMPARE(m_document->scenarioCount(), before + 1);
    }

    void presets_shownEstimateEqualsCore_data()
    {
        QTest::addColumn<int>("index");
        const std::vector<Preset> presets = shippedPresets();
        for (std::size_t i = 0; i < presets.size(); ++i)
            if (presets[i].kind == Preset::Kind::Published)
                QTest::newRow(presets[i].id.c_str()) << static_cast<int>(i);
    }

    void presets_shownEstimateEqualsCore()
    {
        QFETCH(int, index);
        PresetsDialog d(*m_document);
        const Preset &p = d.presets()[static_cast<std::size_t>(index)];
        const PublishedComparison core = coreComparison(p.scenario);
        QVERIFY(core.co2eT);
        // The gallery row: published, estimate and ratio are the core's numbers.
        QTableWidget *gallery = d.galleryTable();
        QCOMPARE(gallery->item(index, PresetsDialog::PublishedColumn)->data(Qt::UserRole).toDouble(),
                 core.co2eT->published);
        QCOMPARE(gallery->item(index, PresetsDialog::EstimateColumn)->data(Qt::UserRole).toDouble(),
                 core.co2eT->estimated);
        QCOMPARE(gallery->item(index, PresetsDialog::RatioColumn)->data(Qt::UserRole).toDouble(),
                 *core.co2eT->ratio);
        // The details: one row per published figure, estimate beside it, within 1 % (methodology.md §3).
        d.selectPreset(index);
        QTableWidget *table = d.comparisonTable();
        const int expectedRows = (core.energyMWh ? 1 : 0) + 1 + (core.acceleratorHours ? 1 : 0);
        QCOMPARE(table->rowCount(), expectedRows);
        QVERIFY(!table->isColumnHidden(0) && !table->isColumnHidden(2));
        int row = 0;
        for (const auto &figure : {core.energyMWh, core.co2eT, core.acceleratorHours}) {
            if (!figure)
                continue;
            QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toDouble(), figure->published);
            QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toDouble(), figure->estimated);
            const double ratio = table->item(row, 2)->data(Qt::UserRole).toDouble();
            QVERIFY2(std::abs(ratio - 1.0) <= 0.01, qPrintable(QString::number(ratio)));
            ++row;
        }
    }

    void presets_openAsNewProjectAsksFirst()
    {
        PresetsDialog d(*m_document);
        d.selectPreset(presetIndex(d, "bloom-176b"));
        const int before = m_document->scenarioCount();
        d.setReplaceGuard([] { return false; }); // the user cancelled "save changes?"
        d.openButton()->click();
        QCOMPARE(m_document->scenarioCount(), before);
        d.setReplaceGuard([] { return true; });
        d.openButton()->click();
        QCOMPARE(m_document->scenarioCount(), 1);
        QCOMPARE(m_document->project().name, std::string("BLOOM 176B"));
        QVERIFY(!m_document->isModified());
        QVERIFY(m_document->undoStack()->count() == 0);
    }

    void presets_templatesTakeTheDefaultRegion()
    {
        ui::Preferences().setDefaultRegion(QStringLiteral("FRA"));
        PresetsDialog d(*m_document);
        const Preset &bert = d.presets()[static_cast<std::size_t>(presetIndex(d, "bert-base-finetune"))];
        const Preset &gpt3 = d.presets()[static_cast<std::size_t>(presetIndex(d, "gpt3-175b"))];
        QCOMPARE(d.scenarioFor(bert).regionId, std::string("FRA"));
        QCOMPARE(d.scenarioFor(gpt3).regionId, std::string("USA")); // published runs keep the authors' site
        d.selectPreset(presetIndex(d, "bert-base-finetune"));
        QVERIFY(d.comparisonTable()->isColumnHidden(0)); // no published column for a template
        ui::Preferences().setDefaultRegion(QStringLiteral("no-such-region"));
        QCOMPARE(d.scenarioFor(bert).regionId, bert.scenario.regionId); // an unknown id is ignored
    }

    void catalog_acceleratorTableHasEveryRecord()
    {
        QTemporaryDir dir;
        ui::CatalogBrowser b(Catalog::builtIn(), nullptr, dir.path());
        QAbstractItemModel *model = b.table(ui::CatalogBrowser::Accelerators)->model();
        const auto &accelerators = Catalog::builtIn().accelerators();
        QCOMPARE(model->rowCount(), static_cast<int>(accelerators.size()));
        for (std::size_t i = 0; i < accelerators.size(); ++i)
            QCOMPARE(model->index(static_cast<int>(i), 0).data().toString(),
                     QString::fromStdString(accelerators[i].id));
        QStringList headers;
        for (int c = 0; c < model->columnCount(); ++c)
            headers << model->headerData(c, Qt::Horizontal).toString();
        for (const char *h : {"TDP (W)", "Peak (TFLOP/s)", "Price (USD/h)", "Source", "Year", "Status"})
            QVERIFY2(headers.contains(QString::fromUtf8(h)), h);
        // Each tab holds its whole section of the catalog.
        QCOMPARE(b.table(ui::CatalogBrowser::Regions)->model()->rowCount(),
                 static_cast<int>(Catalog::builtIn().regions().size()));
        QCOMPARE(b.table(ui::CatalogBrowser::Providers)->model()->rowCount(),
                 static_cast<int>(Catalog::builtIn().providers().size()));
        QCOMPARE(b.table(ui::CatalogBrowser::Defaults)->model()->rowCount(),
                 static_cast<int>(Catalog::builtIn().defaults().size()));
        QCOMPARE(b.table(ui::CatalogBrowser::Equivalences)->model()->rowCount(),
                 static_cast<int>(Catalog::builtIn().equivalences().size()));
        QCOMPARE(b.table(ui::CatalogBrowser::Credits)->model()->rowCount(),
                 static_cast<int>(Catalog::builtIn().credits().size()));
        // Selecting a record shows its fields with their sources.
        b.table(ui::CatalogBrowser::Accelerators)->selectRow(0);
        QVERIFY(b.details()->toPlainText().contains(QString::fromStdString(accelerators[0].citation.source)));
    }

    void catalog_searchFiltersRegions()
    {
        QTemporaryDir dir;
        ui::CatalogBrowser b(Catalog::builtIn(), nullptr, dir.path());
        b.tabs()->setCurrentIndex(ui::CatalogBrowser::Regions);
        QAbstractItemModel *model = b.table(ui::CatalogBrowser::Regions)->model();
        const int all = model->rowCount();
        QTest::keyClicks(b.searchEdit(ui::CatalogBrowser::Regions), QStringLiteral("france"));
        const int shown = model->rowCount();
        QVERIFY2(shown >= 1 && shown < all, qPrintable(QStringLiteral("%1 of %2").arg(shown).arg(all)));
        bool hasFra = false;
        for (int r = 0; r < shown; ++r) {
            bool matches = false;
            for (int c = 0; c < model->columnCount(); ++c)
                matches = matches ||
                          model->index(r, c)
                              .data(Qt::UserRole)
                              .toString()
                              .contains(QStringLiteral("france"), Qt::CaseInsensitive) ||
                          model->index(r, c).data().toString().contains(QStringLiteral("france"),
                                                                        Qt::CaseInsensitive);
            QVERIFY(matches);
            hasFra = hasFra || model->index(r, 0).data().toString() == QLatin1String("FRA");
        }
        QVERIFY(hasFra);
        b.searchEdit(ui::CatalogBrowser::Regions)->clear();
        QCOMPARE(model->rowCount(), all);
    }

    void catalog_userRecordIsWrittenWhereTheCatalogReadsIt()
    {
        QTemporaryDir dir;
        ui::CatalogRecordDialog form(Region{});
        form.idEdit()->setText(QStringLiteral("my-lab"));
        form.nameEdit()->setText(QStringLiteral("My lab's grid contract"));
        form.numberBox(QStringLiteral("intensityGPerKWh"))->setValue(120);
        form.numberBox(QStringLiteral("pue"))->setValue(1.3);
        form.sourceEdit()->setText(QStringLiteral("Supplier disclosure 2025"));
        const UserCatalogWriter writer(dir.path().toStdString());
        Issues issues;
        QVERIFY(writer.upsert(form.region(), issues));
        Catalog catalog = Catalog::builtIn();
        QVERIFY(!hasErrors(loadUserCatalogs(catalog, dir.path().toStdString())));
        const Region *r = catalog.region("my-lab");
        QVERIFY(r);
        QCOMPARE(r->intensityGPerKWh, 120.0);
        QCOMPARE(*r->pue, 1.3);
        QVERIFY(!r->cfe); // "none" stays unset
        // Editing a shipped record writes an override with the same id, keeping what the form hides.
        ui::CatalogRecordDialog edit(*Catalog::builtIn().accelerator("h100-sxm"));
        edit.numberBox(QStringLiteral("tdpW"))->setValue(650);
        edit.sourceEdit()->setText(QStringLiteral("Our measurement, 2025"));
        QVERIFY(writer.upsert(edit.accelerator(), issues));
        catalog = Catalog::builtIn();
        QVERIFY(!hasErrors(loadUserCatalogs(catalog, dir.path().toStdString())));
        QCOMPARE(*catalog.accelerator("h100-sxm")->tdpW, 650.0);
        QCOMPARE(catalog.accelerator("h100-sxm")->peakTflops,
                 Catalog::builtIn().accelerator("h100-sxm")->peakTflops);
        // An invalid value is refused with its field named, and the file is left as it was.
        form.numberBox(QStringLiteral("pue"))->setValue(0.5);
        issues.clear();
        QVERIFY(!writer.upsert(form.region(), issues));
        QVERIFY(std::any_of(issues.begin(), issues.end(), [](const Issue &i) {
            return i.isError() && i.path.find("pue") != std::string::npos;
        }));
        catalog = Catalog::builtIn();
        loadUserCatalogs(catalog, dir.path().toStdString());
        QCOMPARE(*catalog.region("my-lab")->pue, 1.3);
    }

    void preferences_roundTripThroughSettings()
    {
        ui::Preferences defaults;
        QCOMPARE(defaults.currencyCode(), QStringLiteral("USD"));
        QCOMPARE(defaults.defaultRegion(), QString());
        QCOMPARE(defaults.monteCarloSamples(), 10000);
        QCOMPARE(defaults.monteCarloSeed(), quint64(42));
        QCOMPARE(defaults.theme(), ui::Preferences::Theme::System);

        {
            ui::PreferencesDialog d(Catalog::builtIn());
            d.currencyBox()->setCurrentIndex(d.currencyBox()->findData(QStringLiteral("EUR")));
            // The rate shown is the catalog's, with its source.
            QVERIFY2(d.rateLabel()->text().contains(QStringLiteral("EUR")),
                     qPrintable(d.rateLabel()->text()));
            QVERIFY(d.rateLabel()->text().contains(QStringLiteral("2025")));
            d.regionPicker()->setRegionId(QStringLiteral("FRA"));
            d.samplesBox()->setValue(20000);
            d.seedBox()->setValue(7);
            d.accept();
        }
        QSettings().sync();
        const ui::Preferences stored;
        QCOMPARE(stored.currencyCode(), QStringLiteral("EUR"));
        QCOMPARE(stored.defaultRegion(), QStringLiteral("FRA"));
        QCOMPARE(stored.monteCarloSamples(), 20000);
        QCOMPARE(stored.monteCarloSeed(), quint64(7));
        // A new dialog shows what was stored.
        ui::PreferencesDialog again(Catalog::builtIn());
        QCOMPARE(again.currencyBox()->currentData().toString(), QStringLiteral("EUR"));
        QCOMPARE(again.regionPicker()->regionId(), QStringLiteral("FRA"));
        QCOMPARE(again.samplesBox()->value(), 20000);
        QCOMPARE(again.seedBox()->value(), 7);
        // Values edited by hand into something invalid fall back to the defaults.
        QSettings().setValue(QStringLiteral("preferences/currency"), QStringLiteral("euros"));
        QSettings().setValue(QStringLiteral("preferences/monteCarloSamples"), 5);
        QCOMPARE(ui::Preferences().currencyCode(), QStringLiteral("USD"));
        QCOMPARE(ui::Preferences().monteCarloSamples(), ui::Preferences::kMinSamples);
    }

    void theme_darkChangesThePalette()
    {
        ui::PlotWidget plot(QStringLiteral("test"));
        ui::applyTheme(ui::Preferences::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        ui::Preferences().setTheme(ui::Preferences::Theme::Dark);
        ui::PreferencesDialog d(Catalog::builtIn());
        QCOMPARE(d.themeBox()->currentData().toString(), QStringLiteral("dark"));
        ui::applyTheme(ui::Preferences().theme());
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        const QPalette dark = QApplication::palette();
        QVERIFY(dark.color(QPalette::Window).lightness() < 80);
        QVERIFY(dark.color(QPalette::WindowText).lightness() > 200);
        // The charts follow: axis labels take the new text colour on PaletteChange.
        QCoreApplication::processEvents();
        QCOMPARE(plot.xAxis->tickLabelColor(), plot.palette().color(QPalette::WindowText));
        QVERIFY(plot.xAxis->tickLabelColor().lightness() > 200);
        ui::applyTheme(ui::Preferences::Theme::Light);
        QCoreApplication::processEvents();
        QVERIFY(plot.xAxis->tickLabelColor().lightness() < 128);
    }

    // Every dialog drawn in both themes; with GREENLIGHT_SCREENSHOT_DIR set, saved there for review.
    void screenshots()
    {
        // Always drawn and saved (a view that cannot paint fails here); kept for review when
        // GREENLIGHT_SCREENSHOT_DIR names a folder.
        QTemporaryDir scratch;
        QString out = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_DIR");
        if (out.isEmpty())
            out = scratch.path();
        for (const auto theme : {ui::Preferences::Theme::Light, ui::Preferences::Theme::Dark}) {
            ui::applyTheme(theme);
            const QString suffix = ui::Preferences::themeName(theme);
            PresetsDialog presets(*m_document);
            presets.show();
            presets.selectPreset(presetIndex(presets, "llama2-70b"));
            QVERIFY(QTest::qWaitForWindowExposed(&presets));
            QTest::qWait(200);
            presets.grab().save(out + QStringLiteral("/presets-%1.png").arg(suffix));
            presets.selectPreset(presetIndex(presets, "pretrain-7b-h100"));
            QTest::qWait(100);
            presets.grab().save(out + QStringLiteral("/presets-template-%1.png").arg(suffix));

            QTemporaryDir dir;
            ui::CatalogBrowser catalog(Catalog::builtIn(), nullptr, dir.path());
            catalog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&catalog));
            catalog.table(ui::CatalogBrowser::Accelerators)->selectRow(6);
            QTest::qWait(200);
            catalog.grab().save(out + QStringLiteral("/catalog-%1.png").arg(suffix));
            catalog.tabs()->setCurrentIndex(ui::CatalogBrowser::Regions);
            QTest::keyClicks(catalog.searchEdit(ui::CatalogBrowser::Regions), QStringLiteral("us-"));
            catalog.table(ui::CatalogBrowser::Regions)->selectRow(0);
            QTest::qWait(200);
            catalog.grab().save(out + QStringLiteral("/catalog-regions-%1.png").arg(suffix));

            ui::PreferencesDialog prefs(Catalog::builtIn());
            prefs.show();
            QVERIFY(QTest::qWaitForWindowExposed(&prefs));
            QTest::qWait(100);
            prefs.grab().save(out + QStringLiteral("/preferences-%1.png").arg(suffix));

            ui::CatalogRecordDialog record(*Catalog::builtIn().region("gcp:us-central1"));
            record.show();
            QVERIFY(QTest::qWaitForWindowExposed(&record));
            QTest::qWait(100);
            record.grab().save(out + QStringLiteral("/catalog-record-%1.png").arg(suffix));
        }
        ui::applyTheme(ui::Preferences::Theme::Light);
    }

private:
    std::unique_ptr<ui::Document> m_document;
    Issues m_issues;
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
