#include "techcentrefirms.h"

#include "number.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <cmath>

namespace eligicheck::bench {

namespace {

constexpr qint64 FenPerWan = 1000000;

class Dice {
public:
    explicit Dice(quint32 seed)
        : m_rng(seed) {}
    bool chance(double p) { return m_rng.generateDouble() < p; }
    qint64 uniform(qint64 lo, qint64 hi) { // inclusive
        return hi <= lo ? lo : lo + qint64(m_rng.bounded(quint64(hi - lo + 1)));
    }
    qint64 logUniform(qint64 lo, qint64 hi) {
        const double l = std::log(double(lo)), h = std::log(double(hi));
        return std::clamp(qint64(std::exp(l + (h - l) * m_rng.generateDouble())), lo, hi);
    }

private:
    QRandomGenerator m_rng;
};

// A value at or above `threshold` when `pass`, below it otherwise; the threshold itself and the
// unit just below it come up far more often than chance would make them.
qint64 around(Dice &d, bool pass, qint64 threshold, qint64 spanAbove) {
    if (pass) return d.chance(0.25) ? threshold : threshold + d.uniform(0, spanAbove);
    return d.chance(0.4) || threshold == 0 ? threshold - 1 : d.uniform(0, threshold - 1);
}

const QStringList &twoYearReasons() {
    static const QStringList r{QStringLiteral("15_1_evaluation_failed"),
                               QStringLiteral("15_2_evaluation_materials_overdue")};
    return r;
}

const QStringList &threeYearReasons() {
    static const QStringList r{QStringLiteral("15_3_false_materials"),
                               QStringLiteral("15_4_quality_safety_accident"),
                               QStringLiteral("15_5_smuggling"), QStringLiteral("15_6_tax_violation"),
                               QStringLiteral("15_7_other_serious_dishonesty")};
    return r;
}

void generateBan(Dice &d, bool pass, TechCentreFirm &f) {
    if (pass && d.chance(0.7)) {
        f.revocationReason =
            d.chance(0.85) ? QStringLiteral("none") : QStringLiteral("15_8_enterprise_terminated");
        f.revocationDate = f.applicationDate.addDays(-d.uniform(30, 2000)); // known, but irrelevant
        return;
    }
    const bool twoYears = d.chance(0.4);
    const QStringList &reasons = twoYears ? twoYearReasons() : threeYearReasons();
    f.revocationReason = reasons.at(int(d.uniform(0, reasons.size() - 1)));
    const int years = twoYears ? 2 : 3;
    if (d.chance(0.08)) {
        // Revoked on 29 February: the anniversary falls on 28 February (QDate::addYears), and
        // the application date is put on the days around it.
        f.revocationDate = QDate(2024, 2, 29);
        f.applicationDate = QDate(2024 + years, 2, 27).addDays(d.uniform(0, 2));
        return;
    }
    const QDate anniversaryBase = f.applicationDate.addYears(-years);
    if (pass)
        f.revocationDate = d.chance(0.4) ? anniversaryBase : anniversaryBase.addDays(-d.uniform(1, 1500));
    else
        f.revocationDate =
            d.chance(0.4) ? anniversaryBase.addDays(1) : anniversaryBase.addDays(d.uniform(2, 700));
}

} // namespace

std::vector<TechCentreFirm> generateTechCentreFirms(int count, quint32 seed) {
    Dice d(seed);
    std::vector<TechCentreFirm> out;
    out.reserve(size_t(std::max(count, 0)));
    const QDate effective(2025, 2, 12);
    for (int i = 0; i < count; ++i) {
        TechCentreFirm f;
        if (d.chance(0.01))
            f.applicationDate = effective.addDays(-1); // the day before the measures took effect
        else
            f.applicationDate = effective.addDays(d.chance(0.02) ? 0 : d.uniform(0, 1050));
        // A third of the firms are real candidates that pass every criterion, bar one near miss
        // for some; the rest fail each criterion with probability 1/4.
        const bool candidate = d.chance(0.35);
        const int nearMiss = candidate && d.chance(0.4) ? int(d.uniform(0, 14)) : -1;
        int criterion = 0;
        auto passes = [&] {
            const int c = criterion++;
            return candidate ? c != nearMiss : !d.chance(0.25);
        };

        f.legalPerson = passes();
        const bool centreOk = passes();
        f.hasCentre = centreOk || d.chance(0.6);
        f.centreYearsHundredths = f.hasCentre ? around(d, centreOk, 100, 1500) : d.uniform(0, 800);
        f.innovationDeclared = passes();
        const bool revenueOk = passes();
        if (revenueOk && d.chance(0.1))
            f.revenueFen = 100000 * FenPerWan - (d.chance(0.5) ? 1 : 0); // the 10亿 branch boundary
        else if (revenueOk && !d.chance(0.2))
            f.revenueFen = d.logUniform(5000 * FenPerWan, 500000 * FenPerWan);
        else
            f.revenueFen = around(d, revenueOk, 5000 * FenPerWan, 0);
        if (!revenueOk && d.chance(0.6)) f.revenueFen = d.logUniform(100 * FenPerWan, 5000 * FenPerWan - 1);
        f.revenueFen = std::max(f.revenueFen, FenPerWan); // no firm without revenue: R&D share undefined
        f.budgetInPlan = passes();
        const bool rdOk = passes();
        if (f.revenueFen >= 100000 * FenPerWan) {
            f.rdExpenditureFen = around(d, rdOk, 2000 * FenPerWan, f.revenueFen / 20);
        } else {
            // Both 200万 and a 2% share: the smallest passing amount is the larger of the two.
            const qint64 share = (f.revenueFen + 49) / 50;
            f.rdExpenditureFen = around(d, rdOk, std::max(200 * FenPerWan, share), f.revenueFen / 25);
        }
        f.software = d.chance(0.2);
        f.equipmentFen = around(d, passes(), (f.software ? 300 : 600) * FenPerWan, 2000 * FenPerWan);
        f.leaderDeclared = passes();
        f.rdStaff = around(d, passes(), 40, 400);
        f.smuggling = !passes();
        f.taxViolation = !passes();
        f.majorAccident = !passes();
        f.otherDishonesty = !passes();
        // The soft 第十四条 rule: a subsidiary of a recognised parent in the same field.
        f.parentHasCentre = d.chance(0.2);
        f.sameFieldAsParent = d.chance(0.6);
        generateBan(d, passes(), f);
        out.push_back(f);
    }
    return out;
}

TechCentreFacts::TechCentreFacts(const FactRegistry &facts)
    : m_size(facts.size())
    , m_legalPerson(slot(facts, "is_independent_legal_person"))
    , m_hasCentre(slot(facts, "has_enterprise_tech_center"))
    , m_centreYears(slot(facts, "tech_center_operating_years"))
    , m_innovation(slot(facts, "innovation_mechanism_and_advantage_declared"))
    , m_revenue(slot(facts, "main_business_revenue_wan"))
    , m_budget(slot(facts, "tech_center_budget_in_annual_plan"))
    , m_rd(slot(facts, "rd_expenditure_wan"))
    , m_equipment(slot(facts, "tech_dev_equipment_original_value_wan"))
    , m_software(slot(facts, "is_software_it_service_enterprise"))
    , m_leader(slot(facts, "has_qualified_tech_leader_declared"))
    , m_staff(slot(facts, "rd_staff_count"))
    , m_smuggling(slot(facts, "customs_smuggling_penalty_last_3y"))
    , m_tax(slot(facts, "serious_tax_violation_last_3y"))
    , m_accident(slot(facts, "major_quality_safety_accident_tech_cause_last_3y"))
    , m_dishonesty(slot(facts, "other_serious_illegal_dishonest_conduct_last_3y"))
    , m_parent(slot(facts, "parent_has_gx_enterprise_tech_center"))
    , m_sameField(slot(facts, "business_field_same_as_parent"))
    , m_reason(slot(facts, "gx_etc_revocation_reason"))
    , m_revocationDate(slot(facts, "gx_etc_revocation_date")) {}

int TechCentreFacts::slot(const FactRegistry &facts, const char *id) {
    const FactDefinition *f = facts.find(QString::fromLatin1(id));
    if (!f) m_valid = false;
    return f ? f->slot : FactRegistry::ApplicationDateSlot;
}

FactValues TechCentreFacts::values(const TechCentreFirm &f) const {
    FactValues v(m_size);
    v[FactRegistry::ApplicationDateSlot] = Value::fromDate(f.applicationDate);
    v[m_legalPerson] = Value::fromBool(f.legalPerson);
    v[m_hasCentre] = Value::fromBool(f.hasCentre);
    v[m_centreYears] = Value::fromNumber(Number::fraction(f.centreYearsHundredths, 100));
    v[m_innovation] = Value::fromBool(f.innovationDeclared);
    v[m_revenue] = Value::fromNumber(Number::fraction(f.revenueFen, FenPerWan));
    v[m_budget] = Value::fromBool(f.budgetInPlan);
    v[m_rd] = Value::fromNumber(Number::fraction(f.rdExpenditureFen, FenPerWan));
    v[m_equipment] = Value::fromNumber(Number::fraction(f.equipmentFen, FenPerWan));
    v[m_software] = Value::fromBool(f.software);
    v[m_leader] = Value::fromBool(f.leaderDeclared);
    v[m_staff] = Value::fromNumber(Number::fraction(f.rdStaff, 1));
    v[m_smuggling] = Value::fromBool(f.smuggling);
    v[m_tax] = Value::fromBool(f.taxViolation);
    v[m_accident] = Value::fromBool(f.majorAccident);
    v[m_dishonesty] = Value::fromBool(f.otherDishonesty);
    v[m_parent] = Value::fromBool(f.parentHasCentre);
    v[m_sameField] = Value::fromBool(f.sameFieldAsParent);
    v[m_reason] = Value::fromChoice(f.revocationReason);
    v[m_revocationDate] = Value::fromDate(f.revocationDate);
    return v;
}

namespace {

QByteArray dayNumber(const QDate &d) {
    return QByteArray::number(d.year() * 10000 + d.month() * 100 + d.day());
}
QByteArray boolean(bool b) {
    return b ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

} // namespace

bool writePeerFile(const QString &path, const std::vector<TechCentreFirm> &firms,
                   const std::vector<Verdict> &verdicts, QString *error) {
    QByteArray json = QByteArrayLiteral(
        "{\"fields\":[\"application_date\",\"is_independent_legal_person\",\"has_enterprise_tech_center\","
        "\"tech_center_operating_years_hundredths\",\"innovation_mechanism_and_advantage_declared\","
        "\"main_business_revenue_fen\",\"tech_center_budget_in_annual_plan\",\"rd_expenditure_fen\","
        "\"tech_dev_equipment_original_value_fen\",\"is_software_it_service_enterprise\","
        "\"has_qualified_tech_leader_declared\",\"rd_staff_count\",\"customs_smuggling_penalty_last_3y\","
        "\"serious_tax_violation_last_3y\",\"major_quality_safety_accident_tech_cause_last_3y\","
        "\"other_serious_illegal_dishonest_conduct_last_3y\",\"parent_has_gx_enterprise_tech_center\","
        "\"business_field_same_as_parent\",\"gx_etc_revocation_reason\",\"gx_etc_revocation_date\"],\n"
        "\"firms\":[\n");
    json.reserve(int(firms.size()) * 200 + 1024);
    for (size_t i = 0; i < firms.size(); ++i) {
        const TechCentreFirm &f = firms[i];
        json += '[' + dayNumber(f.applicationDate) + ',' + boolean(f.legalPerson) + ',' +
                boolean(f.hasCentre) + ',' + QByteArray::number(f.centreYearsHundredths) + ',' +
                boolean(f.innovationDeclared) + ',' + QByteArray::number(f.revenueFen) + ',' +
                boolean(f.budgetInPlan) + ',' + QByteArray::number(f.rdExpenditureFen) + ',' +
                QByteArray::number(f.equipmentFen) + ',' + boolean(f.software) + ',' +
                boolean(f.leaderDeclared) + ',' + QByteArray::number(f.rdStaff) + ',' + boolean(f.smuggling) +
                ',' + boolean(f.taxViolation) + ',' + boolean(f.majorAccident) + ',' +
                boolean(f.otherDishonesty) + ',' + boolean(f.parentHasCentre) + ',' +
                boolean(f.sameFieldAsParent) + ",\"" + f.revocationReason.toLatin1() + "\"," +
                dayNumber(f.revocationDate) + ']';
        json += i + 1 < firms.size() ? ",\n" : "\n";
    }
    json += "],\n\"verdicts\":[";
    for (size_t i = 0; i < verdicts.size(); ++i)
        json += (i ? ",\"" : "\"") + verdictName(verdicts[i]).toLatin1() + '"';
    json += "]}\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace eligicheck::bench
