#include "programmechooser.h"

#include "answermodel.h"
#include "icons.h"
#include "programmefiltermodel.h"
#include "programmetreemodel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace eligicheck {

ProgrammeChooser::ProgrammeChooser(AnswerModel *answers, Lang lang, QWidget *parent)
    : QWidget(parent)
    , m_answers(answers)
    , m_model(new ProgrammeTreeModel(lang, this))
    , m_filter(new ProgrammeFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_matchAll(
          new QCheckBox(tr("Match me against everything (every programme of every loaded document)"), this))
    , m_date(new QDateEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("page-choose"));
    m_model->setCheckable(true);
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("chooserTree"));
    m_view->setAccessibleName(tr("Programmes to assess"));
    m_view->header()->setSectionResizeMode(ProgrammeTreeModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    // Validity ("已于 2024-12-31 失效") and 文号 are read whole; the title takes the rest.
    for (int c : {ProgrammeTreeModel::RegionColumn, ProgrammeTreeModel::ValidityColumn,
                  ProgrammeTreeModel::NumberColumn})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {ProgrammeTreeModel::IssuerColumn, ProgrammeTreeModel::ApplicantColumn})
        m_view->setColumnHidden(c, true);
    m_search->setPlaceholderText(tr("Search titles, document numbers and clause texts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search programmes"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(m_answers->asOf());
    m_date->setAccessibleName(tr("Assessment date"));
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(statusColor(CriterionStatus::Fail).name()));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Which programmes do you want to check?")), this));
    auto *form = new QFormLayout;
    form->addRow(tr("Assessment &date:"), m_date);
    form->addRow(tr("&Search:"), m_search);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_matchAll);
    layout->addWidget(m_error);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, m_view, &QTreeView::expandAll);
    connect(m_matchAll, &QCheckBox::toggled, m_view, &QWidget::setDisabled);
    connect(m_date, &QDateEdit::dateChanged, m_answers, &AnswerModel::setAsOf);
    connect(m_date, &QDateEdit::dateChanged, m_model, &ProgrammeTreeModel::setDate);
    connect(m_answers, &AnswerModel::asOfChanged, m_date, &QDateEdit::setDate);
    connect(m_model, &QAbstractItemModel::dataChanged, m_error, &QWidget::hide);
}

void ProgrammeChooser::setLibrary(std::shared_ptr<const RuleLibrary> library) {
    m_model->setDate(m_answers->asOf());
    m_model->setLibrary(std::move(library));
    m_view->expandAll();
}

Selection ProgrammeChooser::checkedProgrammes() const {
    return m_model->checkedProgrammes();
}
void ProgrammeChooser::setCheckedProgrammes(const Selection &selection) {
    m_model->setCheckedProgrammes(selection);
}
bool ProgrammeChooser::matchAll() const {
    return m_matchAll->isChecked();
}
void ProgrammeChooser::setMatchAll(bool all) {
    m_matchAll->setChecked(all);
}

void ProgrammeChooser::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace eligicheck
