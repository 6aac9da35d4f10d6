#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace greenlight {
class Catalog;
}

namespace greenlight::ui {

class RegionPicker;

// Edits the Preferences: display currency and its rate, default region, Monte Carlo samples and
// seed, theme. OK stores them and applies the theme at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Catalog &catalog, QWidget *parent = nullptr);

    QLineEdit *currencyEdit() const { return m_currency; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    RegionPicker *regionPicker() const { return m_region; }
    QSpinBox *samplesBox() const { return m_samples; }
    QSpinBox *seedBox() const { return m_seed; }
    QComboBox *themeBox() const { return m_theme; }

    void accept() override;

private:
    void load();
    void restoreDefaults();
    void updateRateLabel();

    QLineEdit *m_currency = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    RegionPicker *m_region = nullptr;
    QSpinBox *m_samples = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace greenlight::ui
