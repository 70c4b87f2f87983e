#pragma once

#include "facts.h"
#include "ruleset.h"
#include "value.h"

#include <QDate>
#include <QString>
#include <vector>

namespace eligicheck::bench {

// One applicant for the Guangxi technology-centre recognition (rules/guangxi/
// enterprise-tech-center.yaml, programme `recognition`), with every fact the programme reads
// known. Money is held in integer fen (1 万元 = 1,000,000 fen) and the centre's age in hundredths
// of a year, so that the very same firm reaches the JavaScript peer without rounding: both sides
// compare integers.
struct TechCentreFirm {
    QDate applicationDate;
    bool legalPerson = true;
    bool hasCentre = true;
    qint64 centreYearsHundredths = 0;
    bool innovationDeclared = true;
    qint64 revenueFen = 0;
    bool budgetInPlan = true;
    qint64 rdExpenditureFen = 0;
    qint64 equipmentFen = 0;
    bool software = false;
    bool leaderDeclared = true;
    qint64 rdStaff = 0;
    bool smuggling = false;
    bool taxViolation = false;
    bool majorAccident = false;
    bool otherDishonesty = false;
    bool parentHasCentre = false;
    bool sameFieldAsParent = false;
    QString revocationReason; // a choice id of gx_etc_revocation_reason ("none" if never revoked)
    QDate revocationDate;
};

// A realistic mix rather than uniform noise: values cluster on the thresholds (exactly 5000万,
// one fen below, exactly 2% R&D share, 40 staff, a ban's anniversary day, 29 February…), most
// firms fail one criterion or more, a share passes everything and some of those hit the soft
// parent/subsidiary rule. Deterministic for a given seed.
std::vector<TechCentreFirm> generateTechCentreFirms(int count, quint32 seed);

// Maps a firm onto the evaluator's fact slots (resolved once per library).
class TechCentreFacts {
public:
    explicit TechCentreFacts(const FactRegistry &facts);
    bool isValid() const { return m_valid; } // false when a fact id is missing from the rules
    FactValues values(const TechCentreFirm &firm) const;

private:
    int slot(const FactRegistry &facts, const char *id);
    int m_size = 0;
    bool m_valid = true;
    int m_legalPerson, m_hasCentre, m_centreYears, m_innovation, m_revenue, m_budget, m_rd, m_equipment,
        m_software, m_leader, m_staff, m_smuggling, m_tax, m_accident, m_dishonesty, m_parent, m_sameField,
        m_reason, m_revocationDate;
};

// Writes the firms and our verdict for each as compact JSON for tests/bench/peer/peer.js:
// {"fields": [...], "firms": [[...], ...], "verdicts": [...]}. Dates are yyyymmdd integers.
bool writePeerFile(const QString &path, const std::vector<TechCentreFirm> &firms,
                   const std::vector<Verdict> &verdicts, QString *error);

} // namespace eligicheck::bench
