<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerMessages</name>
    <message>
        <source>an amount in 万元, e.g. 5000, &quot;0.5亿元&quot;, &quot;8000万&quot; or &quot;80,000,000元&quot;</source>
        <translation>an amount in 万元, e.g. 5000, &quot;0.5亿元&quot;, &quot;8000万&quot; or &quot;80,000,000元&quot;</translation>
    </message>
    <message>
        <source>a percentage, e.g. 2.5 or &quot;2.5%&quot;</source>
        <translation>a percentage, e.g. 2.5 or &quot;2.5%&quot;</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a whole number of %1</source>
        <translation>a whole number of %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a number in %1</source>
        <translation>a number in %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must not be less than %1</source>
        <translation>must not be less than %1</translation>
    </message>
    <message>
        <source>must not be more than %1</source>
        <translation>must not be more than %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a unit that is not understood here; expected %2</source>
        <translation>&apos;%1&apos; has a unit that is not understood here; expected %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; expected %2</source>
        <translation>&apos;%1&apos; is not a number; expected %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number; expected %2</source>
        <translation>&apos;%1&apos; is not a whole number; expected %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range: %2</source>
        <translation>&apos;%1&apos; is out of range: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes/no; expected true/false or 是/否</source>
        <translation>&apos;%1&apos; is not yes/no; expected true/false or 是/否</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; expected YYYY-MM-DD, e.g. 2025-06-01</source>
        <translation>&apos;%1&apos; is not a date; expected YYYY-MM-DD, e.g. 2025-06-01</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real calendar date</source>
        <translation>&apos;%1&apos; is not a real calendar date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices%2; allowed: %3</source>
        <translation>&apos;%1&apos; is not one of the choices%2; allowed: %3</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (did you mean %1?)</translation>
    </message>
    <message>
        <source>an answers file</source>
        <translation>an answers file</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>expected a date</translation>
    </message>
    <message>
        <source>&apos;facts&apos; must be a mapping of fact id to value</source>
        <translation>&apos;facts&apos; must be a mapping of fact id to value</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;%2</source>
        <translation>unknown fact &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source> (no loaded rule set asks for it)</source>
        <translation> (no loaded rule set asks for it)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set with as_of, not under facts</source>
        <translation>&apos;%1&apos; is set with as_of, not under facts</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: expected a single value</source>
        <translation>fact &apos;%1&apos;: expected a single value</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: %2</source>
        <translation>fact &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>AnswersFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AssessmentStore</name>
    <message>
        <source>saving the assessment</source>
        <translation>saving the assessment</translation>
    </message>
    <message>
        <source>saving the assessment returned no id</source>
        <translation>saving the assessment returned no id</translation>
    </message>
    <message>
        <source>saving verdicts</source>
        <translation>saving verdicts</translation>
    </message>
    <message>
        <source>saving criterion statuses</source>
        <translation>saving criterion statuses</translation>
    </message>
    <message>
        <source>saving amounts</source>
        <translation>saving amounts</translation>
    </message>
    <message>
        <source>reading verdicts</source>
        <translation>reading verdicts</translation>
    </message>
    <message>
        <source>reading criterion statuses</source>
        <translation>reading criterion statuses</translation>
    </message>
    <message>
        <source>reading amounts</source>
        <translation>reading amounts</translation>
    </message>
    <message>
        <source>reading assessments</source>
        <translation>reading assessments</translation>
    </message>
    <message>
        <source>there is no assessment %1</source>
        <translation>there is no assessment %1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Try &apos;eligicheck-cli --help&apos;.</source>
        <translation>Try &apos;eligicheck-cli --help&apos;.</translation>
    </message>
    <message>
        <source>eligicheck-cli %1 — 政策申报资格自测 (EligiCheck) command-line tool</source>
        <translation>eligicheck-cli %1 — 政策申报资格自测 (EligiCheck) command-line tool</translation>
    </message>
    <message>
        <source>Usage: eligicheck-cli [--rules-dir DIR]... [--lang zh_CN|en] COMMAND [ARGS]</source>
        <translation>Usage: eligicheck-cli [--rules-dir DIR]... [--lang zh_CN|en] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Exit status: 0 evaluated (whatever the verdict), 1 lint or examples failed, 2 usage or input error.</source>
        <translation>Exit status: 0 evaluated (whatever the verdict), 1 lint or examples failed, 2 usage or input error.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unknown option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, json, html or pdf)</source>
        <translation>unknown format &apos;%1&apos; (use text, json, html or pdf)</translation>
    </message>
    <message>
        <source>--format %1 is only for check, match and report</source>
        <translation>--format %1 is only for check, match and report</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf needs --output FILE</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rule files have errors (see above); fix them or leave them out</source>
        <translation>rule files have errors (see above); fix them or leave them out</translation>
    </message>
    <message>
        <source>open-ended</source>
        <comment>validity without an end date</comment>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>in force</source>
        <comment>policy validity</comment>
        <translation>in force</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <comment>policy validity</comment>
        <translation>not yet in force</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>policy validity</comment>
        <translation>expired</translation>
    </message>
    <message>
        <source>(no document number)</source>
        <translation>(no document number)</translation>
    </message>
    <message>
        <source>show needs exactly one RULESET</source>
        <translation>show needs exactly one RULESET</translation>
    </message>
    <message>
        <source>no rule set &apos;%1&apos;%2</source>
        <translation>no rule set &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (did you mean %1?)</translation>
    </message>
    <message>
        <source>effective: </source>
        <comment>policy validity</comment>
        <translation>effective: </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>policy in force</source>
        <translation>policy in force</translation>
    </message>
    <message>
        <source>policy NOT in force</source>
        <translation>policy NOT in force</translation>
    </message>
    <message>
        <source>Outcome: </source>
        <translation>Outcome: </translation>
    </message>
    <message>
        <source>Support</source>
        <comment>support amount, followed by a clause</comment>
        <translation>Support</translation>
    </message>
    <message>
        <source>What it would take:</source>
        <translation>What it would take:</translation>
    </message>
    <message>
        <source>check needs exactly one RULESET[/PROGRAMME]</source>
        <translation>check needs exactly one RULESET[/PROGRAMME]</translation>
    </message>
    <message>
        <source>check needs --answers FILE</source>
        <translation>check needs --answers FILE</translation>
    </message>
    <message>
        <source>rule set &apos;%1&apos; has no programme &apos;%2&apos; (programmes: %3)</source>
        <translation>rule set &apos;%1&apos; has no programme &apos;%2&apos; (programmes: %3)</translation>
    </message>
    <message>
        <source>--as-of &apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation>--as-of &apos;%1&apos; is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>match takes no rule set; it evaluates all of them</source>
        <translation>match takes no rule set; it evaluates all of them</translation>
    </message>
    <message>
        <source>match needs --answers FILE</source>
        <translation>match needs --answers FILE</translation>
    </message>
    <message numerus="yes">
        <source>(%n answer(s) missing)</source>
        <translation>
            <numerusform>(%n answer missing)</numerusform>
            <numerusform>(%n answers missing)</numerusform>
        </translation>
    </message>
    <message>
        <source>lint needs at least one file or folder</source>
        <translation>lint needs at least one file or folder</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n file checked: </numerusform>
            <numerusform>%n files checked: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>rule files have errors; run lint</source>
        <translation>rule files have errors; run lint</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s), </source>
        <translation>
            <numerusform>%n example, </numerusform>
            <numerusform>%n examples, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), </source>
        <translation>
            <numerusform>%n check, </numerusform>
            <numerusform>%n checks, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule set(s), </source>
        <translation>
            <numerusform>%n rule set, </numerusform>
            <numerusform>%n rule sets, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s): </source>
        <translation>
            <numerusform>%n check: </numerusform>
            <numerusform>%n checks: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FAILED</source>
        <translation>
            <numerusform>%n FAILED</numerusform>
            <numerusform>%n FAILED</numerusform>
        </translation>
    </message>
    <message>
        <source>all passed</source>
        <translation>all passed</translation>
    </message>
    <message>
        <source>  show RULESET --source                           the document&apos;s official text</source>
        <translation>  show RULESET --source                           the document&apos;s official text</translation>
    </message>
    <message>
        <source>  diff OLD NEW [--format text|json]               what changed between two rule files or folders
                                                  (exit 0 equal, 1 different, 2 error)</source>
        <translation>  diff OLD NEW [--format text|json]               what changed between two rule files or folders
                                                  (exit 0 equal, 1 different, 2 error)</translation>
    </message>
    <message>
        <source>diff needs two rule files or two folders: OLD NEW</source>
        <translation>diff needs two rule files or two folders: OLD NEW</translation>
    </message>
    <message>
        <source>no such file or folder: %1</source>
        <translation>no such file or folder: %1</translation>
    </message>
    <message>
        <source>%1 has errors (see above); nothing was compared</source>
        <translation>%1 has errors (see above); nothing was compared</translation>
    </message>
    <message>
        <source>%1 holds no rule set</source>
        <translation>%1 holds no rule set</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
    <message>
        <source>built in; verified %1</source>
        <translation>built in; verified %1</translation>
    </message>
    <message>
        <source>from %1; verified %2</source>
        <translation>from %1; verified %2</translation>
    </message>
    <message>
        <source>Commands:
  list [--format text|json]                       rule sets, programmes, 文号 and validity
  show RULESET [--format text|json]               a document&apos;s metadata and every criterion
  check RULESET[/PROGRAMME] --answers FILE [--as-of DATE] [--format text|json|html|pdf] [--output FILE]
                                                  evaluate one rule set for one firm
  match --answers FILE [--as-of DATE] [--region REGION] [--applicant-type TYPE]
        [--include-expired] [--all] [--format text|json|html|pdf] [--output FILE]
                                                  evaluate the programmes that concern the firm, best first:
                                                  its region (from --region or the answers&apos; province/city)
                                                  and national ones, in force, for its applicant type;
                                                  --all shows every programme
  lint PATH...                                    check rule files (exit 1 on errors)
  test [PATH...]                                  run the examples of rule sets (exit 1 on failures)
</source>
        <translation>Commands:
  list [--format text|json]                       rule sets, programmes, 文号 and validity
  show RULESET [--format text|json]               a document&apos;s metadata and every criterion
  check RULESET[/PROGRAMME] --answers FILE [--as-of DATE] [--format text|json|html|pdf] [--output FILE]
                                                  evaluate one rule set for one firm
  match --answers FILE [--as-of DATE] [--region REGION] [--applicant-type TYPE]
        [--include-expired] [--all] [--format text|json|html|pdf] [--output FILE]
                                                  evaluate the programmes that concern the firm, best first:
                                                  its region (from --region or the answers&apos; province/city)
                                                  and national ones, in force, for its applicant type;
                                                  --all shows every programme
  lint PATH...                                    check rule files (exit 1 on errors)
  test [PATH...]                                  run the examples of rule sets (exit 1 on failures)
</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; (a province or city id such as guangxi or liuzhou%2)</source>
        <translation>unknown region &apos;%1&apos; (a province or city id such as guangxi or liuzhou%2)</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; did you mean %1?</translation>
    </message>
    <message>
        <source>unknown applicant type &apos;%1&apos; (one of %2)</source>
        <translation>unknown applicant type &apos;%1&apos; (one of %2)</translation>
    </message>
    <message>
        <source>any region</source>
        <comment>relevance filter</comment>
        <translation>any region</translation>
    </message>
    <message>
        <source>region: %1</source>
        <comment>relevance filter</comment>
        <translation>region: %1</translation>
    </message>
    <message>
        <source>applicant type: %1</source>
        <comment>relevance filter</comment>
        <translation>applicant type: %1</translation>
    </message>
    <message>
        <source>any</source>
        <comment>relevance filter</comment>
        <translation>any</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) of other regions, for other applicants or not in force not shown; --all shows them</source>
        <translation>
            <numerusform>%n programme of another region, for other applicants or not in force is not shown; --all shows it</numerusform>
            <numerusform>%n programmes of other regions, for other applicants or not in force are not shown; --all shows them</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule files (*.yaml, *.yml) found in %1</source>
        <translation>no rule files (*.yaml, *.yml) found in %1</translation>
    </message>
    <message>
        <source>  rules add PATH                                  check a folder or .zip of rule files (lint and examples)
                                                  and add it to the rules in use (exit 1 when refused)
  rules list [--format text|json]                 the rule sets added, with verified_on
  rules remove RULESET                            remove an added rule set</source>
        <translation>  rules add PATH                                  check a folder or .zip of rule files (lint and examples)
                                                  and add it to the rules in use (exit 1 when refused)
  rules list [--format text|json]                 the rule sets added, with verified_on
  rules remove RULESET                            remove an added rule set</translation>
    </message>
    <message>
        <source>Options:
  --rules-dir DIR   load more rule sets from DIR (repeatable)
  --no-bundled      do not load the rule sets built into the program, nor those added with &apos;rules add&apos;
  --lang LANG       zh_CN or en (default: Chinese on Chinese systems, else English)
  --help, --version
</source>
        <translation>Options:
  --rules-dir DIR   load more rule sets from DIR (repeatable)
  --no-bundled      do not load the rule sets built into the program, nor those added with &apos;rules add&apos;
  --lang LANG       zh_CN or en (default: Chinese on Chinese systems, else English)
  --help, --version
</translation>
    </message>
    <message>
        <source>rules list takes no arguments</source>
        <translation>rules list takes no arguments</translation>
    </message>
    <message>
        <source>Rule sets added (%1):</source>
        <translation>Rule sets added (%1):</translation>
    </message>
    <message>
        <source>none; the built-in rule sets are in use</source>
        <translation>none; the built-in rule sets are in use</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verified %1</translation>
    </message>
    <message>
        <source>not used: the built-in version is as recent or newer</source>
        <translation>not used: the built-in version is as recent or newer</translation>
    </message>
    <message>
        <source>rules needs add PATH, list or remove RULESET</source>
        <translation>rules needs add PATH, list or remove RULESET</translation>
    </message>
    <message>
        <source>unknown rules command &apos;%1&apos; (add, list or remove)</source>
        <translation>unknown rules command &apos;%1&apos; (add, list or remove)</translation>
    </message>
    <message>
        <source>rules add needs one folder or .zip file</source>
        <translation>rules add needs one folder or .zip file</translation>
    </message>
    <message>
        <source>rules remove needs one rule set id</source>
        <translation>rules remove needs one rule set id</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was added, the rules in use are unchanged</source>
        <translation>
            <numerusform>%n problem; nothing was added, the rules in use are unchanged</numerusform>
            <numerusform>%n problems; nothing was added, the rules in use are unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules in use are unchanged.</source>
        <translation>The rules in use are unchanged.</translation>
    </message>
    <message>
        <source>What changed in the rules in use:</source>
        <translation>What changed in the rules in use:</translation>
    </message>
    <message>
        <source>Stored assessments made with the previous rules: run &apos;eligicheck-cli recheck&apos; to re-check them.</source>
        <translation>Stored assessments made with the previous rules: run &apos;eligicheck-cli recheck&apos; to re-check them.</translation>
    </message>
    <message>
        <source>to check against it: eligicheck-cli check %1 --answers FILE</source>
        <translation>to check against it: eligicheck-cli check %1 --answers FILE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>match: programme title (rule set title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  template [RULESET[/PROGRAMME]...] --output FILE.xlsx|FILE.csv
                                                  blank questionnaire spreadsheet for clients: a row per
                                                  firm, a column per question of the programmes (all when
                                                  none given); import it back with import FILE</source>
        <translation>  template [RULESET[/PROGRAMME]...] --output FILE.xlsx|FILE.csv
                                                  blank questionnaire spreadsheet for clients: a row per
                                                  firm, a column per question of the programmes (all when
                                                  none given); import it back with import FILE</translation>
    </message>
    <message>
        <source>--format %1 is only for template, export and match-all</source>
        <translation>--format %1 is only for template, export and match-all</translation>
    </message>
    <message>
        <source>template needs --output FILE.xlsx or FILE.csv</source>
        <translation>template needs --output FILE.xlsx or FILE.csv</translation>
    </message>
    <message>
        <source>template writes xlsx or csv, not &apos;%1&apos;</source>
        <translation>template writes xlsx or csv, not &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a blank questionnaire for %n programme(s) with %1 question(s) to %2</source>
        <translation>
            <numerusform>Wrote a blank questionnaire for %n programme with %1 question(s) to %2</numerusform>
            <numerusform>Wrote a blank questionnaire for %n programmes with %1 question(s) to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>a 统一社会信用代码 has 18 characters; &apos;%1&apos; has %2</source>
        <translation>a 统一社会信用代码 has 18 characters; &apos;%1&apos; has %2</translation>
    </message>
    <message>
        <source>character %1 of &apos;%2&apos; is &apos;%3&apos;, a letter never used in credit codes (I, O, Z, S and V are excluded; did you mean a digit?)</source>
        <translation>character %1 of &apos;%2&apos; is &apos;%3&apos;, a letter never used in credit codes (I, O, Z, S and V are excluded; did you mean a digit?)</translation>
    </message>
    <message>
        <source>character %1 of &apos;%2&apos; is &apos;%3&apos;; only digits and capital letters are allowed</source>
        <translation>character %1 of &apos;%2&apos; is &apos;%3&apos;; only digits and capital letters are allowed</translation>
    </message>
    <message>
        <source>characters 3–8 of &apos;%1&apos; are the administrative division code and must be digits</source>
        <translation>characters 3–8 of &apos;%1&apos; are the administrative division code and must be digits</translation>
    </message>
    <message>
        <source>&apos;%1&apos; fails the check digit: the last character should be &apos;%2&apos;, not &apos;%3&apos; (probably a typing error in the code)</source>
        <translation>&apos;%1&apos; fails the check digit: the last character should be &apos;%2&apos;, not &apos;%3&apos; (probably a typing error in the code)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is neither UTF-8 nor GB18030/GBK text; save it again as &quot;CSV UTF-8&quot; or &quot;CSV (逗号分隔)&quot;</source>
        <translation>the file is neither UTF-8 nor GB18030/GBK text; save it again as &quot;CSV UTF-8&quot; or &quot;CSV (逗号分隔)&quot;</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed (a missing &apos;&quot;&apos;)</source>
        <translation>a quoted field that starts on line %1 is never closed (a missing &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>cannot read &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB; split it into smaller files</source>
        <translation>&apos;%1&apos; is larger than %2 MB; split it into smaller files</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>cannot write &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: saved assessments cannot be changed</source>
        <translation>%1: saved assessments cannot be changed</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>saving</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file</source>
        <translation>&apos;%1&apos; is a folder, not a database file</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>cannot create the folder &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>cannot open &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot switch &apos;%1&apos; to write-ahead logging</source>
        <translation>cannot switch &apos;%1&apos; to write-ahead logging</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed; on Debian install the package libqt6sql6-psql</source>
        <translation>the PostgreSQL driver of Qt (QPSQL) is not installed; on Debian install the package libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>cannot read &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an EligiCheck database (it is not an SQLite file); it was left unchanged — open another file</source>
        <translation>&apos;%1&apos; is not an EligiCheck database (it is not an SQLite file); it was left unchanged — open another file</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an EligiCheck database (an SQLite file of another program); it was left unchanged — open another file</source>
        <translation>&apos;%1&apos; is not an EligiCheck database (an SQLite file of another program); it was left unchanged — open another file</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of EligiCheck (database schema %2; this version understands up to %3). Update EligiCheck to open it; the file was not changed.</source>
        <translation>&apos;%1&apos; was written by a newer version of EligiCheck (database schema %2; this version understands up to %3). Update EligiCheck to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: integrity check failed (%2). It was left unchanged.</source>
        <translation>&apos;%1&apos; is damaged: integrity check failed (%2). It was left unchanged.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no schema version; it is damaged or not an EligiCheck database</source>
        <translation>&apos;%1&apos; has no schema version; it is damaged or not an EligiCheck database</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid schema version &apos;%2&apos;</source>
        <translation>&apos;%1&apos; has an invalid schema version &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: integrity check failed (%2). It was left unchanged; restore a backup or open another file.</source>
        <translation>&apos;%1&apos; is damaged: integrity check failed (%2). It was left unchanged; restore a backup or open another file.</translation>
    </message>
    <message>
        <source>%1 already holds tables of another application; it is not an EligiCheck database and was left unchanged</source>
        <translation>%1 already holds tables of another application; it is not an EligiCheck database and was left unchanged</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of EligiCheck (database schema %2; this version understands up to %3). Update EligiCheck to open it; the database was not changed.</source>
        <translation>%1 was written by a newer version of EligiCheck (database schema %2; this version understands up to %3). Update EligiCheck to open it; the database was not changed.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of EligiCheck (database schema %2)</source>
        <translation>%1 was written by a newer version of EligiCheck (database schema %2)</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1</source>
        <translation>upgrading the database to schema %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>recording the schema version</translation>
    </message>
    <message>
        <source>marking the file as an EligiCheck database</source>
        <translation>marking the file as an EligiCheck database</translation>
    </message>
    <message>
        <source>%1: not saved — the disk is full (%2). Nothing saved before was lost; free some space and try again.</source>
        <translation>%1: not saved — the disk is full (%2). Nothing saved before was lost; free some space and try again.</translation>
    </message>
    <message>
        <source>no room even to read it safely</source>
        <translation>no room even to read it safely</translation>
    </message>
    <message>
        <source>%1: not saved — &apos;%2&apos; cannot be written here (the file or its folder is read-only). Reading works; to change it, copy it to a folder you can write to or ask for write permission.</source>
        <translation>%1: not saved — &apos;%2&apos; cannot be written here (the file or its folder is read-only). Reading works; to change it, copy it to a folder you can write to or ask for write permission.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database file (it is a device, a pipe or another special file)</source>
        <translation>&apos;%1&apos; is not a database file (it is a device, a pipe or another special file)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2. The file was not checked and was left unchanged; it is not known to be damaged (a full disk, a read-only or removed drive, or a lock held by another program can cause this).</source>
        <translation>cannot read &apos;%1&apos;: %2. The file was not checked and was left unchanged; it is not known to be damaged (a full disk, a read-only or removed drive, or a lock held by another program can cause this).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only and needs to be upgraded to schema %2 before this version can use it; copy it to a folder you can write to</source>
        <translation>&apos;%1&apos; is read-only and needs to be upgraded to schema %2 before this version can use it; copy it to a folder you can write to</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is incomplete: the table(s) %2 are missing (removed by another program?). It was left unchanged; restore a backup of it</source>
        <translation>&apos;%1&apos; is incomplete: the table(s) %2 are missing (removed by another program?). It was left unchanged; restore a backup of it</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database given</source>
        <translation>no database given</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL; expected postgresql://user@host:port/dbname</source>
        <translation>&apos;%1&apos; is not a valid PostgreSQL URL; expected postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the database URL contains a password; remove it and set PGPASSWORD or type the password when asked, so it is not stored in shell history or settings</source>
        <translation>the database URL contains a password; remove it and set PGPASSWORD or type the password when asked, so it is not stored in shell history or settings</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no database; expected postgresql://user@host:port/dbname</source>
        <translation>&apos;%1&apos; names no database; expected postgresql://user@host:port/dbname</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>autosaving the draft</source>
        <translation>autosaving the draft</translation>
    </message>
    <message>
        <source>reading the draft</source>
        <translation>reading the draft</translation>
    </message>
    <message>
        <source>there is no draft &apos;%1&apos;</source>
        <translation>there is no draft &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reading drafts</source>
        <translation>reading drafts</translation>
    </message>
    <message>
        <source>discarding the draft</source>
        <translation>discarding the draft</translation>
    </message>
</context>
<context>
    <name>FileMessages</name>
    <message>
        <source>YAML nested more than %1 levels</source>
        <translation>YAML nested more than %1 levels</translation>
    </message>
    <message>
        <source>YAML expands to more than %1 values (through aliases?)</source>
        <translation>YAML expands to more than %1 values (through aliases?)</translation>
    </message>
    <message>
        <source>unexpected structure: %1</source>
        <translation>unexpected structure: %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation>%1 must be a mapping (key: value lines)</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos; in %2: a comma inside {…} starts a new key; put text that contains commas in quotes</source>
        <translation>unexpected key &apos;%1&apos; in %2: a comma inside {…} starts a new key; put text that contains commas in quotes</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>unknown key &apos;%1&apos; in %2%3</translation>
    </message>
    <message>
        <source> (allowed: %1)</source>
        <translation> (allowed: %1)</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (did you mean &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>%1 is missing the required key &apos;%2&apos;</source>
        <translation>%1 is missing the required key &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a fact dictionary</source>
        <translation>a fact dictionary</translation>
    </message>
    <message>
        <source>a rule file</source>
        <translation>a rule file</translation>
    </message>
    <message>
        <source>a fact extension</source>
        <translation>a fact extension</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>a choice</translation>
    </message>
    <message>
        <source>a fact</source>
        <translation>a fact</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>a parameter</translation>
    </message>
    <message>
        <source>a programme</source>
        <translation>a programme</translation>
    </message>
    <message>
        <source>a criterion</source>
        <translation>a criterion</translation>
    </message>
    <message>
        <source>a band</source>
        <translation>a band</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>an amount</translation>
    </message>
    <message>
        <source>an example</source>
        <translation>an example</translation>
    </message>
    <message>
        <source>end of map not found</source>
        <translation>end of map not found</translation>
    </message>
    <message>
        <source>end of map flow not found</source>
        <translation>end of map flow not found</translation>
    </message>
    <message>
        <source>end of sequence not found</source>
        <translation>end of sequence not found</translation>
    </message>
    <message>
        <source>end of sequence flow not found</source>
        <translation>end of sequence flow not found</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>unknown token</translation>
    </message>
    <message>
        <source>illegal EOF in scalar</source>
        <translation>illegal EOF in scalar</translation>
    </message>
    <message>
        <source>illegal character in scalar</source>
        <translation>illegal character in scalar</translation>
    </message>
    <message>
        <source>illegal flow end</source>
        <translation>illegal flow end</translation>
    </message>
    <message>
        <source>illegal block entry</source>
        <translation>illegal block entry</translation>
    </message>
    <message>
        <source>illegal map key</source>
        <translation>illegal map key</translation>
    </message>
    <message>
        <source>illegal map value</source>
        <translation>illegal map value</translation>
    </message>
    <message>
        <source>illegal tab when looking for indentation</source>
        <translation>illegal tab when looking for indentation</translation>
    </message>
    <message>
        <source>the referenced anchor is not defined</source>
        <translation>the referenced anchor is not defined</translation>
    </message>
    <message>
        <source>unexpected character in block scalar</source>
        <translation>unexpected character in block scalar</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes; refusing to read it</source>
        <translation>file is larger than %1 bytes; refusing to read it</translation>
    </message>
    <message>
        <source>too many YAML aliases (*name); rule files do not need them</source>
        <translation>too many YAML aliases (*name); rule files do not need them</translation>
    </message>
    <message>
        <source>a YAML alias (*name) is used inside the value of its own anchor (&amp;name): it would never end</source>
        <translation>a YAML alias (*name) is used inside the value of its own anchor (&amp;name): it would never end</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML syntax error: %1</translation>
    </message>
    <message>
        <source>the YAML tag &apos;%1&apos; is not supported (files are read as plain data; nothing is included, loaded or run)</source>
        <translation>the YAML tag &apos;%1&apos; is not supported (files are read as plain data; nothing is included, loaded or run)</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined at line %2); YAML keeps only one of them</source>
        <translation>duplicate key &apos;%1&apos; (first defined at line %2); YAML keeps only one of them</translation>
    </message>
    <message>
        <source>%1: the version in %2 (verified %3) is used instead of the built-in one (verified %4)</source>
        <translation>%1: the version in %2 (verified %3) is used instead of the built-in one (verified %4)</translation>
    </message>
    <message>
        <source>%1: the version in %2 (verified %3) is not used, because the built-in one is as recent or newer (verified %4); a folder&apos;s version replaces a built-in one only when its verified_on is later</source>
        <translation>%1: the version in %2 (verified %3) is not used, because the built-in one is as recent or newer (verified %4); a folder&apos;s version replaces a built-in one only when its verified_on is later</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; already has the choice &apos;%2&apos; (%3); an extension can only add new choices</source>
        <translation>fact &apos;%1&apos; already has the choice &apos;%2&apos; (%3); an extension can only add new choices</translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in a YAML file (only tab and line breaks are)</source>
        <translation>the control character U+%1 is not allowed in a YAML file (only tab and line breaks are)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1); save it as UTF-8</source>
        <translation>the file is not valid UTF-8 (byte 0x%1); save it as UTF-8</translation>
    </message>
    <message>
        <source>the rule pack has %1 files, the program has %2</source>
        <translation>the rule pack has %1 files, the program has %2</translation>
    </message>
    <message>
        <source>the rule pack has %1, the program does not</source>
        <translation>the rule pack has %1, the program does not</translation>
    </message>
    <message>
        <source>the rule pack is out of date for %1</source>
        <translation>the rule pack is out of date for %1</translation>
    </message>
    <message>
        <source>example &apos;%1&apos;: %2</source>
        <translation>example &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>internal: fast verdict %1 differs from detailed %2 for &apos;%3&apos;</source>
        <translation>internal: fast verdict %1 differs from detailed %2 for &apos;%3&apos;</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: expected %2, got %3</source>
        <translation>programme &apos;%1&apos;: expected %2, got %3</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: expected %2, got %3</source>
        <translation>criterion &apos;%1&apos;: expected %2, got %3</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: expected missing [%2], got [%3]</source>
        <translation>criterion &apos;%1&apos;: expected missing [%2], got [%3]</translation>
    </message>
    <message>
        <source>outcome of &apos;%1&apos;: expected %2, got %3</source>
        <translation>outcome of &apos;%1&apos;: expected %2, got %3</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos;: expected max %2, got %3</source>
        <translation>amount &apos;%1&apos;: expected max %2, got %3</translation>
    </message>
    <message>
        <source>expected in_force %1, got %2</source>
        <translation>expected in_force %1, got %2</translation>
    </message>
    <message>
        <source>criterion &apos;%1/%2&apos; never %3 in the examples</source>
        <translation>criterion &apos;%1/%2&apos; never %3 in the examples</translation>
    </message>
    <message>
        <source> and never </source>
        <translation> and never </translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>expected a date YYYY-MM-DD, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>too many %1 (%2); a rule file may have at most %3</source>
        <translation>too many %1 (%2); a rule file may have at most %3</translation>
    </message>
    <message>
        <source>a rule file must be a mapping with &apos;document:&apos; and &apos;programmes:&apos;</source>
        <translation>a rule file must be a mapping with &apos;document:&apos; and &apos;programmes:&apos;</translation>
    </message>
    <message>
        <source>unsupported schema version &apos;%1&apos; (this program reads schema 1)</source>
        <translation>unsupported schema version &apos;%1&apos; (this program reads schema 1)</translation>
    </message>
    <message>
        <source>&apos;facts&apos; must be a list of fact definitions</source>
        <translation>&apos;facts&apos; must be a list of fact definitions</translation>
    </message>
    <message>
        <source>only choice facts can be extended; &apos;%1&apos; is a %2</source>
        <translation>only choice facts can be extended; &apos;%1&apos; is a %2</translation>
    </message>
    <message>
        <source>&apos;programmes&apos; must be a non-empty list</source>
        <translation>&apos;programmes&apos; must be a non-empty list</translation>
    </message>
    <message>
        <source>duplicate programme id &apos;%1&apos;</source>
        <translation>duplicate programme id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rule set id &apos;%1&apos; is already used by %2</source>
        <translation>rule set id &apos;%1&apos; is already used by %2</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;%2</source>
        <translation>unknown fact &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (did you mean %1?)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a single text value</source>
        <translation>%1: &apos;%2&apos; must be a single text value</translation>
    </message>
    <message>
        <source>%1 has no English text (write {zh: …, en: …})</source>
        <translation>%1 has no English text (write {zh: …, en: …})</translation>
    </message>
    <message>
        <source>%1 has no English text</source>
        <translation>%1 has no English text</translation>
    </message>
    <message>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation>%1: expected a number, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: expected true or false</translation>
    </message>
    <message>
        <source>%1 must be an expression written as text</source>
        <translation>%1 must be an expression written as text</translation>
    </message>
    <message>
        <source>&apos;choices&apos; must be a non-empty list of {id, label}</source>
        <translation>&apos;choices&apos; must be a non-empty list of {id, label}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a choice of fact &apos;province&apos;</source>
        <translation>&apos;%1&apos; is not a choice of fact &apos;province&apos;</translation>
    </message>
    <message>
        <source>choice id &apos;%1&apos; must be lower-case ASCII snake_case</source>
        <translation>choice id &apos;%1&apos; must be lower-case ASCII snake_case</translation>
    </message>
    <message>
        <source>duplicate choice id &apos;%1&apos;</source>
        <translation>duplicate choice id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choice label</source>
        <translation>choice label</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>fact</translation>
    </message>
    <message>
        <source>fact id &apos;%1&apos; must be lower-case snake_case</source>
        <translation>fact id &apos;%1&apos; must be lower-case snake_case</translation>
    </message>
    <message>
        <source>unknown fact type &apos;%1&apos; (expected number, integer, boolean, choice, date or text)</source>
        <translation>unknown fact type &apos;%1&apos; (expected number, integer, boolean, choice, date or text)</translation>
    </message>
    <message>
        <source>only number and integer facts have a unit</source>
        <translation>only number and integer facts have a unit</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; (known: %2)</source>
        <translation>unknown unit &apos;%1&apos; (known: %2)</translation>
    </message>
    <message>
        <source>money facts (_wan) must have unit 万元</source>
        <translation>money facts (_wan) must have unit 万元</translation>
    </message>
    <message>
        <source>percent facts (_pct) must have unit %</source>
        <translation>percent facts (_pct) must have unit %</translation>
    </message>
    <message>
        <source>only numeric facts have min/max</source>
        <translation>only numeric facts have min/max</translation>
    </message>
    <message>
        <source>max is below min</source>
        <translation>max is below min</translation>
    </message>
    <message>
        <source>only choice facts have choices</source>
        <translation>only choice facts have choices</translation>
    </message>
    <message>
        <source>fact label</source>
        <translation>fact label</translation>
    </message>
    <message>
        <source>fact help</source>
        <translation>fact help</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos; (expected one of %2)</source>
        <translation>unknown group &apos;%1&apos; (expected one of %2)</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; is already defined%2; shared facts belong in rules/facts.yaml</source>
        <translation>fact &apos;%1&apos; is already defined%2; shared facts belong in rules/facts.yaml</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (built in)</translation>
    </message>
    <message>
        <source> in </source>
        <translation> in </translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>rule set id &apos;%1&apos; must be kebab-case (e.g. gx-enterprise-tech-center)</source>
        <translation>rule set id &apos;%1&apos; must be kebab-case (e.g. gx-enterprise-tech-center)</translation>
    </message>
    <message>
        <source>document has no title_en</source>
        <translation>document has no title_en</translation>
    </message>
    <message>
        <source>effective_to is before effective_from</source>
        <translation>effective_to is before effective_from</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; (expected one of %2)</source>
        <translation>unknown region &apos;%1&apos; (expected one of %2)</translation>
    </message>
    <message>
        <source>no issuer named; say in verification why the text has none (e.g. &quot;No issuer is listed because the text names none&quot;)</source>
        <translation>no issuer named; say in verification why the text has none (e.g. &quot;No issuer is listed because the text names none&quot;)</translation>
    </message>
    <message>
        <source>regional rule set (region &apos;%1&apos;) must declare the area it covers: document.area with province (and city where the issuer is a city), and the clause that sets the scope or an interpretation naming the issuing authority&apos;s jurisdiction</source>
        <translation>regional rule set (region &apos;%1&apos;) must declare the area it covers: document.area with province (and city where the issuer is a city), and the clause that sets the scope or an interpretation naming the issuing authority&apos;s jurisdiction</translation>
    </message>
    <message>
        <source>a national rule set has no area; remove document.area</source>
        <translation>a national rule set has no area; remove document.area</translation>
    </message>
    <message>
        <source>area condition</source>
        <translation>area condition</translation>
    </message>
    <message>
        <source>area: &apos;%1&apos; is not a choice of fact &apos;province&apos;</source>
        <translation>area: &apos;%1&apos; is not a choice of fact &apos;province&apos;</translation>
    </message>
    <message>
        <source>area: &apos;%1&apos; is not a choice of fact &apos;city&apos;</source>
        <translation>area: &apos;%1&apos; is not a choice of fact &apos;city&apos;</translation>
    </message>
    <message>
        <source>area: city &apos;%1&apos; is not in province &apos;%2&apos;</source>
        <translation>area: city &apos;%1&apos; is not in province &apos;%2&apos;</translation>
    </message>
    <message>
        <source>area (%1) does not match region &apos;%2&apos;</source>
        <translation>area (%1) does not match region &apos;%2&apos;</translation>
    </message>
    <message>
        <source>area: quote the clause that sets the scope, or where the text has none write an interpretation naming the issuing authority&apos;s jurisdiction</source>
        <translation>area: quote the clause that sets the scope, or where the text has none write an interpretation naming the issuing authority&apos;s jurisdiction</translation>
    </message>
    <message>
        <source>programme area needs a regional rule set with document.area</source>
        <translation>programme area needs a regional rule set with document.area</translation>
    </message>
    <message>
        <source>programme area</source>
        <translation>programme area</translation>
    </message>
    <message>
        <source>programme area needs &apos;clause&apos;</source>
        <translation>programme area needs &apos;clause&apos;</translation>
    </message>
    <message>
        <source>programme area: give the quote or an interpretation</source>
        <translation>programme area: give the quote or an interpretation</translation>
    </message>
    <message>
        <source>area label</source>
        <translation>area label</translation>
    </message>
    <message>
        <source>programme area: &apos;unrestricted&apos; and &apos;condition&apos; exclude each other</source>
        <translation>programme area: &apos;unrestricted&apos; and &apos;condition&apos; exclude each other</translation>
    </message>
    <message>
        <source>area: %1 (facts &apos;province&apos; and &apos;city&apos; must be choice facts)</source>
        <translation>area: %1 (facts &apos;province&apos; and &apos;city&apos; must be choice facts)</translation>
    </message>
    <message>
        <source>programme area: no criterion &apos;%1&apos; in programme &apos;%2&apos;</source>
        <translation>programme area: no criterion &apos;%1&apos; in programme &apos;%2&apos;</translation>
    </message>
    <message>
        <source>programme area: criterion &apos;%1&apos; must be a judged criterion that tests province or city</source>
        <translation>programme area: criterion &apos;%1&apos; must be a judged criterion that tests province or city</translation>
    </message>
    <message>
        <source>&apos;parameters&apos; must be a list</source>
        <translation>&apos;parameters&apos; must be a list</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>parameter</translation>
    </message>
    <message>
        <source>parameter label</source>
        <translation>parameter label</translation>
    </message>
    <message>
        <source>parameter id &apos;%1&apos; is already a fact or parameter</source>
        <translation>parameter id &apos;%1&apos; is already a fact or parameter</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>programme id &apos;%1&apos; must be kebab-case</source>
        <translation>programme id &apos;%1&apos; must be kebab-case</translation>
    </message>
    <message>
        <source>programme title</source>
        <translation>programme title</translation>
    </message>
    <message>
        <source>&apos;applicant_types&apos; must be a non-empty list of applicant_type choices</source>
        <translation>&apos;applicant_types&apos; must be a non-empty list of applicant_type choices</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a choice of fact &apos;applicant_type&apos;%2</source>
        <translation>&apos;%1&apos; is not a choice of fact &apos;applicant_type&apos;%2</translation>
    </message>
    <message>
        <source>validity: give the quote or an interpretation</source>
        <translation>validity: give the quote or an interpretation</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has dates of its own: cite the clause that sets them (validity: {clause, quote, interpretation})</source>
        <translation>programme &apos;%1&apos; has dates of its own: cite the clause that sets them (validity: {clause, quote, interpretation})</translation>
    </message>
    <message>
        <source>&apos;criteria&apos; must be a non-empty list</source>
        <translation>&apos;criteria&apos; must be a non-empty list</translation>
    </message>
    <message>
        <source>criteria in one programme</source>
        <translation>criteria in one programme</translation>
    </message>
    <message>
        <source>duplicate criterion id &apos;%1&apos; in programme &apos;%2&apos;</source>
        <translation>duplicate criterion id &apos;%1&apos; in programme &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;amounts&apos; must be a list</source>
        <translation>&apos;amounts&apos; must be a list</translation>
    </message>
    <message>
        <source>duplicate amount id &apos;%1&apos;</source>
        <translation>duplicate amount id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>criterion</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected hard, soft, declaration, exclusion, ban, window, status or info)</source>
        <translation>unknown kind &apos;%1&apos; (expected hard, soft, declaration, exclusion, ban, window, status or info)</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; needs a condition (only kind info may omit it)</source>
        <translation>criterion &apos;%1&apos; needs a condition (only kind info may omit it)</translation>
    </message>
    <message>
        <source>criterion label</source>
        <translation>criterion label</translation>
    </message>
    <message>
        <source>&apos;evidence&apos; must be a list</source>
        <translation>&apos;evidence&apos; must be a list</translation>
    </message>
    <message>
        <source>evidence item</source>
        <translation>evidence item</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>outcome bands need a numeric fact; &apos;%1&apos; is a %2</source>
        <translation>outcome bands need a numeric fact; &apos;%1&apos; is a %2</translation>
    </message>
    <message>
        <source>&apos;bands&apos; must be a non-empty list</source>
        <translation>&apos;bands&apos; must be a non-empty list</translation>
    </message>
    <message>
        <source>band</source>
        <translation>band</translation>
    </message>
    <message>
        <source>duplicate band id &apos;%1&apos;</source>
        <translation>duplicate band id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>band label</source>
        <translation>band label</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is not interval notation like &quot;[60, 70)&quot; or &quot;[90, inf)&quot;</source>
        <translation>range &apos;%1&apos; is not interval notation like &quot;[60, 70)&quot; or &quot;[90, inf)&quot;</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is empty</source>
        <translation>range &apos;%1&apos; is empty</translation>
    </message>
    <message>
        <source>band &apos;%1&apos; overlaps band &apos;%2&apos; (which extends to infinity)</source>
        <translation>band &apos;%1&apos; overlaps band &apos;%2&apos; (which extends to infinity)</translation>
    </message>
    <message>
        <source>band &apos;%1&apos; overlaps band &apos;%2&apos;</source>
        <translation>band &apos;%1&apos; overlaps band &apos;%2&apos;</translation>
    </message>
    <message>
        <source>gap between band &apos;%1&apos; (%2) and band &apos;%3&apos; (%4)</source>
        <translation>gap between band &apos;%1&apos; (%2) and band &apos;%3&apos; (%4)</translation>
    </message>
    <message>
        <source>band &apos;%1&apos; (%2) overlaps band &apos;%3&apos; (%4)</source>
        <translation>band &apos;%1&apos; (%2) overlaps band &apos;%3&apos; (%4)</translation>
    </message>
    <message>
        <source>bands leave values below %1 uncovered (fact &apos;%2&apos; has %3)</source>
        <translation>bands leave values below %1 uncovered (fact &apos;%2&apos; has %3)</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>min %1</translation>
    </message>
    <message>
        <source>no min</source>
        <translation>no min</translation>
    </message>
    <message>
        <source>bands leave values above %1 uncovered (fact &apos;%2&apos; has %3)</source>
        <translation>bands leave values above %1 uncovered (fact &apos;%2&apos; has %3)</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max %1</translation>
    </message>
    <message>
        <source>no max</source>
        <translation>no max</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>amount label</source>
        <translation>amount label</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; needs a max (and/or min) formula in 万元; a benefit that is not a sum of money (a tax rate, an exemption) is a criterion of kind info</source>
        <translation>amount &apos;%1&apos; needs a max (and/or min) formula in 万元; a benefit that is not a sum of money (a tax rate, an exemption) is a criterion of kind info</translation>
    </message>
    <message>
        <source>amount formula must be in 万元, this one is in %1</source>
        <translation>amount formula must be in 万元, this one is in %1</translation>
    </message>
    <message>
        <source>a plain number</source>
        <translation>a plain number</translation>
    </message>
    <message>
        <source>rule set has no examples; add some to test it</source>
        <translation>rule set has no examples; add some to test it</translation>
    </message>
    <message>
        <source>&apos;examples&apos; must be a list</source>
        <translation>&apos;examples&apos; must be a list</translation>
    </message>
    <message>
        <source>duplicate example name &apos;%1&apos;</source>
        <translation>duplicate example name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>example facts must be a mapping of fact id to value</source>
        <translation>example facts must be a mapping of fact id to value</translation>
    </message>
    <message>
        <source>set the date with as_of, not application_date</source>
        <translation>set the date with as_of, not application_date</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: %2</source>
        <translation>fact &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>unknown programme &apos;%1&apos;%2</source>
        <translation>unknown programme &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source> (programmes: %1)</source>
        <translation> (programmes: %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be written programme/criterion</source>
        <translation>&apos;%1&apos; must be written programme/criterion</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has no criterion &apos;%2&apos;%3</source>
        <translation>programme &apos;%1&apos; has no criterion &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source>expect.%1 must be a mapping</source>
        <translation>expect.%1 must be a mapping</translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos; (expected eligible, needs_review, undetermined, not_eligible or not_applicable)</source>
        <translation>unknown verdict &apos;%1&apos; (expected eligible, needs_review, undetermined, not_eligible or not_applicable)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected pass, fail, unknown, not_applicable, waived, warning or info)</source>
        <translation>unknown status &apos;%1&apos; (expected pass, fail, unknown, not_applicable, waived, warning or info)</translation>
    </message>
    <message>
        <source>expect.missing values are lists of fact ids</source>
        <translation>expect.missing values are lists of fact ids</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has no outcome bands</source>
        <translation>programme &apos;%1&apos; has no outcome bands</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has no band &apos;%2&apos;</source>
        <translation>programme &apos;%1&apos; has no band &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be written programme/amount</source>
        <translation>&apos;%1&apos; must be written programme/amount</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has no amount &apos;%2&apos;</source>
        <translation>programme &apos;%1&apos; has no amount &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected an amount in 万元 like &quot;1500&quot;</source>
        <translation>expected an amount in 万元 like &quot;1500&quot;</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>rule pack is truncated</source>
        <translation>rule pack is truncated</translation>
    </message>
    <message>
        <source>not a rule pack</source>
        <translation>not a rule pack</translation>
    </message>
    <message>
        <source>rule pack format %1, this program reads format %2</source>
        <translation>rule pack format %1, this program reads format %2</translation>
    </message>
    <message>
        <source>rule pack checksum mismatch</source>
        <translation>rule pack checksum mismatch</translation>
    </message>
    <message>
        <source>rule pack is corrupt</source>
        <translation>rule pack is corrupt</translation>
    </message>
    <message>
        <source>rule pack has trailing data</source>
        <translation>rule pack has trailing data</translation>
    </message>
    <message>
        <source>&apos;related&apos; must be a list of fact ids</source>
        <translation>&apos;related&apos; must be a list of fact ids</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; cannot be related to itself</source>
        <translation>fact &apos;%1&apos; cannot be related to itself</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice in &apos;related&apos;</source>
        <translation>&apos;%1&apos; is listed twice in &apos;related&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the assessment date, not a question</source>
        <translation>&apos;%1&apos; is the assessment date, not a question</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined in %2; a related fact must be defined in the same file or in the shared fact dictionary (facts.yaml)</source>
        <translation>&apos;%1&apos; is defined in %2; a related fact must be defined in the same file or in the shared fact dictionary (facts.yaml)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;difference&apos;: when it comes second in the questionnaire, no note says how it differs from &apos;%2&apos;</source>
        <translation>&apos;%1&apos; has no &apos;difference&apos;: when it comes second in the questionnaire, no note says how it differs from &apos;%2&apos;</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; is related to %2 but has no &apos;difference&apos;: when it comes second in the questionnaire, no note says how it differs</source>
        <translation>fact &apos;%1&apos; is related to %2 but has no &apos;difference&apos;: when it comes second in the questionnaire, no note says how it differs</translation>
    </message>
    <message>
        <source>&apos;difference&apos; is shown only under a related question, and fact &apos;%1&apos; has no &apos;related&apos;</source>
        <translation>&apos;difference&apos; is shown only under a related question, and fact &apos;%1&apos; has no &apos;related&apos;</translation>
    </message>
    <message>
        <source>fact difference</source>
        <translation>fact difference</translation>
    </message>
    <message>
        <source>&apos;related&apos; must be a list of fact ids, e.g. [other_fact]</source>
        <translation>&apos;related&apos; must be a list of fact ids, e.g. [other_fact]</translation>
    </message>
    <message>
        <source>clause_en &apos;%1&apos; must be written without Chinese characters</source>
        <translation>clause_en &apos;%1&apos; must be written without Chinese characters</translation>
    </message>
    <message>
        <source>clause label &apos;%1&apos; cannot be shown in English; add clause_en (e.g. clause_en: &quot;Art. 7(3)&quot;)</source>
        <translation>clause label &apos;%1&apos; cannot be shown in English; add clause_en (e.g. clause_en: &quot;Art. 7(3)&quot;)</translation>
    </message>
</context>
<context>
    <name>FirmExchange</name>
    <message>
        <source>cannot write YAML: %1</source>
        <translation>cannot write YAML: %1</translation>
    </message>
    <message>
        <source>a firm</source>
        <translation>a firm</translation>
    </message>
    <message>
        <source>&apos;yearly_facts&apos; must map a fiscal year to facts</source>
        <translation>&apos;yearly_facts&apos; must map a fiscal year to facts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fiscal year like 2023</source>
        <translation>&apos;%1&apos; is not a fiscal year like 2023</translation>
    </message>
    <message>
        <source>&apos;assessments&apos; must be a list</source>
        <translation>&apos;assessments&apos; must be a list</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date YYYY-MM-DD</source>
        <translation>%1: &apos;%2&apos; is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 must be text</translation>
    </message>
    <message>
        <source>the file names no firm; add firm: {name: …}</source>
        <translation>the file names no firm; add firm: {name: …}</translation>
    </message>
    <message>
        <source>firm.name is empty</source>
        <translation>firm.name is empty</translation>
    </message>
    <message>
        <source>firm.credit_code: %1</source>
        <translation>firm.credit_code: %1</translation>
    </message>
    <message>
        <source>facts must be a mapping of fact id to value</source>
        <translation>facts must be a mapping of fact id to value</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set with as_of, not under facts</source>
        <translation>&apos;%1&apos; is set with as_of, not under facts</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;%2</source>
        <translation>unknown fact &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (did you mean %1?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not asked per year; put it under facts, not yearly_facts</source>
        <translation>&apos;%1&apos; is not asked per year; put it under facts, not yearly_facts</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: expected a single value</source>
        <translation>fact &apos;%1&apos;: expected a single value</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: %2</source>
        <translation>fact &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>an assessment</translation>
    </message>
    <message>
        <source>content_hash must be 64 lower-case hex digits (SHA-256)</source>
        <translation>content_hash must be 64 lower-case hex digits (SHA-256)</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a timestamp</source>
        <translation>created_at &apos;%1&apos; is not a timestamp</translation>
    </message>
    <message>
        <source>inputs must be a mapping</source>
        <translation>inputs must be a mapping</translation>
    </message>
    <message>
        <source>programmes must be a list</source>
        <translation>programmes must be a list</translation>
    </message>
    <message>
        <source>a programme result</source>
        <translation>a programme result</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict</source>
        <translation>&apos;%1&apos; is not a verdict</translation>
    </message>
    <message>
        <source>criteria must map criterion id to status</source>
        <translation>criteria must map criterion id to status</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a criterion status</source>
        <translation>&apos;%1&apos; is not a criterion status</translation>
    </message>
    <message>
        <source>amounts must map amount id to {max, min}</source>
        <translation>amounts must map amount id to {max, min}</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a decimal number</source>
        <translation>amount &apos;%1&apos; is not a decimal number</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>file too large</translation>
    </message>
    <message>
        <source>expected a firm (as_of, firm, facts) or a list under &apos;firms&apos;</source>
        <translation>expected a firm (as_of, firm, facts) or a list under &apos;firms&apos;</translation>
    </message>
    <message>
        <source>a firms file</source>
        <translation>a firms file</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (this version reads eligicheck-firms/1)</source>
        <translation>unknown format &apos;%1&apos; (this version reads eligicheck-firms/1)</translation>
    </message>
    <message>
        <source>&apos;firms&apos; must be a list</source>
        <translation>&apos;firms&apos; must be a list</translation>
    </message>
    <message>
        <source>firm &apos;%1&apos; appears twice in the file</source>
        <translation>firm &apos;%1&apos; appears twice in the file</translation>
    </message>
    <message>
        <source>credit code %1 appears twice in the file</source>
        <translation>credit code %1 appears twice in the file</translation>
    </message>
    <message>
        <source>firm &apos;%1&apos; has credit code %2 in the file, but in the database that code belongs to &apos;%3&apos;</source>
        <translation>firm &apos;%1&apos; has credit code %2 in the file, but in the database that code belongs to &apos;%3&apos;</translation>
    </message>
    <message>
        <source>firm &apos;%1&apos; has credit code %2 in the database but %3 in the file</source>
        <translation>firm &apos;%1&apos; has credit code %2 in the database but %3 in the file</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not imported: it has errors (nothing was written)</source>
        <translation>&apos;%1&apos; was not imported: it has errors (nothing was written)</translation>
    </message>
    <message>
        <source>the assessment of &apos;%1&apos; has no result_json; it cannot be checked and was not imported</source>
        <translation>the assessment of &apos;%1&apos; has no result_json; it cannot be checked and was not imported</translation>
    </message>
    <message>
        <source>result_json is not valid JSON (%1)</source>
        <translation>result_json is not valid JSON (%1)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; is not in result_json</source>
        <translation>programme &apos;%1&apos; is not in result_json</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: the verdict is &apos;%2&apos; but result_json says &apos;%3&apos;</source>
        <translation>programme &apos;%1&apos;: the verdict is &apos;%2&apos; but result_json says &apos;%3&apos;</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: %2 criteria, but result_json has %3</source>
        <translation>programme &apos;%1&apos;: %2 criteria, but result_json has %3</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;, criterion &apos;%2&apos;: the status is &apos;%3&apos; but result_json says &apos;%4&apos;</source>
        <translation>programme &apos;%1&apos;, criterion &apos;%2&apos;: the status is &apos;%3&apos; but result_json says &apos;%4&apos;</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>result_json has programme &apos;%1&apos;, which the assessment lacks</source>
        <translation>result_json has programme &apos;%1&apos;, which the assessment lacks</translation>
    </message>
    <message>
        <source>credit code %1 belongs to &apos;%2&apos; in the database, but the file names it &apos;%3&apos;; nothing was imported (to rename &apos;%2&apos; to &apos;%3&apos;, import with --rename)</source>
        <translation>credit code %1 belongs to &apos;%2&apos; in the database, but the file names it &apos;%3&apos;; nothing was imported (to rename &apos;%2&apos; to &apos;%3&apos;, import with --rename)</translation>
    </message>
    <message>
        <source>the assessment is of rule set &apos;%1&apos; but its result_json is of &apos;%2&apos;</source>
        <translation>the assessment is of rule set &apos;%1&apos; but its result_json is of &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the assessment of &apos;%1&apos;: input &apos;%2&apos; cannot be read (%3)</source>
        <translation>the assessment of &apos;%1&apos;: input &apos;%2&apos; cannot be read (%3)</translation>
    </message>
    <message>
        <source>unknown fact</source>
        <translation>unknown fact</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; is not in rule set &apos;%2&apos; with this content_hash</source>
        <translation>programme &apos;%1&apos; is not in rule set &apos;%2&apos; with this content_hash</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: the criteria are not those of rule set &apos;%2&apos; with this content_hash (%3 given, %4 expected)</source>
        <translation>programme &apos;%1&apos;: the criteria are not those of rule set &apos;%2&apos; with this content_hash (%3 given, %4 expected)</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: the verdict is &apos;%2&apos;, but its inputs give &apos;%3&apos; under the same rules</source>
        <translation>programme &apos;%1&apos;: the verdict is &apos;%2&apos;, but its inputs give &apos;%3&apos; under the same rules</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;, criterion &apos;%2&apos;: the status is &apos;%3&apos;, but its inputs give &apos;%4&apos; under the same rules</source>
        <translation>programme &apos;%1&apos;, criterion &apos;%2&apos;: the status is &apos;%3&apos;, but its inputs give &apos;%4&apos; under the same rules</translation>
    </message>
</context>
<context>
    <name>FirmFileOpen</name>
    <message>
        <source>Import firms</source>
        <translation>Import firms</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was changed.</source>
        <translation>%1 cannot be imported; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n firm(s) from %1 into the firms database?</source>
        <translation>
            <numerusform>Import %n firm from %1 into the firms database?</numerusform>
            <numerusform>Import %n firms from %1 into the firms database?</numerusform>
        </translation>
    </message>
    <message>
        <source>Firms already in the database (same credit code, else same name) get the file&apos;s answers added; nothing else is changed.</source>
        <translation>Firms already in the database (same credit code, else same name) get the file&apos;s answers added; nothing else is changed.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>FirmReportWriter</name>
    <message>
        <source>%1: its answers cannot be read: %2</source>
        <translation>%1: its answers cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: no programme in force on %2 concerns this firm</source>
        <translation>%1: no programme in force on %2 concerns this firm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FirmRepository</name>
    <message>
        <source>%1 has no exact decimal form and cannot be stored exactly</source>
        <translation>%1 has no exact decimal form and cannot be stored exactly</translation>
    </message>
    <message>
        <source>a firm needs a name</source>
        <translation>a firm needs a name</translation>
    </message>
    <message>
        <source>checking the firm</source>
        <translation>checking the firm</translation>
    </message>
    <message>
        <source>there is already a firm named &apos;%1&apos;</source>
        <translation>there is already a firm named &apos;%1&apos;</translation>
    </message>
    <message>
        <source>credit code %1 already belongs to &apos;%2&apos;</source>
        <translation>credit code %1 already belongs to &apos;%2&apos;</translation>
    </message>
    <message>
        <source>adding firm &apos;%1&apos;</source>
        <translation>adding firm &apos;%1&apos;</translation>
    </message>
    <message>
        <source>adding firm &apos;%1&apos; returned no id</source>
        <translation>adding firm &apos;%1&apos; returned no id</translation>
    </message>
    <message>
        <source>saving firm &apos;%1&apos;</source>
        <translation>saving firm &apos;%1&apos;</translation>
    </message>
    <message>
        <source>firm &apos;%1&apos; was changed by someone else at %2; your changes were not saved — reload it and apply them again</source>
        <translation>firm &apos;%1&apos; was changed by someone else at %2; your changes were not saved — reload it and apply them again</translation>
    </message>
    <message>
        <source>reading a firm</source>
        <translation>reading a firm</translation>
    </message>
    <message>
        <source>there is no firm with id %1</source>
        <translation>there is no firm with id %1</translation>
    </message>
    <message>
        <source>there is no firm named &apos;%1&apos;</source>
        <translation>there is no firm named &apos;%1&apos;</translation>
    </message>
    <message>
        <source>listing firms</source>
        <translation>listing firms</translation>
    </message>
    <message>
        <source>reading answers</source>
        <translation>reading answers</translation>
    </message>
    <message>
        <source>reading answer history</source>
        <translation>reading answer history</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;</source>
        <translation>unknown fact &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 for &apos;%3&apos;</source>
        <translation>&apos;%1&apos; is not a valid %2 for &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is asked per year; say which fiscal year it is for</source>
        <translation>&apos;%1&apos; is asked per year; say which fiscal year it is for</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>&apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>reading answer %1</source>
        <translation>reading answer %1</translation>
    </message>
    <message>
        <source>answer %1 was removed by someone else; your change was not saved — reload and enter it again</source>
        <translation>answer %1 was removed by someone else; your change was not saved — reload and enter it again</translation>
    </message>
    <message>
        <source>answer %1 was changed by %2 at %3 (now &apos;%4&apos;); your change was not saved — reload and decide which value is right</source>
        <translation>answer %1 was changed by %2 at %3 (now &apos;%4&apos;); your change was not saved — reload and decide which value is right</translation>
    </message>
    <message>
        <source>removing answer %1</source>
        <translation>removing answer %1</translation>
    </message>
    <message>
        <source>saving answer %1</source>
        <translation>saving answer %1</translation>
    </message>
    <message>
        <source>recording the history of answer %1</source>
        <translation>recording the history of answer %1</translation>
    </message>
    <message>
        <source>listing deleted firms</source>
        <translation>listing deleted firms</translation>
    </message>
    <message>
        <source>deleting the firm</source>
        <translation>deleting the firm</translation>
    </message>
    <message>
        <source>restoring the firm</source>
        <translation>restoring the firm</translation>
    </message>
    <message>
        <source>the firm name contains a control character (U+%1 at position %2); names are plain text</source>
        <translation>the firm name contains a control character (U+%1 at position %2); names are plain text</translation>
    </message>
    <message>
        <source>a firm name cannot start with &apos;-&apos;</source>
        <translation>a firm name cannot start with &apos;-&apos;</translation>
    </message>
    <message>
        <source>reading the firms&apos; regions</source>
        <translation>reading the firms&apos; regions</translation>
    </message>
</context>
<context>
    <name>FirmSheet</name>
    <message>
        <source>the sheet is empty: expected a header row with 企业名称</source>
        <translation>the sheet is empty: expected a header row with 企业名称</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a unit of %3 (its unit is %4)</source>
        <translation>column &apos;%1&apos;: &apos;%2&apos; is not a unit of %3 (its unit is %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;%2</source>
        <translation>unknown column &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (did you mean %1?)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; says the same as column %2 (&apos;%3&apos;)</source>
        <translation>column &apos;%1&apos; says the same as column %2 (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>no 企业名称 (name) column: every row must name its firm</source>
        <translation>no 企业名称 (name) column: every row must name its firm</translation>
    </message>
    <message>
        <source>cell %1%2 has a value but its column has no header</source>
        <translation>cell %1%2 has a value but its column has no header</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos; (%3): %4</source>
        <translation>row %1, column &apos;%2&apos; (%3): %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD, e.g. 2025-06-01)</source>
        <translation>&apos;%1&apos; is not a date (expected YYYY-MM-DD, e.g. 2025-06-01)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (e.g. 2024)</source>
        <translation>&apos;%1&apos; is not a year (e.g. 2024)</translation>
    </message>
    <message>
        <source>row %1 has no 企业名称 (name)</source>
        <translation>row %1 has no 企业名称 (name)</translation>
    </message>
    <message>
        <source>row %1 gives %2 of &apos;%3&apos; as &apos;%4&apos;, an earlier row as &apos;%5&apos;</source>
        <translation>row %1 gives %2 of &apos;%3&apos; as &apos;%4&apos;, an earlier row as &apos;%5&apos;</translation>
    </message>
    <message>
        <source>the credit code</source>
        <translation>the credit code</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>the region</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>the notes</translation>
    </message>
    <message>
        <source>row %1 gives &apos;%2&apos; of &apos;%3&apos;%4 as &apos;%5&apos;, an earlier row as &apos;%6&apos;</source>
        <translation>row %1 gives &apos;%2&apos; of &apos;%3&apos;%4 as &apos;%5&apos;, an earlier row as &apos;%6&apos;</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> for %1</translation>
    </message>
</context>
<context>
    <name>FirmSheetExporter</name>
    <message>
        <source>Firms</source>
        <translation>Firms</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>EligiCheck 政策申报资格自测</source>
        <translation>EligiCheck 政策申报资格自测</translation>
    </message>
    <message>
        <source>Load more rule sets from DIR (repeatable).</source>
        <translation>Load more rule sets from DIR (repeatable).</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>Interface language: zh_CN or en (default: as chosen in Settings, else the system&apos;s).</translation>
    </message>
    <message>
        <source>Open an answers file at start.</source>
        <translation>Open an answers file at start.</translation>
    </message>
    <message>
        <source>Firms database: an SQLite file or postgresql://user@host:port/dbname (default: the database in the user&apos;s data folder).</source>
        <translation>Firms database: an SQLite file or postgresql://user@host:port/dbname (default: the database in the user&apos;s data folder).</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>An answers file to open, or a firm file (written by export) to import.</source>
        <translation>An answers file to open, or a firm file (written by export) to import.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Writing a PDF needs a QGuiApplication (fonts); none exists.</source>
        <translation>Writing a PDF needs a QGuiApplication (fonts); none exists.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>QuestionPlan</name>
    <message>
        <source>Basic information</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Finance</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>Finance</translation>
    </message>
    <message>
        <source>R&amp;D and staff</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>R&amp;D and staff</translation>
    </message>
    <message>
        <source>Project</source>
        <extracomment>Questionnaire page title (questions about the project applied for)</extracomment>
        <translation>Project</translation>
    </message>
    <message>
        <source>Compliance and credit</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>Compliance and credit</translation>
    </message>
    <message>
        <source>History and recognitions</source>
        <extracomment>Questionnaire page title: earlier recognitions, revocations and bans</extracomment>
        <translation>History and recognitions</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RecheckWording</name>
    <message>
        <source>a document that is no longer loaded</source>
        <translation>a document that is no longer loaded</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>document title (文号)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: the rule set is no longer loaded; assessment #%2 was left as it was.</source>
        <translation>%1: the rule set is no longer loaded; assessment #%2 was left as it was.</translation>
    </message>
    <message numerus="yes">
        <source>%1: re-checked with the current rules (#%2 → #%3), %n change(s)</source>
        <translation>
            <numerusform>%1: re-checked with the current rules (#%2 → #%3), %n change</numerusform>
            <numerusform>%1: re-checked with the current rules (#%2 → #%3), %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the rules)</source>
        <translation>(not in the rules)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1: verdict %2 → %3</source>
        <translation>%1: verdict %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4, %5</source>
        <translation>%1 %2: %3 → %4, %5</translation>
    </message>
    <message>
        <source>%1 %2: support amount up to %3 → %4</source>
        <translation>%1 %2: support amount up to %3 → %4</translation>
    </message>
    <message>
        <source>%1: outcome %2 → %3</source>
        <translation>%1: outcome %2 → %3</translation>
    </message>
    <message>
        <source>%1: new in the rules, %2</source>
        <translation>%1: new in the rules, %2</translation>
    </message>
    <message>
        <source>%1: no longer in the rules (was %2)</source>
        <translation>%1: no longer in the rules (was %2)</translation>
    </message>
</context>
<context>
    <name>ReportFont</name>
    <message>
        <source>The report font &quot;%1&quot; is not installed, so Chinese text would not be written correctly into the PDF. Install it (Debian/Ubuntu: apt install %2) and try again.</source>
        <translation>The report font &quot;%1&quot; is not installed, so Chinese text would not be written correctly into the PDF. Install it (Debian/Ubuntu: apt install %2) and try again.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Painting a report needs a QGuiApplication (fonts); none exists.</source>
        <translation>Painting a report needs a QGuiApplication (fonts); none exists.</translation>
    </message>
    <message>
        <source>Cannot start painting on the output device.</source>
        <translation>Cannot start painting on the output device.</translation>
    </message>
    <message>
        <source>The output device refused a new page after page %1.</source>
        <translation>The output device refused a new page after page %1.</translation>
    </message>
    <message>
        <source>The report font &quot;%1&quot; chosen in Settings is not installed. Choose another one under Settings → Reports, or install it, and try again.</source>
        <translation>The report font &quot;%1&quot; chosen in Settings is not installed. Choose another one under Settings → Reports, or install it, and try again.</translation>
    </message>
</context>
<context>
    <name>ResultSheetWriter</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Policy document</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>Missing answers</translation>
    </message>
    <message>
        <source>Support (万元)</source>
        <translation>Support (× 10,000 yuan)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Support amounts</source>
        <translation>Support amounts</translation>
    </message>
    <message>
        <source>EligiCheck results as of %1</source>
        <translation>EligiCheck results as of %1</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Undetermined</translation>
    </message>
    <message>
        <source>Question (column of the questionnaire)</source>
        <translation>Question (column of the questionnaire)</translation>
    </message>
    <message>
        <source>Programmes it decides</source>
        <translation>Programmes it decides</translation>
    </message>
    <message>
        <source>Programmes waiting for it</source>
        <translation>Programmes waiting for it</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Up to (万元)</source>
        <translation>Up to (× 10,000 yuan)</translation>
    </message>
    <message>
        <source>At least (万元)</source>
        <translation>At least (× 10,000 yuan)</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>More rows than Excel can show (%1); export as CSV for all of them</source>
        <translation>More rows than Excel can show (%1); export as CSV for all of them</translation>
    </message>
</context>
<context>
    <name>RuleInstaller</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>added: %1 (verified %2)</source>
        <translation>added: %1 (verified %2)</translation>
    </message>
    <message>
        <source>updated: %1, verified %2 → %3</source>
        <translation>updated: %1, verified %2 → %3</translation>
    </message>
    <message>
        <source>replaces the built-in version: %1, verified %2 → %3</source>
        <translation>replaces the built-in version: %1, verified %2 → %3</translation>
    </message>
    <message>
        <source>not added: %1 — the built-in version (verified %2) is as recent as this one or newer (verified %3); a rule set replaces a built-in one only when its verified_on is later</source>
        <translation>not added: %1 — the built-in version (verified %2) is as recent as this one or newer (verified %3); a rule set replaces a built-in one only when its verified_on is later</translation>
    </message>
    <message>
        <source>already in use, unchanged: %1 (verified %2)</source>
        <translation>already in use, unchanged: %1 (verified %2)</translation>
    </message>
    <message>
        <source>removed: %1 (verified %2)</source>
        <translation>removed: %1 (verified %2)</translation>
    </message>
    <message>
        <source>%1 is not a .zip archive that can be read</source>
        <translation>%1 is not a .zip archive that can be read</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files</source>
        <translation>%1 holds more than %2 files</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB once unpacked</source>
        <translation>%1 is larger than %2 MB once unpacked</translation>
    </message>
    <message>
        <source>cannot unpack %1 (damaged archive?)</source>
        <translation>cannot unpack %1 (damaged archive?)</translation>
    </message>
    <message>
        <source>no such file or folder: %1</source>
        <translation>no such file or folder: %1</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip archive of rule files</source>
        <translation>%1 is neither a folder nor a .zip archive of rule files</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>no rule files (*.yaml, *.yml) found in %1</source>
        <translation>no rule files (*.yaml, *.yml) found in %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>cannot create the rules folder %1</source>
        <translation>cannot create the rules folder %1</translation>
    </message>
    <message>
        <source>no rule set &apos;%1&apos; was added; none has been added</source>
        <translation>no rule set &apos;%1&apos; was added; none has been added</translation>
    </message>
    <message>
        <source>no rule set &apos;%1&apos; was added (added: %2)</source>
        <translation>no rule set &apos;%1&apos; was added (added: %2)</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>cannot remove %1</translation>
    </message>
    <message>
        <source>not added: %1 — the version in use (verified %2) is more recent than this one (verified %3)</source>
        <translation>not added: %1 — the version in use (verified %2) is more recent than this one (verified %3)</translation>
    </message>
</context>
<context>
    <name>RuleSetDiff</name>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>document number (文号)</source>
        <translation>document number (文号)</translation>
    </message>
    <message>
        <source>issuers</source>
        <translation>issuers</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>in force from</translation>
    </message>
    <message>
        <source>in force until</source>
        <translation>in force until</translation>
    </message>
    <message>
        <source>verified on</source>
        <translation>verified on</translation>
    </message>
    <message>
        <source>official text</source>
        <translation>official text</translation>
    </message>
    <message>
        <source>programme removed: %1</source>
        <translation>programme removed: %1</translation>
    </message>
    <message>
        <source>new programme: %1</source>
        <translation>new programme: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1%2: %3 → %4</source>
        <translation>%1%2: %3 → %4</translation>
    </message>
    <message>
        <source>programme title</source>
        <translation>programme title</translation>
    </message>
    <message>
        <source>%1: clause removed (“%2”)</source>
        <translation>%1: clause removed (“%2”)</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>clause</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>when it applies</source>
        <translation>when it applies</translation>
    </message>
    <message>
        <source>when it is waived</source>
        <translation>when it is waived</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 changed</translation>
    </message>
    <message>
        <source>%1: new clause (“%2”)</source>
        <translation>%1: new clause (“%2”)</translation>
    </message>
    <message>
        <source>%1: support amount removed</source>
        <translation>%1: support amount removed</translation>
    </message>
    <message>
        <source>%1: the amount&apos;s calculation changed</source>
        <translation>%1: the amount&apos;s calculation changed</translation>
    </message>
    <message>
        <source>%1: new support amount</source>
        <translation>%1: new support amount</translation>
    </message>
    <message>
        <source>outcome bands</source>
        <translation>outcome bands</translation>
    </message>
    <message>
        <source>document removed: %1</source>
        <translation>document removed: %1</translation>
    </message>
    <message>
        <source>new document: %1</source>
        <translation>new document: %1</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>No programme has been assessed yet. Choose programmes and answer the questionnaire first.</source>
        <translation>No programme has been assessed yet. Choose programmes and answer the questionnaire first.</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export blank questionnaire</source>
        <translation>Export blank questionnaire</translation>
    </message>
    <message>
        <source>questionnaire.xlsx</source>
        <translation>questionnaire.xlsx</translation>
    </message>
    <message>
        <source>Cannot export the questionnaire</source>
        <translation>Cannot export the questionnaire</translation>
    </message>
    <message>
        <source>Export firms</source>
        <translation>Export firms</translation>
    </message>
    <message>
        <source>firms.xlsx</source>
        <translation>firms.xlsx</translation>
    </message>
    <message>
        <source>Cannot export the firms</source>
        <translation>Cannot export the firms</translation>
    </message>
    <message>
        <source>Export results workbook</source>
        <translation>Export results workbook</translation>
    </message>
    <message>
        <source>results-%1.xlsx</source>
        <translation>results-%1.xlsx</translation>
    </message>
    <message>
        <source>Evaluating every firm and writing the workbook…</source>
        <translation>Evaluating every firm and writing the workbook…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cannot export the results</source>
        <translation>Cannot export the results</translation>
    </message>
</context>
<context>
    <name>SourceTexts</name>
    <message>
        <source>The text of “%1” is not available (source: %2).</source>
        <translation>The text of “%1” is not available (source: %2).</translation>
    </message>
    <message>
        <source>%1: the source text is larger than %2 MB.</source>
        <translation>%1: the source text is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1: cannot read the source text: %2</source>
        <translation>%1: cannot read the source text: %2</translation>
    </message>
</context>
<context>
    <name>StorageCommands</name>
    <message>
        <source>Try &apos;eligicheck-cli --help&apos;.</source>
        <translation>Try &apos;eligicheck-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>--as-of &apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation>--as-of &apos;%1&apos; is not a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>firm needs a subcommand: add, list, show or answers</source>
        <translation>firm needs a subcommand: add, list, show or answers</translation>
    </message>
    <message>
        <source>unknown firm subcommand &apos;%1&apos; (use add, list, show or answers)</source>
        <translation>unknown firm subcommand &apos;%1&apos; (use add, list, show or answers)</translation>
    </message>
    <message>
        <source>firm add takes no positional arguments; use --name NAME</source>
        <translation>firm add takes no positional arguments; use --name NAME</translation>
    </message>
    <message>
        <source>firm add needs --name NAME</source>
        <translation>firm add needs --name NAME</translation>
    </message>
    <message>
        <source>Added firm &apos;%1&apos; (id %2)</source>
        <translation>Added firm &apos;%1&apos; (id %2)</translation>
    </message>
    <message numerus="yes">
        <source> with %n answer(s)</source>
        <translation>
            <numerusform> with %n answer</numerusform>
            <numerusform> with %n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>firm list takes no arguments</source>
        <translation>firm list takes no arguments</translation>
    </message>
    <message>
        <source>No firms yet; add one with: firm add --name NAME</source>
        <translation>No firms yet; add one with: firm add --name NAME</translation>
    </message>
    <message>
        <source>assessed %1: %2</source>
        <translation>assessed %1: %2</translation>
    </message>
    <message>
        <source>rules changed — run recheck</source>
        <translation>rules changed — run recheck</translation>
    </message>
    <message>
        <source>  credit code: %1</source>
        <translation>  credit code: %1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>  region: %1</source>
        <translation>  region: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation>  notes: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n answer(s):</source>
        <translation>
            <numerusform>  %n answer:</numerusform>
            <numerusform>  %n answers:</numerusform>
        </translation>
    </message>
    <message>
        <source> (entered as %1)</source>
        <translation> (entered as %1)</translation>
    </message>
    <message>
        <source>(v%1, %2, %3)</source>
        <translation>(v%1, %2, %3)</translation>
    </message>
    <message>
        <source>no loaded rule set asks for this fact</source>
        <translation>no loaded rule set asks for this fact</translation>
    </message>
    <message>
        <source>firm answers needs --answers FILE</source>
        <translation>firm answers needs --answers FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds answers of firm &apos;%2&apos;, not &apos;%3&apos;; nothing was saved</source>
        <translation>&apos;%1&apos; holds answers of firm &apos;%2&apos;, not &apos;%3&apos;; nothing was saved</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answer(s) for &apos;%1&apos;</source>
        <translation>
            <numerusform>Saved %n answer for &apos;%1&apos;</numerusform>
            <numerusform>Saved %n answers for &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule set &apos;%1&apos;%2</source>
        <translation>no rule set &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (did you mean %1?)</translation>
    </message>
    <message numerus="yes">
        <source>(%n answer(s) missing)</source>
        <translation>
            <numerusform>(%n answer missing)</numerusform>
            <numerusform>(%n answers missing)</numerusform>
        </translation>
    </message>
    <message>
        <source>  as of %1</source>
        <translation>  as of %1</translation>
    </message>
    <message>
        <source>rule set no longer loaded</source>
        <translation>rule set no longer loaded</translation>
    </message>
    <message>
        <source>No assessments of &apos;%1&apos; yet</source>
        <translation>No assessments of &apos;%1&apos; yet</translation>
    </message>
    <message>
        <source>All assessments use the current rules; nothing to re-check</source>
        <translation>All assessments use the current rules; nothing to re-check</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export needs --output FILE</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation>import needs exactly one FILE</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n firm(s) from %1</source>
        <translation>
            <numerusform>Imported %n firm from %1</numerusform>
            <numerusform>Imported %n firms from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>match-all takes no arguments; it evaluates every firm</source>
        <translation>match-all takes no arguments; it evaluates every firm</translation>
    </message>
    <message>
        <source>  (as of %1)</source>
        <translation>  (as of %1)</translation>
    </message>
    <message>
        <source>report needs --output FILE (.pdf or .html)</source>
        <translation>report needs --output FILE (.pdf or .html)</translation>
    </message>
    <message>
        <source>report writes pdf or html, not &apos;%1&apos;</source>
        <translation>report writes pdf or html, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>assessment #%1 (%2) cannot be reported: %3</source>
        <translation>assessment #%1 (%2) cannot be reported: %3</translation>
    </message>
    <message>
        <source>%1: the rule set has changed since assessment #%2 was saved on %3; run recheck before relying on this report</source>
        <translation>%1: the rule set has changed since assessment #%2 was saved on %3; run recheck before relying on this report</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stored assessment of rule set &apos;%2&apos;; run assess first</source>
        <translation>&apos;%1&apos; has no stored assessment of rule set &apos;%2&apos;; run assess first</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stored assessments; run assess first</source>
        <translation>&apos;%1&apos; has no stored assessments; run assess first</translation>
    </message>
    <message>
        <source>Report of %1 written to %2</source>
        <translation>Report of %1 written to %2</translation>
    </message>
    <message>
        <source>: </source>
        <comment>firm name: heading</comment>
        <translation>: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not imported: it has errors (nothing was written)</source>
        <translation>&apos;%1&apos; was not imported: it has errors (nothing was written)</translation>
    </message>
    <message>
        <source>--sheet is for .xlsx workbooks; &apos;%1&apos; is not one</source>
        <translation>--sheet is for .xlsx workbooks; &apos;%1&apos; is not one</translation>
    </message>
    <message>
        <source>No programme in force concerns %1 on %2 (--all assesses every rule set).</source>
        <translation>No programme in force concerns %1 on %2 (--all assesses every rule set).</translation>
    </message>
    <message>
        <source>the disk is full (%1 bytes free, %2 needed); nothing was written</source>
        <translation>the disk is full (%1 bytes free, %2 needed); nothing was written</translation>
    </message>
    <message>
        <source>--id needs the number of a firm as &apos;firm list&apos; shows it, not &apos;%1&apos;</source>
        <translation>--id needs the number of a firm as &apos;firm list&apos; shows it, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no firm with id %1</source>
        <translation>there is no firm with id %1</translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation>(id %1)</translation>
    </message>
    <message>
        <source>firm show needs exactly one firm NAME (or --id N)</source>
        <translation>firm show needs exactly one firm NAME (or --id N)</translation>
    </message>
    <message>
        <source>firm answers needs exactly one firm NAME (or --id N)</source>
        <translation>firm answers needs exactly one firm NAME (or --id N)</translation>
    </message>
    <message>
        <source>assess needs a firm NAME (or --id N)</source>
        <translation>assess needs a firm NAME (or --id N)</translation>
    </message>
    <message>
        <source>history needs exactly one firm NAME (or --id N)</source>
        <translation>history needs exactly one firm NAME (or --id N)</translation>
    </message>
    <message>
        <source>recheck takes at most one firm NAME (or --id N)</source>
        <translation>recheck takes at most one firm NAME (or --id N)</translation>
    </message>
    <message>
        <source>export takes at most one firm NAME (or --id N)</source>
        <translation>export takes at most one firm NAME (or --id N)</translation>
    </message>
    <message>
        <source>report needs a firm NAME or --id N (and optionally rule set ids)</source>
        <translation>report needs a firm NAME or --id N (and optionally rule set ids)</translation>
    </message>
    <message>
        <source>#%1 %2, as of %3</source>
        <translation>#%1 %2, as of %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n firm(s) to %1</source>
        <translation>
            <numerusform>Wrote %n firm to %1</numerusform>
            <numerusform>Wrote %n firms to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>match-all --format %1 needs --output FILE</source>
        <translation>match-all --format %1 needs --output FILE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the results of %n firm(s) to %1</source>
        <translation>
            <numerusform>Wrote the results of %n firm to %1</numerusform>
            <numerusform>Wrote the results of %n firms to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Firm database (--db FILE or postgresql://user@host:port/dbname; default: your EligiCheck data file):
  firm add --name NAME [--credit-code CODE] [--region R] [--notes TEXT] [--answers FILE]
  firm list [--format text|json]                  firms, newest verdicts, stale marks
  firm show NAME                                  a firm and its stored answers
  firm answers NAME --answers FILE                merge answers from a file
  assess NAME [RULESET...] [--as-of DATE] [--all] [--include-expired] [--format text|json]
                                                  evaluate and store assessments; without RULESET, the
                                                  rule sets that concern the firm (its region and national
                                                  ones, in force, for its applicant type); --all: every one
  history NAME [--format text|json]               saved assessments, newest first
  recheck [NAME]                                  re-evaluate assessments whose rules changed
  export [NAME] --output FILE [--format xlsx|csv] one firm or all firms as YAML, or as a spreadsheet
                                                  (.xlsx/.csv: firms and answers, importable back)
  import FILE [--rename] [--sheet NAME]           add or merge firms (nothing written on error) from
                                                  YAML, CSV (UTF-8 or GB18030) or .xlsx (first sheet or
                                                  NAME); --rename lets a file rename the firm of a credit code
  match-all [--as-of DATE] [--format text|json]   every firm against every programme
  match-all --format xlsx|csv --output FILE       the same as a workbook: verdicts (coloured), missing
                                                  answers that decide the most, support amounts
  report NAME [RULESET...] --output FILE [--format pdf|html] [--summary]
                                                  report of the firm&apos;s newest stored assessments;
                                                  --summary: one page (可申报事项一览)
  report --all [--region R] [--as-of DATE] --output-dir DIR [--format pdf|html]
                                                  one report per firm (its answers against the programmes
                                                  that concern it, as match-all); a firm that fails is
                                                  named and the others are still written
  NAME is a firm&apos;s name or credit code; --id N in its place reaches any firm by the id that
  firm list shows.
  PostgreSQL passwords come from PGPASSWORD or a prompt and are never stored.
</source>
        <translation>Firm database (--db FILE or postgresql://user@host:port/dbname; default: your EligiCheck data file):
  firm add --name NAME [--credit-code CODE] [--region R] [--notes TEXT] [--answers FILE]
  firm list [--format text|json]                  firms, newest verdicts, stale marks
  firm show NAME                                  a firm and its stored answers
  firm answers NAME --answers FILE                merge answers from a file
  assess NAME [RULESET...] [--as-of DATE] [--all] [--include-expired] [--format text|json]
                                                  evaluate and store assessments; without RULESET, the
                                                  rule sets that concern the firm (its region and national
                                                  ones, in force, for its applicant type); --all: every one
  history NAME [--format text|json]               saved assessments, newest first
  recheck [NAME]                                  re-evaluate assessments whose rules changed
  export [NAME] --output FILE [--format xlsx|csv] one firm or all firms as YAML, or as a spreadsheet
                                                  (.xlsx/.csv: firms and answers, importable back)
  import FILE [--rename] [--sheet NAME]           add or merge firms (nothing written on error) from
                                                  YAML, CSV (UTF-8 or GB18030) or .xlsx (first sheet or
                                                  NAME); --rename lets a file rename the firm of a credit code
  match-all [--as-of DATE] [--format text|json]   every firm against every programme
  match-all --format xlsx|csv --output FILE       the same as a workbook: verdicts (coloured), missing
                                                  answers that decide the most, support amounts
  report NAME [RULESET...] --output FILE [--format pdf|html] [--summary]
                                                  report of the firm&apos;s newest stored assessments;
                                                  --summary: one page (可申报事项一览)
  report --all [--region R] [--as-of DATE] --output-dir DIR [--format pdf|html]
                                                  one report per firm (its answers against the programmes
                                                  that concern it, as match-all); a firm that fails is
                                                  named and the others are still written
  NAME is a firm&apos;s name or credit code; --id N in its place reaches any firm by the id that
  firm list shows.
  PostgreSQL passwords come from PGPASSWORD or a prompt and are never stored.
</translation>
    </message>
    <message>
        <source>report --all takes no firm NAME; use --region R to choose firms</source>
        <translation>report --all takes no firm NAME; use --region R to choose firms</translation>
    </message>
    <message>
        <source>report --all needs --output-dir DIR</source>
        <translation>report --all needs --output-dir DIR</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>cannot create the folder &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1</source>
        <translation>
            <numerusform>%n report written to %1</numerusform>
            <numerusform>%n reports written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n firm(s) failed (see above)</source>
        <translation>
            <numerusform>; %n firm failed (see above)</numerusform>
            <numerusform>; %n firms failed (see above)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>unknown rule set &apos;%1&apos;%2</source>
        <translation>unknown rule set &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (did you mean %1?)</translation>
    </message>
    <message>
        <source>rule set &apos;%1&apos; has no programme &apos;%2&apos;%3</source>
        <translation>rule set &apos;%1&apos; has no programme &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>one of: %1</translation>
    </message>
    <message numerus="yes">
        <source> … (%n choice(s) in all, see the drop-down list)</source>
        <translation>
            <numerusform> … (%n choice in all, see the drop-down list)</numerusform>
            <numerusform> … (%n choices in all, see the drop-down list)</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a number in %1</source>
        <translation>a number in %1</translation>
    </message>
    <message>
        <source> (or with its unit: 0.8亿元, 800000元)</source>
        <translation> (or with its unit: 0.8亿元, 800000元)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a whole number in %1</source>
        <translation>a whole number in %1</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD, e.g. 2024-06-30</source>
        <translation>a date YYYY-MM-DD, e.g. 2024-06-30</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, from %1 to %2</translation>
    </message>
    <message>
        <source>, at least %1</source>
        <translation>, at least %1</translation>
    </message>
    <message>
        <source>, at most %1</source>
        <translation>, at most %1</translation>
    </message>
    <message>
        <source>; for the 财务年度 of the row</source>
        <translation>; for the 财务年度 of the row</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Allowed: %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>What to write</translation>
    </message>
    <message>
        <source>Why it is asked</source>
        <translation>Why it is asked</translation>
    </message>
    <message>
        <source>required: the firm&apos;s name; one row per firm (or per firm and 财务年度)</source>
        <translation>required: the firm&apos;s name; one row per firm (or per firm and 财务年度)</translation>
    </message>
    <message>
        <source>18 characters; firms already in the database are matched by it, else by name</source>
        <translation>18 characters; firms already in the database are matched by it, else by name</translation>
    </message>
    <message>
        <source>e.g. 广东省深圳市; decides which regional programmes concern the firm</source>
        <translation>e.g. 广东省深圳市; decides which regional programmes concern the firm</translation>
    </message>
    <message>
        <source>the date the answers hold on, YYYY-MM-DD (empty: the day of import)</source>
        <translation>the date the answers hold on, YYYY-MM-DD (empty: the day of import)</translation>
    </message>
    <message>
        <source>the year of the yearly figures of the row, e.g. 2024 (empty: the year before the assessment date)</source>
        <translation>the year of the yearly figures of the row, e.g. 2024 (empty: the year before the assessment date)</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>Unknown language &apos;%1&apos; (use zh_CN or en).</source>
        <translation>Unknown language &apos;%1&apos; (use zh_CN or en).</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>The %1 translation is missing from this build.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>not an Excel workbook: it has no %1</source>
        <translation>not an Excel workbook: it has no %1</translation>
    </message>
    <message>
        <source>%1 of the workbook is larger than %2 MB once unpacked</source>
        <translation>%1 of the workbook is larger than %2 MB once unpacked</translation>
    </message>
    <message>
        <source>cannot unpack %1 of the workbook (damaged file?)</source>
        <translation>cannot unpack %1 of the workbook (damaged file?)</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>the workbook has no worksheet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an .xlsx workbook (it cannot be opened as one)</source>
        <translation>&apos;%1&apos; is not an .xlsx workbook (it cannot be opened as one)</translation>
    </message>
    <message>
        <source>the workbook has no sheet &apos;%1&apos; (it has: %2)</source>
        <translation>the workbook has no sheet &apos;%1&apos; (it has: %2)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;, cell %2%3 refers to a missing shared string</source>
        <translation>sheet &apos;%1&apos;, cell %2%3 refers to a missing shared string</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; of the workbook is damaged: %2</source>
        <translation>sheet &apos;%1&apos; of the workbook is damaged: %2</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>cannot create &apos;%1&apos;</source>
        <translation>cannot create &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot add the worksheet &apos;%1&apos;</source>
        <translation>cannot add the worksheet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the workbook would pass Excel&apos;s limit of %1 rows and %2 columns</source>
        <translation>the workbook would pass Excel&apos;s limit of %1 rows and %2 columns</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>cannot write &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>eligicheck::BoolEditor</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>eligicheck::BoundedFile</name>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>&apos;%1&apos; is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>cannot read &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB (or never ends); refusing to read it</source>
        <translation>&apos;%1&apos; is larger than %2 MB (or never ends); refusing to read it</translation>
    </message>
</context>
<context>
    <name>eligicheck::BrowserView</name>
    <message>
        <source>&amp;Assess this programme…</source>
        <translation>&amp;Assess this programme…</translation>
    </message>
    <message>
        <source>Search titles, document numbers (文号) and clause texts</source>
        <translation>Search titles, document numbers (文号) and clause texts</translation>
    </message>
    <message>
        <source>Search programmes</source>
        <translation>Search programmes</translation>
    </message>
    <message>
        <source>Documents and programmes</source>
        <translation>Documents and programmes</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Choose a document or programme on the left to read its criteria.</source>
        <translation>Choose a document or programme on the left to read its criteria.</translation>
    </message>
</context>
<context>
    <name>eligicheck::ChoiceEditor</name>
    <message>
        <source>— not chosen —</source>
        <translation>— not chosen —</translation>
    </message>
</context>
<context>
    <name>eligicheck::DateEditor</name>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
</context>
<context>
    <name>eligicheck::Expression</name>
    <message>
        <source>&apos;%1&apos;: numbers with an exponent are not supported; write the number in full, e.g. 15000000 or 0.0015</source>
        <translation>&apos;%1&apos;: numbers with an exponent are not supported; write the number in full, e.g. 15000000 or 0.0015</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division by zero</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>expected digits after &apos;.&apos;</source>
        <translation>expected digits after &apos;.&apos;</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>&apos;=&apos; is not an operator; use &apos;==&apos; to compare</source>
        <translation>&apos;=&apos; is not an operator; use &apos;==&apos; to compare</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unexpected character &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;; expected an operator or the end</source>
        <translation>unexpected &apos;%1&apos;; expected an operator or the end</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;</source>
        <translation>unknown fact &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (did you mean %1?)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>expected &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expression nested too deeply</source>
        <translation>expression nested too deeply</translation>
    </message>
    <message>
        <source>&apos;not&apos; needs a yes/no value, got a %1</source>
        <translation>&apos;not&apos; needs a yes/no value, got a %1</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &apos;and&apos;</source>
        <translation>comparisons cannot be chained; join them with &apos;and&apos;</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;in&apos;</source>
        <translation>expected &apos;{&apos; after &apos;in&apos;</translation>
    </message>
    <message>
        <source>&apos;in {…}&apos; needs a choice, number or text on the left, got a %1</source>
        <translation>&apos;in {…}&apos; needs a choice, number or text on the left, got a %1</translation>
    </message>
    <message>
        <source>in {…}</source>
        <translation>in {…}</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the set</source>
        <translation>expected &apos;,&apos; or &apos;}&apos; in the set</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number</source>
        <translation>&apos;-&apos; needs a number</translation>
    </message>
    <message>
        <source>a duration needs a number before &apos;%1&apos;</source>
        <translation>a duration needs a number before &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>&apos;%1&apos; is not a valid date</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>expected &apos;)&apos;</translation>
    </message>
    <message>
        <source>unexpected end of expression; expected a value</source>
        <translation>unexpected end of expression; expected a value</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;; expected a value</source>
        <translation>unexpected &apos;%1&apos;; expected a value</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;%2</source>
        <translation>unknown function &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call</source>
        <translation>expected &apos;,&apos; or &apos;)&apos; in the call</translation>
    </message>
    <message>
        <source>this function takes %1 argument(s), got %2</source>
        <translation>this function takes %1 argument(s), got %2</translation>
    </message>
    <message>
        <source>min()/max() need at least two arguments</source>
        <translation>min()/max() need at least two arguments</translation>
    </message>
    <message>
        <source>min()/max() take numbers, got a %1</source>
        <translation>min()/max() take numbers, got a %1</translation>
    </message>
    <message>
        <source>years_between() takes two dates</source>
        <translation>years_between() takes two dates</translation>
    </message>
    <message>
        <source>year() takes a date</source>
        <translation>year() takes a date</translation>
    </message>
    <message>
        <source>known() takes a fact id</source>
        <translation>known() takes a fact id</translation>
    </message>
    <message>
        <source>date(year, month, day) takes three numbers</source>
        <translation>date(year, month, day) takes three numbers</translation>
    </message>
    <message>
        <source>cannot compare a percentage fact (unit %) with a ratio such as 2%: a _pct fact holds percentage points, so write 2, not 2%</source>
        <translation>cannot compare a percentage fact (unit %) with a ratio such as 2%: a _pct fact holds percentage points, so write 2, not 2%</translation>
    </message>
    <message>
        <source>a plain number</source>
        <translation>a plain number</translation>
    </message>
    <message>
        <source>unit mismatch: %1 vs %2</source>
        <translation>unit mismatch: %1 vs %2</translation>
    </message>
    <message>
        <source>these choices belong to different facts</source>
        <translation>these choices belong to different facts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a declared choice of fact &apos;%2&apos;%3</source>
        <translation>&apos;%1&apos; is not a declared choice of fact &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source> (choices: %1)</source>
        <translation> (choices: %1)</translation>
    </message>
    <message>
        <source>cannot compare a choice with a %1 in %2</source>
        <translation>cannot compare a choice with a %1 in %2</translation>
    </message>
    <message>
        <source>cannot compare a %1 with a %2</source>
        <translation>cannot compare a %1 with a %2</translation>
    </message>
    <message>
        <source>the condition after &apos;if&apos; must be yes/no, got a %1</source>
        <translation>the condition after &apos;if&apos; must be yes/no, got a %1</translation>
    </message>
    <message>
        <source>both branches must have the same type (%1 vs %2)</source>
        <translation>both branches must have the same type (%1 vs %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins yes/no conditions, got a %2</source>
        <translation>&apos;%1&apos; joins yes/no conditions, got a %2</translation>
    </message>
    <message>
        <source>a comparison</source>
        <translation>a comparison</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos;, &apos;&gt;&apos; and friends compare numbers or dates, not a %1</source>
        <translation>&apos;&lt;&apos;, &apos;&gt;&apos; and friends compare numbers or dates, not a %1</translation>
    </message>
    <message>
        <source>durations cannot be compared; add them to a date</source>
        <translation>durations cannot be compared; add them to a date</translation>
    </message>
    <message>
        <source>cannot apply &apos;%1&apos; to a %2 and a %3</source>
        <translation>cannot apply &apos;%1&apos; to a %2 and a %3</translation>
    </message>
    <message>
        <source>expression longer than %1 characters</source>
        <translation>expression longer than %1 characters</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>empty expression</translation>
    </message>
    <message>
        <source>expected a %1 expression, got a %2</source>
        <translation>expected a %1 expression, got a %2</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmAnswersModel</name>
    <message>
        <source>“%1” is not a question of the loaded rules, so it cannot be changed here.</source>
        <translation>“%1” is not a question of the loaded rules, so it cannot be changed here.</translation>
    </message>
    <message>
        <source>“%1” was not saved for “%2”: %3</source>
        <translation>“%1” was not saved for “%2”: %3</translation>
    </message>
    <message>
        <source>Your change was not saved: %1 The answers were reloaded; enter it again if it is still right.</source>
        <translation>Your change was not saved: %1 The answers were reloaded; enter it again if it is still right.</translation>
    </message>
    <message>
        <source>Your change was not saved: %1</source>
        <translation>Your change was not saved: %1</translation>
    </message>
    <message>
        <source>Not a question of the loaded rules</source>
        <translation>Not a question of the loaded rules</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmAssessmentsModel</name>
    <message>
        <source>The rules of this document changed after the assessment. Re-check to see what changed.</source>
        <translation>The rules of this document changed after the assessment. Re-check to see what changed.</translation>
    </message>
    <message>
        <source>The document of this assessment is not loaded any more.</source>
        <translation>The document of this assessment is not loaded any more.</translation>
    </message>
    <message>
        <source>⚠ rules changed</source>
        <translation>⚠ rules changed</translation>
    </message>
    <message>
        <source>⚠ rules not loaded</source>
        <translation>⚠ rules not loaded</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmDialog</name>
    <message>
        <source>New firm</source>
        <translation>New firm</translation>
    </message>
    <message>
        <source>Edit firm</source>
        <translation>Edit firm</translation>
    </message>
    <message>
        <source>18 characters, optional</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <source>e.g. 广西 柳州市</source>
        <translation>e.g. 广西 柳州市</translation>
    </message>
    <message>
        <source>person, phone, e-mail</source>
        <translation>person, phone, e-mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Credit code (统一社会信用代码):</source>
        <translation>&amp;Credit code (统一社会信用代码):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <source>&amp;Registered in:</source>
        <translation>&amp;Registered in:</translation>
    </message>
    <message>
        <source>Region as written before: %1</source>
        <translation>Region as written before: %1</translation>
    </message>
    <message>
        <source>&amp;Applicant type:</source>
        <translation>&amp;Applicant type:</translation>
    </message>
    <message>
        <source>— city not given —</source>
        <translation>— city not given —</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmHeader</name>
    <message>
        <source>Quick check — no firm chosen; these answers are not stored</source>
        <translation>Quick check — no firm chosen; these answers are not stored</translation>
    </message>
    <message>
        <source>Firm: %1</source>
        <translation>Firm: %1</translation>
    </message>
    <message>
        <source>Firm: %1 · credit code %2</source>
        <translation>Firm: %1 · credit code %2</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmListView</name>
    <message>
        <source>New &amp;firm…</source>
        <translation>New &amp;firm…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Search firms by name, credit code, region or verdict</source>
        <translation>Search firms by name, credit code, region or verdict</translation>
    </message>
    <message>
        <source>Search firms</source>
        <translation>Search firms</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>Firms</translation>
    </message>
    <message>
        <source>No firms database is open, so firms cannot be listed or saved.

%1</source>
        <translation>No firms database is open, so firms cannot be listed or saved.

%1</translation>
    </message>
    <message>
        <source>Chan&amp;ge details…</source>
        <translation>Chan&amp;ge details…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>Recycle &amp;bin…</translation>
    </message>
    <message>
        <source>&amp;Undo deleting %1</source>
        <translation>&amp;Undo deleting %1</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>E&amp;xport results workbook…</source>
        <translation>E&amp;xport results workbook…</translation>
    </message>
    <message>
        <source>Every firm against every programme, as an Excel workbook: verdicts in colour, the missing answers that decide the most, support amounts</source>
        <translation>Every firm against every programme, as an Excel workbook: verdicts in colour, the missing answers that decide the most, support amounts</translation>
    </message>
    <message>
        <source>&amp;Reports for all firms…</source>
        <translation>&amp;Reports for all firms…</translation>
    </message>
    <message>
        <source>One PDF report per firm in the list (the search narrows it) into a folder you choose</source>
        <translation>One PDF report per firm in the list (the search narrows it) into a folder you choose</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmTableModel</name>
    <message>
        <source>The rules changed since these assessments: %1. Re-check to see what changed.</source>
        <translation>The rules changed since these assessments: %1. Re-check to see what changed.</translation>
    </message>
    <message>
        <source>rules changed</source>
        <translation>rules changed</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Last assessed</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmView</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>Re-&amp;check</source>
        <translation>Re-&amp;check</translation>
    </message>
    <message>
        <source>Start the questionnaire from this firm&apos;s stored answers; only what is missing is asked</source>
        <translation>Start the questionnaire from this firm&apos;s stored answers; only what is missing is asked</translation>
    </message>
    <message>
        <source>Evaluate again the assessments whose rules have changed and show what changed</source>
        <translation>Evaluate again the assessments whose rules have changed and show what changed</translation>
    </message>
    <message>
        <source>Stored answers</source>
        <translation>Stored answers</translation>
    </message>
    <message>
        <source>Double-click an answer to change it; units such as 8000万 or 0.8亿元 are understood. Empty removes the answer.</source>
        <translation>Double-click an answer to change it; units such as 8000万 or 0.8亿元 are understood. Empty removes the answer.</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Answers</translation>
    </message>
    <message>
        <source>A&amp;ssessments</source>
        <translation>A&amp;ssessments</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>This firm has no saved assessment to report yet.</source>
        <translation>This firm has no saved assessment to report yet.</translation>
    </message>
    <message>
        <source>Regenerated from the assessment saved on %1 with the rules loaded now; the rules of this document have changed since that assessment.</source>
        <translation>Regenerated from the assessment saved on %1 with the rules loaded now; the rules of this document have changed since that assessment.</translation>
    </message>
    <message>
        <source>Choose a firm in the list.</source>
        <translation>Choose a firm in the list.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation>Entered as</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>Select an answer on the Answers tab to see every value it has had: what was entered, by whom and when.</source>
        <translation>Select an answer on the Answers tab to see every value it has had: what was entered, by whom and when.</translation>
    </message>
    <message>
        <source>Double-click an assessment to open its report, to read, print or export</source>
        <translation>Double-click an assessment to open its report, to read, print or export</translation>
    </message>
    <message>
        <source>At a &amp;glance…</source>
        <translation>At a &amp;glance…</translation>
    </message>
    <message>
        <source>One page (可申报事项一览) of the programmes the firm is eligible for, those to review or still undetermined, and the answers that would decide the most — to print or save as PDF</source>
        <translation>One page (可申报事项一览) of the programmes the firm is eligible for, those to review or still undetermined, and the answers that would decide the most — to print or save as PDF</translation>
    </message>
    <message>
        <source>Figures by fiscal year</source>
        <translation>Figures by fiscal year</translation>
    </message>
    <message>
        <source>One column per fiscal year; double-click a cell to enter or change that year&apos;s figure (8000万, 0.8亿元). Empty removes it.</source>
        <translation>One column per fiscal year; double-click a cell to enter or change that year&apos;s figure (8000万, 0.8亿元). Empty removes it.</translation>
    </message>
    <message>
        <source>By &amp;year</source>
        <translation>By &amp;year</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmWorkspace</name>
    <message>
        <source>F&amp;irms</source>
        <translation>F&amp;irms</translation>
    </message>
    <message>
        <source>Cannot start the assessment</source>
        <translation>Cannot start the assessment</translation>
    </message>
    <message>
        <source>Cannot re-check</source>
        <translation>Cannot re-check</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <source>Open firms &amp;database…</source>
        <translation>Open firms &amp;database…</translation>
    </message>
    <message>
        <source>Save answers to &amp;firm</source>
        <translation>Save answers to &amp;firm</translation>
    </message>
    <message>
        <source>Write the questionnaire&apos;s answers back to the firm they came from</source>
        <translation>Write the questionnaire&apos;s answers back to the firm they came from</translation>
    </message>
    <message>
        <source>S&amp;tore assessment</source>
        <translation>S&amp;tore assessment</translation>
    </message>
    <message>
        <source>Save the answers to the firm and keep a snapshot of this evaluation in its history</source>
        <translation>Save the answers to the firm and keep a snapshot of this evaluation in its history</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Answers not saved</translation>
    </message>
    <message>
        <source>Assessment not stored</source>
        <translation>Assessment not stored</translation>
    </message>
    <message>
        <source>F&amp;irm</source>
        <translation>F&amp;irm</translation>
    </message>
    <message>
        <source>Firms database: %1</source>
        <translation>Firms database: %1</translation>
    </message>
    <message>
        <source>Cannot open the firms database</source>
        <translation>Cannot open the firms database</translation>
    </message>
    <message>
        <source>The firms database %1 cannot be used:

%2

The file has not been changed. You can open another database file, or continue without firms.</source>
        <translation>The firms database %1 cannot be used:

%2

The file has not been changed. You can open another database file, or continue without firms.</translation>
    </message>
    <message>
        <source>Open &amp;another file…</source>
        <translation>Open &amp;another file…</translation>
    </message>
    <message>
        <source>&amp;Continue without firms</source>
        <translation>&amp;Continue without firms</translation>
    </message>
    <message>
        <source>Open firms database</source>
        <translation>Open firms database</translation>
    </message>
    <message>
        <source>EligiCheck databases (*.db *.sqlite)</source>
        <translation>EligiCheck databases (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Firm not added</source>
        <translation>Firm not added</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved answer(s) restored from the draft.</source>
        <translation>
            <numerusform>%1: %n unsaved answer restored from the draft.</numerusform>
            <numerusform>%1: %n unsaved answers restored from the draft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stored answer(s) used; only missing questions are asked.</source>
        <translation>
            <numerusform>%1: %n stored answer used; only missing questions are asked.</numerusform>
            <numerusform>%1: %n stored answers used; only missing questions are asked.</numerusform>
        </translation>
    </message>
    <message>
        <source>This questionnaire does not belong to a stored firm. Start it from the Firms tab with &quot;New assessment&quot;.</source>
        <translation>This questionnaire does not belong to a stored firm. Start it from the Firms tab with &quot;New assessment&quot;.</translation>
    </message>
    <message>
        <source>The answers of %1 were not saved: someone else changed them after this questionnaire was opened.

%2

Nothing was overwritten. Your answers are still here and in the draft; open the firm again to see the other changes.</source>
        <translation>The answers of %1 were not saved: someone else changed them after this questionnaire was opened.

%2

Nothing was overwritten. Your answers are still here and in the draft; open the firm again to see the other changes.</translation>
    </message>
    <message>
        <source>The answers of %1 were not saved: %2</source>
        <translation>The answers of %1 were not saved: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) saved to %1</source>
        <translation>
            <numerusform>%n answer saved to %1</numerusform>
            <numerusform>%n answers saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No programme is chosen, so there is nothing to assess.</source>
        <translation>No programme is chosen, so there is nothing to assess.</translation>
    </message>
    <message>
        <source>The assessment for %1 was not stored: %2</source>
        <translation>The assessment for %1 was not stored: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) stored for %1</source>
        <translation>
            <numerusform>%n assessment stored for %1</numerusform>
            <numerusform>%n assessments stored for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All assessments of this firm were made with the rules loaded now; nothing to re-check.</source>
        <translation>All assessments of this firm were made with the rules loaded now; nothing to re-check.</translation>
    </message>
    <message>
        <source>An unsaved draft could not be restored: %1</source>
        <translation>An unsaved draft could not be restored: %1</translation>
    </message>
    <message>
        <source>Fir&amp;ms</source>
        <translation>Fir&amp;ms</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>Recycle &amp;bin…</translation>
    </message>
    <message>
        <source>Cannot edit the firm</source>
        <translation>Cannot edit the firm</translation>
    </message>
    <message>
        <source>Firm not saved</source>
        <translation>Firm not saved</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Cannot delete the firm</source>
        <translation>Cannot delete the firm</translation>
    </message>
    <message>
        <source>Delete firm</source>
        <translation>Delete firm</translation>
    </message>
    <message>
        <source>Move %1 to the recycle bin?

Its answers and stored assessments are kept. Undo, or Firm → Recycle bin…, brings it back.</source>
        <translation>Move %1 to the recycle bin?

Its answers and stored assessments are kept. Undo, or Firm → Recycle bin…, brings it back.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>%1 moved to the recycle bin</source>
        <translation>%1 moved to the recycle bin</translation>
    </message>
    <message>
        <source>Cannot restore the firm</source>
        <translation>Cannot restore the firm</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>%1 (deleted %2)</source>
        <translation>%1 (deleted %2)</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>The recycle bin is empty.</translation>
    </message>
    <message>
        <source>Deleted firms keep their answers and assessments.</source>
        <translation>Deleted firms keep their answers and assessments.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Stored assessment — %1</source>
        <translation>Stored assessment — %1</translation>
    </message>
    <message>
        <source>Answers of the quick check</source>
        <translation>Answers of the quick check</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire holds %n answer(s) that belong to no firm (a quick check).

Use them for %1? They are saved as its answers, replacing its stored answers to the same questions; its other answers are kept.</source>
        <translation>
            <numerusform>The questionnaire holds %n answer that belongs to no firm (a quick check).

Use it for %1? It is saved as its answer, replacing its stored answer to the same question; its other answers are kept.</numerusform>
            <numerusform>The questionnaire holds %n answers that belong to no firm (a quick check).

Use them for %1? They are saved as its answers, replacing its stored answers to the same questions; its other answers are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use for %1</source>
        <translation>&amp;Use for %1</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Discard them</translation>
    </message>
    <message>
        <source>Reports for all firms</source>
        <translation>Reports for all firms</translation>
    </message>
    <message>
        <source>There is no firm in the list to report on.</source>
        <translation>There is no firm in the list to report on.</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Folder for the reports</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be made.</source>
        <translation>The folder &apos;%1&apos; cannot be made.</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmYearsModel</name>
    <message>
        <source>“%1” was not saved for “%2” (%3): %4</source>
        <translation>“%1” was not saved for “%2” (%3): %4</translation>
    </message>
    <message>
        <source>Your change was not saved: %1</source>
        <translation>Your change was not saved: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Newest change on the year before</source>
        <translation>Newest change on the year before</translation>
    </message>
    <message>
        <source>FY %1</source>
        <translation>FY %1</translation>
    </message>
</context>
<context>
    <name>eligicheck::MainWindow</name>
    <message>
        <source>EligiCheck 政策申报资格自测</source>
        <translation>EligiCheck 政策申报资格自测</translation>
    </message>
    <message>
        <source>&amp;Programmes</source>
        <translation>&amp;Programmes</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>The date the programmes are checked against (validity and deadlines)</source>
        <translation>The date the programmes are checked against (validity and deadlines)</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>&amp;Open answers…</source>
        <translation>&amp;Open answers…</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>&amp;Save answers</translation>
    </message>
    <message>
        <source>Save answers &amp;as…</source>
        <translation>Save answers &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Copy result as text</source>
        <translation>&amp;Copy result as text</translation>
    </message>
    <message>
        <source>&amp;Find programme…</source>
        <translation>&amp;Find programme…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Load rule folder…</source>
        <translation>&amp;Load rule folder…</translation>
    </message>
    <message>
        <source>&amp;Reload rules</source>
        <translation>&amp;Reload rules</translation>
    </message>
    <message>
        <source>&amp;About EligiCheck</source>
        <translation>&amp;About EligiCheck</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>Assessment &amp;date:</translation>
    </message>
    <message numerus="yes">
        <source>%n rule file(s) could not be loaded; see Problems.</source>
        <translation>
            <numerusform>%n rule file could not be loaded; see Problems.</numerusform>
            <numerusform>%n rule files could not be loaded; see Problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>New assessment: choose the programmes to check.</source>
        <translation>New assessment: choose the programmes to check.</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>Open answers</translation>
    </message>
    <message>
        <source>Cannot open answers</source>
        <translation>Cannot open answers</translation>
    </message>
    <message>
        <source>The answers file was not loaded; your current answers are unchanged.

%1</source>
        <translation>The answers file was not loaded; your current answers are unchanged.

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Save answers</translation>
    </message>
    <message>
        <source>Cannot save answers</source>
        <translation>Cannot save answers</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Load rule folder</source>
        <translation>Load rule folder</translation>
    </message>
    <message>
        <source>About EligiCheck</source>
        <translation>About EligiCheck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EligiCheck 政策申报资格自测 %1&lt;/h3&gt;&lt;p&gt;Tells a firm whether it qualifies for government support programmes and shows why, clause by clause, with the verbatim text of each policy.&lt;/p&gt;&lt;p&gt;Works offline. The result is a self-assessment, not an official decision.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EligiCheck 政策申报资格自测 %1&lt;/h3&gt;&lt;p&gt;Tells a firm whether it qualifies for government support programmes and shows why, clause by clause, with the verbatim text of each policy.&lt;/p&gt;&lt;p&gt;Works offline. The result is a self-assessment, not an official decision.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>The user guide is missing from this build.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time EligiCheck starts.</source>
        <translation>The new language takes effect the next time EligiCheck starts.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 documents, %L2 programmes, %n problem(s)</source>
        <translation>
            <numerusform>%L1 documents, %L2 programmes, %n problem</numerusform>
            <numerusform>%L1 documents, %L2 programmes, %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n firm(s) from %1</source>
        <translation>
            <numerusform>Imported %n firm from %1</numerusform>
            <numerusform>Imported %n firms from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quick check: choose the programmes; nothing is stored unless you save it.</source>
        <translation>Quick check: choose the programmes; nothing is stored unless you save it.</translation>
    </message>
    <message>
        <source>Discard the quick check?</source>
        <translation>Discard the quick check?</translation>
    </message>
    <message numerus="yes">
        <source>The %n answer(s) of this quick check belong to no firm and are not saved to a file. They will be lost.</source>
        <translation>
            <numerusform>The %n answer of this quick check belongs to no firm and is not saved to a file. It will be lost.</numerusform>
            <numerusform>The %n answers of this quick check belong to no firm and are not saved to a file. They will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Save to a file…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Cannot start the assessment</source>
        <translation>Cannot start the assessment</translation>
    </message>
    <message>
        <source>&amp;Import firms from a spreadsheet…</source>
        <translation>&amp;Import firms from a spreadsheet…</translation>
    </message>
    <message>
        <source>Import firms from a spreadsheet</source>
        <translation>Import firms from a spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 — built in, verified %2</source>
        <translation>%1 — built in, verified %2</translation>
    </message>
    <message>
        <source>%1 — from %2, verified %3</source>
        <translation>%1 — from %2, verified %3</translation>
    </message>
    <message numerus="yes">
        <source> · %n from folders</source>
        <translation>
            <numerusform> · %n from folders</numerusform>
            <numerusform> · %n from folders</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot re-check</source>
        <translation>Cannot re-check</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <source>Export &amp;blank questionnaire spreadsheet…</source>
        <translation>Export &amp;blank questionnaire spreadsheet…</translation>
    </message>
    <message>
        <source>Export firms as a spreads&amp;heet…</source>
        <translation>Export firms as a spreads&amp;heet…</translation>
    </message>
    <message>
        <source>Export res&amp;ults workbook…</source>
        <translation>Export res&amp;ults workbook…</translation>
    </message>
</context>
<context>
    <name>eligicheck::Number</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to be held exactly</source>
        <translation>&apos;%1&apos; is too large to be held exactly</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too precise to be held exactly (too many digits)</source>
        <translation>&apos;%1&apos; is too precise to be held exactly (too many digits)</translation>
    </message>
</context>
<context>
    <name>eligicheck::NumberEditor</name>
    <message>
        <source>Unit of %1</source>
        <translation>Unit of %1</translation>
    </message>
</context>
<context>
    <name>eligicheck::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>File:line:column</source>
        <translation>File:line:column</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>eligicheck::ProblemsPanel</name>
    <message>
        <source>Rule-file problems</source>
        <translation>Rule-file problems</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
</context>
<context>
    <name>eligicheck::ProgrammeChooser</name>
    <message>
        <source>Match me against everything (every programme of every loaded document)</source>
        <translation>Match me against everything (every programme of every loaded document)</translation>
    </message>
    <message>
        <source>Programmes to assess</source>
        <translation>Programmes to assess</translation>
    </message>
    <message>
        <source>Search titles, document numbers and clause texts</source>
        <translation>Search titles, document numbers and clause texts</translation>
    </message>
    <message>
        <source>Search programmes</source>
        <translation>Search programmes</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>Which programmes do you want to check?</source>
        <translation>Which programmes do you want to check?</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>Assessment &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Show a&amp;ll programmes (other regions, other applicants, not in force)</source>
        <translation>Show a&amp;ll programmes (other regions, other applicants, not in force)</translation>
    </message>
    <message>
        <source>Every programme is listed.</source>
        <translation>Every programme is listed.</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>any region</translation>
    </message>
    <message>
        <source>any applicant</source>
        <translation>any applicant</translation>
    </message>
    <message>
        <source>Programmes that concern the firm: %1 and national ones, in force on the assessment date, for %2.</source>
        <translation>Programmes that concern the firm: %1 and national ones, in force on the assessment date, for %2.</translation>
    </message>
</context>
<context>
    <name>eligicheck::ProgrammeTreeModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>Not yet in force (from %1)</source>
        <translation>Not yet in force (from %1)</translation>
    </message>
    <message>
        <source>Valid %1; checked against %2</source>
        <translation>Valid %1; checked against %2</translation>
    </message>
    <message>
        <source>Document / programme</source>
        <translation>Document / programme</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Document number (文号)</source>
        <translation>Document number (文号)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
</context>
<context>
    <name>eligicheck::QuestionPage</name>
    <message>
        <source>Unlike the previous question: %1</source>
        <translation>Unlike the previous question: %1</translation>
    </message>
    <message>
        <source>Unlike “%1” above: %2</source>
        <translation>Unlike “%1” above: %2</translation>
    </message>
</context>
<context>
    <name>eligicheck::QuestionWidget</name>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>I don&apos;t know yet</translation>
    </message>
    <message>
        <source>The answer decides which of the following questions apply.</source>
        <translation>The answer decides which of the following questions apply.</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Used by: %1</translation>
    </message>
    <message>
        <source>I don&apos;t know yet: %1</source>
        <translation>I don&apos;t know yet: %1</translation>
    </message>
    <message>
        <source>Click a clause to read it in the official text</source>
        <translation>Click a clause to read it in the official text</translation>
    </message>
</context>
<context>
    <name>eligicheck::QuestionnaireView</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Show &amp;result</source>
        <translation>Show &amp;result</translation>
    </message>
    <message>
        <source>Live verdict</source>
        <translation>Live verdict</translation>
    </message>
    <message>
        <source>Tick at least one programme, or choose “Match me against everything”.</source>
        <translation>Tick at least one programme, or choose “Match me against everything”.</translation>
    </message>
    <message>
        <source>Please correct “%1”: %2</source>
        <translation>Please correct “%1”: %2</translation>
    </message>
    <message>
        <source>Choose programmes</source>
        <translation>Choose programmes</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>eligicheck::ReportActions</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Page set&amp;up…</source>
        <translation>Page set&amp;up…</translation>
    </message>
    <message>
        <source>Save the report as a PDF document or an HTML page</source>
        <translation>Save the report as a PDF document or an HTML page</translation>
    </message>
    <message>
        <source>Assess a programme first</source>
        <translation>Assess a programme first</translation>
    </message>
    <message>
        <source>Open the result or a firm&apos;s assessment</source>
        <translation>Open the result or a firm&apos;s assessment</translation>
    </message>
</context>
<context>
    <name>eligicheck::ReportBatchRun</name>
    <message numerus="yes">
        <source>Reports for %n firm(s)</source>
        <translation>
            <numerusform>Reports for %n firm</numerusform>
            <numerusform>Reports for %n firms</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Writing the report of %1 (%2 of %3)…</source>
        <translation>Writing the report of %1 (%2 of %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n report written to %1.</numerusform>
            <numerusform>%n reports written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n firm(s) have no report; the reports already written are kept.</source>
        <translation>
            <numerusform>Stopped: %n firm has no report; the reports already written are kept.</numerusform>
            <numerusform>Stopped: %n firms have no report; the reports already written are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n firm(s) could not be reported:</source>
        <translation>
            <numerusform>%n firm could not be reported:</numerusform>
            <numerusform>%n firms could not be reported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports for all firms</source>
        <translation>Reports for all firms</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
</context>
<context>
    <name>eligicheck::ReportController</name>
    <message>
        <source>There is nothing to report.</source>
        <translation>There is nothing to report.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML page (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Cannot export the report</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation>Report exported to %1</translation>
    </message>
    <message numerus="yes">
        <source>Report exported to %1 (%n page(s))</source>
        <translation>
            <numerusform>Report exported to %1 (%n page)</numerusform>
            <numerusform>Report exported to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Cannot print the report</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot preview the report</source>
        <translation>Cannot preview the report</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>The report could not be laid out.</source>
        <translation>The report could not be laid out.</translation>
    </message>
    <message>
        <source>Report sent to the printer</source>
        <translation>Report sent to the printer</translation>
    </message>
</context>
<context>
    <name>eligicheck::ResultView</name>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copy as text</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Assessment result</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>eligicheck::ReviewPage</name>
    <message>
        <source>Review your answers</source>
        <translation>Review your answers</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
</context>
<context>
    <name>eligicheck::RuleChangesDialog</name>
    <message>
        <source>The rules in use have changed</source>
        <translation>The rules in use have changed</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No stored firm has an assessment made with the previous rules.</source>
        <translation>No stored firm has an assessment made with the previous rules.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n stored firm(s) have assessments made with the previous rules: %1. Re-check them with the rules in use now?</source>
        <translation>
            <numerusform>%n stored firm has assessments made with the previous rules: %1. Re-check it with the rules in use now?</numerusform>
            <numerusform>%n stored firms have assessments made with the previous rules: %1. Re-check them with the rules in use now?</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list of firm names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Re-check these firms</source>
        <translation>&amp;Re-check these firms</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>What changed, document by document:</source>
        <translation>What changed, document by document:</translation>
    </message>
</context>
<context>
    <name>eligicheck::SettingsDialog</name>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>US Legal</source>
        <translation>US Legal</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Fixed date:</source>
        <translation>&amp;Fixed date:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Rule folders</source>
        <translation>Rule folders</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Follow the system (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time EligiCheck starts. Results and reports use the same language.</source>
        <translation>A new language takes effect the next time EligiCheck starts. Results and reports use the same language.</translation>
    </message>
    <message>
        <source>Standard location (one database per user)</source>
        <translation>Standard location (one database per user)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Fixed assessment date</source>
        <translation>Fixed assessment date</translation>
    </message>
    <message>
        <source>The date the programmes are checked against (validity and deadlines). A fixed date helps to re-check last year&apos;s application.</source>
        <translation>The date the programmes are checked against (validity and deadlines). A fixed date helps to re-check last year&apos;s application.</translation>
    </message>
    <message>
        <source>Extra rule folders</source>
        <translation>Extra rule folders</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Add folder…</translation>
    </message>
    <message>
        <source>Rule sets in these &amp;folders are loaded at every start, besides the built-in ones. A file with errors is listed under Problems and never stops the rest.</source>
        <translation>Rule sets in these &amp;folders are loaded at every start, besides the built-in ones. A file with errors is listed under Problems and never stops the rest.</translation>
    </message>
    <message>
        <source> pt</source>
        <extracomment>Font size unit: typographic points</extracomment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Report &amp;font:</source>
        <translation>Report &amp;font:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Font &amp;size:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Used when reports are printed or exported.</source>
        <translation>Used when reports are printed or exported.</translation>
    </message>
    <message>
        <source>Add rule folder</source>
        <translation>Add rule folder</translation>
    </message>
    <message>
        <source>Choose database</source>
        <translation>Choose database</translation>
    </message>
    <message>
        <source>EligiCheck database (*.db);;All files (*)</source>
        <translation>EligiCheck database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>An SQLite file, or a postgresql://user@host/database address shared by a team. The --db option overrides it.</source>
        <translation>An SQLite file, or a postgresql://user@host/database address shared by a team. The --db option overrides it.</translation>
    </message>
    <message>
        <source>&amp;New assessments are dated:</source>
        <translation>&amp;New assessments are dated:</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Rule sets added</source>
        <translation>Rule sets added</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <source>Add .&amp;zip…</source>
        <translation>Add .&amp;zip…</translation>
    </message>
    <message>
        <source>Add rule sets from a folder</source>
        <translation>Add rule sets from a folder</translation>
    </message>
    <message>
        <source>Add rule sets from a .zip</source>
        <translation>Add rule sets from a .zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Rule &amp;sets added to the built-in ones, for revised or new policies. Every file is checked first (errors and the examples); a rule set with the id of a built-in one replaces it only when its verified_on is later.</source>
        <translation>Rule &amp;sets added to the built-in ones, for revised or new policies. Every file is checked first (errors and the examples); a rule set with the id of a built-in one replaces it only when its verified_on is later.</translation>
    </message>
    <message>
        <source>%1 — verified %2</source>
        <translation>%1 — verified %2</translation>
    </message>
    <message>
        <source> (not used: the built-in version is as recent or newer)</source>
        <translation> (not used: the built-in version is as recent or newer)</translation>
    </message>
    <message>
        <source>Rule set not added</source>
        <translation>Rule set not added</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not added: %n problem(s) must be fixed first. Nothing was changed.</source>
        <translation>
            <numerusform>%1 was not added: %n problem must be fixed first. Nothing was changed.</numerusform>
            <numerusform>%1 was not added: %n problems must be fixed first. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not added. Nothing was changed.</source>
        <translation>%1 was not added. Nothing was changed.</translation>
    </message>
    <message>
        <source>Rule set not removed</source>
        <translation>Rule set not removed</translation>
    </message>
</context>
<context>
    <name>eligicheck::SheetImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import firms from %1</source>
        <translation>Import firms from %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Worksheet:</translation>
    </message>
    <message numerus="yes">
        <source>%n firm(s) ready to import. Firms already in the database (same credit code, else same name) get the sheet&apos;s values added; an empty cell changes nothing.</source>
        <translation>
            <numerusform>%n firm ready to import. Firms already in the database (same credit code, else same name) get the sheet&apos;s values added; an empty cell changes nothing.</numerusform>
            <numerusform>%n firms ready to import. Firms already in the database (same credit code, else same name) get the sheet&apos;s values added; an empty cell changes nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — nothing will be imported until they are fixed in the file. Cells with a problem are red; point at one for the reason.</source>
        <translation>
            <numerusform>%n problem — nothing will be imported until they are fixed in the file. Cells with a problem are red; point at one for the reason.</numerusform>
            <numerusform>%n problems — nothing will be imported until they are fixed in the file. Cells with a problem are red; point at one for the reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
</context>
<context>
    <name>eligicheck::SourceViewer</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Official text — %1</source>
        <translation>Official text — %1</translation>
    </message>
    <message>
        <source>%1 quotes another document; its text is not included.</source>
        <translation>%1 quotes another document; its text is not included.</translation>
    </message>
    <message>
        <source>Highlighted: %1</source>
        <translation>Highlighted: %1</translation>
    </message>
    <message>
        <source>The passage of %1 was not found in this text: “%2”</source>
        <translation>The passage of %1 was not found in this text: “%2”</translation>
    </message>
    <message>
        <source>Official text</source>
        <translation>Official text</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Find in the text</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>Pre&amp;vious</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Print the official text</source>
        <translation>Print the official text</translation>
    </message>
</context>
<context>
    <name>eligicheck::StartPage</name>
    <message>
        <source>&amp;Open firm</source>
        <translation>&amp;Open firm</translation>
    </message>
    <message>
        <source>&amp;New firm…</source>
        <translation>&amp;New firm…</translation>
    </message>
    <message>
        <source>Quic&amp;k check (not stored)</source>
        <translation>Quic&amp;k check (not stored)</translation>
    </message>
    <message>
        <source>Search firms by name, credit code or region</source>
        <translation>Search firms by name, credit code or region</translation>
    </message>
    <message>
        <source>Recent firms</source>
        <translation>Recent firms</translation>
    </message>
    <message>
        <source>No firms yet. Add your first client firm with &quot;New firm…&quot;, or try a quick check without one.</source>
        <translation>No firms yet. Add your first client firm with &quot;New firm…&quot;, or try a quick check without one.</translation>
    </message>
    <message>
        <source>Answer questions without choosing a firm. Nothing is stored; save the answers to a file or to a firm if you want to keep them.</source>
        <translation>Answer questions without choosing a firm. Nothing is stored; save the answers to a file or to a firm if you want to keep them.</translation>
    </message>
    <message>
        <source>Choose the client firm to work on:</source>
        <translation>Choose the client firm to work on:</translation>
    </message>
    <message>
        <source>Quick check: no firm, nothing is stored.</source>
        <translation>Quick check: no firm, nothing is stored.</translation>
    </message>
</context>
<context>
    <name>eligicheck::StoredReportDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
</context>
<context>
    <name>eligicheck::TemplateDialog</name>
    <message>
        <source>Blank questionnaire spreadsheet</source>
        <translation>Blank questionnaire spreadsheet</translation>
    </message>
    <message>
        <source>Programmes the spreadsheet asks about</source>
        <translation>Programmes the spreadsheet asks about</translation>
    </message>
    <message>
        <source>Search titles, document numbers and clause texts</source>
        <translation>Search titles, document numbers and clause texts</translation>
    </message>
    <message>
        <source>Search programmes</source>
        <translation>Search programmes</translation>
    </message>
    <message>
        <source>&amp;Save spreadsheet…</source>
        <translation>&amp;Save spreadsheet…</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <source>Tick the programmes whose questions the spreadsheet asks: one column per question, for the client to fill in and for you to import back.</source>
        <translation>Tick the programmes whose questions the spreadsheet asks: one column per question, for the client to fill in and for you to import back.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>No programme ticked: tick at least one.</source>
        <translation>No programme ticked: tick at least one.</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) ticked</source>
        <translation>
            <numerusform>%n programme ticked</numerusform>
            <numerusform>%n programmes ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n question column(s).</source>
        <translation>
            <numerusform>: %n question column.</numerusform>
            <numerusform>: %n question columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eligicheck::Units</name>
    <message>
        <source>en</source>
        <comment>the language of this catalogue: zh_CN in the Chinese one, en in the English one</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>eligicheck::VerdictModel</name>
    <message>
        <source>Programme / criterion</source>
        <translation>Programme / criterion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
</TS>
