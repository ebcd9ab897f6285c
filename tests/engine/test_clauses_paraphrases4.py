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

from .clause_probes import assert_five_probes_in_both_languages, codes


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
    # A field label that recurs beside one speaker is not the borrower: its lines still count.
    (
        "Lender: Quick Loans Ltd\n"
        "Note: a late fee of $25 applies to each missed payment.\n"
        "Lender: signed\n"
        "Note: default interest of 0.1% a day applies.",
        4,
        "penalty_interest",
        True,
    ),
    (
        "专员：您好，这是您的还款方案。\n"
        "备注：逾期按日加收万分之五罚息。\n"
        "专员：请确认。\n"
        "备注：方案需在三日内确认。",
        2,
        "penalty_interest",
        True,
    ),
]


@pytest.mark.parametrize(("kind", "text", "code"), RAISED_4)
def test_round4_class_is_raised(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), QUIET_4)
def test_round4_near_miss_is_not(kind, text, code):
    assert code not in codes(text), (kind, text)


@pytest.mark.parametrize(("text", "line", "code", "raised"), TRANSCRIPTS)
def test_the_borrowers_own_turn_raises_nothing(text, line, code, raised):
    assert (code in on_line(text, line)) is raised, (line, text.splitlines()[line - 1])


def test_every_class_has_five_probes_in_both_languages():
    for probes in (RAISED_4, QUIET_4):
        # category_fee's raised side is the fees it must still raise: fewer are enough.
        short = [k for k, _t, _c in probes if k == "category_fee"]
        assert_five_probes_in_both_languages(
            probes, one_sided=["category_fee"] if len(short) < 5 else []
        )
