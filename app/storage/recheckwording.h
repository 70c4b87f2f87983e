#pragma once

#include "assessmentservice.h"
#include "text.h"

#include <QCoreApplication>
#include <QStringList>

namespace eligicheck {

// How a re-check reads to a consultant: the document by its title, each change by programme
// title and clause label, old → new status, and why (the explanation of the new status):
// "自治区企业技术中心认定 第七条第(三)项 上年度主营业务收入：满足 → 不满足，…". Names come from
// the two stored evaluations themselves (their result JSON), so an item the revised rules
// dropped is still named as it was. Ids belong in JSON, never in these sentences.
class RecheckWording {
    Q_DECLARE_TR_FUNCTIONS(RecheckWording)
public:
    // `library` (the rules now in use) gives the criteria their labels; may be null.
    RecheckWording(const RuleLibrary *library, Lang lang)
        : m_library(library)
        , m_lang(lang) {}

    // "《title》（文号）：re-checked (#3 → #4), 2 changes"
    QString heading(const AssessmentService::Recheck &r) const;
    // One sentence per change, in the order of AssessmentStore::compare.
    QStringList changes(const AssessmentService::Recheck &r) const;

private:
    QString criterionLabel(const QString &ruleSetId, const QString &programmeId,
                           const QString &criterionId) const;
    QString clause(const QString &ruleSetId, const QString &programmeId, const QString &itemId, bool amount,
                   const QString &label) const;

    const RuleLibrary *m_library;
    Lang m_lang;
};

} // namespace eligicheck
