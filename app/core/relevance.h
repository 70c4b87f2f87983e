#pragma once

#include "facts.h"
#include "ruleset.h"

#include <QDate>
#include <QString>
#include <optional>

namespace eligicheck {

// Which programmes concern a firm (issue 17 item 5): those of its region (its province, and its
// city where the issuer is a city) and national ones, in force on the assessment date, whose
// applicant types include the firm's. The vocabulary is the shared facts `province`, `city` and
// `applicant_type`, so a firm's answers and a --region filter say the same thing.
struct Relevance {
    QString province;      // choice id of `province`; empty = any region
    QString city;          // choice id of `city`; empty = the whole province
    QString applicantType; // choice id of `applicant_type`; empty = any
    QDate asOf;
    bool includeExpired = false;

    // A region id: a choice of `province` or of `city` (a city brings its province).
    // nullopt (with a message) when it is neither.
    static std::optional<Relevance> forRegion(const QString &region, const FactRegistry &facts, QString *error);
    // Province and city named by free text as people write a firm's region ("广西 柳州市",
    // "广西柳州", "Liuzhou, Guangxi", "guangxi"): choice ids, Chinese labels with or without
    // 省/市/自治区, English labels. nullopt when it names no known province or city, or two
    // different provinces. A city of another province than the one named is dropped.
    static std::optional<Relevance> fromRegionText(const QString &text, const FactRegistry &facts);
    // Province, city and applicant type as answered (each stays empty when unanswered).
    static Relevance fromAnswers(const FactValues &values, const FactRegistry &facts);

    bool hasRegion() const { return !province.isEmpty(); }
    bool regionFits(const RuleSet &rs) const;
    bool applicantFits(const Programme &p) const;
    bool inForce(const RuleSet &rs, const Programme &p) const;
    bool shows(const RuleSet &rs, const Programme &p) const
    {
        return regionFits(rs) && applicantFits(p) && (includeExpired || inForce(rs, p));
    }
};

} // namespace eligicheck
