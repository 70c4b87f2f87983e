<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerMessages</name>
    <message>
        <source>an amount in 万元, e.g. 5000, &quot;0.5亿元&quot;, &quot;8000万&quot; or &quot;80,000,000元&quot;</source>
        <translation>以万元为单位的金额，例如 5000、“0.5亿元”、“8000万”或“80,000,000元”</translation>
    </message>
    <message>
        <source>a percentage, e.g. 2.5 or &quot;2.5%&quot;</source>
        <translation>百分比，例如 2.5 或“2.5%”</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a whole number of %1</source>
        <translation>整数（单位：%1）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a number in %1</source>
        <translation>数字（单位：%1）</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>应在%1至%2之间</translation>
    </message>
    <message>
        <source>must not be less than %1</source>
        <translation>不得低于%1</translation>
    </message>
    <message>
        <source>must not be more than %1</source>
        <translation>不得超过%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a unit that is not understood here; expected %2</source>
        <translation>“%1”的单位在此无法识别；应为%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; expected %2</source>
        <translation>“%1”不是数字；应为%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number; expected %2</source>
        <translation>“%1”不是整数；应为%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range: %2</source>
        <translation>“%1”超出范围：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes/no; expected true/false or 是/否</source>
        <translation>“%1”不是“是/否”；应填 是/否（或 true/false）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; expected YYYY-MM-DD, e.g. 2025-06-01</source>
        <translation>“%1”不是日期；应为 YYYY-MM-DD 格式，例如 2025-06-01</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real calendar date</source>
        <translation>“%1”不是真实存在的日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices%2; allowed: %3</source>
        <translation>“%1”不是可选项之一%2；可选：%3</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（是否想填 %1？）</translation>
    </message>
    <message>
        <source>an answers file</source>
        <translation>答卷文件</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>应为日期</translation>
    </message>
    <message>
        <source>&apos;facts&apos; must be a mapping of fact id to value</source>
        <translation>“facts”应为“事实标识: 值”的映射</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;%2</source>
        <translation>未知的事实“%1”%2</translation>
    </message>
    <message>
        <source> (no loaded rule set asks for it)</source>
        <translation>（已加载的规则集都不需要它）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set with as_of, not under facts</source>
        <translation>“%1”应通过 as_of 设置，而不是写在 facts 下</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: expected a single value</source>
        <translation>事实“%1”：应为单个值</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: %2</source>
        <translation>事实“%1”：%2</translation>
    </message>
</context>
<context>
    <name>AnswersFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AssessmentStore</name>
    <message>
        <source>saving the assessment</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <source>saving the assessment returned no id</source>
        <translation>保存评估时未返回编号</translation>
    </message>
    <message>
        <source>saving verdicts</source>
        <translation>保存结论</translation>
    </message>
    <message>
        <source>saving criterion statuses</source>
        <translation>保存各条件的状态</translation>
    </message>
    <message>
        <source>saving amounts</source>
        <translation>保存金额</translation>
    </message>
    <message>
        <source>reading verdicts</source>
        <translation>读取结论</translation>
    </message>
    <message>
        <source>reading criterion statuses</source>
        <translation>读取各条件的状态</translation>
    </message>
    <message>
        <source>reading amounts</source>
        <translation>读取金额</translation>
    </message>
    <message>
        <source>reading assessments</source>
        <translation>读取评估</translation>
    </message>
    <message>
        <source>there is no assessment %1</source>
        <translation>不存在评估 %1</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Try &apos;eligicheck-cli --help&apos;.</source>
        <translation>请运行“eligicheck-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>eligicheck-cli %1 — 政策申报资格自测 (EligiCheck) command-line tool</source>
        <translation>eligicheck-cli %1 — 政策申报资格自测（EligiCheck）命令行工具</translation>
    </message>
    <message>
        <source>Usage: eligicheck-cli [--rules-dir DIR]... [--lang zh_CN|en] COMMAND [ARGS]</source>
        <translation>用法：eligicheck-cli [--rules-dir 目录]... [--lang zh_CN|en] 命令 [参数]</translation>
    </message>
    <message>
        <source>Exit status: 0 evaluated (whatever the verdict), 1 lint or examples failed, 2 usage or input error.</source>
        <translation>退出码：0 已完成评估（无论结论如何），1 规则检查或示例未通过，2 用法或输入错误。</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, json, html or pdf)</source>
        <translation>未知格式“%1”（可用 text、json、html 或 pdf）</translation>
    </message>
    <message>
        <source>--format %1 is only for check, match and report</source>
        <translation>--format %1 只适用于 check、match 和 report</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf 需要 --output FILE</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>rule files have errors (see above); fix them or leave them out</source>
        <translation>规则文件有错误（见上文）；请修正或不加载这些文件</translation>
    </message>
    <message>
        <source>open-ended</source>
        <comment>validity without an end date</comment>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>in force</source>
        <comment>policy validity</comment>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <comment>policy validity</comment>
        <translation>尚未施行</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>policy validity</comment>
        <translation>已失效</translation>
    </message>
    <message>
        <source>(no document number)</source>
        <translation>（无文号）</translation>
    </message>
    <message>
        <source>show needs exactly one RULESET</source>
        <translation>show 需要且只需要一个规则集 RULESET</translation>
    </message>
    <message>
        <source>no rule set &apos;%1&apos;%2</source>
        <translation>没有规则集“%1”%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（您是否要找 %1？）</translation>
    </message>
    <message>
        <source>effective: </source>
        <comment>policy validity</comment>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>评估日期 %1</translation>
    </message>
    <message>
        <source>policy in force</source>
        <translation>政策在有效期内</translation>
    </message>
    <message>
        <source>policy NOT in force</source>
        <translation>政策不在有效期内</translation>
    </message>
    <message>
        <source>Outcome: </source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>support amount, followed by a clause</comment>
        <translation>支持金额</translation>
    </message>
    <message>
        <source>What it would take:</source>
        <translation>差距：</translation>
    </message>
    <message>
        <source>check needs exactly one RULESET[/PROGRAMME]</source>
        <translation>check 需要且只需要一个 RULESET[/PROGRAMME]</translation>
    </message>
    <message>
        <source>check needs --answers FILE</source>
        <translation>check 需要 --answers FILE</translation>
    </message>
    <message>
        <source>rule set &apos;%1&apos; has no programme &apos;%2&apos; (programmes: %3)</source>
        <translation>规则集“%1”中没有申报事项“%2”（现有事项：%3）</translation>
    </message>
    <message>
        <source>--as-of &apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation>--as-of “%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>match takes no rule set; it evaluates all of them</source>
        <translation>match 不接受规则集参数，它会评估全部规则集</translation>
    </message>
    <message>
        <source>match needs --answers FILE</source>
        <translation>match 需要 --answers FILE</translation>
    </message>
    <message numerus="yes">
        <source>(%n answer(s) missing)</source>
        <translation>
            <numerusform>（尚缺 %n 项回答）</numerusform>
        </translation>
    </message>
    <message>
        <source>lint needs at least one file or folder</source>
        <translation>lint 至少需要一个文件或文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>已检查 %n 个文件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n 个错误，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>rule files have errors; run lint</source>
        <translation>规则文件有错误；请运行 lint</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s), </source>
        <translation>
            <numerusform>%n 个示例，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), </source>
        <translation>
            <numerusform>%n 项检查，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule set(s), </source>
        <translation>
            <numerusform>%n 个规则集，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s): </source>
        <translation>
            <numerusform>%n 项检查：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FAILED</source>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message>
        <source>all passed</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <source>  show RULESET --source                           the document&apos;s official text</source>
        <translation>  show RULESET --source                           显示政策文件原文</translation>
    </message>
    <message>
        <source>  diff OLD NEW [--format text|json]               what changed between two rule files or folders
                                                  (exit 0 equal, 1 different, 2 error)</source>
        <translation>  diff OLD NEW [--format text|json]               比较两个规则文件或文件夹的差异
                                                  （退出码：0 相同，1 有差异，2 出错）</translation>
    </message>
    <message>
        <source>diff needs two rule files or two folders: OLD NEW</source>
        <translation>diff 需要两个规则文件或两个文件夹：旧 新</translation>
    </message>
    <message>
        <source>no such file or folder: %1</source>
        <translation>文件或文件夹不存在：%1</translation>
    </message>
    <message>
        <source>%1 has errors (see above); nothing was compared</source>
        <translation>%1 有错误（见上文），未进行比较</translation>
    </message>
    <message>
        <source>%1 holds no rule set</source>
        <translation>%1 中没有规则集</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <source>built in; verified %1</source>
        <translation>内置；核验日期 %1</translation>
    </message>
    <message>
        <source>from %1; verified %2</source>
        <translation>来自 %1；核验日期 %2</translation>
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
        <translation>命令：
  list [--format text|json]                       列出规则集、申报事项、文号和有效期
  show RULESET [--format text|json]               显示政策文件的基本信息和全部条件
  check RULESET[/PROGRAMME] --answers FILE [--as-of DATE] [--format text|json|html|pdf] [--output FILE]
                                                  按一个规则集评估一家企业
  match --answers FILE [--as-of DATE] [--region REGION] [--applicant-type TYPE]
        [--include-expired] [--all] [--format text|json|html|pdf] [--output FILE]
                                                  评估与企业相关的申报事项，结论最好的排在前面：
                                                  本地区（取自 --region 或回答中的省、市）和全国的、
                                                  在有效期内且适用于其申报主体类型的事项；
                                                  加 --all 显示全部事项
  lint PATH...                                    检查规则文件（有错误时退出码为 1）
  test [PATH...]                                  运行规则集自带的示例（有失败时退出码为 1）
</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; (a province or city id such as guangxi or liuzhou%2)</source>
        <translation>未知地区“%1”（应为省或市的代号，例如 guangxi 或 liuzhou%2）</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>；是否指 %1？</translation>
    </message>
    <message>
        <source>unknown applicant type &apos;%1&apos; (one of %2)</source>
        <translation>未知申报主体类型“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>any region</source>
        <comment>relevance filter</comment>
        <translation>不限地区</translation>
    </message>
    <message>
        <source>region: %1</source>
        <comment>relevance filter</comment>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>applicant type: %1</source>
        <comment>relevance filter</comment>
        <translation>申报主体：%1</translation>
    </message>
    <message>
        <source>any</source>
        <comment>relevance filter</comment>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) of other regions, for other applicants or not in force not shown; --all shows them</source>
        <translation>
            <numerusform>另有 %n 个申报事项属于其他地区、其他申报主体或不在有效期内，未显示；加 --all 可全部显示</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule files (*.yaml, *.yml) found in %1</source>
        <translation>在 %1 中没有找到规则文件（*.yaml、*.yml）</translation>
    </message>
    <message>
        <source>  rules add PATH                                  check a folder or .zip of rule files (lint and examples)
                                                  and add it to the rules in use (exit 1 when refused)
  rules list [--format text|json]                 the rule sets added, with verified_on
  rules remove RULESET                            remove an added rule set</source>
        <translation>  rules add PATH                                  检查规则文件夹或 .zip（lint 和示例），通过后加入使用中的规则
                                                  （被拒绝时退出码为 1）
  rules list [--format text|json]                 已添加的规则集及其核验日期
  rules remove RULESET                            移除一个已添加的规则集</translation>
    </message>
    <message>
        <source>Options:
  --rules-dir DIR   load more rule sets from DIR (repeatable)
  --no-bundled      do not load the rule sets built into the program, nor those added with &apos;rules add&apos;
  --lang LANG       zh_CN or en (default: Chinese on Chinese systems, else English)
  --help, --version
</source>
        <translation>选项：
  --rules-dir DIR   从目录 DIR 加载更多规则集（可重复使用）
  --no-bundled      不加载程序内置的规则集，也不加载用 rules add 添加的规则集
  --lang LANG       zh_CN 或 en（默认：中文系统用中文，其他系统用英文）
  --help, --version
</translation>
    </message>
    <message>
        <source>rules list takes no arguments</source>
        <translation>rules list 不接受参数</translation>
    </message>
    <message>
        <source>Rule sets added (%1):</source>
        <translation>已添加的规则集（%1）：</translation>
    </message>
    <message>
        <source>none; the built-in rule sets are in use</source>
        <translation>无；使用内置规则集</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>核验日期 %1</translation>
    </message>
    <message>
        <source>not used: the built-in version is as recent or newer</source>
        <translation>未使用：内置版本同样新或更新</translation>
    </message>
    <message>
        <source>rules needs add PATH, list or remove RULESET</source>
        <translation>rules 需要 add PATH、list 或 remove RULESET</translation>
    </message>
    <message>
        <source>unknown rules command &apos;%1&apos; (add, list or remove)</source>
        <translation>未知的 rules 命令“%1”（可用 add、list 或 remove）</translation>
    </message>
    <message>
        <source>rules add needs one folder or .zip file</source>
        <translation>rules add 需要一个文件夹或 .zip 文件</translation>
    </message>
    <message>
        <source>rules remove needs one rule set id</source>
        <translation>rules remove 需要一个规则集编号</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was added, the rules in use are unchanged</source>
        <translation>
            <numerusform>%n 处问题；未添加任何规则，使用中的规则不变</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules in use are unchanged.</source>
        <translation>使用中的规则没有变化。</translation>
    </message>
    <message>
        <source>What changed in the rules in use:</source>
        <translation>使用中的规则有以下变化：</translation>
    </message>
    <message>
        <source>Stored assessments made with the previous rules: run &apos;eligicheck-cli recheck&apos; to re-check them.</source>
        <translation>按旧规则保存的评估：运行 “eligicheck-cli recheck” 重新评估。</translation>
    </message>
    <message>
        <source>to check against it: eligicheck-cli check %1 --answers FILE</source>
        <translation>用它核对：eligicheck-cli check %1 --answers 文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>match: programme title (rule set title)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>  template [RULESET[/PROGRAMME]...] --output FILE.xlsx|FILE.csv
                                                  blank questionnaire spreadsheet for clients: a row per
                                                  firm, a column per question of the programmes (all when
                                                  none given); import it back with import FILE</source>
        <translation>  template [RULESET[/PROGRAMME]...] --output FILE.xlsx|FILE.csv
                                                  给客户填写的空白问卷表格：每家企业一行，所选申报事项
                                                  需要的每个问题一列（不指定则为全部事项）；
                                                  填好后用 import FILE 导入</translation>
    </message>
    <message>
        <source>--format %1 is only for template, export and match-all</source>
        <translation>--format %1 只适用于 template、export 和 match-all</translation>
    </message>
    <message>
        <source>template needs --output FILE.xlsx or FILE.csv</source>
        <translation>template 需要 --output FILE.xlsx 或 FILE.csv</translation>
    </message>
    <message>
        <source>template writes xlsx or csv, not &apos;%1&apos;</source>
        <translation>template 只能写 xlsx 或 csv，不能写“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a blank questionnaire for %n programme(s) with %1 question(s) to %2</source>
        <translation>
            <numerusform>已将 %n 个申报事项的空白问卷（%1 个问题）写入 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>a 统一社会信用代码 has 18 characters; &apos;%1&apos; has %2</source>
        <translation>统一社会信用代码为 18 位；“%1”有 %2 位</translation>
    </message>
    <message>
        <source>character %1 of &apos;%2&apos; is &apos;%3&apos;, a letter never used in credit codes (I, O, Z, S and V are excluded; did you mean a digit?)</source>
        <translation>“%2”的第 %1 位是“%3”，信用代码从不使用该字母（不含 I、O、Z、S、V；是否应为数字？）</translation>
    </message>
    <message>
        <source>character %1 of &apos;%2&apos; is &apos;%3&apos;; only digits and capital letters are allowed</source>
        <translation>“%2”的第 %1 位是“%3”；只允许数字和大写字母</translation>
    </message>
    <message>
        <source>characters 3–8 of &apos;%1&apos; are the administrative division code and must be digits</source>
        <translation>“%1”的第 3–8 位是行政区划码，必须是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; fails the check digit: the last character should be &apos;%2&apos;, not &apos;%3&apos; (probably a typing error in the code)</source>
        <translation>“%1”校验位不符：最后一位应为“%2”而不是“%3”（可能是代码输入有误）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is neither UTF-8 nor GB18030/GBK text; save it again as &quot;CSV UTF-8&quot; or &quot;CSV (逗号分隔)&quot;</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030/GBK 文本；请另存为“CSV UTF-8”或“CSV (逗号分隔)”后重试</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed (a missing &apos;&quot;&apos;)</source>
        <translation>第 %1 行开始的带引号字段没有结束（缺少“&quot;”）</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB; split it into smaller files</source>
        <translation>“%1”超过 %2 MB，请拆分为较小的文件</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: saved assessments cannot be changed</source>
        <translation>%1：已保存的评估不能修改</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a database file</source>
        <translation>“%1”是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>cannot switch &apos;%1&apos; to write-ahead logging</source>
        <translation>无法将“%1”切换为预写日志（WAL）模式</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed; on Debian install the package libqt6sql6-psql</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）；在 Debian 上请安装软件包 libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an EligiCheck database (it is not an SQLite file); it was left unchanged — open another file</source>
        <translation>“%1”不是 EligiCheck 数据库（不是 SQLite 文件）；文件未作任何改动，请打开其他文件</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an EligiCheck database (an SQLite file of another program); it was left unchanged — open another file</source>
        <translation>“%1”不是 EligiCheck 数据库（是其他程序的 SQLite 文件）；文件未作任何改动，请打开其他文件</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of EligiCheck (database schema %2; this version understands up to %3). Update EligiCheck to open it; the file was not changed.</source>
        <translation>“%1”由更新版本的 EligiCheck 写入（数据库结构版本 %2；本版本最高支持 %3）。请更新 EligiCheck 后再打开；文件未作改动。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: integrity check failed (%2). It was left unchanged.</source>
        <translation>“%1”已损坏：完整性检查失败（%2）。文件未作改动。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no schema version; it is damaged or not an EligiCheck database</source>
        <translation>“%1”没有结构版本号；文件已损坏或不是 EligiCheck 数据库</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid schema version &apos;%2&apos;</source>
        <translation>“%1”的结构版本号“%2”无效</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: integrity check failed (%2). It was left unchanged; restore a backup or open another file.</source>
        <translation>“%1”已损坏：完整性检查失败（%2）。文件未作改动；请恢复备份或打开其他文件。</translation>
    </message>
    <message>
        <source>%1 already holds tables of another application; it is not an EligiCheck database and was left unchanged</source>
        <translation>%1 中已有其他应用程序的数据表；它不是 EligiCheck 数据库，未作改动</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of EligiCheck (database schema %2; this version understands up to %3). Update EligiCheck to open it; the database was not changed.</source>
        <translation>%1 由更新版本的 EligiCheck 写入（数据库结构版本 %2；本版本最高支持 %3）。请更新 EligiCheck 后再打开；数据库未作改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of EligiCheck (database schema %2)</source>
        <translation>%1 由更新版本的 EligiCheck 写入（数据库结构版本 %2）</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1</source>
        <translation>将数据库升级到结构版本 %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>记录结构版本号</translation>
    </message>
    <message>
        <source>marking the file as an EligiCheck database</source>
        <translation>将文件标记为 EligiCheck 数据库</translation>
    </message>
    <message>
        <source>%1: not saved — the disk is full (%2). Nothing saved before was lost; free some space and try again.</source>
        <translation>%1：未保存——磁盘已满（%2）。之前保存的内容没有丢失；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>no room even to read it safely</source>
        <translation>连安全读取所需的空间都没有</translation>
    </message>
    <message>
        <source>%1: not saved — &apos;%2&apos; cannot be written here (the file or its folder is read-only). Reading works; to change it, copy it to a folder you can write to or ask for write permission.</source>
        <translation>%1：未保存——无法在此写入“%2”（文件或其所在文件夹为只读）。可以正常读取；如需修改，请将其复制到可写的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database file (it is a device, a pipe or another special file)</source>
        <translation>“%1”不是数据库文件（它是设备、管道或其他特殊文件）</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2. The file was not checked and was left unchanged; it is not known to be damaged (a full disk, a read-only or removed drive, or a lock held by another program can cause this).</source>
        <translation>无法读取“%1”：%2。文件未经检查，也未作任何改动；并不能据此认为文件已损坏（磁盘已满、驱动器只读或已移除、或其他程序占用锁都可能导致这种情况）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only and needs to be upgraded to schema %2 before this version can use it; copy it to a folder you can write to</source>
        <translation>“%1”为只读，需要先升级到结构版本 %2 本版本才能使用；请将其复制到可写的文件夹</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is incomplete: the table(s) %2 are missing (removed by another program?). It was left unchanged; restore a backup of it</source>
        <translation>“%1”不完整：缺少数据表 %2（被其他程序删除？）。文件未作任何改动；请恢复它的备份</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database given</source>
        <translation>未指定数据库</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL; expected postgresql://user@host:port/dbname</source>
        <translation>“%1”不是有效的 PostgreSQL 地址；应为 postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>the database URL contains a password; remove it and set PGPASSWORD or type the password when asked, so it is not stored in shell history or settings</source>
        <translation>数据库地址中包含密码；请删除密码，改为设置 PGPASSWORD 或在提示时输入，以免密码留在命令历史或设置中</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no database; expected postgresql://user@host:port/dbname</source>
        <translation>“%1”未指明数据库；应为 postgresql://user@host:port/dbname</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>autosaving the draft</source>
        <translation>自动保存草稿</translation>
    </message>
    <message>
        <source>reading the draft</source>
        <translation>读取草稿</translation>
    </message>
    <message>
        <source>there is no draft &apos;%1&apos;</source>
        <translation>不存在草稿“%1”</translation>
    </message>
    <message>
        <source>reading drafts</source>
        <translation>读取草稿列表</translation>
    </message>
    <message>
        <source>discarding the draft</source>
        <translation>丢弃草稿</translation>
    </message>
</context>
<context>
    <name>FileMessages</name>
    <message>
        <source>YAML nested more than %1 levels</source>
        <translation>YAML 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>YAML expands to more than %1 values (through aliases?)</source>
        <translation>YAML 展开后超过 %1 个值（是否使用了别名？）</translation>
    </message>
    <message>
        <source>unexpected structure: %1</source>
        <translation>结构不符合预期：%1</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation>%1应为映射（“键: 值”的行）</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos; in %2: a comma inside {…} starts a new key; put text that contains commas in quotes</source>
        <translation>%2中出现意外的键“%1”：{…} 内的逗号会开始一个新键；含逗号的文字请加引号</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>%2中有未知的键“%1”%3</translation>
    </message>
    <message>
        <source> (allowed: %1)</source>
        <translation>（允许的键：%1）</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation>（是否想写“%1”？）</translation>
    </message>
    <message>
        <source>%1 is missing the required key &apos;%2&apos;</source>
        <translation>%1缺少必填的键“%2”</translation>
    </message>
    <message>
        <source>a fact dictionary</source>
        <translation>事实词典</translation>
    </message>
    <message>
        <source>a rule file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <source>a fact extension</source>
        <translation>事实扩展</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>a fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>a programme</source>
        <translation>政策事项</translation>
    </message>
    <message>
        <source>a criterion</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>a band</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>an example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>end of map not found</source>
        <translation>映射没有结束</translation>
    </message>
    <message>
        <source>end of map flow not found</source>
        <translation>{…} 映射没有结束（缺少“}”）</translation>
    </message>
    <message>
        <source>end of sequence not found</source>
        <translation>列表没有结束</translation>
    </message>
    <message>
        <source>end of sequence flow not found</source>
        <translation>[…] 列表没有结束（缺少“]”）</translation>
    </message>
    <message>
        <source>unknown token</source>
        <translation>无法识别的符号</translation>
    </message>
    <message>
        <source>illegal EOF in scalar</source>
        <translation>文字值未结束文件就结束了</translation>
    </message>
    <message>
        <source>illegal character in scalar</source>
        <translation>文字值中有非法字符</translation>
    </message>
    <message>
        <source>illegal flow end</source>
        <translation>多余的结束括号</translation>
    </message>
    <message>
        <source>illegal block entry</source>
        <translation>此处不能开始列表项（“- ”）</translation>
    </message>
    <message>
        <source>illegal map key</source>
        <translation>此处不能出现键</translation>
    </message>
    <message>
        <source>illegal map value</source>
        <translation>此处不能出现值（多余的冒号？）</translation>
    </message>
    <message>
        <source>illegal tab when looking for indentation</source>
        <translation>缩进中有制表符（请用空格缩进）</translation>
    </message>
    <message>
        <source>the referenced anchor is not defined</source>
        <translation>引用的锚点（&amp;名称）未定义</translation>
    </message>
    <message>
        <source>unexpected character in block scalar</source>
        <translation>多行文字中有意外的字符</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes; refusing to read it</source>
        <translation>文件大于 %1 字节，拒绝读取</translation>
    </message>
    <message>
        <source>too many YAML aliases (*name); rule files do not need them</source>
        <translation>YAML 别名（*名称）过多；规则文件不需要别名</translation>
    </message>
    <message>
        <source>a YAML alias (*name) is used inside the value of its own anchor (&amp;name): it would never end</source>
        <translation>YAML 别名（*名称）用在了它自己的锚点（&amp;名称）的值中：展开将永无止境</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>the YAML tag &apos;%1&apos; is not supported (files are read as plain data; nothing is included, loaded or run)</source>
        <translation>不支持 YAML 标签“%1”（文件只作为数据读取，不会包含、加载或运行任何内容）</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined at line %2); YAML keeps only one of them</source>
        <translation>键“%1”重复（首次出现在第 %2 行）；YAML 只会保留其中一个</translation>
    </message>
    <message>
        <source>%1: the version in %2 (verified %3) is used instead of the built-in one (verified %4)</source>
        <translation>%1：使用 %2 中的版本（核验日期 %3），替代内置版本（核验日期 %4）</translation>
    </message>
    <message>
        <source>%1: the version in %2 (verified %3) is not used, because the built-in one is as recent or newer (verified %4); a folder&apos;s version replaces a built-in one only when its verified_on is later</source>
        <translation>%1：%2 中的版本（核验日期 %3）未被使用，因为内置版本同样新或更新（核验日期 %4）；文件夹中的版本只有在核验日期（verified_on）更晚时才替代内置版本</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; already has the choice &apos;%2&apos; (%3); an extension can only add new choices</source>
        <translation>事实“%1”已有选项“%2”（%3）；扩展只能添加新的选项</translation>
    </message>
    <message>
        <source>the control character U+%1 is not allowed in a YAML file (only tab and line breaks are)</source>
        <translation>YAML 文件中不允许出现控制字符 U+%1（只允许制表符和换行）</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1); save it as UTF-8</source>
        <translation>文件不是有效的 UTF-8 编码（字节 0x%1）；请以 UTF-8 编码保存</translation>
    </message>
    <message>
        <source>the rule pack has %1 files, the program has %2</source>
        <translation>规则包有 %1 个文件，程序有 %2 个</translation>
    </message>
    <message>
        <source>the rule pack has %1, the program does not</source>
        <translation>规则包中有 %1，程序中没有</translation>
    </message>
    <message>
        <source>the rule pack is out of date for %1</source>
        <translation>规则包中的 %1 已过时</translation>
    </message>
    <message>
        <source>example &apos;%1&apos;: %2</source>
        <translation>示例“%1”：%2</translation>
    </message>
    <message>
        <source>internal: fast verdict %1 differs from detailed %2 for &apos;%3&apos;</source>
        <translation>内部错误：“%3”的快速结论 %1 与详细结论 %2 不一致</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: expected %2, got %3</source>
        <translation>项目“%1”：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: expected %2, got %3</source>
        <translation>条件“%1”：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: expected missing [%2], got [%3]</source>
        <translation>条件“%1”：缺少的回答应为 [%2]，实际为 [%3]</translation>
    </message>
    <message>
        <source>outcome of &apos;%1&apos;: expected %2, got %3</source>
        <translation>“%1”的结果：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos;: expected max %2, got %3</source>
        <translation>金额“%1”：上限应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>expected in_force %1, got %2</source>
        <translation>in_force 应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>criterion &apos;%1/%2&apos; never %3 in the examples</source>
        <translation>条件“%1/%2”在示例中从未%3</translation>
    </message>
    <message>
        <source> and never </source>
        <translation>，也从未</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>日期应为 YYYY-MM-DD 格式，实际为“%1”</translation>
    </message>
    <message>
        <source>too many %1 (%2); a rule file may have at most %3</source>
        <translation>%1 过多（%2 个）；一个规则文件最多 %3 个</translation>
    </message>
    <message>
        <source>a rule file must be a mapping with &apos;document:&apos; and &apos;programmes:&apos;</source>
        <translation>规则文件必须是包含“document:”和“programmes:”的映射</translation>
    </message>
    <message>
        <source>unsupported schema version &apos;%1&apos; (this program reads schema 1)</source>
        <translation>不支持的 schema 版本“%1”（本程序读取 schema 1）</translation>
    </message>
    <message>
        <source>&apos;facts&apos; must be a list of fact definitions</source>
        <translation>“facts”必须是事实定义的列表</translation>
    </message>
    <message>
        <source>only choice facts can be extended; &apos;%1&apos; is a %2</source>
        <translation>只有选项类事实可以扩展；“%1”是%2</translation>
    </message>
    <message>
        <source>&apos;programmes&apos; must be a non-empty list</source>
        <translation>“programmes”必须是非空列表</translation>
    </message>
    <message>
        <source>duplicate programme id &apos;%1&apos;</source>
        <translation>项目 id“%1”重复</translation>
    </message>
    <message>
        <source>rule set id &apos;%1&apos; is already used by %2</source>
        <translation>规则集 id“%1”已被 %2 使用</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;%2</source>
        <translation>未知的事实“%1”%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（是否想写 %1？）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a single text value</source>
        <translation>%1：“%2”必须是单个文本值</translation>
    </message>
    <message>
        <source>%1 has no English text (write {zh: …, en: …})</source>
        <translation>%1 没有英文文本（请写成 {zh: …, en: …}）</translation>
    </message>
    <message>
        <source>%1 has no English text</source>
        <translation>%1 没有英文文本</translation>
    </message>
    <message>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation>%1：应为数字，实际为“%2”</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1：应为 true 或 false</translation>
    </message>
    <message>
        <source>%1 must be an expression written as text</source>
        <translation>%1 必须是以文本书写的表达式</translation>
    </message>
    <message>
        <source>&apos;choices&apos; must be a non-empty list of {id, label}</source>
        <translation>“choices”必须是由 {id, label} 组成的非空列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a choice of fact &apos;province&apos;</source>
        <translation>“%1”不是事实“province”的选项</translation>
    </message>
    <message>
        <source>choice id &apos;%1&apos; must be lower-case ASCII snake_case</source>
        <translation>选项 id“%1”必须是小写 ASCII snake_case</translation>
    </message>
    <message>
        <source>duplicate choice id &apos;%1&apos;</source>
        <translation>选项 id“%1”重复</translation>
    </message>
    <message>
        <source>choice label</source>
        <translation>选项标签</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>fact id &apos;%1&apos; must be lower-case snake_case</source>
        <translation>事实 id“%1”必须是小写 snake_case</translation>
    </message>
    <message>
        <source>unknown fact type &apos;%1&apos; (expected number, integer, boolean, choice, date or text)</source>
        <translation>未知的事实类型“%1”（应为 number、integer、boolean、choice、date 或 text）</translation>
    </message>
    <message>
        <source>only number and integer facts have a unit</source>
        <translation>只有 number 和 integer 类事实有单位</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; (known: %2)</source>
        <translation>未知的单位“%1”（已知单位：%2）</translation>
    </message>
    <message>
        <source>money facts (_wan) must have unit 万元</source>
        <translation>金额事实（_wan）的单位必须是万元</translation>
    </message>
    <message>
        <source>percent facts (_pct) must have unit %</source>
        <translation>百分比事实（_pct）的单位必须是 %</translation>
    </message>
    <message>
        <source>only numeric facts have min/max</source>
        <translation>只有数值类事实有 min/max</translation>
    </message>
    <message>
        <source>max is below min</source>
        <translation>max 小于 min</translation>
    </message>
    <message>
        <source>only choice facts have choices</source>
        <translation>只有选项类事实有 choices</translation>
    </message>
    <message>
        <source>fact label</source>
        <translation>事实标签</translation>
    </message>
    <message>
        <source>fact help</source>
        <translation>事实说明</translation>
    </message>
    <message>
        <source>unknown group &apos;%1&apos; (expected one of %2)</source>
        <translation>未知的分组“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; is already defined%2; shared facts belong in rules/facts.yaml</source>
        <translation>事实“%1”已定义%2；共用的事实应写在 rules/facts.yaml 中</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <source> in </source>
        <translation>于 </translation>
    </message>
    <message>
        <source>document</source>
        <translation>document 部分</translation>
    </message>
    <message>
        <source>rule set id &apos;%1&apos; must be kebab-case (e.g. gx-enterprise-tech-center)</source>
        <translation>规则集 id“%1”必须是 kebab-case（例如 gx-enterprise-tech-center）</translation>
    </message>
    <message>
        <source>document has no title_en</source>
        <translation>document 没有 title_en</translation>
    </message>
    <message>
        <source>effective_to is before effective_from</source>
        <translation>effective_to 早于 effective_from</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; (expected one of %2)</source>
        <translation>未知的地区“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>no issuer named; say in verification why the text has none (e.g. &quot;No issuer is listed because the text names none&quot;)</source>
        <translation>未写明发文机关；请在 verification 中说明原文为何没有（例如 &quot;No issuer is listed because the text names none&quot;）</translation>
    </message>
    <message>
        <source>regional rule set (region &apos;%1&apos;) must declare the area it covers: document.area with province (and city where the issuer is a city), and the clause that sets the scope or an interpretation naming the issuing authority&apos;s jurisdiction</source>
        <translation>地方规则集（region“%1”）必须声明其适用地区：document.area 写明省份（发文机关为市级时还要写城市），并引述规定适用范围的条款，或写出说明发文机关管辖范围的解释</translation>
    </message>
    <message>
        <source>a national rule set has no area; remove document.area</source>
        <translation>全国性规则集没有地区范围；请删除 document.area</translation>
    </message>
    <message>
        <source>area condition</source>
        <translation>地区条件</translation>
    </message>
    <message>
        <source>area: &apos;%1&apos; is not a choice of fact &apos;province&apos;</source>
        <translation>area：“%1”不是事实“province”的选项</translation>
    </message>
    <message>
        <source>area: &apos;%1&apos; is not a choice of fact &apos;city&apos;</source>
        <translation>area：“%1”不是事实“city”的选项</translation>
    </message>
    <message>
        <source>area: city &apos;%1&apos; is not in province &apos;%2&apos;</source>
        <translation>area：城市“%1”不在省份“%2”内</translation>
    </message>
    <message>
        <source>area (%1) does not match region &apos;%2&apos;</source>
        <translation>area（%1）与 region“%2”不一致</translation>
    </message>
    <message>
        <source>area: quote the clause that sets the scope, or where the text has none write an interpretation naming the issuing authority&apos;s jurisdiction</source>
        <translation>area：请引述规定适用范围的条款；原文没有时，写出说明发文机关管辖范围的解释</translation>
    </message>
    <message>
        <source>programme area needs a regional rule set with document.area</source>
        <translation>项目的 area 需要规则集有 document.area（地方规则集）</translation>
    </message>
    <message>
        <source>programme area</source>
        <translation>项目 area</translation>
    </message>
    <message>
        <source>programme area needs &apos;clause&apos;</source>
        <translation>项目 area 需要“clause”</translation>
    </message>
    <message>
        <source>programme area: give the quote or an interpretation</source>
        <translation>项目 area：请给出原文引述（quote）或解释（interpretation）</translation>
    </message>
    <message>
        <source>area label</source>
        <translation>地区标签</translation>
    </message>
    <message>
        <source>programme area: &apos;unrestricted&apos; and &apos;condition&apos; exclude each other</source>
        <translation>项目 area：“unrestricted”与“condition”不能同时使用</translation>
    </message>
    <message>
        <source>area: %1 (facts &apos;province&apos; and &apos;city&apos; must be choice facts)</source>
        <translation>area：%1（事实“province”和“city”必须是选项类事实）</translation>
    </message>
    <message>
        <source>programme area: no criterion &apos;%1&apos; in programme &apos;%2&apos;</source>
        <translation>项目 area：项目“%2”中没有条件“%1”</translation>
    </message>
    <message>
        <source>programme area: criterion &apos;%1&apos; must be a judged criterion that tests province or city</source>
        <translation>项目 area：条件“%1”必须是判断省份或城市的条件</translation>
    </message>
    <message>
        <source>&apos;parameters&apos; must be a list</source>
        <translation>“parameters”必须是列表</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>parameter label</source>
        <translation>参数标签</translation>
    </message>
    <message>
        <source>parameter id &apos;%1&apos; is already a fact or parameter</source>
        <translation>参数 id“%1”已是某个事实或参数</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>programme id &apos;%1&apos; must be kebab-case</source>
        <translation>项目 id“%1”必须是 kebab-case</translation>
    </message>
    <message>
        <source>programme title</source>
        <translation>项目标题</translation>
    </message>
    <message>
        <source>&apos;applicant_types&apos; must be a non-empty list of applicant_type choices</source>
        <translation>“applicant_types”必须是由 applicant_type 选项组成的非空列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a choice of fact &apos;applicant_type&apos;%2</source>
        <translation>“%1”不是事实“applicant_type”的选项%2</translation>
    </message>
    <message>
        <source>validity: give the quote or an interpretation</source>
        <translation>validity：请给出原文引述（quote）或解释（interpretation）</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has dates of its own: cite the clause that sets them (validity: {clause, quote, interpretation})</source>
        <translation>项目“%1”有自己的起止日期：请引述规定这些日期的条款（validity: {clause, quote, interpretation}）</translation>
    </message>
    <message>
        <source>&apos;criteria&apos; must be a non-empty list</source>
        <translation>“criteria”必须是非空列表</translation>
    </message>
    <message>
        <source>criteria in one programme</source>
        <translation>一个项目中的条件</translation>
    </message>
    <message>
        <source>duplicate criterion id &apos;%1&apos; in programme &apos;%2&apos;</source>
        <translation>项目“%2”中条件 id“%1”重复</translation>
    </message>
    <message>
        <source>&apos;amounts&apos; must be a list</source>
        <translation>“amounts”必须是列表</translation>
    </message>
    <message>
        <source>duplicate amount id &apos;%1&apos;</source>
        <translation>金额 id“%1”重复</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (expected hard, soft, declaration, exclusion, ban, window, status or info)</source>
        <translation>未知的 kind“%1”（应为 hard、soft、declaration、exclusion、ban、window、status 或 info）</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; needs a condition (only kind info may omit it)</source>
        <translation>条件“%1”需要 condition（只有 kind 为 info 的可以省略）</translation>
    </message>
    <message>
        <source>criterion label</source>
        <translation>条件标签</translation>
    </message>
    <message>
        <source>&apos;evidence&apos; must be a list</source>
        <translation>“evidence”必须是列表</translation>
    </message>
    <message>
        <source>evidence item</source>
        <translation>证明材料项</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果分档（outcome）</translation>
    </message>
    <message>
        <source>outcome bands need a numeric fact; &apos;%1&apos; is a %2</source>
        <translation>结果分档需要数值类事实；“%1”是%2</translation>
    </message>
    <message>
        <source>&apos;bands&apos; must be a non-empty list</source>
        <translation>“bands”必须是非空列表</translation>
    </message>
    <message>
        <source>band</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>duplicate band id &apos;%1&apos;</source>
        <translation>分档 id“%1”重复</translation>
    </message>
    <message>
        <source>band label</source>
        <translation>分档标签</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is not interval notation like &quot;[60, 70)&quot; or &quot;[90, inf)&quot;</source>
        <translation>区间“%1”不是区间记法，应写作 &quot;[60, 70)&quot; 或 &quot;[90, inf)&quot;</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; is empty</source>
        <translation>区间“%1”为空</translation>
    </message>
    <message>
        <source>band &apos;%1&apos; overlaps band &apos;%2&apos; (which extends to infinity)</source>
        <translation>分档“%1”与分档“%2”重叠（后者延伸到无穷大）</translation>
    </message>
    <message>
        <source>band &apos;%1&apos; overlaps band &apos;%2&apos;</source>
        <translation>分档“%1”与分档“%2”重叠</translation>
    </message>
    <message>
        <source>gap between band &apos;%1&apos; (%2) and band &apos;%3&apos; (%4)</source>
        <translation>分档“%1”（%2）与分档“%3”（%4）之间有空缺</translation>
    </message>
    <message>
        <source>band &apos;%1&apos; (%2) overlaps band &apos;%3&apos; (%4)</source>
        <translation>分档“%1”（%2）与分档“%3”（%4）重叠</translation>
    </message>
    <message>
        <source>bands leave values below %1 uncovered (fact &apos;%2&apos; has %3)</source>
        <translation>分档未覆盖低于 %1 的值（事实“%2”%3）</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>最小值 %1</translation>
    </message>
    <message>
        <source>no min</source>
        <translation>无最小值</translation>
    </message>
    <message>
        <source>bands leave values above %1 uncovered (fact &apos;%2&apos; has %3)</source>
        <translation>分档未覆盖高于 %1 的值（事实“%2”%3）</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最大值 %1</translation>
    </message>
    <message>
        <source>no max</source>
        <translation>无最大值</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>amount label</source>
        <translation>金额标签</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; needs a max (and/or min) formula in 万元; a benefit that is not a sum of money (a tax rate, an exemption) is a criterion of kind info</source>
        <translation>金额“%1”需要以万元为单位的 max（和/或 min）公式；不是金额的优惠（税率、减免）应写成 kind 为 info 的条件</translation>
    </message>
    <message>
        <source>amount formula must be in 万元, this one is in %1</source>
        <translation>金额公式必须以万元为单位，此公式的单位是%1</translation>
    </message>
    <message>
        <source>a plain number</source>
        <translation>无单位的数字</translation>
    </message>
    <message>
        <source>rule set has no examples; add some to test it</source>
        <translation>规则集没有示例；请添加示例以便测试</translation>
    </message>
    <message>
        <source>&apos;examples&apos; must be a list</source>
        <translation>“examples”必须是列表</translation>
    </message>
    <message>
        <source>duplicate example name &apos;%1&apos;</source>
        <translation>示例名称“%1”重复</translation>
    </message>
    <message>
        <source>example facts must be a mapping of fact id to value</source>
        <translation>示例的 facts 必须是“事实 id: 值”的映射</translation>
    </message>
    <message>
        <source>set the date with as_of, not application_date</source>
        <translation>请用 as_of 设定日期，不要用 application_date</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: %2</source>
        <translation>事实“%1”：%2</translation>
    </message>
    <message>
        <source>unknown programme &apos;%1&apos;%2</source>
        <translation>未知的项目“%1”%2</translation>
    </message>
    <message>
        <source> (programmes: %1)</source>
        <translation>（项目：%1）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be written programme/criterion</source>
        <translation>“%1”必须写作 项目/条件</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has no criterion &apos;%2&apos;%3</source>
        <translation>项目“%1”没有条件“%2”%3</translation>
    </message>
    <message>
        <source>expect.%1 must be a mapping</source>
        <translation>expect.%1 必须是映射</translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos; (expected eligible, needs_review, undetermined, not_eligible or not_applicable)</source>
        <translation>未知的结论“%1”（应为 eligible、needs_review、undetermined、not_eligible 或 not_applicable）</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected pass, fail, unknown, not_applicable, waived, warning or info)</source>
        <translation>未知的状态“%1”（应为 pass、fail、unknown、not_applicable、waived、warning 或 info）</translation>
    </message>
    <message>
        <source>expect.missing values are lists of fact ids</source>
        <translation>expect.missing 的值必须是事实 id 的列表</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has no outcome bands</source>
        <translation>项目“%1”没有结果分档</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has no band &apos;%2&apos;</source>
        <translation>项目“%1”没有分档“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be written programme/amount</source>
        <translation>“%1”必须写作 项目/金额</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; has no amount &apos;%2&apos;</source>
        <translation>项目“%1”没有金额“%2”</translation>
    </message>
    <message>
        <source>expected an amount in 万元 like &quot;1500&quot;</source>
        <translation>应为以万元为单位的金额，例如 &quot;1500&quot;</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>rule pack is truncated</source>
        <translation>规则包被截断</translation>
    </message>
    <message>
        <source>not a rule pack</source>
        <translation>不是规则包</translation>
    </message>
    <message>
        <source>rule pack format %1, this program reads format %2</source>
        <translation>规则包格式为 %1，本程序读取格式 %2</translation>
    </message>
    <message>
        <source>rule pack checksum mismatch</source>
        <translation>规则包校验和不符</translation>
    </message>
    <message>
        <source>rule pack is corrupt</source>
        <translation>规则包已损坏</translation>
    </message>
    <message>
        <source>rule pack has trailing data</source>
        <translation>规则包末尾有多余数据</translation>
    </message>
    <message>
        <source>&apos;related&apos; must be a list of fact ids</source>
        <translation>“related”必须是事实编号的列表</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; cannot be related to itself</source>
        <translation>事实“%1”不能与自身相关</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice in &apos;related&apos;</source>
        <translation>“%1”在“related”中列出了两次</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the assessment date, not a question</source>
        <translation>“%1”是评估日期，不是问题</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined in %2; a related fact must be defined in the same file or in the shared fact dictionary (facts.yaml)</source>
        <translation>“%1”定义于 %2；相关事实必须定义在同一文件或共享事实词典（facts.yaml）中</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;difference&apos;: when it comes second in the questionnaire, no note says how it differs from &apos;%2&apos;</source>
        <translation>“%1”没有“difference”：它在问卷中排在后面时，没有说明它与“%2”有何不同</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; is related to %2 but has no &apos;difference&apos;: when it comes second in the questionnaire, no note says how it differs</source>
        <translation>事实“%1”与 %2 相关，但没有“difference”：它在问卷中排在后面时，没有说明两者有何不同</translation>
    </message>
    <message>
        <source>&apos;difference&apos; is shown only under a related question, and fact &apos;%1&apos; has no &apos;related&apos;</source>
        <translation>“difference”只显示在相关问题下方，而事实“%1”没有“related”</translation>
    </message>
    <message>
        <source>fact difference</source>
        <translation>事实区别说明</translation>
    </message>
    <message>
        <source>&apos;related&apos; must be a list of fact ids, e.g. [other_fact]</source>
        <translation>“related”必须是事实编号的列表，例如 [other_fact]</translation>
    </message>
    <message>
        <source>clause_en &apos;%1&apos; must be written without Chinese characters</source>
        <translation>clause_en“%1”中不能有汉字</translation>
    </message>
    <message>
        <source>clause label &apos;%1&apos; cannot be shown in English; add clause_en (e.g. clause_en: &quot;Art. 7(3)&quot;)</source>
        <translation>条款标签“%1”无法译为英文；请加 clause_en（例如 clause_en: &quot;Art. 7(3)&quot;）</translation>
    </message>
</context>
<context>
    <name>FirmExchange</name>
    <message>
        <source>cannot write YAML: %1</source>
        <translation>无法写入 YAML：%1</translation>
    </message>
    <message>
        <source>a firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>&apos;yearly_facts&apos; must map a fiscal year to facts</source>
        <translation>“yearly_facts”必须是从财政年度到事实数据的映射</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fiscal year like 2023</source>
        <translation>“%1”不是形如 2023 的财政年度</translation>
    </message>
    <message>
        <source>&apos;assessments&apos; must be a list</source>
        <translation>“assessments”必须是列表</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date YYYY-MM-DD</source>
        <translation>%1：“%2”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 必须是文本</translation>
    </message>
    <message>
        <source>the file names no firm; add firm: {name: …}</source>
        <translation>文件中没有指明企业；请添加 firm: {name: …}</translation>
    </message>
    <message>
        <source>firm.name is empty</source>
        <translation>firm.name 为空</translation>
    </message>
    <message>
        <source>firm.credit_code: %1</source>
        <translation>firm.credit_code：%1</translation>
    </message>
    <message>
        <source>facts must be a mapping of fact id to value</source>
        <translation>facts 必须是从事实编号到取值的映射</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set with as_of, not under facts</source>
        <translation>“%1”应通过 as_of 设置，而不是写在 facts 下</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;%2</source>
        <translation>未知事实“%1”%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（您是否要找 %1？）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not asked per year; put it under facts, not yearly_facts</source>
        <translation>“%1”不按年度填写；请写在 facts 下，而不是 yearly_facts 下</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: expected a single value</source>
        <translation>事实“%1”：应为单个取值</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos;: %2</source>
        <translation>事实“%1”：%2</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>content_hash must be 64 lower-case hex digits (SHA-256)</source>
        <translation>content_hash 必须是 64 位小写十六进制数字（SHA-256）</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a timestamp</source>
        <translation>created_at “%1”不是时间戳</translation>
    </message>
    <message>
        <source>inputs must be a mapping</source>
        <translation>inputs 必须是映射</translation>
    </message>
    <message>
        <source>programmes must be a list</source>
        <translation>programmes 必须是列表</translation>
    </message>
    <message>
        <source>a programme result</source>
        <translation>申报事项结果</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verdict</source>
        <translation>“%1”不是有效的结论</translation>
    </message>
    <message>
        <source>criteria must map criterion id to status</source>
        <translation>criteria 必须是从条件编号到状态的映射</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a criterion status</source>
        <translation>“%1”不是有效的条件状态</translation>
    </message>
    <message>
        <source>amounts must map amount id to {max, min}</source>
        <translation>amounts 必须是从金额编号到 {max, min} 的映射</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a decimal number</source>
        <translation>金额“%1”不是十进制数</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>expected a firm (as_of, firm, facts) or a list under &apos;firms&apos;</source>
        <translation>应为一家企业（as_of、firm、facts）或“firms”下的企业列表</translation>
    </message>
    <message>
        <source>a firms file</source>
        <translation>企业文件</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (this version reads eligicheck-firms/1)</source>
        <translation>未知格式“%1”（本版本可读取 eligicheck-firms/1）</translation>
    </message>
    <message>
        <source>&apos;firms&apos; must be a list</source>
        <translation>“firms”必须是列表</translation>
    </message>
    <message>
        <source>firm &apos;%1&apos; appears twice in the file</source>
        <translation>企业“%1”在文件中出现了两次</translation>
    </message>
    <message>
        <source>credit code %1 appears twice in the file</source>
        <translation>信用代码 %1 在文件中出现了两次</translation>
    </message>
    <message>
        <source>firm &apos;%1&apos; has credit code %2 in the file, but in the database that code belongs to &apos;%3&apos;</source>
        <translation>文件中企业“%1”的信用代码为 %2，但在数据库中该代码属于“%3”</translation>
    </message>
    <message>
        <source>firm &apos;%1&apos; has credit code %2 in the database but %3 in the file</source>
        <translation>企业“%1”在数据库中的信用代码为 %2，但文件中为 %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not imported: it has errors (nothing was written)</source>
        <translation>“%1”未导入：文件有错误（未写入任何内容）</translation>
    </message>
    <message>
        <source>the assessment of &apos;%1&apos; has no result_json; it cannot be checked and was not imported</source>
        <translation>“%1”的评估缺少 result_json，无法核对，未导入</translation>
    </message>
    <message>
        <source>result_json is not valid JSON (%1)</source>
        <translation>result_json 不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; is not in result_json</source>
        <translation>result_json 中没有申报事项“%1”</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: the verdict is &apos;%2&apos; but result_json says &apos;%3&apos;</source>
        <translation>申报事项“%1”：结论为“%2”，但 result_json 中为“%3”</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: %2 criteria, but result_json has %3</source>
        <translation>申报事项“%1”：有 %2 项条件，但 result_json 中有 %3 项</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;, criterion &apos;%2&apos;: the status is &apos;%3&apos; but result_json says &apos;%4&apos;</source>
        <translation>申报事项“%1”的条件“%2”：状态为“%3”，但 result_json 中为“%4”</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>result_json has programme &apos;%1&apos;, which the assessment lacks</source>
        <translation>result_json 中有申报事项“%1”，但评估中没有</translation>
    </message>
    <message>
        <source>credit code %1 belongs to &apos;%2&apos; in the database, but the file names it &apos;%3&apos;; nothing was imported (to rename &apos;%2&apos; to &apos;%3&apos;, import with --rename)</source>
        <translation>数据库中信用代码 %1 属于“%2”，但文件中的名称是“%3”；未导入任何内容（如要将“%2”改名为“%3”，请加 --rename 导入）</translation>
    </message>
    <message>
        <source>the assessment is of rule set &apos;%1&apos; but its result_json is of &apos;%2&apos;</source>
        <translation>该评估属于规则集“%1”，但其 result_json 属于“%2”</translation>
    </message>
    <message>
        <source>the assessment of &apos;%1&apos;: input &apos;%2&apos; cannot be read (%3)</source>
        <translation>规则集“%1”的评估：无法读取输入“%2”（%3）</translation>
    </message>
    <message>
        <source>unknown fact</source>
        <translation>未知事实</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; is not in rule set &apos;%2&apos; with this content_hash</source>
        <translation>申报事项“%1”不在该 content_hash 对应的规则集“%2”中</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: the criteria are not those of rule set &apos;%2&apos; with this content_hash (%3 given, %4 expected)</source>
        <translation>申报事项“%1”：条件与该 content_hash 对应的规则集“%2”不一致（文件中 %3 项，应为 %4 项）</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;: the verdict is &apos;%2&apos;, but its inputs give &apos;%3&apos; under the same rules</source>
        <translation>申报事项“%1”：结论为“%2”，但按同一规则由其输入得出“%3”</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos;, criterion &apos;%2&apos;: the status is &apos;%3&apos;, but its inputs give &apos;%4&apos; under the same rules</source>
        <translation>申报事项“%1”条件“%2”：状态为“%3”，但按同一规则由其输入得出“%4”</translation>
    </message>
</context>
<context>
    <name>FirmFileOpen</name>
    <message>
        <source>Import firms</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was changed.</source>
        <translation>无法导入 %1，未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n firm(s) from %1 into the firms database?</source>
        <translation>
            <numerusform>是否将 %1 中的 %n 家企业导入企业数据库？</numerusform>
        </translation>
    </message>
    <message>
        <source>Firms already in the database (same credit code, else same name) get the file&apos;s answers added; nothing else is changed.</source>
        <translation>数据库中已有的企业（统一社会信用代码相同，否则名称相同）将补入文件中的答案，其他内容不变。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>FirmReportWriter</name>
    <message>
        <source>%1: its answers cannot be read: %2</source>
        <translation>%1：无法读取其答案：%2</translation>
    </message>
    <message>
        <source>%1: no programme in force on %2 concerns this firm</source>
        <translation>%1：%2 有效的申报事项中没有与该企业相关的</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FirmRepository</name>
    <message>
        <source>%1 has no exact decimal form and cannot be stored exactly</source>
        <translation>%1 没有精确的十进制表示，无法精确保存</translation>
    </message>
    <message>
        <source>a firm needs a name</source>
        <translation>企业必须有名称</translation>
    </message>
    <message>
        <source>checking the firm</source>
        <translation>检查企业</translation>
    </message>
    <message>
        <source>there is already a firm named &apos;%1&apos;</source>
        <translation>已存在名为“%1”的企业</translation>
    </message>
    <message>
        <source>credit code %1 already belongs to &apos;%2&apos;</source>
        <translation>信用代码 %1 已属于“%2”</translation>
    </message>
    <message>
        <source>adding firm &apos;%1&apos;</source>
        <translation>添加企业“%1”</translation>
    </message>
    <message>
        <source>adding firm &apos;%1&apos; returned no id</source>
        <translation>添加企业“%1”时未返回编号</translation>
    </message>
    <message>
        <source>saving firm &apos;%1&apos;</source>
        <translation>保存企业“%1”</translation>
    </message>
    <message>
        <source>firm &apos;%1&apos; was changed by someone else at %2; your changes were not saved — reload it and apply them again</source>
        <translation>企业“%1”已于 %2 被他人修改；您的修改未保存，请重新加载后再次修改</translation>
    </message>
    <message>
        <source>reading a firm</source>
        <translation>读取企业</translation>
    </message>
    <message>
        <source>there is no firm with id %1</source>
        <translation>不存在编号为 %1 的企业</translation>
    </message>
    <message>
        <source>there is no firm named &apos;%1&apos;</source>
        <translation>不存在名为“%1”的企业</translation>
    </message>
    <message>
        <source>listing firms</source>
        <translation>列出企业</translation>
    </message>
    <message>
        <source>reading answers</source>
        <translation>读取答案</translation>
    </message>
    <message>
        <source>reading answer history</source>
        <translation>读取答案历史</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;</source>
        <translation>未知事实“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 for &apos;%3&apos;</source>
        <translation>“%1”不是“%3”的有效%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is asked per year; say which fiscal year it is for</source>
        <translation>“%1”按年度填写；请说明是哪个财政年度的数据</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>reading answer %1</source>
        <translation>读取答案 %1</translation>
    </message>
    <message>
        <source>answer %1 was removed by someone else; your change was not saved — reload and enter it again</source>
        <translation>答案 %1 已被他人删除；您的修改未保存，请重新加载后再次输入</translation>
    </message>
    <message>
        <source>answer %1 was changed by %2 at %3 (now &apos;%4&apos;); your change was not saved — reload and decide which value is right</source>
        <translation>答案 %1 已由 %2 于 %3 修改（现为“%4”）；您的修改未保存，请重新加载并确认哪个值正确</translation>
    </message>
    <message>
        <source>removing answer %1</source>
        <translation>删除答案 %1</translation>
    </message>
    <message>
        <source>saving answer %1</source>
        <translation>保存答案 %1</translation>
    </message>
    <message>
        <source>recording the history of answer %1</source>
        <translation>记录答案 %1 的历史</translation>
    </message>
    <message>
        <source>listing deleted firms</source>
        <translation>列出已删除的企业</translation>
    </message>
    <message>
        <source>deleting the firm</source>
        <translation>删除企业</translation>
    </message>
    <message>
        <source>restoring the firm</source>
        <translation>恢复企业</translation>
    </message>
    <message>
        <source>the firm name contains a control character (U+%1 at position %2); names are plain text</source>
        <translation>企业名称含有控制字符（第 %2 个字符 U+%1）；名称只能是普通文本</translation>
    </message>
    <message>
        <source>a firm name cannot start with &apos;-&apos;</source>
        <translation>企业名称不能以“-”开头</translation>
    </message>
    <message>
        <source>reading the firms&apos; regions</source>
        <translation>读取企业所在地区</translation>
    </message>
</context>
<context>
    <name>FirmSheet</name>
    <message>
        <source>the sheet is empty: expected a header row with 企业名称</source>
        <translation>工作表为空：第一行应为含“企业名称”的表头</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a unit of %3 (its unit is %4)</source>
        <translation>“%1”列：“%2”不是“%3”的单位（其单位为 %4）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;%2</source>
        <translation>未知的列“%1”%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（是否指 %1？）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; says the same as column %2 (&apos;%3&apos;)</source>
        <translation>“%1”列与 %2 列（“%3”）含义相同</translation>
    </message>
    <message>
        <source>no 企业名称 (name) column: every row must name its firm</source>
        <translation>缺少“企业名称”（name）列：每一行都必须写明企业</translation>
    </message>
    <message>
        <source>cell %1%2 has a value but its column has no header</source>
        <translation>单元格 %1%2 有内容，但该列没有表头</translation>
    </message>
    <message>
        <source>row %1, column &apos;%2&apos; (%3): %4</source>
        <translation>第 %1 行“%2”列（%3）：%4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD, e.g. 2025-06-01)</source>
        <translation>“%1”不是日期（应为 YYYY-MM-DD，如 2025-06-01）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (e.g. 2024)</source>
        <translation>“%1”不是年份（如 2024）</translation>
    </message>
    <message>
        <source>row %1 has no 企业名称 (name)</source>
        <translation>第 %1 行没有“企业名称”</translation>
    </message>
    <message>
        <source>row %1 gives %2 of &apos;%3&apos; as &apos;%4&apos;, an earlier row as &apos;%5&apos;</source>
        <translation>第 %1 行给出“%3”的%2为“%4”，而前面的行为“%5”</translation>
    </message>
    <message>
        <source>the credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>row %1 gives &apos;%2&apos; of &apos;%3&apos;%4 as &apos;%5&apos;, an earlier row as &apos;%6&apos;</source>
        <translation>第 %1 行给出“%3”%4的“%2”为“%5”，而前面的行为“%6”</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation>%1 年度</translation>
    </message>
</context>
<context>
    <name>FirmSheetExporter</name>
    <message>
        <source>Firms</source>
        <translation>企业</translation>
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
        <translation>从目录 DIR 加载更多规则集（可重复使用）。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en (default: as chosen in Settings, else the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认：按“设置”中的选择，未选择时跟随系统）。</translation>
    </message>
    <message>
        <source>Open an answers file at start.</source>
        <translation>启动时打开一个答案文件。</translation>
    </message>
    <message>
        <source>Firms database: an SQLite file or postgresql://user@host:port/dbname (default: the database in the user&apos;s data folder).</source>
        <translation>企业数据库：SQLite 文件或 postgresql://user@host:port/dbname（默认：用户数据文件夹中的数据库）。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>An answers file to open, or a firm file (written by export) to import.</source>
        <translation>要打开的答案文件，或要导入的企业文件（由导出功能写出）。</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Writing a PDF needs a QGuiApplication (fonts); none exists.</source>
        <translation>生成 PDF 需要 QGuiApplication（用于字体），但当前没有。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>QuestionPlan</name>
    <message>
        <source>Basic information</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Finance</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>财务</translation>
    </message>
    <message>
        <source>R&amp;D and staff</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>研发与人员</translation>
    </message>
    <message>
        <source>Project</source>
        <extracomment>Questionnaire page title (questions about the project applied for)</extracomment>
        <translation>项目</translation>
    </message>
    <message>
        <source>Compliance and credit</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>合规与信用</translation>
    </message>
    <message>
        <source>History and recognitions</source>
        <extracomment>Questionnaire page title: earlier recognitions, revocations and bans</extracomment>
        <translation>历史与资格</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Questionnaire page title</extracomment>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>RecheckWording</name>
    <message>
        <source>a document that is no longer loaded</source>
        <translation>已不再加载的政策文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>document title (文号)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: the rule set is no longer loaded; assessment #%2 was left as it was.</source>
        <translation>%1：该规则集已不再加载，评估 #%2 保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>%1: re-checked with the current rules (#%2 → #%3), %n change(s)</source>
        <translation>
            <numerusform>%1：已按当前规则重新评估（#%2 → #%3），%n 处变化</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the rules)</source>
        <translation>（规则中已无此条）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: verdict %2 → %3</source>
        <translation>%1：结论 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2：%3 → %4</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4, %5</source>
        <translation>%1 %2：%3 → %4，%5</translation>
    </message>
    <message>
        <source>%1 %2: support amount up to %3 → %4</source>
        <translation>%1 %2：支持金额上限 %3 → %4</translation>
    </message>
    <message>
        <source>%1: outcome %2 → %3</source>
        <translation>%1：结果 %2 → %3</translation>
    </message>
    <message>
        <source>%1: new in the rules, %2</source>
        <translation>%1：规则中新增，%2</translation>
    </message>
    <message>
        <source>%1: no longer in the rules (was %2)</source>
        <translation>%1：已从规则中删除（原为%2）</translation>
    </message>
</context>
<context>
    <name>ReportFont</name>
    <message>
        <source>The report font &quot;%1&quot; is not installed, so Chinese text would not be written correctly into the PDF. Install it (Debian/Ubuntu: apt install %2) and try again.</source>
        <translation>报告字体“%1”未安装，PDF 中的中文将无法正确写入。请安装该字体（Debian/Ubuntu：apt install %2）后重试。</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Painting a report needs a QGuiApplication (fonts); none exists.</source>
        <translation>绘制报告需要 QGuiApplication（用于字体），但当前没有。</translation>
    </message>
    <message>
        <source>Cannot start painting on the output device.</source>
        <translation>无法在输出设备上开始绘制。</translation>
    </message>
    <message>
        <source>The output device refused a new page after page %1.</source>
        <translation>输出设备在第 %1 页之后拒绝新建页面。</translation>
    </message>
    <message>
        <source>The report font &quot;%1&quot; chosen in Settings is not installed. Choose another one under Settings → Reports, or install it, and try again.</source>
        <translation>设置中选择的报告字体“%1”未安装。请在“设置 → 报告”中另选字体，或安装该字体后重试。</translation>
    </message>
</context>
<context>
    <name>ResultSheetWriter</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>申报事项</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>待补充信息</translation>
    </message>
    <message>
        <source>Support (万元)</source>
        <translation>支持金额（万元）</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Support amounts</source>
        <translation>支持金额</translation>
    </message>
    <message>
        <source>EligiCheck results as of %1</source>
        <translation>EligiCheck 匹配结果（评估日期 %1）</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件数</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>待定数</translation>
    </message>
    <message>
        <source>Question (column of the questionnaire)</source>
        <translation>问题（问卷表格中的列）</translation>
    </message>
    <message>
        <source>Programmes it decides</source>
        <translation>可判定的事项数</translation>
    </message>
    <message>
        <source>Programmes waiting for it</source>
        <translation>等待此信息的申报事项</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持项目</translation>
    </message>
    <message>
        <source>Up to (万元)</source>
        <translation>最高（万元）</translation>
    </message>
    <message>
        <source>At least (万元)</source>
        <translation>最低（万元）</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>More rows than Excel can show (%1); export as CSV for all of them</source>
        <translation>行数超过 Excel 的上限（%1 行）；如需全部内容请导出为 CSV</translation>
    </message>
</context>
<context>
    <name>RuleInstaller</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>added: %1 (verified %2)</source>
        <translation>已添加：%1（核验日期 %2）</translation>
    </message>
    <message>
        <source>updated: %1, verified %2 → %3</source>
        <translation>已更新：%1，核验日期 %2 → %3</translation>
    </message>
    <message>
        <source>replaces the built-in version: %1, verified %2 → %3</source>
        <translation>替代内置版本：%1，核验日期 %2 → %3</translation>
    </message>
    <message>
        <source>not added: %1 — the built-in version (verified %2) is as recent as this one or newer (verified %3); a rule set replaces a built-in one only when its verified_on is later</source>
        <translation>未添加：%1 — 内置版本（核验日期 %2）与此版本（核验日期 %3）同样新或更新；规则集只有在核验日期（verified_on）更晚时才替代内置版本</translation>
    </message>
    <message>
        <source>already in use, unchanged: %1 (verified %2)</source>
        <translation>已在使用，无变化：%1（核验日期 %2）</translation>
    </message>
    <message>
        <source>removed: %1 (verified %2)</source>
        <translation>已移除：%1（核验日期 %2）</translation>
    </message>
    <message>
        <source>%1 is not a .zip archive that can be read</source>
        <translation>%1 不是可读取的 .zip 压缩包</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files</source>
        <translation>%1 包含的文件超过 %2 个</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB once unpacked</source>
        <translation>%1 解压后超过 %2 MB</translation>
    </message>
    <message>
        <source>cannot unpack %1 (damaged archive?)</source>
        <translation>无法解压 %1（压缩包是否已损坏？）</translation>
    </message>
    <message>
        <source>no such file or folder: %1</source>
        <translation>没有这个文件或文件夹：%1</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip archive of rule files</source>
        <translation>%1 既不是文件夹，也不是规则文件的 .zip 压缩包</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 超过 %2 MB</translation>
    </message>
    <message>
        <source>no rule files (*.yaml, *.yml) found in %1</source>
        <translation>%1 中没有规则文件（*.yaml、*.yml）</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot create the rules folder %1</source>
        <translation>无法创建规则文件夹 %1</translation>
    </message>
    <message>
        <source>no rule set &apos;%1&apos; was added; none has been added</source>
        <translation>没有添加过规则集“%1”；目前没有添加任何规则集</translation>
    </message>
    <message>
        <source>no rule set &apos;%1&apos; was added (added: %2)</source>
        <translation>没有添加过规则集“%1”（已添加：%2）</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>not added: %1 — the version in use (verified %2) is more recent than this one (verified %3)</source>
        <translation>未添加：%1 — 正在使用的版本（核验日期 %2）比此版本（核验日期 %3）更新</translation>
    </message>
</context>
<context>
    <name>RuleSetDiff</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>document number (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>issuers</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>in force until</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>verified on</source>
        <translation>核验日期</translation>
    </message>
    <message>
        <source>official text</source>
        <translation>原文文件</translation>
    </message>
    <message>
        <source>programme removed: %1</source>
        <translation>申报事项已删除：%1</translation>
    </message>
    <message>
        <source>new programme: %1</source>
        <translation>新增申报事项：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1%2: %3 → %4</source>
        <translation>%1%2：%3 → %4</translation>
    </message>
    <message>
        <source>programme title</source>
        <translation>申报事项名称</translation>
    </message>
    <message>
        <source>%1: clause removed (“%2”)</source>
        <translation>%1：条款已删除（“%2”）</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>when it applies</source>
        <translation>适用条件</translation>
    </message>
    <message>
        <source>when it is waived</source>
        <translation>免除条件</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1：%2已修改</translation>
    </message>
    <message>
        <source>%1: new clause (“%2”)</source>
        <translation>%1：新增条款（“%2”）</translation>
    </message>
    <message>
        <source>%1: support amount removed</source>
        <translation>%1：支持金额已删除</translation>
    </message>
    <message>
        <source>%1: the amount&apos;s calculation changed</source>
        <translation>%1：支持金额的计算方式已修改</translation>
    </message>
    <message>
        <source>%1: new support amount</source>
        <translation>%1：新增支持金额</translation>
    </message>
    <message>
        <source>outcome bands</source>
        <translation>结果分档</translation>
    </message>
    <message>
        <source>document removed: %1</source>
        <translation>政策文件已删除：%1</translation>
    </message>
    <message>
        <source>new document: %1</source>
        <translation>新增政策文件：%1</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>No programme has been assessed yet. Choose programmes and answer the questionnaire first.</source>
        <translation>尚未评估任何申报事项。请先选择事项并填写问卷。</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Export blank questionnaire</source>
        <translation>导出空白问卷表格</translation>
    </message>
    <message>
        <source>questionnaire.xlsx</source>
        <translation>空白问卷.xlsx</translation>
    </message>
    <message>
        <source>Cannot export the questionnaire</source>
        <translation>无法导出问卷表格</translation>
    </message>
    <message>
        <source>Export firms</source>
        <translation>导出企业表格</translation>
    </message>
    <message>
        <source>firms.xlsx</source>
        <translation>企业.xlsx</translation>
    </message>
    <message>
        <source>Cannot export the firms</source>
        <translation>无法导出企业表格</translation>
    </message>
    <message>
        <source>Export results workbook</source>
        <translation>导出结果表格</translation>
    </message>
    <message>
        <source>results-%1.xlsx</source>
        <translation>匹配结果-%1.xlsx</translation>
    </message>
    <message>
        <source>Evaluating every firm and writing the workbook…</source>
        <translation>正在评估每家企业并写入表格…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot export the results</source>
        <translation>无法导出结果表格</translation>
    </message>
</context>
<context>
    <name>SourceTexts</name>
    <message>
        <source>The text of “%1” is not available (source: %2).</source>
        <translation>“%1”的原文不可用（原文文件：%2）。</translation>
    </message>
    <message>
        <source>%1: the source text is larger than %2 MB.</source>
        <translation>%1：原文文件超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1: cannot read the source text: %2</source>
        <translation>%1：无法读取原文：%2</translation>
    </message>
</context>
<context>
    <name>StorageCommands</name>
    <message>
        <source>Try &apos;eligicheck-cli --help&apos;.</source>
        <translation>请运行“eligicheck-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>--as-of &apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation>--as-of “%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>firm needs a subcommand: add, list, show or answers</source>
        <translation>firm 需要子命令：add、list、show 或 answers</translation>
    </message>
    <message>
        <source>unknown firm subcommand &apos;%1&apos; (use add, list, show or answers)</source>
        <translation>未知的 firm 子命令“%1”（可用 add、list、show 或 answers）</translation>
    </message>
    <message>
        <source>firm add takes no positional arguments; use --name NAME</source>
        <translation>firm add 不接受位置参数；请使用 --name NAME</translation>
    </message>
    <message>
        <source>firm add needs --name NAME</source>
        <translation>firm add 需要 --name NAME</translation>
    </message>
    <message>
        <source>Added firm &apos;%1&apos; (id %2)</source>
        <translation>已添加企业“%1”（编号 %2）</translation>
    </message>
    <message numerus="yes">
        <source> with %n answer(s)</source>
        <translation>
            <numerusform>，含 %n 项答案</numerusform>
        </translation>
    </message>
    <message>
        <source>firm list takes no arguments</source>
        <translation>firm list 不接受参数</translation>
    </message>
    <message>
        <source>No firms yet; add one with: firm add --name NAME</source>
        <translation>尚无企业；可用以下命令添加：firm add --name NAME</translation>
    </message>
    <message>
        <source>assessed %1: %2</source>
        <translation>评估于 %1：%2</translation>
    </message>
    <message>
        <source>rules changed — run recheck</source>
        <translation>规则已变更 — 请运行 recheck</translation>
    </message>
    <message>
        <source>  credit code: %1</source>
        <translation>  信用代码：%1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>  region: %1</source>
        <translation>  地区：%1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation>  备注：%1</translation>
    </message>
    <message numerus="yes">
        <source>  %n answer(s):</source>
        <translation>
            <numerusform>  %n 项答案：</numerusform>
        </translation>
    </message>
    <message>
        <source> (entered as %1)</source>
        <translation>（输入为 %1）</translation>
    </message>
    <message>
        <source>(v%1, %2, %3)</source>
        <translation>（第 %1 版，%2，%3）</translation>
    </message>
    <message>
        <source>no loaded rule set asks for this fact</source>
        <translation>已加载的规则集均不需要此项</translation>
    </message>
    <message>
        <source>firm answers needs --answers FILE</source>
        <translation>firm answers 需要 --answers FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds answers of firm &apos;%2&apos;, not &apos;%3&apos;; nothing was saved</source>
        <translation>“%1”中是企业“%2”的答案，而不是“%3”的；未保存任何内容</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answer(s) for &apos;%1&apos;</source>
        <translation>
            <numerusform>已为“%1”保存 %n 项答案</numerusform>
        </translation>
    </message>
    <message>
        <source>no rule set &apos;%1&apos;%2</source>
        <translation>没有规则集“%1”%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（您是否要找 %1？）</translation>
    </message>
    <message numerus="yes">
        <source>(%n answer(s) missing)</source>
        <translation>
            <numerusform>（尚缺 %n 项回答）</numerusform>
        </translation>
    </message>
    <message>
        <source>  as of %1</source>
        <translation>  评估日期 %1</translation>
    </message>
    <message>
        <source>rule set no longer loaded</source>
        <translation>规则集已不再加载</translation>
    </message>
    <message>
        <source>No assessments of &apos;%1&apos; yet</source>
        <translation>“%1”尚无评估</translation>
    </message>
    <message>
        <source>All assessments use the current rules; nothing to re-check</source>
        <translation>所有评估均使用当前规则；无需重新评估</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export 需要 --output FILE</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation>import 需要且只需要一个文件 FILE</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n firm(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>match-all takes no arguments; it evaluates every firm</source>
        <translation>match-all 不接受参数，它会评估每一家企业</translation>
    </message>
    <message>
        <source>  (as of %1)</source>
        <translation>  （评估日期 %1）</translation>
    </message>
    <message>
        <source>report needs --output FILE (.pdf or .html)</source>
        <translation>report 需要 --output 文件（.pdf 或 .html）</translation>
    </message>
    <message>
        <source>report writes pdf or html, not &apos;%1&apos;</source>
        <translation>report 只能输出 pdf 或 html，不支持“%1”</translation>
    </message>
    <message>
        <source>assessment #%1 (%2) cannot be reported: %3</source>
        <translation>评估 #%1（%2）无法生成报告：%3</translation>
    </message>
    <message>
        <source>%1: the rule set has changed since assessment #%2 was saved on %3; run recheck before relying on this report</source>
        <translation>%1：评估 #%2 于 %3 保存后规则集已变更；请先运行 recheck，再使用本报告</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stored assessment of rule set &apos;%2&apos;; run assess first</source>
        <translation>“%1”没有规则集“%2”的已保存评估；请先运行 assess</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stored assessments; run assess first</source>
        <translation>“%1”没有已保存的评估；请先运行 assess</translation>
    </message>
    <message>
        <source>Report of %1 written to %2</source>
        <translation>%1 的报告已写入 %2</translation>
    </message>
    <message>
        <source>: </source>
        <comment>firm name: heading</comment>
        <translation>：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not imported: it has errors (nothing was written)</source>
        <translation>“%1”未导入：文件有错误（未写入任何内容）</translation>
    </message>
    <message>
        <source>--sheet is for .xlsx workbooks; &apos;%1&apos; is not one</source>
        <translation>--sheet 仅用于 .xlsx 工作簿；“%1”不是工作簿</translation>
    </message>
    <message>
        <source>No programme in force concerns %1 on %2 (--all assesses every rule set).</source>
        <translation>%2 没有与 %1 相关的有效事项（--all 评估全部政策文件）。</translation>
    </message>
    <message>
        <source>the disk is full (%1 bytes free, %2 needed); nothing was written</source>
        <translation>磁盘已满（剩余 %1 字节，需要 %2 字节）；未写入任何内容</translation>
    </message>
    <message>
        <source>--id needs the number of a firm as &apos;firm list&apos; shows it, not &apos;%1&apos;</source>
        <translation>--id 需要 firm list 显示的企业编号，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no firm with id %1</source>
        <translation>没有编号为 %1 的企业</translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation>（编号 %1）</translation>
    </message>
    <message>
        <source>firm show needs exactly one firm NAME (or --id N)</source>
        <translation>firm show 需要且只需要一个企业名称 NAME（或 --id N）</translation>
    </message>
    <message>
        <source>firm answers needs exactly one firm NAME (or --id N)</source>
        <translation>firm answers 需要且只需要一个企业名称 NAME（或 --id N）</translation>
    </message>
    <message>
        <source>assess needs a firm NAME (or --id N)</source>
        <translation>assess 需要企业名称 NAME（或 --id N）</translation>
    </message>
    <message>
        <source>history needs exactly one firm NAME (or --id N)</source>
        <translation>history 需要且只需要一个企业名称 NAME（或 --id N）</translation>
    </message>
    <message>
        <source>recheck takes at most one firm NAME (or --id N)</source>
        <translation>recheck 最多接受一个企业名称 NAME（或 --id N）</translation>
    </message>
    <message>
        <source>export takes at most one firm NAME (or --id N)</source>
        <translation>export 最多接受一个企业名称 NAME（或 --id N）</translation>
    </message>
    <message>
        <source>report needs a firm NAME or --id N (and optionally rule set ids)</source>
        <translation>report 需要企业名称 NAME 或 --id N（可另附规则集 id）</translation>
    </message>
    <message>
        <source>#%1 %2, as of %3</source>
        <translation>#%1 %2，评估日期 %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n firm(s) to %1</source>
        <translation>
            <numerusform>已将 %n 家企业写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>match-all --format %1 needs --output FILE</source>
        <translation>match-all --format %1 需要 --output FILE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the results of %n firm(s) to %1</source>
        <translation>
            <numerusform>已将 %n 家企业的匹配结果写入 %1</numerusform>
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
        <translation>企业数据库（--db 文件 或 postgresql://user@host:port/dbname；默认：您的 EligiCheck 数据文件）：
  firm add --name NAME [--credit-code CODE] [--region R] [--notes TEXT] [--answers FILE]
  firm list [--format text|json]                  企业列表、最新结论、规则已变更标记
  firm show NAME                                  显示企业及其已保存的答案
  firm answers NAME --answers FILE                从文件合并答案
  assess NAME [RULESET...] [--as-of DATE] [--all] [--include-expired] [--format text|json]
                                                  评估并保存评估结果；不指定 RULESET 时，评估与企业相关的
                                                  政策文件（本地区及全国的、有效的、适用于其申报主体类型的）；
                                                  --all：全部政策文件
  history NAME [--format text|json]               已保存的评估，最新的在前
  recheck [NAME]                                  重新评估规则已变更的评估
  export [NAME] --output FILE [--format xlsx|csv] 将一家或全部企业导出为 YAML，或导出为表格
                                                  （.xlsx/.csv：企业及其答案，可再导入）
  import FILE [--rename] [--sheet NAME]           从 YAML、CSV（UTF-8 或 GB18030）或 .xlsx（第一个工作表
                                                  或 NAME）添加或合并企业（出错时不写入任何内容）；
                                                  --rename 允许文件更改某信用代码对应企业的名称
  match-all [--as-of DATE] [--format text|json]   每家企业与全部申报事项匹配
  match-all --format xlsx|csv --output FILE       同上，写成表格：结论（按颜色区分）、最能决定结论的
                                                  待补充信息、支持金额
  report NAME [RULESET...] --output FILE [--format pdf|html] [--summary]
                                                  根据企业最新的已保存评估生成报告；
                                                  --summary：一页纸的可申报事项一览
  report --all [--region R] [--as-of DATE] --output-dir DIR [--format pdf|html]
                                                  每家企业一份报告（其答案对照与其相关的申报事项，
                                                  同 match-all）；某家企业失败时会列出其名称，
                                                  其余企业照常生成
  NAME 为企业名称或统一社会信用代码；也可用 --id N 代替，按 firm list 显示的编号找到任何企业。
  PostgreSQL 密码来自 PGPASSWORD 或提示输入，从不保存。
</translation>
    </message>
    <message>
        <source>report --all takes no firm NAME; use --region R to choose firms</source>
        <translation>report --all 不接受企业名称；请用 --region R 选择企业</translation>
    </message>
    <message>
        <source>report --all needs --output-dir DIR</source>
        <translation>report --all 需要 --output-dir 文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 份报告写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n firm(s) failed (see above)</source>
        <translation>
            <numerusform>；%n 家企业失败（见上文）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>unknown rule set &apos;%1&apos;%2</source>
        <translation>未知规则集“%1”%2</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（是否指 %1？）</translation>
    </message>
    <message>
        <source>rule set &apos;%1&apos; has no programme &apos;%2&apos;%3</source>
        <translation>规则集“%1”中没有申报事项“%2”%3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message numerus="yes">
        <source> … (%n choice(s) in all, see the drop-down list)</source>
        <translation>
            <numerusform>…（共 %n 个选项，见下拉列表）</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a number in %1</source>
        <translation>数字，单位 %1</translation>
    </message>
    <message>
        <source> (or with its unit: 0.8亿元, 800000元)</source>
        <translation>（也可带单位：0.8亿元、800000元）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a whole number in %1</source>
        <translation>整数，单位 %1</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD, e.g. 2024-06-30</source>
        <translation>日期，格式 YYYY-MM-DD，例如 2024-06-30</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>，%1 至 %2</translation>
    </message>
    <message>
        <source>, at least %1</source>
        <translation>，不低于 %1</translation>
    </message>
    <message>
        <source>, at most %1</source>
        <translation>，不超过 %1</translation>
    </message>
    <message>
        <source>; for the 财务年度 of the row</source>
        <translation>；按本行的财务年度填写</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>可填写：%1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>填写内容</translation>
    </message>
    <message>
        <source>Why it is asked</source>
        <translation>依据（申报事项与条款）</translation>
    </message>
    <message>
        <source>required: the firm&apos;s name; one row per firm (or per firm and 财务年度)</source>
        <translation>必填：企业名称；每家企业一行（或每家企业每个财务年度一行）</translation>
    </message>
    <message>
        <source>18 characters; firms already in the database are matched by it, else by name</source>
        <translation>18 位；已在数据库中的企业按此匹配，没有时按名称匹配</translation>
    </message>
    <message>
        <source>e.g. 广东省深圳市; decides which regional programmes concern the firm</source>
        <translation>例如 广东省深圳市；决定哪些地方申报事项与企业相关</translation>
    </message>
    <message>
        <source>the date the answers hold on, YYYY-MM-DD (empty: the day of import)</source>
        <translation>答案所依据的日期，YYYY-MM-DD（留空：导入当天）</translation>
    </message>
    <message>
        <source>the year of the yearly figures of the row, e.g. 2024 (empty: the year before the assessment date)</source>
        <translation>本行年度数据所属的年度，例如 2024（留空：评估基准日的上一年）</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>Unknown language &apos;%1&apos; (use zh_CN or en).</source>
        <translation>未知语言“%1”（请使用 zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>此版本缺少 %1 翻译。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>not an Excel workbook: it has no %1</source>
        <translation>不是 Excel 工作簿：缺少 %1</translation>
    </message>
    <message>
        <source>%1 of the workbook is larger than %2 MB once unpacked</source>
        <translation>工作簿中的 %1 解压后超过 %2 MB</translation>
    </message>
    <message>
        <source>cannot unpack %1 of the workbook (damaged file?)</source>
        <translation>无法解压工作簿中的 %1（文件是否已损坏？）</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an .xlsx workbook (it cannot be opened as one)</source>
        <translation>“%1”不是 .xlsx 工作簿（无法按工作簿打开）</translation>
    </message>
    <message>
        <source>the workbook has no sheet &apos;%1&apos; (it has: %2)</source>
        <translation>工作簿中没有工作表“%1”（现有：%2）</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;, cell %2%3 refers to a missing shared string</source>
        <translation>工作表“%1”的单元格 %2%3 引用了不存在的共享字符串</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; of the workbook is damaged: %2</source>
        <translation>工作簿中的工作表“%1”已损坏：%2</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>cannot create &apos;%1&apos;</source>
        <translation>无法创建“%1”</translation>
    </message>
    <message>
        <source>cannot add the worksheet &apos;%1&apos;</source>
        <translation>无法添加工作表“%1”</translation>
    </message>
    <message>
        <source>the workbook would pass Excel&apos;s limit of %1 rows and %2 columns</source>
        <translation>表格将超过 Excel 的上限（%1 行、%2 列）</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>无法写入“%1”</translation>
    </message>
</context>
<context>
    <name>eligicheck::BoolEditor</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>eligicheck::BoundedFile</name>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>“%1”是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB (or never ends); refusing to read it</source>
        <translation>“%1”大于 %2 MB（或没有尽头），拒绝读取</translation>
    </message>
</context>
<context>
    <name>eligicheck::BrowserView</name>
    <message>
        <source>&amp;Assess this programme…</source>
        <translation>评估此事项(&amp;A)…</translation>
    </message>
    <message>
        <source>Search titles, document numbers (文号) and clause texts</source>
        <translation>搜索标题、文号和条款原文</translation>
    </message>
    <message>
        <source>Search programmes</source>
        <translation>搜索申报事项</translation>
    </message>
    <message>
        <source>Documents and programmes</source>
        <translation>政策文件和申报事项</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose a document or programme on the left to read its criteria.</source>
        <translation>在左侧选择一个政策文件或申报事项，即可查看其申报条件。</translation>
    </message>
</context>
<context>
    <name>eligicheck::ChoiceEditor</name>
    <message>
        <source>— not chosen —</source>
        <translation>— 未选择 —</translation>
    </message>
</context>
<context>
    <name>eligicheck::DateEditor</name>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
</context>
<context>
    <name>eligicheck::Expression</name>
    <message>
        <source>&apos;%1&apos;: numbers with an exponent are not supported; write the number in full, e.g. 15000000 or 0.0015</source>
        <translation>“%1”：不支持科学计数法，请写出完整数字，例如 15000000 或 0.0015</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除数为零</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>是/否值</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>expected digits after &apos;.&apos;</source>
        <translation>“.”后应为数字</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串没有结束引号</translation>
    </message>
    <message>
        <source>&apos;=&apos; is not an operator; use &apos;==&apos; to compare</source>
        <translation>“=”不是运算符；比较请用“==”</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;; expected an operator or the end</source>
        <translation>意外的“%1”；此处应为运算符或表达式结束</translation>
    </message>
    <message>
        <source>unknown fact &apos;%1&apos;</source>
        <translation>未知的事实“%1”</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（是否想写 %1？）</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>此处应为“%1”</translation>
    </message>
    <message>
        <source>expression nested too deeply</source>
        <translation>表达式嵌套过深</translation>
    </message>
    <message>
        <source>&apos;not&apos; needs a yes/no value, got a %1</source>
        <translation>“not”需要是/否值，得到的是%1</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &apos;and&apos;</source>
        <translation>比较不能连写；请用“and”连接</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;in&apos;</source>
        <translation>“in”之后应为“{”</translation>
    </message>
    <message>
        <source>&apos;in {…}&apos; needs a choice, number or text on the left, got a %1</source>
        <translation>“in {…}”左边应为选项、数字或文本，得到的是%1</translation>
    </message>
    <message>
        <source>in {…}</source>
        <translation>in {…}</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the set</source>
        <translation>集合中此处应为“,”或“}”</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number</source>
        <translation>“-”需要数字</translation>
    </message>
    <message>
        <source>a duration needs a number before &apos;%1&apos;</source>
        <translation>“%1”之前应有数字才能构成时长</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>此处应为“)”</translation>
    </message>
    <message>
        <source>unexpected end of expression; expected a value</source>
        <translation>表达式意外结束；此处应为一个值</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;; expected a value</source>
        <translation>意外的“%1”；此处应为一个值</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;%2</source>
        <translation>未知的函数“%1”%2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call</source>
        <translation>函数调用中此处应为“,”或“)”</translation>
    </message>
    <message>
        <source>this function takes %1 argument(s), got %2</source>
        <translation>此函数需要 %1 个参数，实际为 %2 个</translation>
    </message>
    <message>
        <source>min()/max() need at least two arguments</source>
        <translation>min()/max() 至少需要两个参数</translation>
    </message>
    <message>
        <source>min()/max() take numbers, got a %1</source>
        <translation>min()/max() 的参数应为数字，得到的是%1</translation>
    </message>
    <message>
        <source>years_between() takes two dates</source>
        <translation>years_between() 需要两个日期</translation>
    </message>
    <message>
        <source>year() takes a date</source>
        <translation>year() 需要一个日期</translation>
    </message>
    <message>
        <source>known() takes a fact id</source>
        <translation>known() 需要一个事实 id</translation>
    </message>
    <message>
        <source>date(year, month, day) takes three numbers</source>
        <translation>date(year, month, day) 需要三个数字</translation>
    </message>
    <message>
        <source>cannot compare a percentage fact (unit %) with a ratio such as 2%: a _pct fact holds percentage points, so write 2, not 2%</source>
        <translation>不能把百分比事实（单位 %）与 2% 这样的比率比较：_pct 事实存的是百分点，请写 2，不要写 2%</translation>
    </message>
    <message>
        <source>a plain number</source>
        <translation>无单位的数字</translation>
    </message>
    <message>
        <source>unit mismatch: %1 vs %2</source>
        <translation>单位不一致：%1 与 %2</translation>
    </message>
    <message>
        <source>these choices belong to different facts</source>
        <translation>这些选项属于不同的事实</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a declared choice of fact &apos;%2&apos;%3</source>
        <translation>“%1”不是事实“%2”声明的选项%3</translation>
    </message>
    <message>
        <source> (choices: %1)</source>
        <translation>（可选：%1）</translation>
    </message>
    <message>
        <source>cannot compare a choice with a %1 in %2</source>
        <translation>不能在%2中把选项与%1比较</translation>
    </message>
    <message>
        <source>cannot compare a %1 with a %2</source>
        <translation>不能把%1与%2比较</translation>
    </message>
    <message>
        <source>the condition after &apos;if&apos; must be yes/no, got a %1</source>
        <translation>“if”之后的条件必须是是/否值，得到的是%1</translation>
    </message>
    <message>
        <source>both branches must have the same type (%1 vs %2)</source>
        <translation>两个分支的类型必须相同（%1 与 %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; joins yes/no conditions, got a %2</source>
        <translation>“%1”连接的是是/否条件，得到的是%2</translation>
    </message>
    <message>
        <source>a comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos;, &apos;&gt;&apos; and friends compare numbers or dates, not a %1</source>
        <translation>“&lt;”“&gt;”等只能比较数字或日期，不能比较%1</translation>
    </message>
    <message>
        <source>durations cannot be compared; add them to a date</source>
        <translation>时长之间不能比较；请把时长加到日期上</translation>
    </message>
    <message>
        <source>cannot apply &apos;%1&apos; to a %2 and a %3</source>
        <translation>不能对%2和%3使用“%1”</translation>
    </message>
    <message>
        <source>expression longer than %1 characters</source>
        <translation>表达式超过 %1 个字符</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>表达式为空</translation>
    </message>
    <message>
        <source>expected a %1 expression, got a %2</source>
        <translation>此处应为%1表达式，得到的是%2</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmAnswersModel</name>
    <message>
        <source>“%1” is not a question of the loaded rules, so it cannot be changed here.</source>
        <translation>“%1”不是已加载规则中的问题，无法在此修改。</translation>
    </message>
    <message>
        <source>“%1” was not saved for “%2”: %3</source>
        <translation>“%1”未能为“%2”保存：%3</translation>
    </message>
    <message>
        <source>Your change was not saved: %1 The answers were reloaded; enter it again if it is still right.</source>
        <translation>您的修改未保存：%1 答案已重新加载；如仍需修改，请再次输入。</translation>
    </message>
    <message>
        <source>Your change was not saved: %1</source>
        <translation>您的修改未保存：%1</translation>
    </message>
    <message>
        <source>Not a question of the loaded rules</source>
        <translation>不是已加载规则中的问题</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财政年度</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmAssessmentsModel</name>
    <message>
        <source>The rules of this document changed after the assessment. Re-check to see what changed.</source>
        <translation>评估之后该文件的规则已变更。请重新评估以查看变化。</translation>
    </message>
    <message>
        <source>The document of this assessment is not loaded any more.</source>
        <translation>该评估所依据的政策文件已不再加载。</translation>
    </message>
    <message>
        <source>⚠ rules changed</source>
        <translation>⚠ 规则已变更</translation>
    </message>
    <message>
        <source>⚠ rules not loaded</source>
        <translation>⚠ 规则未加载</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmDialog</name>
    <message>
        <source>New firm</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>Edit firm</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>18 characters, optional</source>
        <translation>18 位，可不填</translation>
    </message>
    <message>
        <source>e.g. 广西 柳州市</source>
        <translation>例如：广西 柳州市</translation>
    </message>
    <message>
        <source>person, phone, e-mail</source>
        <translation>联系人、电话、电子邮件</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Credit code (统一社会信用代码):</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— 未填写 —</translation>
    </message>
    <message>
        <source>&amp;Registered in:</source>
        <translation>注册地(&amp;R)：</translation>
    </message>
    <message>
        <source>Region as written before: %1</source>
        <translation>原填写的地区：%1</translation>
    </message>
    <message>
        <source>&amp;Applicant type:</source>
        <translation>申报主体类型(&amp;A)：</translation>
    </message>
    <message>
        <source>— city not given —</source>
        <translation>— 未填写城市 —</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmHeader</name>
    <message>
        <source>Quick check — no firm chosen; these answers are not stored</source>
        <translation>快速自测 — 未选择企业，答案不保存</translation>
    </message>
    <message>
        <source>Firm: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Firm: %1 · credit code %2</source>
        <translation>企业：%1 · 统一社会信用代码 %2</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmListView</name>
    <message>
        <source>New &amp;firm…</source>
        <translation>新建企业(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Search firms by name, credit code, region or verdict</source>
        <translation>按名称、信用代码、地区或结论搜索企业</translation>
    </message>
    <message>
        <source>Search firms</source>
        <translation>搜索企业</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>No firms database is open, so firms cannot be listed or saved.

%1</source>
        <translation>未打开企业数据库，因此无法列出或保存企业。

%1</translation>
    </message>
    <message>
        <source>Chan&amp;ge details…</source>
        <translation>编辑企业信息(&amp;G)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Undo deleting %1</source>
        <translation>撤销删除 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>新建评估(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport results workbook…</source>
        <translation>导出结果表格(&amp;X)…</translation>
    </message>
    <message>
        <source>Every firm against every programme, as an Excel workbook: verdicts in colour, the missing answers that decide the most, support amounts</source>
        <translation>每家企业与全部申报事项匹配，写成 Excel 表格：按颜色区分的结论、最能决定结论的待补充信息、支持金额</translation>
    </message>
    <message>
        <source>&amp;Reports for all firms…</source>
        <translation>为所有企业生成报告(&amp;R)…</translation>
    </message>
    <message>
        <source>One PDF report per firm in the list (the search narrows it) into a folder you choose</source>
        <translation>为列表中的每家企业（可用搜索缩小范围）生成一份 PDF 报告，保存到您选择的文件夹</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmTableModel</name>
    <message>
        <source>The rules changed since these assessments: %1. Re-check to see what changed.</source>
        <translation>这些评估之后规则已变更：%1。请重新评估以查看变化。</translation>
    </message>
    <message>
        <source>rules changed</source>
        <translation>规则已变更</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>最近评估</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>重新评估</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmView</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>Re-&amp;check</source>
        <translation>重新评估(&amp;C)</translation>
    </message>
    <message>
        <source>Start the questionnaire from this firm&apos;s stored answers; only what is missing is asked</source>
        <translation>以该企业已保存的答案开始问卷；只询问尚缺的问题</translation>
    </message>
    <message>
        <source>Evaluate again the assessments whose rules have changed and show what changed</source>
        <translation>重新评估规则已变更的评估，并显示变化</translation>
    </message>
    <message>
        <source>Stored answers</source>
        <translation>已保存的答案</translation>
    </message>
    <message>
        <source>Double-click an answer to change it; units such as 8000万 or 0.8亿元 are understood. Empty removes the answer.</source>
        <translation>双击答案即可修改；可识别“8000万”“0.8亿元”等单位。清空即删除该答案。</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>答案(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ssessments</source>
        <translation>评估(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>This firm has no saved assessment to report yet.</source>
        <translation>该企业尚无可生成报告的已保存评估。</translation>
    </message>
    <message>
        <source>Regenerated from the assessment saved on %1 with the rules loaded now; the rules of this document have changed since that assessment.</source>
        <translation>根据 %1 保存的评估、按当前加载的规则重新生成；该评估之后此文件的规则已变更。</translation>
    </message>
    <message>
        <source>Choose a firm in the list.</source>
        <translation>请在列表中选择一家企业。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation>输入内容</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Select an answer on the Answers tab to see every value it has had: what was entered, by whom and when.</source>
        <translation>在“答案”页选中一个答案，即可在此查看它的每一次修改：输入了什么、由谁、在何时。</translation>
    </message>
    <message>
        <source>Double-click an assessment to open its report, to read, print or export</source>
        <translation>双击一份评估即可打开其报告，用于阅读、打印或导出</translation>
    </message>
    <message>
        <source>At a &amp;glance…</source>
        <translation>可申报事项一览(&amp;G)…</translation>
    </message>
    <message>
        <source>One page (可申报事项一览) of the programmes the firm is eligible for, those to review or still undetermined, and the answers that would decide the most — to print or save as PDF</source>
        <translation>一页纸列出企业符合、需人工复核和待定的事项，以及最能决定结果的回答，可打印或另存为 PDF</translation>
    </message>
    <message>
        <source>Figures by fiscal year</source>
        <translation>按财务年度的数据</translation>
    </message>
    <message>
        <source>One column per fiscal year; double-click a cell to enter or change that year&apos;s figure (8000万, 0.8亿元). Empty removes it.</source>
        <translation>每个财务年度一列；双击单元格可填写或修改该年度的数据（8000万、0.8亿元）。清空即删除。</translation>
    </message>
    <message>
        <source>By &amp;year</source>
        <translation>按年度(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmWorkspace</name>
    <message>
        <source>F&amp;irms</source>
        <translation>企业(&amp;I)</translation>
    </message>
    <message>
        <source>Cannot start the assessment</source>
        <translation>无法开始评估</translation>
    </message>
    <message>
        <source>Cannot re-check</source>
        <translation>无法重新评估</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>Open firms &amp;database…</source>
        <translation>打开企业数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Save answers to &amp;firm</source>
        <translation>将答案保存到企业(&amp;F)</translation>
    </message>
    <message>
        <source>Write the questionnaire&apos;s answers back to the firm they came from</source>
        <translation>将问卷的答案写回其所属企业</translation>
    </message>
    <message>
        <source>S&amp;tore assessment</source>
        <translation>保存评估(&amp;T)</translation>
    </message>
    <message>
        <source>Save the answers to the firm and keep a snapshot of this evaluation in its history</source>
        <translation>将答案保存到企业，并在其历史中保留本次评估的快照</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>答案未保存</translation>
    </message>
    <message>
        <source>Assessment not stored</source>
        <translation>评估未保存</translation>
    </message>
    <message>
        <source>F&amp;irm</source>
        <translation>企业(&amp;I)</translation>
    </message>
    <message>
        <source>Firms database: %1</source>
        <translation>企业数据库：%1</translation>
    </message>
    <message>
        <source>Cannot open the firms database</source>
        <translation>无法打开企业数据库</translation>
    </message>
    <message>
        <source>The firms database %1 cannot be used:

%2

The file has not been changed. You can open another database file, or continue without firms.</source>
        <translation>企业数据库 %1 无法使用：

%2

文件未作改动。您可以打开其他数据库文件，或在不使用企业功能的情况下继续。</translation>
    </message>
    <message>
        <source>Open &amp;another file…</source>
        <translation>打开其他文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Continue without firms</source>
        <translation>不使用企业功能，继续(&amp;C)</translation>
    </message>
    <message>
        <source>Open firms database</source>
        <translation>打开企业数据库</translation>
    </message>
    <message>
        <source>EligiCheck databases (*.db *.sqlite)</source>
        <translation>EligiCheck 数据库 (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Firm not added</source>
        <translation>企业未添加</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unsaved answer(s) restored from the draft.</source>
        <translation>
            <numerusform>%1：已从草稿恢复 %n 项未保存的答案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stored answer(s) used; only missing questions are asked.</source>
        <translation>
            <numerusform>%1：已使用 %n 项已保存的答案；只询问尚缺的问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>This questionnaire does not belong to a stored firm. Start it from the Firms tab with &quot;New assessment&quot;.</source>
        <translation>此问卷不属于已保存的企业。请在“企业”页用“新建评估”开始。</translation>
    </message>
    <message>
        <source>The answers of %1 were not saved: someone else changed them after this questionnaire was opened.

%2

Nothing was overwritten. Your answers are still here and in the draft; open the firm again to see the other changes.</source>
        <translation>%1 的答案未保存：打开此问卷后，他人修改了这些答案。

%2

没有覆盖任何内容。您的答案仍保留在此处和草稿中；请重新打开该企业查看他人的修改。</translation>
    </message>
    <message>
        <source>The answers of %1 were not saved: %2</source>
        <translation>%1 的答案未保存：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) saved to %1</source>
        <translation>
            <numerusform>已将 %n 项答案保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No programme is chosen, so there is nothing to assess.</source>
        <translation>未选择申报事项，没有可评估的内容。</translation>
    </message>
    <message>
        <source>The assessment for %1 was not stored: %2</source>
        <translation>%1 的评估未保存：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) stored for %1</source>
        <translation>
            <numerusform>已为 %1 保存 %n 项评估</numerusform>
        </translation>
    </message>
    <message>
        <source>All assessments of this firm were made with the rules loaded now; nothing to re-check.</source>
        <translation>该企业的所有评估均使用当前加载的规则；无需重新评估。</translation>
    </message>
    <message>
        <source>An unsaved draft could not be restored: %1</source>
        <translation>无法恢复未保存的草稿：%1</translation>
    </message>
    <message>
        <source>Fir&amp;ms</source>
        <translation>企业(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>Cannot edit the firm</source>
        <translation>无法编辑企业</translation>
    </message>
    <message>
        <source>Firm not saved</source>
        <translation>企业信息未保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot delete the firm</source>
        <translation>无法删除企业</translation>
    </message>
    <message>
        <source>Delete firm</source>
        <translation>删除企业</translation>
    </message>
    <message>
        <source>Move %1 to the recycle bin?

Its answers and stored assessments are kept. Undo, or Firm → Recycle bin…, brings it back.</source>
        <translation>将 %1 移入回收站？

其答案和已保存的评估都会保留。可用“撤销”或 企业 → 回收站… 恢复。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>%1 moved to the recycle bin</source>
        <translation>%1 已移入回收站</translation>
    </message>
    <message>
        <source>Cannot restore the firm</source>
        <translation>无法恢复企业</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>%1 (deleted %2)</source>
        <translation>%1（删除于 %2）</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>Deleted firms keep their answers and assessments.</source>
        <translation>已删除的企业保留其答案和评估。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Stored assessment — %1</source>
        <translation>已保存的评估 — %1</translation>
    </message>
    <message>
        <source>Answers of the quick check</source>
        <translation>快速自测的答案</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire holds %n answer(s) that belong to no firm (a quick check).

Use them for %1? They are saved as its answers, replacing its stored answers to the same questions; its other answers are kept.</source>
        <translation>
            <numerusform>问卷中有 %n 个不属于任何企业的答案（快速自测）。

是否用于 %1？这些答案将保存为该企业的答案，替换其对相同问题已保存的答案；其他答案保留不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use for %1</source>
        <translation>用于 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>丢弃这些答案(&amp;D)</translation>
    </message>
    <message>
        <source>Reports for all firms</source>
        <translation>为所有企业生成报告</translation>
    </message>
    <message>
        <source>There is no firm in the list to report on.</source>
        <translation>列表中没有可生成报告的企业。</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>报告保存文件夹</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be made.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>eligicheck::FirmYearsModel</name>
    <message>
        <source>“%1” was not saved for “%2” (%3): %4</source>
        <translation>“%1”未保存到“%2”（%3 年度）：%4</translation>
    </message>
    <message>
        <source>Your change was not saved: %1</source>
        <translation>您的修改未保存：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 年较 %2 年：%3</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Newest change on the year before</source>
        <translation>最近一年同比</translation>
    </message>
    <message>
        <source>FY %1</source>
        <translation>%1 年度</translation>
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
        <translation>政策事项(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>问卷(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>The date the programmes are checked against (validity and deadlines)</source>
        <translation>据以检查申报事项的日期（有效期和期限）</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>新建评估(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open answers…</source>
        <translation>打开答案(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save answers</source>
        <translation>保存答案(&amp;S)</translation>
    </message>
    <message>
        <source>Save answers &amp;as…</source>
        <translation>答案另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy result as text</source>
        <translation>以文本复制结果(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find programme…</source>
        <translation>查找申报事项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Load rule folder…</source>
        <translation>加载规则文件夹(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Reload rules</source>
        <translation>重新加载规则(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About EligiCheck</source>
        <translation>关于 EligiCheck(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>评估日期(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>%n rule file(s) could not be loaded; see Problems.</source>
        <translation>
            <numerusform>%n 个规则文件无法加载；请查看“问题”面板。</numerusform>
        </translation>
    </message>
    <message>
        <source>New assessment: choose the programmes to check.</source>
        <translation>新建评估：请选择要检查的申报事项。</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>打开答案</translation>
    </message>
    <message>
        <source>Cannot open answers</source>
        <translation>无法打开答案</translation>
    </message>
    <message>
        <source>The answers file was not loaded; your current answers are unchanged.

%1</source>
        <translation>答案文件未加载；当前答案保持不变。

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>保存答案</translation>
    </message>
    <message>
        <source>Cannot save answers</source>
        <translation>无法保存答案</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Load rule folder</source>
        <translation>加载规则文件夹</translation>
    </message>
    <message>
        <source>About EligiCheck</source>
        <translation>关于 EligiCheck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EligiCheck 政策申报资格自测 %1&lt;/h3&gt;&lt;p&gt;Tells a firm whether it qualifies for government support programmes and shows why, clause by clause, with the verbatim text of each policy.&lt;/p&gt;&lt;p&gt;Works offline. The result is a self-assessment, not an official decision.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EligiCheck 政策申报资格自测 %1&lt;/h3&gt;&lt;p&gt;告诉企业是否符合政府扶持政策的申报条件，并逐条说明理由，附每项政策的原文。&lt;/p&gt;&lt;p&gt;离线运行。结果为自测参考，以主管部门审核为准。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此版本缺少使用说明。</translation>
    </message>
    <message>
        <source>The new language takes effect the next time EligiCheck starts.</source>
        <translation>新的语言将在下次启动 EligiCheck 时生效。</translation>
    </message>
    <message numerus="yes">
        <source>%L1 documents, %L2 programmes, %n problem(s)</source>
        <translation>
            <numerusform>%L1 个政策文件，%L2 个申报事项，%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n firm(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quick check: choose the programmes; nothing is stored unless you save it.</source>
        <translation>快速自测：请选择申报事项；除非您自行保存，否则不会存储任何内容。</translation>
    </message>
    <message>
        <source>Discard the quick check?</source>
        <translation>丢弃快速自测？</translation>
    </message>
    <message numerus="yes">
        <source>The %n answer(s) of this quick check belong to no firm and are not saved to a file. They will be lost.</source>
        <translation>
            <numerusform>此次快速自测的 %n 个答案不属于任何企业，也未保存到文件，将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot start the assessment</source>
        <translation>无法开始评估</translation>
    </message>
    <message>
        <source>&amp;Import firms from a spreadsheet…</source>
        <translation>导入企业表格(&amp;I)…</translation>
    </message>
    <message>
        <source>Import firms from a spreadsheet</source>
        <translation>导入企业表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>电子表格 (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — built in, verified %2</source>
        <translation>%1 — 内置，核验日期 %2</translation>
    </message>
    <message>
        <source>%1 — from %2, verified %3</source>
        <translation>%1 — 来自 %2，核验日期 %3</translation>
    </message>
    <message numerus="yes">
        <source> · %n from folders</source>
        <translation>
            <numerusform> · %n 个来自文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot re-check</source>
        <translation>无法重新评估</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>Export &amp;blank questionnaire spreadsheet…</source>
        <translation>导出空白问卷表格(&amp;B)…</translation>
    </message>
    <message>
        <source>Export firms as a spreads&amp;heet…</source>
        <translation>导出企业表格(&amp;H)…</translation>
    </message>
    <message>
        <source>Export res&amp;ults workbook…</source>
        <translation>导出结果表格(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>eligicheck::Number</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to be held exactly</source>
        <translation>“%1”太大，无法精确表示</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too precise to be held exactly (too many digits)</source>
        <translation>“%1”位数太多，无法精确表示</translation>
    </message>
</context>
<context>
    <name>eligicheck::NumberEditor</name>
    <message>
        <source>Unit of %1</source>
        <translation>%1 的单位</translation>
    </message>
</context>
<context>
    <name>eligicheck::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>File:line:column</source>
        <translation>文件:行:列</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>eligicheck::ProblemsPanel</name>
    <message>
        <source>Rule-file problems</source>
        <translation>规则文件问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
</context>
<context>
    <name>eligicheck::ProgrammeChooser</name>
    <message>
        <source>Match me against everything (every programme of every loaded document)</source>
        <translation>与全部事项匹配（所有已加载政策文件的每个申报事项）</translation>
    </message>
    <message>
        <source>Programmes to assess</source>
        <translation>要评估的申报事项</translation>
    </message>
    <message>
        <source>Search titles, document numbers and clause texts</source>
        <translation>搜索标题、文号和条款原文</translation>
    </message>
    <message>
        <source>Search programmes</source>
        <translation>搜索申报事项</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Which programmes do you want to check?</source>
        <translation>您要检查哪些申报事项？</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>评估日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Show a&amp;ll programmes (other regions, other applicants, not in force)</source>
        <translation>显示全部事项(&amp;L)（其他地区、其他申报主体、不在有效期内）</translation>
    </message>
    <message>
        <source>Every programme is listed.</source>
        <translation>列出全部事项。</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>不限地区</translation>
    </message>
    <message>
        <source>any applicant</source>
        <translation>不限申报主体</translation>
    </message>
    <message>
        <source>Programmes that concern the firm: %1 and national ones, in force on the assessment date, for %2.</source>
        <translation>与企业相关的事项：%1及全国的、在评估日有效、适用于%2的事项。</translation>
    </message>
</context>
<context>
    <name>eligicheck::ProgrammeTreeModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>未规定截止日期</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>已于 %1 失效</translation>
    </message>
    <message>
        <source>Not yet in force (from %1)</source>
        <translation>尚未施行（自 %1 起）</translation>
    </message>
    <message>
        <source>Valid %1; checked against %2</source>
        <translation>有效期 %1；评估日期 %2</translation>
    </message>
    <message>
        <source>Document / programme</source>
        <translation>政策文件 / 申报事项</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Document number (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报主体</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>eligicheck::QuestionPage</name>
    <message>
        <source>Unlike the previous question: %1</source>
        <translation>与上一题不同：%1</translation>
    </message>
    <message>
        <source>Unlike “%1” above: %2</source>
        <translation>与上面的“%1”不同：%2</translation>
    </message>
</context>
<context>
    <name>eligicheck::QuestionWidget</name>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>暂时不知道</translation>
    </message>
    <message>
        <source>The answer decides which of the following questions apply.</source>
        <translation>此题的回答决定下列哪些问题适用。</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>用于：%1</translation>
    </message>
    <message>
        <source>I don&apos;t know yet: %1</source>
        <translation>暂时不知道：%1</translation>
    </message>
    <message>
        <source>Click a clause to read it in the official text</source>
        <translation>点击条款可查看政策原文</translation>
    </message>
</context>
<context>
    <name>eligicheck::QuestionnaireView</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Show &amp;result</source>
        <translation>查看结果(&amp;R)</translation>
    </message>
    <message>
        <source>Live verdict</source>
        <translation>实时结论</translation>
    </message>
    <message>
        <source>Tick at least one programme, or choose “Match me against everything”.</source>
        <translation>请至少勾选一个申报事项，或选择“与全部事项匹配”。</translation>
    </message>
    <message>
        <source>Please correct “%1”: %2</source>
        <translation>请更正“%1”：%2</translation>
    </message>
    <message>
        <source>Choose programmes</source>
        <translation>选择政策事项</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>eligicheck::ReportActions</name>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Page set&amp;up…</source>
        <translation>页面设置(&amp;U)…</translation>
    </message>
    <message>
        <source>Save the report as a PDF document or an HTML page</source>
        <translation>将报告保存为 PDF 文档或 HTML 网页</translation>
    </message>
    <message>
        <source>Assess a programme first</source>
        <translation>请先评估一个申报事项</translation>
    </message>
    <message>
        <source>Open the result or a firm&apos;s assessment</source>
        <translation>请打开评估结果或企业的评估</translation>
    </message>
</context>
<context>
    <name>eligicheck::ReportBatchRun</name>
    <message numerus="yes">
        <source>Reports for %n firm(s)</source>
        <translation>
            <numerusform>为 %n 家企业生成报告</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Writing the report of %1 (%2 of %3)…</source>
        <translation>正在生成 %1 的报告（第 %2 家，共 %3 家）…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 份报告写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n firm(s) have no report; the reports already written are kept.</source>
        <translation>
            <numerusform>已停止：%n 家企业未生成报告；已生成的报告均已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n firm(s) could not be reported:</source>
        <translation>
            <numerusform>%n 家企业无法生成报告：</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports for all firms</source>
        <translation>为所有企业生成报告</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
</context>
<context>
    <name>eligicheck::ReportController</name>
    <message>
        <source>There is nothing to report.</source>
        <translation>没有可生成报告的内容。</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML 网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation>报告已导出到 %1</translation>
    </message>
    <message numerus="yes">
        <source>Report exported to %1 (%n page(s))</source>
        <translation>
            <numerusform>报告已导出到 %1（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>无法打印报告</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>已向打印机发送 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot preview the report</source>
        <translation>无法预览报告</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>The report could not be laid out.</source>
        <translation>无法排版报告。</translation>
    </message>
    <message>
        <source>Report sent to the printer</source>
        <translation>报告已发送到打印机</translation>
    </message>
</context>
<context>
    <name>eligicheck::ResultView</name>
    <message>
        <source>&amp;Copy as text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>eligicheck::ReviewPage</name>
    <message>
        <source>Review your answers</source>
        <translation>核对您的回答</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>修改：%1</translation>
    </message>
</context>
<context>
    <name>eligicheck::RuleChangesDialog</name>
    <message>
        <source>The rules in use have changed</source>
        <translation>使用中的规则已变化</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>No stored firm has an assessment made with the previous rules.</source>
        <translation>没有已保存的企业评估使用旧规则。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n stored firm(s) have assessments made with the previous rules: %1. Re-check them with the rules in use now?</source>
        <translation>
            <numerusform>%n 家已保存的企业有按旧规则做的评估：%1。用现在的规则重新评估吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list of firm names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Re-check these firms</source>
        <translation>重新评估这些企业(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>What changed, document by document:</source>
        <translation>逐个文件列出的变化：</translation>
    </message>
</context>
<context>
    <name>eligicheck::SettingsDialog</name>
    <message>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <source>US Legal</source>
        <translation>美国法律文书纸（Legal）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>当天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fixed date:</source>
        <translation>固定日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Rule folders</source>
        <translation>规则文件夹</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time EligiCheck starts. Results and reports use the same language.</source>
        <translation>新的语言将在下次启动 EligiCheck 时生效。评估结果和报告也使用该语言。</translation>
    </message>
    <message>
        <source>Standard location (one database per user)</source>
        <translation>标准位置（每位用户一个数据库）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Fixed assessment date</source>
        <translation>固定评估日期</translation>
    </message>
    <message>
        <source>The date the programmes are checked against (validity and deadlines). A fixed date helps to re-check last year&apos;s application.</source>
        <translation>据以检查申报事项的日期（有效期和期限）。使用固定日期便于复核去年的申报。</translation>
    </message>
    <message>
        <source>Extra rule folders</source>
        <translation>其他规则文件夹</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Rule sets in these &amp;folders are loaded at every start, besides the built-in ones. A file with errors is listed under Problems and never stops the rest.</source>
        <translation>每次启动时，除内置规则外，还会加载这些文件夹(&amp;F)中的规则集。有错误的文件会列在“问题”面板中，不影响其他规则。</translation>
    </message>
    <message>
        <source> pt</source>
        <extracomment>Font size unit: typographic points</extracomment>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Report &amp;font:</source>
        <translation>报告字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Used when reports are printed or exported.</source>
        <translation>用于打印和导出报告。</translation>
    </message>
    <message>
        <source>Add rule folder</source>
        <translation>添加规则文件夹</translation>
    </message>
    <message>
        <source>Choose database</source>
        <translation>选择数据库</translation>
    </message>
    <message>
        <source>EligiCheck database (*.db);;All files (*)</source>
        <translation>EligiCheck 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>An SQLite file, or a postgresql://user@host/database address shared by a team. The --db option overrides it.</source>
        <translation>SQLite 文件，或团队共用的 postgresql://user@host/database 地址。命令行选项 --db 优先于此设置。</translation>
    </message>
    <message>
        <source>&amp;New assessments are dated:</source>
        <translation>新评估的日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Rule sets added</source>
        <translation>已添加的规则集</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Add .&amp;zip…</source>
        <translation>添加 .zip(&amp;Z)…</translation>
    </message>
    <message>
        <source>Add rule sets from a folder</source>
        <translation>从文件夹添加规则集</translation>
    </message>
    <message>
        <source>Add rule sets from a .zip</source>
        <translation>从 .zip 添加规则集</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Rule &amp;sets added to the built-in ones, for revised or new policies. Every file is checked first (errors and the examples); a rule set with the id of a built-in one replaces it only when its verified_on is later.</source>
        <translation>在内置规则之外添加的规则集(&amp;S)，用于修订或新的政策。每个文件都先经过检查（错误和示例）；与内置规则同一编号的规则集，只有核验日期（verified_on）更晚时才替代内置版本。</translation>
    </message>
    <message>
        <source>%1 — verified %2</source>
        <translation>%1 — 核验日期 %2</translation>
    </message>
    <message>
        <source> (not used: the built-in version is as recent or newer)</source>
        <translation>（未使用：内置版本同样新或更新）</translation>
    </message>
    <message>
        <source>Rule set not added</source>
        <translation>未添加规则集</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not added: %n problem(s) must be fixed first. Nothing was changed.</source>
        <translation>
            <numerusform>%1 未添加：须先修正 %n 处问题。规则没有任何改变。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not added. Nothing was changed.</source>
        <translation>%1 未添加。规则没有任何改变。</translation>
    </message>
    <message>
        <source>Rule set not removed</source>
        <translation>未移除规则集</translation>
    </message>
</context>
<context>
    <name>eligicheck::SheetImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import firms from %1</source>
        <translation>从 %1 导入企业</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>工作表(&amp;W)：</translation>
    </message>
    <message numerus="yes">
        <source>%n firm(s) ready to import. Firms already in the database (same credit code, else same name) get the sheet&apos;s values added; an empty cell changes nothing.</source>
        <translation>
            <numerusform>可导入 %n 家企业。数据库中已有的企业（统一社会信用代码相同，否则名称相同）将补入表格中的数值；空白单元格不作任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — nothing will be imported until they are fixed in the file. Cells with a problem are red; point at one for the reason.</source>
        <translation>
            <numerusform>有 %n 处问题——在文件中改正之前不会导入任何内容。有问题的单元格显示为红色，鼠标指向即可查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
</context>
<context>
    <name>eligicheck::SourceViewer</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Official text — %1</source>
        <translation>政策原文 — %1</translation>
    </message>
    <message>
        <source>%1 quotes another document; its text is not included.</source>
        <translation>%1 引用的是另一份文件，其原文未收录。</translation>
    </message>
    <message>
        <source>Highlighted: %1</source>
        <translation>已高亮：%1</translation>
    </message>
    <message>
        <source>The passage of %1 was not found in this text: “%2”</source>
        <translation>在本文中未找到%1的引文：“%2”</translation>
    </message>
    <message>
        <source>Official text</source>
        <translation>政策原文</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>在原文中查找</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Print the official text</source>
        <translation>打印政策原文</translation>
    </message>
</context>
<context>
    <name>eligicheck::StartPage</name>
    <message>
        <source>&amp;Open firm</source>
        <translation>打开企业(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New firm…</source>
        <translation>新建企业(&amp;N)…</translation>
    </message>
    <message>
        <source>Quic&amp;k check (not stored)</source>
        <translation>快速自测（不保存）(&amp;K)</translation>
    </message>
    <message>
        <source>Search firms by name, credit code or region</source>
        <translation>按名称、统一社会信用代码或地区搜索企业</translation>
    </message>
    <message>
        <source>Recent firms</source>
        <translation>最近的企业</translation>
    </message>
    <message>
        <source>No firms yet. Add your first client firm with &quot;New firm…&quot;, or try a quick check without one.</source>
        <translation>还没有企业。点击“新建企业…”添加第一家客户企业，或不选企业进行快速自测。</translation>
    </message>
    <message>
        <source>Answer questions without choosing a firm. Nothing is stored; save the answers to a file or to a firm if you want to keep them.</source>
        <translation>不选择企业直接答题。不会存储任何内容；如需保留，请将答案保存到文件或企业。</translation>
    </message>
    <message>
        <source>Choose the client firm to work on:</source>
        <translation>选择要处理的客户企业：</translation>
    </message>
    <message>
        <source>Quick check: no firm, nothing is stored.</source>
        <translation>快速自测：不选企业，不存储任何内容。</translation>
    </message>
</context>
<context>
    <name>eligicheck::StoredReportDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>eligicheck::TemplateDialog</name>
    <message>
        <source>Blank questionnaire spreadsheet</source>
        <translation>空白问卷表格</translation>
    </message>
    <message>
        <source>Programmes the spreadsheet asks about</source>
        <translation>表格所问的申报事项</translation>
    </message>
    <message>
        <source>Search titles, document numbers and clause texts</source>
        <translation>搜索标题、文号和条款原文</translation>
    </message>
    <message>
        <source>Search programmes</source>
        <translation>搜索申报事项</translation>
    </message>
    <message>
        <source>&amp;Save spreadsheet…</source>
        <translation>保存表格(&amp;S)…</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全部取消(&amp;N)</translation>
    </message>
    <message>
        <source>Tick the programmes whose questions the spreadsheet asks: one column per question, for the client to fill in and for you to import back.</source>
        <translation>勾选表格要问哪些申报事项的问题：每个问题一列，客户填写后可直接导入。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>No programme ticked: tick at least one.</source>
        <translation>未勾选申报事项：请至少勾选一项。</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) ticked</source>
        <translation>
            <numerusform>已勾选 %n 个申报事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n question column(s).</source>
        <translation>
            <numerusform>，共 %n 个问题列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eligicheck::Units</name>
    <message>
        <source>en</source>
        <comment>the language of this catalogue: zh_CN in the Chinese one, en in the English one</comment>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>eligicheck::VerdictModel</name>
    <message>
        <source>Programme / criterion</source>
        <translation>事项 / 条件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
</TS>
