#include "measured/measuredrunimport.h"

#include "document/document.h"
#include "qtutil/qtconvert.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace greenlight::ui {

namespace {
const char *const kDirKey = "files/importDir";
} // namespace

MeasuredRunImport::MeasuredRunImport(Document &document, QWidget *window, QObject *parent)
    : QObject(parent), m_document(document), m_window(window)
{}

bool MeasuredRunImport::isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("log") || suffix == QLatin1String("txt");
}

void MeasuredRunImport::importDialog()
{
    const QString dir = QSettings().value(QLatin1String(kDirKey), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import measured run"), dir,
                                     tr("Measurement logs (*.csv *.log *.txt);;CodeCarbon emissions "
                                        "(*.csv);;Carbontracker logs (*.log *.txt)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(kDirKey), QFileInfo(path).path());
    importPath(path);
}

bool MeasuredRunImport::importPath(const QString &path)
{
    Issues issues;
    QStringList names;
    const bool ok = m_document.importMeasuredRuns(path, issues, &names);
    QStringList errors, warnings;
    for (const Issue &i : issues)
        (i.isError() ? errors : warnings) << qs(i.toString());
    const QString file = QFileInfo(path).fileName();
    if (!ok) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot import measured run"),
                        tr("“%1” could not be imported; the project is unchanged.").arg(file),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("importErrorBox"));
        box.setInformativeText(errors.mid(0, 5).join(QLatin1Char('\n')));
        if (errors.size() > 5)
            box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    if (!warnings.isEmpty()) {
        // The run is kept as imported; the lines that could not be read are named here.
        QMessageBox box(
            QMessageBox::Information, tr("Measured run imported with warnings"),
            tr("Imported %1 from “%2”, with these notes:").arg(names.join(QStringLiteral(", ")), file),
            QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("importWarningBox"));
        box.setInformativeText(warnings.mid(0, 8).join(QLatin1Char('\n')));
        if (warnings.size() > 8)
            box.setDetailedText(warnings.join(QLatin1Char('\n')));
        box.exec();
    }
    emit imported(names);
    return true;
}

} // namespace greenlight::ui
