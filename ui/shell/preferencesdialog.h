#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace greenlight {
class Catalog;
}

namespace greenlight::ui {

class RegionPicker;

// Edits the Preferences: display currency (rates from the catalog), default region, Monte Carlo samples and
// seed, theme. OK stores them and applies the theme at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Catalog &catalog, QWidget *parent = nullptr);

    QComboBox *currencyBox() const { return m_currency; } // item data: the ISO code
    QLabel *rateLabel() const { return m_rate; }
    RegionPicker *regionPicker() const { return m_region; }
    QSpinBox *samplesBox() const { return m_samples; }
    QSpinBox *seedBox() const { return m_seed; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }

    void accept() override;

private:
    void load();
    void restoreDefaults();
    void updateRateLabel();

    QComboBox *m_currency = nullptr;
    QLabel *m_rate = nullptr;
    RegionPicker *m_region = nullptr;
    QSpinBox *m_samples = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    const Catalog *m_catalog = nullptr;
};

} // namespace greenlight::ui
