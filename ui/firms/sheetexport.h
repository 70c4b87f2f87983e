#pragma once

#include "assessment.h"
#include "database.h"
#include "text.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class QWidget;

namespace eligicheck {

// The spreadsheets the desktop app writes (the same core as the CLI's template, export and
// match-all --format xlsx|csv): 文件 → 导出空白问卷表格… for the programmes ticked in its
// TemplateDialog (at first those chosen in the questionnaire, else those that concern the firm,
// else all; see TemplateDialog::initialSelection), 文件 → 导出企业表格… (firms and answers,
// importable back) and 导出结果表格… on the Firms tab (every firm against every programme, with a
// progress dialog that can cancel; nothing is left behind then). `path` empty: asks for it; .csv
// writes CSV, anything else .xlsx. A failure is shown in a message box; true when written.
class SheetExport {
    Q_DECLARE_TR_FUNCTIONS(SheetExport)
public:
    static bool blankQuestionnaire(QWidget *parent, std::shared_ptr<const RuleLibrary> library,
                                   const Selection &ticked, const QDate &date, Lang lang,
                                   QString path = QString());
    static bool firms(QWidget *parent, Database &db, const FactRegistry &facts, Lang lang,
                      QString path = QString());
    static bool results(QWidget *parent, Database &db, const RuleLibrary &library, Lang lang,
                        QString path = QString());

private:
    static QString askPath(QWidget *parent, const QString &title, const QString &suggested);
};

} // namespace eligicheck
