"""Round 4: the classes of wording heldout3 showed the scanner raising by mistake (or
missing), probed with paraphrases written for this file from the domain notes (not corpus
lines), in both languages, with near-misses on the other side of each class. Most of
heldout3's errors were false alarms, so most classes here are about staying quiet: a charge
named only to be waived, a fee named inside the debt that falls due, a change that needs the
borrower's own agreement, the borrower's own turn in a chat.
"""

from __future__ import annotations

import pytest

from parley.engine.clauses import scan


def codes(text: str) -> set[str]:
    return {f.code for f in scan(text)}


def on_line(text: str, number: int) -> set[str]:
    return {f.code for f in scan(text) if f.line == number}


# (class, text, code that must be raised)
RAISED_4 = [
    # A waiver refused, conditional or asked about leaves the charge standing.
    ("waived_later", "已产生的罚息不予减免，请于本月底前一并结清。", "penalty_interest"),
    ("waived_later", "逾期期间罚息按日0.05%计收，如一次性结清可申请减免。", "penalty_interest"),
    (
        "waived_later",
        "Default interest of 0.1% a day is charged on overdue sums and will not be waived.",
        "penalty_interest",
    ),
    (
        "waived_later",
        "Late fees of $35 are charged on each missed payment unless the plan is kept, "
        "in which case they may be waived.",
        "hidden_fee",
    ),
    ("waived_later", "违约金2,000元不因本次协商而免除。", "hidden_fee"),
    # The whole debt falls due, whatever is listed beside it.
    (
        "debt_due",
        "If any instalment is late, the rest of the plan amount and its fees are put on this "
        "month's bill in one go.",
        "acceleration",
    ),
    ("debt_due", "一旦逾期，剩余未还本金及分期手续费将一并计入本期账单。", "acceleration"),
    ("debt_due", "如有一期未还，剩余全部分期款将一次性计入次月账单。", "acceleration"),
    (
        "debt_due",
        "Miss two payments and the remaining instalments will be added to your next statement.",
        "acceleration",
    ),
    (
        "debt_due",
        "Following the default, the entire outstanding balance, now $7,412.09, is due at once.",
        "acceleration",
    ),
    (
        "debt_due",
        "The whole of the loan, including the sums not yet due, has become payable in full.",
        "acceleration",
    ),
    ("debt_due", "您已违约，全部剩余借款（合计26,300元）须于三日内一次性还清。", "acceleration"),
    # A fee is still a fee where the line prices it, or sets it beside the principal each month.
    ("fee_for_interest", "分期不收利息，每期手续费按分期金额的0.6%收取。", "hidden_fee"),
    (
        "fee_for_interest",
        "No interest, just a flat service fee of $15 a month for the life of the plan.",
        "hidden_fee",
    ),
    ("fee_for_interest", "0利息！只收服务费，每月99元。", "hidden_fee"),
    (
        "fee_for_interest",
        "Interest-free for 12 months; an account fee of £6 is charged every month instead.",
        "hidden_fee",
    ),
    ("fee_for_interest", "剩余本金及服务费每月15日扣收，服务费每月200元。", "hidden_fee"),
    # A real fee in a payment-order clause is still raised.
    (
        "category_fee",
        "Payments go first to the $25 monthly account fee, then to interest, then to principal.",
        "hidden_fee",
    ),
    ("category_fee", "每期还款先扣除账户管理费30元，再冲抵利息和本金。", "hidden_fee"),
    # One-sided: the borrower's agreement assumed or not asked at all.
    (
        "consent_only",
        "By keeping the account open after a notice, you agree that we may change the rate.",
        "unilateral_change",
    ),
    (
        "consent_only",
        "We may vary the fees at any time; you will be told 30 days before.",
        "unilateral_change",
    ),
    (
        "consent_only",
        "本行有权根据经营需要调整分期手续费率，调整后以短信通知。",
        "unilateral_change",
    ),
    ("consent_only", "贷款人可随时变更还款计划，借款人应予配合。", "unilateral_change"),
    ("consent_only", "The lender can change these terms whenever it chooses.", "unilateral_change"),
    # The lender is the one changing things, whatever else "can change" on the line.
    (
        "world_change",
        "Because market conditions can change, we may increase your rate at our discretion.",
        "unilateral_change",
    ),
    ("world_change", "We can change your repayment amount if we decide to.", "unilateral_change"),
    ("world_change", "市场情况变化时，我司有权单方调整借款利率。", "unilateral_change"),
    ("world_change", "平台可根据政策变化随时调整服务费标准。", "unilateral_change"),
    (
        "world_change",
        "Things change, so the bank reserves the right to amend the charges on this card.",
        "unilateral_change",
    ),
    # What is unpaid goes on earning interest: penalty pricing however it is subject-first.
    (
        "unpaid_accrue",
        "Missed instalments accrue interest at 0.1% per day until paid.",
        "penalty_interest",
    ),
    (
        "unpaid_accrue",
        "Overdue sums will carry interest at 3% a month from the due date.",
        "penalty_interest",
    ),
    (
        "unpaid_accrue",
        "Any unpaid amounts keep accruing interest at the default rate.",
        "penalty_interest",
    ),
    ("unpaid_accrue", "逾期未还的款项按日万分之五继续计收利息。", "penalty_interest"),
    ("unpaid_accrue", "未付金额自逾期之日起按月2%计收逾期利息。", "penalty_interest"),
    # Money asked before the loan is paid out, or only through the collector.
    (
        "before_funding",
        "A $120 insurance payment must reach us before we can fund your loan.",
        "deposit_request",
    ),
    (
        "before_funding",
        "Compliance requires a one-off payment before disbursement; you get it back later.",
        "deposit_request",
    ),
    ("before_funding", "放款前需先支付1,500元风险审核金，到账后即刻放款。", "deposit_request"),
    ("before_funding", "您的贷款已批，放款前要先交一笔工本费600元。", "deposit_request"),
    (
        "before_funding",
        "Pay the $89 processing payment before you receive your funds.",
        "deposit_request",
    ),
    ("only_me", "官方渠道这两天维护，只能转到我这边处理。", "deposit_request"),
    ("only_me", "现在只能打到我本人卡上，系统那边已经关了。", "deposit_request"),
    ("only_me", "The portal is down, so you have to pay it through me today.", "deposit_request"),
    ("only_me", "This offer only works if you send it to me directly.", "deposit_request"),
    ("only_me", "这个方案只能走我这边，别走APP。", "deposit_request"),
    # What was said counts, and no writing will come.
    ("said_counts", "我们电话里说好的就算数，不会给你书面的东西。", "verbal_promise"),
    ("said_counts", "刚才讲定的方案就作数，不用另外签。", "verbal_promise"),
    ("said_counts", "放心，答应你的都作数。", "verbal_promise"),
    (
        "said_counts",
        "What we agreed on the call stands; there won't be anything in writing.",
        "verbal_promise",
    ),
    (
        "said_counts",
        "Our phone agreement is good enough, you won't get any paperwork.",
        "verbal_promise",
    ),
    # Reporting to the central bank's credit system by its short names.
    ("pboc", "再不还款，明天就报到人行去。", "credit_report"),
    ("pboc", "逾期超过30天将上报人民银行。", "credit_report"),
    ("pboc", "你这个情况我们会报送央行，影响你以后贷款。", "credit_report"),
    ("pboc", "We will report the default to the PBOC credit system.", "credit_report"),
    ("pboc", "Your late payments will go on your credit file with the bureaus.", "credit_report"),
    # A per-period fee on an instalment plan is a flat rate on the amount put on the plan.
    ("instalment_rate", "分24期，每期手续费0.7%。", "rate_above_cap"),
    ("instalment_rate", "选择36期的，每期分期手续费0.75%。", "rate_above_cap"),
    (
        "instalment_rate",
        "Instalment fee: 1.2% per instalment over 12 instalments.",
        "rate_above_cap",
    ),
    ("instalment_rate", "Plan fee of 1% per period, 24 periods.", "rate_above_cap"),
    ("instalment_rate", "12期分期手续费每期0.9%。", "rate_above_cap"),
]


# (class, text, code that must not be raised)
QUIET_4 = [
    # A charge named only to be waived by the sentence's own verb.
    (
        "waived_later",
        "截至本协议签署日的逾期利息及违约金共计860元，甲方同意全部免除。",
        "penalty_interest",
    ),
    ("waived_later", "双方确认，对原合同项下的罚息、复利，债权人不再追究。", "penalty_interest"),
    ("waived_later", "利息和罚息我这边都给您免掉了，您还本金就行。", "penalty_interest"),
    (
        "waived_later",
        "All default interest and late charges accrued to date, $412.60 in total, will be "
        "written off.",
        "penalty_interest",
    ),
    (
        "waived_later",
        "Once the settlement sum is received, we will no longer pursue interest or fees.",
        "hidden_fee",
    ),
    ("waived_later", "此前产生的账户管理费、超限费合计1,260元，本行予以豁免。", "hidden_fee"),
    # A fee named in the debt that falls due is the acceleration clause's, not a new fee.
    ("debt_due", "一旦逾期，剩余未还本金及分期手续费将一并计入本期账单。", "hidden_fee"),
    (
        "debt_due",
        "If any instalment is late, the rest of the plan amount and its fees become due at once.",
        "hidden_fee",
    ),
    ("debt_due", "如违约，剩余本金、利息和服务费将立即到期。", "hidden_fee"),
    (
        "debt_due",
        "On default, all remaining principal and fees will become payable immediately.",
        "hidden_fee",
    ),
    ("debt_due", "剩余分期本金及手续费须一次性还清。", "hidden_fee"),
    # A fee said to stand in for interest, priced elsewhere.
    ("fee_for_interest", "分期以后不收利息了，只收一点手续费。", "hidden_fee"),
    ("fee_for_interest", "这个产品没有利息，只有服务费哦。", "hidden_fee"),
    ("fee_for_interest", "There's no interest on the plan, just a small fee.", "hidden_fee"),
    ("fee_for_interest", "It's interest-free; you only pay a service charge.", "hidden_fee"),
    ("fee_for_interest", "免息分期，仅收手续费。", "hidden_fee"),
    # Fees named as a category: the order payments are applied in, a heading, a question.
    (
        "category_fee",
        "Each payment is applied to fees first, then to interest, then to the principal.",
        "hidden_fee",
    ),
    (
        "category_fee",
        "We credit what you pay against charges, interest and principal, in that order.",
        "hidden_fee",
    ),
    ("category_fee", "Payments are allocated to fees before interest.", "hidden_fee"),
    ("category_fee", "每期还款依次冲抵费用、利息、本金。", "hidden_fee"),
    ("category_fee", "还款顺序：先还费用，后还利息，再还本金。", "hidden_fee"),
    # A change that needs the borrower's own agreement protects them.
    (
        "consent_only",
        "This plan can be changed only by a signed amendment you agree to.",
        "unilateral_change",
    ),
    (
        "consent_only",
        "We will not change your rate or payment unless you agree in writing.",
        "unilateral_change",
    ),
    (
        "consent_only",
        "Any amendment may be made only with your written consent.",
        "unilateral_change",
    ),
    ("consent_only", "本方案内容的任何变更，须征得您的书面同意。", "unilateral_change"),
    ("consent_only", "除非您书面同意，本行不会调整分期金额。", "unilateral_change"),
    # The world changes, not the terms.
    (
        "world_change",
        "We know circumstances can change, and we are here to help if yours do.",
        "unilateral_change",
    ),
    (
        "world_change",
        "If your situation may change, tell us early so we can talk about options.",
        "unilateral_change",
    ),
    (
        "world_change",
        "Life can change quickly; call us if you are struggling to pay.",
        "unilateral_change",
    ),
    ("world_change", "我们理解您的情况可能会发生变化，有困难请及时联系我们。", "unilateral_change"),
    ("world_change", "如果您的收入情况发生变化，可以申请调整还款计划。", "unilateral_change"),
    # Interest on what is unpaid of an ordinary loan balance.
    (
        "unpaid_accrue",
        "Interest accrues daily on the unpaid principal at the contract rate of 9.9% a year.",
        "penalty_interest",
    ),
    (
        "unpaid_accrue",
        "No interest accrues on missed payments while you are on the plan.",
        "penalty_interest",
    ),
    ("unpaid_accrue", "逾期期间不再计收利息。", "penalty_interest"),
    ("unpaid_accrue", "The loan balance bears interest at 8% a year.", "penalty_interest"),
    ("unpaid_accrue", "借款利息按剩余本金每月计算。", "penalty_interest"),
    # Money taken by the lender from the loan itself, or a promise never to ask.
    (
        "before_funding",
        "The origination fee is deducted from the loan amount before funding.",
        "deposit_request",
    ),
    (
        "before_funding",
        "We never ask for any payment before funding your loan.",
        "deposit_request",
    ),
    ("before_funding", "放款前我们不会收取任何费用。", "deposit_request"),
    ("before_funding", "服务费从借款金额中直接扣除，放款前无需另行支付。", "deposit_request"),
    (
        "before_funding",
        "Please check your bank details before we release the funds.",
        "deposit_request",
    ),
    ("only_me", "您只能通过App内的还款入口还款。", "deposit_request"),
    (
        "only_me",
        "Payments can only be made through the app or our bank account.",
        "deposit_request",
    ),
    ("only_me", "如有疑问，只能联系我司官方客服热线。", "deposit_request"),
    ("only_me", "You can only reach me on this number during office hours.", "deposit_request"),
    ("only_me", "还款只能还到您名下绑定的银行卡扣款账户。", "deposit_request"),
    # Words that count for nothing, and writing asked for or given.
    ("said_counts", "电话里讲好的不作数，一切以书面协议为准。", "verbal_promise"),
    ("said_counts", "口头答应的内容均以本确认书为准。", "verbal_promise"),
    (
        "said_counts",
        "Anything agreed on the phone only counts once we confirm it in writing.",
        "verbal_promise",
    ),
    ("said_counts", "我们会把说好的方案写进书面协议寄给您。", "verbal_promise"),
    (
        "said_counts",
        "Nothing said on a call changes this letter; only written terms count.",
        "verbal_promise",
    ),
    # The central bank named as the source of a rate, or reporting denied.
    ("pboc", "利率参照中国人民银行授权全国银行间同业拆借中心公布的LPR。", "credit_report"),
    ("pboc", "本次协商还款不会上报人行。", "credit_report"),
    ("pboc", "人民银行规定的利率上限为LPR的四倍。", "credit_report"),
    (
        "pboc",
        "The PBOC publishes the Loan Prime Rate on the 20th of each month.",
        "credit_report",
    ),
    ("pboc", "This plan will not be reported to the credit bureaus.", "credit_report"),
    # A small per-period fee stays under the cap.
    ("instalment_rate", "分12期，每期手续费0.3%。", "rate_above_cap"),
    (
        "instalment_rate",
        "Instalment fee: 0.4% per instalment over 6 instalments.",
        "rate_above_cap",
    ),
    ("instalment_rate", "每期分期手续费0.25%，共12期。", "rate_above_cap"),
    ("instalment_rate", "Plan fee of 0.3% per period, 12 periods.", "rate_above_cap"),
    ("instalment_rate", "分期手续费：不收取。", "rate_above_cap"),
]


# tuning4's classes, probed the same way (written after tuning4 was scored, before its rules
# were read against these probes).
RAISED_4B = [
    # Kept out of the papers on purpose, or promised in person.
    (
        "off_paper",
        "I can promise the fee will be refunded, we don't need to put that in the agreement.",
        "verbal_promise",
    ),
    (
        "off_paper",
        "The reduced rate is agreed but is not recorded in writing anywhere.",
        "verbal_promise",
    ),
    (
        "off_paper",
        "I will personally guarantee the waiver; no need to write it down in the letter.",
        "verbal_promise",
    ),
    ("off_paper", "这个减免我答应你的肯定算数，合同里就不写了。", "verbal_promise"),
    ("off_paper", "承诺您的一定作数，没必要写进协议。", "verbal_promise"),
    # Fees or payments said to be updated on a schedule the lender keeps.
    (
        "periodic_update",
        "Your plan fee is reviewed and adjusted regularly, and the new amount shows on your app.",
        "unilateral_change",
    ),
    (
        "periodic_update",
        "Monthly deposit amounts are recalculated from time to time based on our costs.",
        "unilateral_change",
    ),
    ("periodic_update", "Rates on this product are updated periodically.", "unilateral_change"),
    (
        "periodic_update",
        "服务费标准如有变动，我司以短信告知即可，无需另行签订书面协议。",
        "unilateral_change",
    ),
    ("periodic_update", "利率调整后以App公告为准，不再另行签署补充协议。", "unilateral_change"),
    # A plan that ends and puts the account back on its old terms or balance.
    (
        "plan_reverts",
        "Miss a payment and the arrangement ends; the account returns to its original terms.",
        "acceleration",
    ),
    (
        "plan_reverts",
        "If you fall behind, the settlement is void and the full pre-settlement balance is owed "
        "again.",
        "acceleration",
    ),
    (
        "plan_reverts",
        "Should a payment be late, the reduction lapses and the full balance becomes due again.",
        "acceleration",
    ),
    ("plan_reverts", "如再次逾期，本方案自动失效，恢复原合同约定的全部欠款。", "acceleration"),
    ("plan_reverts", "再不处理的话，所有的钱要一次性全部还清。", "acceleration"),
    ("plan_reverts", "逾期超过三天的，全部欠款一次性追回。", "acceleration"),
    # Interest that keeps running on what is overdue, however it is put.
    (
        "still_running",
        "Interest at 3% a month has been charged since the default and is still accruing.",
        "penalty_interest",
    ),
    (
        "still_running",
        "Since termination, interest charged at the contract rate is still running on the debt.",
        "penalty_interest",
    ),
    ("still_running", "逾期期间，利息照常计收。", "penalty_interest"),
    ("still_running", "逾期后仍按原利率计收。", "penalty_interest"),
    ("still_running", "逾期以后继续计息，直至还清为止。", "penalty_interest"),
    # Recurring fees and fees taken from the loan are high, whatever else the line says.
    ("fee_severity", "Every payment also carries a $3.50 processing charge.", "hidden_fee"),
    ("fee_severity", "放款时一次性扣收咨询服务费800元。", "hidden_fee"),
]
RAISED_4B_SEVERITY = [
    ("fee_severity", "Every payment also carries a $3.50 processing charge.", "hidden_fee", "high"),
    ("fee_severity", "放款时一次性扣收咨询服务费800元。", "hidden_fee", "high"),
    ("fee_severity", "甲方在发放借款时扣收平台服务费600元。", "hidden_fee", "high"),
    (
        "fee_severity",
        "A servicing charge of $2 comes with each monthly payment.",
        "hidden_fee",
        "high",
    ),
    (
        "fee_severity",
        "A returned payment fee of $25 applies to each payment returned.",
        "hidden_fee",
        "medium",
    ),
]

QUIET_4B = [
    (
        "off_paper",
        "We will put everything we agreed in the written agreement we send you.",
        "verbal_promise",
    ),
    ("off_paper", "All the terms are set out in writing in this letter.", "verbal_promise"),
    ("off_paper", "电话里的说明仅供参考，以您签署的书面协议为准。", "verbal_promise"),
    ("off_paper", "以上方案以App内推送并经您确认的电子协议为准。", "verbal_promise"),
    ("off_paper", "I promise to send the signed agreement by Friday.", "verbal_promise"),
    # A written message restating a call sets the terms down.
    (
        "call_restated",
        "As agreed on our call, your balance is reduced to $980, payable by 30 June.",
        "verbal_promise",
    ),
    (
        "call_restated",
        "As discussed over the phone, this letter confirms your new payment of $120 a month.",
        "verbal_promise",
    ),
    ("call_restated", "As we agreed on the phone, the plan starts on 1 May.", "verbal_promise"),
    ("call_restated", "如电话中约定，您的剩余欠款为5,200元，分10期偿还。", "verbal_promise"),
    ("call_restated", "根据电话中沟通的结果，现书面确认如下：每月还款800元。", "verbal_promise"),
    # Periodic things that are not the lender's pricing.
    ("periodic_update", "Your statement is updated periodically in the app.", "unilateral_change"),
    (
        "periodic_update",
        "We review your plan regularly with you, and any change needs your written consent.",
        "unilateral_change",
    ),
    (
        "periodic_update",
        "Your credit limit is reviewed each year, at your request.",
        "unilateral_change",
    ),
    (
        "periodic_update",
        "本协议的任何变更须经双方协商一致并签订书面补充协议。",
        "unilateral_change",
    ),
    ("periodic_update", "账单每月更新一次，请及时查看。", "unilateral_change"),
    # A programme's scheduled deposits, and the borrower's own questions.
    (
        "programme_deposit",
        "Your monthly deposit of $310 goes into the dedicated savings account in your name.",
        "deposit_request",
    ),
    ("programme_deposit", "You: can I change my monthly deposit date?", "deposit_request"),
    (
        "programme_deposit",
        "Scheduled deposits are drafted from your checking account on the 1st.",
        "deposit_request",
    ),
    ("programme_deposit", "您每月的定期存入款项存放在您本人名下的专用账户中。", "deposit_request"),
    ("programme_deposit", "每月存款计划由您本人银行卡自动扣款。", "deposit_request"),
    # A plan that ends on the borrower's terms, or a balance stated plainly.
    ("plan_reverts", "When the plan ends, your card returns to normal use.", "acceleration"),
    ("plan_reverts", "我们同意您把剩下的钱分12期还清。", "acceleration"),
    (
        "plan_reverts",
        "You may pay the full balance early at any time without charge.",
        "acceleration",
    ),
    ("plan_reverts", "本方案履行完毕后，剩余欠款全部免除。", "acceleration"),
    ("plan_reverts", "如您按期还款，原欠款中减免部分不再追收。", "acceleration"),
    # Charges suspended, dropped or listed as discounted.
    ("waived_more", "展期期间暂停计收罚息和违约金。", "penalty_interest"),
    (
        "waived_more",
        "The remaining late charges on the account will also be dropped.",
        "hidden_fee",
    ),
    ("waived_more", "Discount applied: $412.00 (default interest and late fees)", "hidden_fee"),
    ("waived_more", "减免金额：2,360元（含罚息及违约金）", "hidden_fee"),
    ("waived_more", "Amount waived: $120 in late fees.", "hidden_fee"),
    ("still_running", "逾期期间不再计收任何利息。", "penalty_interest"),
    ("still_running", "Interest is no longer running on this account.", "penalty_interest"),
    (
        "still_running",
        "Interest runs at 9.9% a year from the date of drawdown.",
        "penalty_interest",
    ),
    ("still_running", "借款期间按日计息，利率为年化8%。", "penalty_interest"),
    (
        "still_running",
        "Your loan interest keeps running at the normal rate on the unpaid principal.",
        "penalty_interest",
    ),
]


# A fresh batch, one line per clause kind and register, written after every rule above and
# run once before any change: 28 of 30 raised and 24 of 25 left quiet (the scanner before
# round 4: 28 and 23). Its two misses and one false alarm became the classes after it.
FRESH4_RAISED = [
    (
        "accel",
        "Should you breach any term, every amount owing under this agreement may be demanded "
        "without further notice.",
        "acceleration",
    ),
    (
        "accel",
        "A single missed repayment entitles us to terminate the contract and recover the "
        "outstanding loan in full.",
        "acceleration",
    ),
    (
        "accel",
        "若乙方逾期超过7日，甲方可宣布借款提前到期并要求乙方立即清偿全部本息。",
        "acceleration",
    ),
    ("accel", "协商期间任何一期未履约，之前谈好的减免作废，按原欠款金额全额追偿。", "acceleration"),
    (
        "accel",
        "Fail to pay on time and the concession is withdrawn; the written-off interest "
        "becomes payable.",
        "acceleration",
    ),
    ("accel", "逾期一次，后面没还的几期要马上一起还。", "acceleration"),
    ("fee", "A document preparation charge of $75 is payable at signing.", "hidden_fee"),
    ("fee", "借款成功后每月另收取账户维护费25元。", "hidden_fee"),
    ("fee", "Loan protection plan: £7.99 per month, added to your repayment.", "hidden_fee"),
    ("fee", "每次展期需支付展期服务费，金额为剩余本金的2%。", "hidden_fee"),
    ("fee", "放款时平台将预先扣除首期利息及审核费。", "hidden_fee"),
    (
        "deposit",
        "Before we can release your approved funds, a $250 clearance payment is required.",
        "deposit_request",
    ),
    ("deposit", "请先转账1,000元作为还款意向金，我们才能给您申请减免。", "deposit_request"),
    (
        "deposit",
        "Send the payment to our agent's personal PayPal and the case will be closed today.",
        "deposit_request",
    ),
    ("deposit", "您的额度被冻结了，交300元解冻费马上就能提现。", "deposit_request"),
    ("deposit", "扫我这个收款码付首期就行，别在App里付。", "deposit_request"),
    (
        "unilateral",
        "We may revise the interest rate and charges by giving you notice in the app.",
        "unilateral_change",
    ),
    ("unilateral", "本平台保留随时调整服务费标准的权利，调整后自动适用。", "unilateral_change"),
    (
        "unilateral",
        "Fees are as shown on our website at the time you are charged.",
        "unilateral_change",
    ),
    ("unilateral", "利率随市场情况浮动，具体以我司通知为准。", "unilateral_change"),
    ("verbal", "Don't worry about the paperwork, my word is enough on this one.", "verbal_promise"),
    ("verbal", "减免的事我已经跟领导说好了，不用走书面流程。", "verbal_promise"),
    (
        "verbal",
        "The agent confirmed over the phone that no further interest will be charged.",
        "verbal_promise",
    ),
    (
        "penalty",
        "Overdue instalments attract default interest at 0.2% per day.",
        "penalty_interest",
    ),
    ("penalty", "逾期未还部分按日加收万分之八的违约金。", "penalty_interest"),
    (
        "penalty",
        "Interest will be charged on unpaid interest at the same rate.",
        "penalty_interest",
    ),
    (
        "credit",
        "Missed payments will be reported to the credit reference agencies.",
        "credit_report",
    ),
    ("credit", "您的逾期记录将报送至金融信用信息基础数据库。", "credit_report"),
    ("rate", "月利率2%，按月付息。", "rate_above_cap"),
    ("rate", "The daily rate is 0.08%.", "rate_above_cap"),
    # Classes from its misses: every amount owing "may be demanded"; written-off sums payable.
    (
        "every_owing",
        "On default, every sum owed under the loan may be demanded at once.",
        "acceleration",
    ),
    (
        "every_owing",
        "Every amount outstanding will be payable immediately if you breach clause 4.",
        "acceleration",
    ),
    ("every_owing", "任何一期违约的，甲方有权要求乙方一次性偿还全部欠款。", "acceleration"),
    ("every_owing", "如违约，所有未还款项立即到期。", "acceleration"),
    (
        "every_owing",
        "Every debt owing to us becomes due and payable on your default.",
        "acceleration",
    ),
    (
        "written_off_back",
        "If the plan is broken, the written-off balance becomes due again.",
        "acceleration",
    ),
    (
        "written_off_back",
        "Miss a payment and the cancelled interest is payable in full.",
        "acceleration",
    ),
    ("written_off_back", "方案失效的，已核销的利息恢复计收。", "acceleration"),
    ("written_off_back", "逾期的，已减免的罚息全部恢复追收。", "acceleration"),
    (
        "written_off_back",
        "Break the arrangement and the written down fees are due at once.",
        "acceleration",
    ),
    # The lender reporting, beside the borrower's own right to look.
    (
        "own_report",
        "You can check your credit report for free; late payments will be reported to Equifax.",
        "credit_report",
    ),
    ("own_report", "您可以查询本人信用报告，逾期将上报征信。", "credit_report"),
    ("own_report", "We will tell the credit bureaus about any missed payment.", "credit_report"),
    ("own_report", "逾期信息将报送百行征信。", "credit_report"),
    ("own_report", "Your account history is shared with TransUnion every month.", "credit_report"),
]
FRESH4_QUIET = [
    ("accel", "You may repay the whole balance at any time without a penalty.", "acceleration"),
    ("accel", "即使某一期逾期，本协议其余期次仍按原计划履行，不会提前到期。", "acceleration"),
    (
        "accel",
        "Once every payment is made, the remaining waived amount is written off for good.",
        "acceleration",
    ),
    ("fee", "There are no set-up, monthly or early repayment fees on this loan.", "hidden_fee"),
    ("fee", "本产品不收取任何服务费、管理费或担保费。", "hidden_fee"),
    ("fee", "Your payments are credited to interest first and then to principal.", "hidden_fee"),
    ("fee", "逾期产生的违约金已在本次协商中全部减免。", "hidden_fee"),
    (
        "deposit",
        "We will never ask you to pay a deposit or transfer money to a personal account.",
        "deposit_request",
    ),
    (
        "deposit",
        "请仅通过本公司对公账户或App内还款，任何个人收款均与本公司无关。",
        "deposit_request",
    ),
    (
        "deposit",
        "Your first instalment is due one month after the plan starts; nothing is payable "
        "before then.",
        "deposit_request",
    ),
    (
        "deposit",
        "如有人要求您先交钱才能办理减免，请立即挂断并拨打官方客服核实。",
        "deposit_request",
    ),
    (
        "unilateral",
        "Your interest rate is fixed for the whole term and will not change.",
        "unilateral_change",
    ),
    ("unilateral", "本协议条款的修改须经双方书面同意。", "unilateral_change"),
    (
        "unilateral",
        "You can change your payment date once a year by calling us.",
        "unilateral_change",
    ),
    (
        "unilateral",
        "We may change these terms only with your written agreement.",
        "unilateral_change",
    ),
    (
        "verbal",
        "Please do not rely on anything said on the phone; only this letter counts.",
        "verbal_promise",
    ),
    ("verbal", "电话中的任何承诺，均以本公司出具的书面文件为准。", "verbal_promise"),
    (
        "verbal",
        "We will send you written confirmation of this plan within 5 working days.",
        "verbal_promise",
    ),
    (
        "penalty",
        "No default interest or late charges will apply while you are on this plan.",
        "penalty_interest",
    ),
    ("penalty", "方案期间停止计收罚息。", "penalty_interest"),
    ("penalty", "截至今日，您的账户尚欠本金5,000元，无逾期罚息。", "penalty_interest"),
    ("credit", "Joining this plan will not be reported as a default.", "credit_report"),
    ("credit", "您可以通过中国人民银行征信中心查询本人信用报告。", "credit_report"),
    ("rate", "年利率8%，不超过LPR的四倍。", "rate_above_cap"),
    ("rate", "The APR is fixed at 9.9%.", "rate_above_cap"),
    ("every_owing", "Every amount owing is shown on your monthly statement.", "acceleration"),
    ("every_owing", "所有欠款明细见附件一。", "acceleration"),
    ("every_owing", "You may pay every sum owed early, at no extra cost.", "acceleration"),
    ("every_owing", "您可随时提前一次性还清全部欠款，不收违约金。", "acceleration"),
    ("every_owing", "Every amount due will be collected on the 5th as usual.", "acceleration"),
    (
        "written_off_back",
        "The written-off balance will not be reinstated even if you pay late.",
        "acceleration",
    ),
    ("written_off_back", "已核销的利息不再恢复计收。", "acceleration"),
    (
        "written_off_back",
        "The cancelled interest stays cancelled whatever happens.",
        "acceleration",
    ),
    ("written_off_back", "按期履行完毕后，减免部分视为永久免除。", "acceleration"),
    ("written_off_back", "Written-off fees are never added back.", "acceleration"),
    ("own_report", "You can get a free copy of your credit report once a year.", "credit_report"),
    ("own_report", "您可以登录征信中心网站查询本人征信报告。", "credit_report"),
    (
        "own_report",
        "You have the right to obtain your credit file from any bureau.",
        "credit_report",
    ),
    ("own_report", "借款人可以随时免费查询个人信用报告。", "credit_report"),
    ("own_report", "你可以去人民银行网点打印自己的征信报告。", "credit_report"),
]


# The borrower's own turn in a two-party chat (named by name, not by role) raises nothing;
# the collector's turn still does. (transcript, line, code, raised?)
TRANSCRIPTS = [
    (
        "催收员小王：您好，关于您在某贷的欠款，我们可以给您减免。\n"
        "陈女士：罚息能不能全免？能不能分期？\n"
        "催收员小王：罚息可以申请，不过要先交500元保证金。\n"
        "陈女士：保证金交了以后能退吗？",
        2,
        "penalty_interest",
        False,
    ),
    (
        "催收员小王：您好，关于您在某贷的欠款，我们可以给您减免。\n"
        "陈女士：罚息能不能全免？能不能分期？\n"
        "催收员小王：罚息可以申请，不过要先交500元保证金。\n"
        "陈女士：保证金交了以后能退吗？",
        4,
        "deposit_request",
        False,
    ),
    (
        "催收员小王：您好，关于您在某贷的欠款，我们可以给您减免。\n"
        "陈女士：罚息能不能全免？能不能分期？\n"
        "催收员小王：罚息可以申请，不过要先交500元保证金。\n"
        "陈女士：保证金交了以后能退吗？",
        3,
        "deposit_request",
        True,
    ),
    (
        "Agent Priya: Hi, I'm calling about your overdue balance.\n"
        "Tom: Can you stop the default interest? I can't afford the late fees.\n"
        "Agent Priya: Pay a $200 good-faith deposit today and I'll see.\n"
        "Tom: Will my credit report be affected?",
        2,
        "penalty_interest",
        False,
    ),
    (
        "Agent Priya: Hi, I'm calling about your overdue balance.\n"
        "Tom: Can you stop the default interest? I can't afford the late fees.\n"
        "Agent Priya: Pay a $200 good-faith deposit today and I'll see.\n"
        "Tom: Will my credit report be affected?",
        3,
        "deposit_request",
        True,
    ),
    (
        "用户：我想问下逾期会不会上报征信？\n"
        "客服：您好，按时还款就不会。\n"
        "用户：罚息按日0.05%是吧？",
        3,
        "penalty_interest",
        False,
    ),
]


@pytest.mark.parametrize(("kind", "text", "code"), RAISED_4 + RAISED_4B + FRESH4_RAISED)
def test_round4_class_is_raised(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), QUIET_4 + QUIET_4B + FRESH4_QUIET)
def test_round4_near_miss_is_not(kind, text, code):
    assert code not in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code", "severity"), RAISED_4B_SEVERITY)
def test_round4_fee_severity(kind, text, code, severity):
    found = {f.code: str(f.severity) for f in scan(text)}
    assert found.get(code) == severity, (kind, text, found)


@pytest.mark.parametrize(("text", "line", "code", "raised"), TRANSCRIPTS)
def test_the_borrowers_own_turn_raises_nothing(text, line, code, raised):
    assert (code in on_line(text, line)) is raised, (line, text.splitlines()[line - 1])


def test_every_round4_class_has_five_probes_each_way_in_both_languages():
    for probes in (RAISED_4 + RAISED_4B, QUIET_4 + QUIET_4B, FRESH4_RAISED[30:], FRESH4_QUIET[25:]):
        kinds: dict[str, list[str]] = {}
        for kind, text, _code in probes:
            kinds.setdefault(kind, []).append(text)
        for kind, texts in kinds.items():
            if (
                kind
                in (
                    "category_fee",
                    "fee_severity",
                    "call_restated",
                    "programme_deposit",
                    "waived_more",
                )
                and len(texts) < 5
            ):
                continue  # one-sided classes: their probes are on the other side
            assert len(texts) >= 5, kind
            assert any(ord(c) > 0x3000 for t in texts for c in t), kind
            assert any(t.isascii() for t in texts), kind
