#pragma once

#include <QDialog>

#include <array>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace greenlight {
class Catalog;
}

namespace greenlight::ui {

// Browses the catalog the estimates use: accelerators, regions, providers, default constants,
// equivalences and data credits, every field with its source and year. Accelerators and regions
// can be added or overridden by user records, written to the user catalog directory.
class CatalogBrowser : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        Accelerators,
        Regions,
        Providers,
        Defaults,
        Equivalences,
        Credits,
        TabCount
    };

    // `userDirectory`: where user records are written (default: userCatalogDirectory()).
    explicit CatalogBrowser(const Catalog &catalog, QWidget *parent = nullptr,
                            const QString &userDirectory = {});

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *table(Tab tab) const { return m_pages[tab].view; }
    QSortFilterProxyModel *proxy(Tab tab) const { return m_pages[tab].proxy; }
    QLineEdit *searchEdit(Tab tab) const { return m_pages[tab].search; }
    QPushButton *userRecordButton() const { return m_userRecord; }
    QTextBrowser *details() const { return m_details; }

    void editUserRecord();

signals:
    // A user record was written (it is used from the next start).
    void userRecordSaved(const QString &path);

private:
    struct Page
    {
        QTableView *view = nullptr;
        QStandardItemModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
        QLineEdit *search = nullptr;
    };

    void addPage(Tab tab, const QString &title, const QString &searchHint);
    void fillAccelerators();
    void fillRegions();
    void fillProviders();
    void fillDefaults();
    void fillEquivalences();
    void fillCredits();
    void showDetails();
    QString selectedId(Tab tab) const;

    const Catalog &m_catalog;
    QString m_userDirectory;
    QTabWidget *m_tabs = nullptr;
    std::array<Page, TabCount> m_pages{};
    QTextBrowser *m_details = nullptr;
    QPushButton *m_userRecord = nullptr;
};

} // namespace greenlight::ui
