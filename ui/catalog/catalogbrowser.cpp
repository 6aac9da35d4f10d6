#include "catalog/catalogbrowser.h"

#include "catalog/catalog.h"
#include "catalog/catalogrecorddialog.h"
#include "catalog/usercatalog.h"
#include "catalog/usercatalogwriter.h"
#include "i18n/localformat.h"
#include "qtutil/qtconvert.h"
#include "util/numberformat.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <optional>
#include <vector>

namespace greenlight::ui {

namespace {

constexpr int kSortRole = Qt::UserRole;
constexpr int kDetailsRole = Qt::UserRole + 1;
constexpr int kMaxCellChars = 80; // long sources and notes are cut in the table, whole in the details

struct Field
{
    QString label;
    QString text;
    QVariant sort;  // numbers sort as numbers
    QString source; // a field-specific source, if the record has one
};

Field text(const QString &label, const std::string &value, const std::string &source = {})
{
    return {label, qs(value), qs(value), qs(source)};
}

Field num(const QString &label, std::optional<double> value, const std::string &source = {})
{
    if (!value)
        return {label, QString(), QVariant(), qs(source)};
    return {label, LocalFormat().number(*value), *value, qs(source)};
}

Field fieldOf(const QString &label, const Citation &c, const char *key, const std::string &value)
{
    const auto it = c.fieldSources.find(key);
    return text(label, value, it == c.fieldSources.end() ? std::string() : it->second);
}

Field numOf(const QString &label, const Citation &c, const char *key, std::optional<double> value)
{
    const auto it = c.fieldSources.find(key);
    return num(label, value, it == c.fieldSources.end() ? std::string() : it->second);
}

QString statusText(const std::string &status)
{
    if (status == "V")
        return QCoreApplication::translate("greenlight::ui::CatalogBrowser", "V (primary source)");
    if (status == "S")
        return QCoreApplication::translate("greenlight::ui::CatalogBrowser", "S (secondary copies)");
    return qs(status);
}

void addRecord(QStandardItemModel *model, std::vector<Field> fields, const Citation &c, const QString &title)
{
    // A free function: translate() with the dialog's context (a tr() here would have no class).
    fields.push_back(text(QCoreApplication::translate("greenlight::ui::CatalogBrowser", "Source"), c.source));
    fields.push_back({QCoreApplication::translate("greenlight::ui::CatalogBrowser", "Year"),
                      c.year > 0 ? QString::number(c.year) : QString(), c.year, QString()});
    fields.push_back({QCoreApplication::translate("greenlight::ui::CatalogBrowser", "Status"),
                      statusText(c.status), qs(c.status), QString()});
    fields.push_back(text(QCoreApplication::translate("greenlight::ui::CatalogBrowser", "Origin"), c.origin));
    fields.push_back(text(QCoreApplication::translate("greenlight::ui::CatalogBrowser", "Notes"), c.notes));
    if (model->columnCount() == 0) {
        QStringList labels;
        for (const Field &f : fields)
            labels << f.label;
        model->setHorizontalHeaderLabels(labels);
    }

    QString html =
        QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>").arg(title.toHtmlEscaped());
    QList<QStandardItem *> items;
    for (const Field &f : fields) {
        QString shown = f.text;
        if (shown.size() > kMaxCellChars)
            shown = shown.left(kMaxCellChars - 1) + QChar(0x2026);
        auto *item = new QStandardItem(shown);
        item->setEditable(false);
        item->setData(f.sort.isValid() ? f.sort : QVariant(f.text), kSortRole);
        if (f.sort.typeId() == QMetaType::Double || f.sort.typeId() == QMetaType::Int)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString tip = f.source.isEmpty() ? f.text
                                               : QCoreApplication::translate("greenlight::ui::CatalogBrowser",
                                                                             "%1\nSource: %2")
                                                     .arg(f.text, f.source);
        if (!tip.isEmpty())
            item->setToolTip(tip);
        items << item;
        if (!f.text.isEmpty())
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td valign='top'>%2%3</td></tr>")
                        .arg(f.label.toHtmlEscaped(), f.text.toHtmlEscaped(),
                             f.source.isEmpty() ? QString()
                                                : QStringLiteral("<br/><i>%1 %2</i>")
                                                      .arg(QCoreApplication::translate(
                                                               "greenlight::ui::CatalogBrowser", "Source:")
                                                               .toHtmlEscaped(),
                                                           f.source.toHtmlEscaped()));
    }
    html += QStringLiteral("</table>");
    items.front()->setData(html, kDetailsRole);
    model->appendRow(items);
}

} // namespace

CatalogBrowser::CatalogBrowser(const Catalog &catalog, QWidget *parent, const QString &userDirectory)
    : QDialog(parent), m_catalog(catalog),
      m_userDirectory(userDirectory.isEmpty() ? qs(userCatalogDirectory()) : userDirectory)
{
    setObjectName(QStringLiteral("catalogBrowser"));
    setWindowTitle(tr("Catalog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Catalog sections"));
    addPage(Accelerators, tr("Accelerators"), tr("Search accelerators (id, name, vendor)…"));
    addPage(Regions, tr("Regions"), tr("Search regions (country, grid, cloud region, id)…"));
    addPage(Providers, tr("Providers"), tr("Search providers…"));
    addPage(Defaults, tr("Defaults"), tr("Search default constants…"));
    addPage(Equivalences, tr("Equivalences"), tr("Search equivalences…"));
    addPage(Credits, tr("Credits"), tr("Search data credits…"));
    fillAccelerators();
    fillRegions();
    fillProviders();
    fillDefaults();
    fillEquivalences();
    fillCredits();
    for (int t = 0; t < TabCount; ++t) {
        Page &p = m_pages[static_cast<std::size_t>(t)];
        m_tabs->setTabText(t, tr("%1 (%2)").arg(m_tabs->tabText(t)).arg(p.model->rowCount()));
        p.view->resizeColumnsToContents();
        for (int c = 0; c < p.model->columnCount(); ++c)
            p.view->setColumnWidth(c, std::min(p.view->columnWidth(c), 260));
        p.view->sortByColumn(-1, Qt::AscendingOrder); // catalog order until the user sorts
    }

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("catalogDetails"));
    m_details->setAccessibleName(tr("Record details with sources"));
    m_details->setOpenExternalLinks(true);
    m_details->setPlaceholderText(tr("Select a record to see every field with its source."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_userRecord = new QPushButton(tr("Add / Edit &User Record…"), this);
    m_userRecord->setToolTip(tr("Add an accelerator or region, or override the selected one with your own "
                                "figures and source. Saved in %1.")
                                 .arg(m_userDirectory));
    auto *note =
        new QLabel(tr("User records are read from %1 when Greenlight starts.").arg(m_userDirectory), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_userRecord, &QPushButton::clicked, this, &CatalogBrowser::editUserRecord);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_userRecord);
    footer->addWidget(note, 1);
    footer->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_userRecord->setEnabled(tab == Accelerators || tab == Regions);
        showDetails();
    });
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1240, screen.width() - 60), std::min(680, screen.height() - 60));
}

void CatalogBrowser::addPage(Tab tab, const QString &title, const QString &searchHint)
{
    Page &p = m_pages[static_cast<std::size_t>(tab)];
    auto *page = new QWidget(m_tabs);
    p.model = new QStandardItemModel(page);
    p.proxy = new QSortFilterProxyModel(page);
    p.proxy->setSourceModel(p.model);
    p.proxy->setSortRole(kSortRole);
    p.proxy->setFilterKeyColumn(-1);
    p.proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    p.search = new QLineEdit(page);
    p.search->setPlaceholderText(searchHint);
    p.search->setClearButtonEnabled(true);
    p.search->setAccessibleName(tr("Search %1").arg(title));
    p.search->setToolTip(tr("Shows the records where any field contains the text."));
    p.view = new QTableView(page);
    p.view->setModel(p.proxy);
    p.view->setSortingEnabled(true);
    p.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    p.view->setSelectionMode(QAbstractItemView::SingleSelection);
    p.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    p.view->setAlternatingRowColors(true);
    p.view->setWordWrap(false);
    p.view->verticalHeader()->hide();
    p.view->verticalHeader()->setDefaultSectionSize(p.view->fontMetrics().height() + 8);
    p.view->horizontalHeader()->setHighlightSections(false);
    p.view->setAccessibleName(title);
    p.view->setObjectName(title.toLower() + QStringLiteral("Table"));
    connect(p.search, &QLineEdit::textChanged, p.proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(p.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogBrowser::showDetails);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(p.search);
    layout->addWidget(p.view, 1);
    m_tabs->addTab(page, title);
}

void CatalogBrowser::fillAccelerators()
{
    QStandardItemModel *m = m_pages[Accelerators].model;
    for (const Accelerator &a : m_catalog.accelerators()) {
        const Citation &c = a.citation;
        QStringList peaks;
        for (const auto &[precision, tflops] : a.peakTflops)
            peaks << QStringLiteral("%1 %2").arg(qs(precision), LocalFormat().number(tflops));
        addRecord(m,
                  {text(tr("Id"), a.id),
                   fieldOf(tr("Name"), c, "name", a.name),
                   fieldOf(tr("Vendor"), c, "vendor", a.vendor),
                   text(tr("Kind"), a.kind),
                   numOf(tr("TDP (W)"), c, "tdpW", a.tdpW),
                   text(tr("Power basis"), a.powerBasis),
                   numOf(tr("Memory (GB)"), c, "memoryGB", a.memoryGB),
                   {tr("Peak (TFLOP/s)"), peaks.join(QLatin1String(", ")), peaks.join(QLatin1String(", ")),
                    c.fieldSources.count("peakTflops") ? qs(c.fieldSources.at("peakTflops")) : QString()},
                   text(tr("Default precision"), a.defaultPrecision),
                   numOf(tr("Embodied (kg CO₂e)"), c, "embodiedKgCo2e", a.embodiedKgCo2e),
                   text(tr("Embodied basis"), a.embodiedBasis),
                   numOf(tr("Price (USD/h)"), c, "priceUsdPerHour", a.priceUsdPerHour),
                   fieldOf(tr("Price offer"), c, "priceOffer", a.priceOffer),
                   numOf(tr("Release year"), c, "releaseYear",
                         a.releaseYear > 0 ? std::optional<double>(a.releaseYear) : std::nullopt)},
                  c, qs(a.name));
    }
}

void CatalogBrowser::fillRegions()
{
    QStandardItemModel *m = m_pages[Regions].model;
    for (const Region &r : m_catalog.regions()) {
        const Citation &c = r.citation;
        QStringList alternatives;
        for (const Region::Alternative &alt : r.alternatives)
            alternatives << tr("%1 (%2)").arg(LocalFormat().number(alt.intensityGPerKWh)).arg(alt.year);
        QStringList altSources;
        for (const Region::Alternative &alt : r.alternatives)
            altSources << tr("%1 g/kWh, %2: %3")
                              .arg(LocalFormat().number(alt.intensityGPerKWh))
                              .arg(alt.year)
                              .arg(qs(alt.source));
        addRecord(m,
                  {text(tr("Id"), r.id),
                   text(tr("Name"), r.name),
                   text(tr("Kind"), r.kind),
                   text(tr("Country"), r.country),
                   text(tr("Provider"), r.provider),
                   numOf(tr("Intensity (g CO₂e/kWh)"), c, "intensityGPerKWh", r.intensityGPerKWh),
                   text(tr("Basis"), r.basis),
                   num(tr("Intensity low"), r.intensityLowGPerKWh),
                   num(tr("Intensity high"), r.intensityHighGPerKWh),
                   text(tr("Grid"), r.grid),
                   numOf(tr("Direct intensity (g CO₂e/kWh)"), c, "direct", r.directGPerKWh),
                   numOf(tr("Water of electricity (L/kWh)"), c, "ewifLPerKWh", r.ewifLPerKWh),
                   numOf(tr("PUE"), c, "pue", r.pue),
                   numOf(tr("CFE share"), c, "cfe", r.cfe),
                   {tr("Other published intensities"), alternatives.join(QLatin1String(", ")),
                    static_cast<int>(alternatives.size()), altSources.join(QLatin1Char('\n'))},
                   text(tr("Hourly profile"), r.hourlyProfile)},
                  c, qs(r.name));
    }
}

void CatalogBrowser::fillProviders()
{
    QStandardItemModel *m = m_pages[Providers].model;
    for (const Provider &p : m_catalog.providers())
        addRecord(m,
                  {text(tr("Id"), p.id), text(tr("Name"), p.name), text(tr("Kind"), p.kind),
                   numOf(tr("PUE"), p.citation, "pue", p.pue), num(tr("PUE low"), p.pueLow),
                   num(tr("PUE high"), p.pueHigh),
                   numOf(tr("WUE (L/kWh)"), p.citation, "wueLPerKWh", p.wueLPerKWh),
                   num(tr("WUE low"), p.wueLowLPerKWh), num(tr("WUE high"), p.wueHighLPerKWh)},
                  p.citation, qs(p.name));
}

void CatalogBrowser::fillDefaults()
{
    QStandardItemModel *m = m_pages[Defaults].model;
    for (const DefaultValue &d : m_catalog.defaults()) {
        QString range;
        if (d.range && !d.range->isFixed())
            range = tr("%1 %2 / %3 / %4")
                        .arg(qs(distributionKindName(d.range->kind)), LocalFormat().number(d.range->low),
                             LocalFormat().number(d.range->mode), LocalFormat().number(d.range->high));
        addRecord(
            m,
            {text(tr("Id"), d.id),
             text(tr("Name"), d.name),
             num(tr("Value"), d.value),
             text(tr("Unit"), d.unit),
             {tr("Range (low / mode / high)"), range, range,
              d.citation.fieldSources.count("range") ? qs(d.citation.fieldSources.at("range")) : QString()}},
            d.citation, qs(d.name));
    }
}

void CatalogBrowser::fillEquivalences()
{
    QStandardItemModel *m = m_pages[Equivalences].model;
    for (const Equivalence &e : m_catalog.equivalences())
        addRecord(m,
                  {text(tr("Id"), e.id), text(tr("Name"), e.name), text(tr("Unit"), e.unit),
                   numOf(tr("g CO₂e per unit"), e.citation, "gCo2ePerUnit", e.gCo2ePerUnit)},
                  e.citation, qs(e.name));
}

void CatalogBrowser::fillCredits()
{
    QStandardItemModel *m = m_pages[Credits].model;
    for (const Credit &cr : m_catalog.credits())
        addRecord(m,
                  {text(tr("Id"), cr.id), text(tr("Name"), cr.name), text(tr("Licence"), cr.licence),
                   text(tr("Credit"), cr.credit), text(tr("URL"), cr.url)},
                  cr.citation, qs(cr.name));
}

void CatalogBrowser::showDetails()
{
    const Page &p = m_pages[static_cast<std::size_t>(std::max(0, m_tabs->currentIndex()))];
    const QModelIndex current = p.view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(p.proxy->index(current.row(), 0).data(kDetailsRole).toString());
}

QString CatalogBrowser::selectedId(Tab tab) const
{
    const Page &p = m_pages[tab];
    const QModelIndex current = p.view->selectionModel()->currentIndex();
    return current.isValid() ? p.proxy->index(current.row(), 0).data(kSortRole).toString() : QString();
}

void CatalogBrowser::editUserRecord()
{
    const Tab tab = static_cast<Tab>(m_tabs->currentIndex());
    if (tab != Accelerators && tab != Regions)
        return;
    const std::string id = ss(selectedId(tab));
    std::unique_ptr<CatalogRecordDialog> dialog;
    if (tab == Accelerators) {
        const Accelerator *a = m_catalog.accelerator(id);
        dialog = std::make_unique<CatalogRecordDialog>(a ? *a : Accelerator{}, this);
    } else {
        const Region *r = m_catalog.region(id);
        dialog = std::make_unique<CatalogRecordDialog>(r ? *r : Region{}, this);
    }
    const UserCatalogWriter writer(ss(m_userDirectory));
    // Until the record is valid and written, or the user cancels.
    while (dialog->exec() == QDialog::Accepted) {
        Issues issues;
        const bool saved = dialog->isAccelerator() ? writer.upsert(dialog->accelerator(), issues)
                                                   : writer.upsert(dialog->region(), issues);
        if (saved) {
            const QString path = qs(writer.fileFor(tab == Accelerators ? "accelerators" : "regions"));
            emit userRecordSaved(path);
            QMessageBox::information(this, tr("User record saved"),
                                     tr("Saved to %1.\n\nThe record takes effect the next time Greenlight "
                                        "starts.")
                                         .arg(path));
            return;
        }
        QStringList errors;
        for (const Issue &i : issues)
            if (i.isError())
                errors << qs(i.toString());
        dialog->setErrors(errors);
    }
}

} // namespace greenlight::ui
