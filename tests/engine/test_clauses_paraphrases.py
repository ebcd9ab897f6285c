"""Round 3: each class of wording the held-out sets showed the scanner missing (or raising by
mistake), probed with paraphrases written for this file from the domain notes (not corpus
lines), in both languages and several registers, with protective near-misses that must stay
quiet. A rule widened for a class has to pass the whole class, not one sentence of it.
"""

from __future__ import annotations

import pytest

from parley.engine.clauses import scan

from .clause_probes import assert_five_probes_in_both_languages, codes

# (class, text, code that must be raised)
RAISED = [
    # Recurring add-ons sold under any name: membership, subscription, cover, a benefits pack.
    (
        "recurring",
        "Premium membership: $9.99 every month for as long as the loan is open.",
        "hidden_fee",
    ),
    ("recurring", "Your Flex subscription of $12 is collected with every repayment.", "hidden_fee"),
    (
        "recurring",
        "Repayment protection cover: £4.50 a month, added to each instalment.",
        "hidden_fee",
    ),
    ("recurring", "会员服务每月19.9元，随每期账单自动扣收。", "hidden_fee"),
    ("recurring", "借款期间默认开通“极速权益包”，每期收取29元。", "hidden_fee"),
    ("recurring", "意外保障计划：每月8元，默认勾选，7日内可取消。", "hidden_fee"),
    # Charges per transaction in a schedule, with a floor or "whichever is greater".
    ("per_item", "Balance transfers: the greater of $5 or 3% of the amount moved.", "hidden_fee"),
    ("per_item", "Each cash withdrawal is charged at 2.5%, minimum £3.", "hidden_fee"),
    ("per_item", "Foreign purchases: 3% of each transaction.", "hidden_fee"),
    ("per_item", "取现每笔按取现金额的2%收取，最低5元。", "hidden_fee"),
    ("per_item", "转账每笔收取0.1%，最低2元，最高25元。", "hidden_fee"),
    ("per_item", "未按期归还最低还款额的，按未还部分的5%收取，最低20元。", "hidden_fee"),
    # A one-off charge folded into what is owed.
    ("added", "A restructuring charge of $200 will be added to what you owe.", "hidden_fee"),
    ("added", "An arrangement charge of £95 is put on your balance on day one.", "hidden_fee"),
    ("added", "A one-off setup charge of $49 will be rolled into the loan.", "hidden_fee"),
    ("added", "办理延期需缴纳手续费300元，计入剩余本金。", "hidden_fee"),
    ("added", "重组方案另收方案管理费500元，并入欠款总额。", "hidden_fee"),
    # Money asked up front to start, switch on, book or secure a plan or a loan.
    (
        "upfront",
        "Before your plan can start we need a one-time $99 enrolment payment.",
        "deposit_request",
    ),
    (
        "upfront",
        "To hold your spot in the relief programme, a $300 booking payment is due tonight.",
        "deposit_request",
    ),
    (
        "upfront",
        "A refundable commitment sum of £250 shows you are "
        "serious; it comes back once the plan is live.",
        "deposit_request",
    ),
    ("upfront", "开通分期方案前需先缴纳开通金800元，方案生效后退还。", "deposit_request"),
    ("upfront", "预约本月协商名额需交200元预约金。", "deposit_request"),
    ("upfront", "额度已审批，需交纳激活金1000元才能提现。", "deposit_request"),
    # Money sent to a named person's own bank account.
    (
        "person",
        "Transfer it to sort code 40-11-22, account 55667788, account name T. Brooks.",
        "deposit_request",
    ),
    ("person", "Send the $600 to my manager's account so it clears today.", "deposit_request"),
    ("person", "Pay it into my colleague's bank account and it's done.", "deposit_request"),
    ("person", "钱打到我同事的卡上就行，卡号6222000011112222。", "deposit_request"),
    ("person", "请转到经办人李娜的建设银行卡，尾号1234。", "deposit_request"),
    ("person", "Pay the £400 to account 30-90-12 87654321, name D. Okafor.", "deposit_request"),
    # The whole debt called in, in plain or spoken words.
    ("whole", "Miss this and they'll want the whole lot back straight away.", "acceleration"),
    (
        "whole",
        "After today it goes to legal and they'll want everything in one go.",
        "acceleration",
    ),
    ("whole", "If you fall behind, every penny you owe becomes payable at once.", "acceleration"),
    ("whole", "The entire outstanding balance may be called in if payments stop.", "acceleration"),
    ("whole", "过了今天就转法务，到时候要你一次性把钱全还上。", "acceleration"),
    ("whole", "逾期三十天以上的，剩余款项我司将一次性全部收回。", "acceleration"),
    # Prices or terms set by whatever a page or the app shows at the time.
    (
        "shown",
        "Charges are as displayed in the app at the time of each repayment.",
        "unilateral_change",
    ),
    (
        "shown",
        "Fees and rates follow whatever our pricing page shows when you draw down.",
        "unilateral_change",
    ),
    ("shown", "具体费率以借款时App页面展示为准。", "unilateral_change"),
    ("shown", "收费标准以平台实时公示为准，用户继续使用即视为同意。", "unilateral_change"),
    ("shown", "服务项目及收费以官网不时公布的内容为准。", "unilateral_change"),
    (
        "shown",
        "We can add, remove or change any term, including interest and fees, by telling you first.",
        "unilateral_change",
    ),
    # Interest that keeps running on what is overdue, or a rate that applies once late.
    ("accrues", "Interest of 0.1% a day keeps running on anything overdue.", "penalty_interest"),
    (
        "accrues",
        "If a payment is more than 30 days late, we "
        "may apply a rate of 27.9% to your whole balance.",
        "penalty_interest",
    ),
    (
        "accrues",
        "Overdue amounts carry on attracting daily interest at 0.05% until cleared.",
        "penalty_interest",
    ),
    ("accrues", "逾期部分按日万分之五继续计息，直至还清。", "penalty_interest"),
    ("accrues", "已产生的罚息不予减免，继续按原标准计收。", "penalty_interest"),
    ("accrues", "逾期后利息照常计算，按日0.05%。", "penalty_interest"),
    # A collector's own word in place of the lender's paper.
    ("word", "I'll note it on my end, no need to involve head office.", "verbal_promise"),
    ("word", "Don't worry about paperwork, I've flagged it on my side.", "verbal_promise"),
    ("word", "Leave it with me, I'll square it with the office.", "verbal_promise"),
    ("word", "我这边给你备注一下就行，不用找总部。", "verbal_promise"),
    ("word", "我跟领导打过招呼了，你照我说的转就行。", "verbal_promise"),
]

# (class, text, code that must NOT be raised): protective or neutral near-misses.
QUIET = [
    ("recurring", "There is no membership or subscription charge of any kind.", "hidden_fee"),
    ("recurring", "本产品不收取会员费、权益费或任何月费。", "hidden_fee"),
    ("recurring", "Membership of our rewards club is free.", "hidden_fee"),
    ("per_item", "Cash withdrawals at our own machines: no charge.", "hidden_fee"),
    ("per_item", "本卡境外消费不收取货币转换费。", "hidden_fee"),
    ("added", "No fee is added to your balance for this plan.", "hidden_fee"),
    ("added", "方案不收取任何费用，欠款总额不变。", "hidden_fee"),
    (
        "upfront",
        "You do not need to pay anything to join the plan; your first instalment starts it.",
        "deposit_request",
    ),
    ("upfront", "开通本方案无需支付任何费用，首期还款即生效。", "deposit_request"),
    ("upfront", "We will never ask for an enrolment payment or a deposit.", "deposit_request"),
    ("upfront", "Cash advance fee: 3% of each advance, minimum $10.", "deposit_request"),
    (
        "person",
        "Pay only to our company account: Northfield "
        "Finance Ltd, sort code 20-00-00, account 12345678.",
        "deposit_request",
    ),
    ("person", "还款请只转入户名为某某消费金融有限公司的对公账户。", "deposit_request"),
    ("person", "We will never ask you to pay into a personal account.", "deposit_request"),
    (
        "whole",
        "Even if you miss a payment, the rest of the loan stays on its normal schedule.",
        "acceleration",
    ),
    ("whole", "逾期不会导致剩余借款提前到期。", "acceleration"),
    ("whole", "You may pay off the whole lot at any time without a fee.", "acceleration"),
    (
        "shown",
        "The rate in this agreement is fixed for the whole term and will not change.",
        "unilateral_change",
    ),
    ("shown", "Any change needs both parties to agree in writing.", "unilateral_change"),
    ("shown", "费率以本合同约定为准，App页面展示的内容不改变本合同。", "unilateral_change"),
    (
        "accrues",
        "No interest will be charged on overdue amounts while the plan is kept.",
        "penalty_interest",
    ),
    ("accrues", "逾期期间不再计收任何罚息。", "penalty_interest"),
    ("accrues", "Late payment will not change your rate.", "penalty_interest"),
    (
        "word",
        "Please ask us to confirm any arrangement in "
        "writing; nothing agreed by phone changes this letter.",
        "verbal_promise",
    ),
    ("word", "电话中沟通的内容与本确认书不一致的，以本确认书为准。", "verbal_promise"),
    # A statement of what is owed today charges nothing: no penalty clause in it.
    ("owed", "截至今日，您尚欠本金8,000元、罚息320元。", "penalty_interest"),
    (
        "owed",
        "Your balance today is $4,210, including $180 of default interest.",
        "penalty_interest",
    ),
    ("owed", "截至11月30日，逾期本金5,000元，逾期利息及罚息612.50元。", "penalty_interest"),
    (
        "owed",
        "As at 30 November you owe £2,310.44, of which £96.10 is overdue interest.",
        "penalty_interest",
    ),
    ("owed", "账户当前欠款：本金3,000元，利息45元，罚息18元，合计3,063元。", "penalty_interest"),
    # A rate given only relative to one the line does not state, or added on top of it.
    ("relative", "逾期部分按执行利率加收50%计收罚息。", "rate_above_cap"),
    ("relative", "罚息利率为借款利率上浮百分之五十。", "rate_above_cap"),
    ("relative", "除正常利息外，另按每日0.05%收取逾期管理费。", "rate_above_cap"),
    ("relative", "在约定利率基础上加收30%计收逾期利息。", "rate_above_cap"),
    ("relative", "Default interest is the contract rate increased by 50%.", "rate_above_cap"),
]

# Classes read from tuning3's misses (written for this file, not its lines).
RAISED_3 = [
    # The whole debt falls due, with the lender's option set between commas.
    (
        "due_option",
        "On default, all sums owing shall, at our election, become payable at once.",
        "acceleration",
    ),
    ("due_option", "The whole balance will, without further notice, become due.", "acceleration"),
    (
        "due_option",
        "If this plan is deemed cancelled, the full balance of $5,200 will again be owed.",
        "acceleration",
    ),
    ("due_option", "一旦违约，后面没到期的分期全部一起算进来。", "acceleration"),
    ("due_option", "剩下的钱全部要你一次还清。", "acceleration"),
    # A price reset at the lender's review, to its own costs.
    (
        "reprice",
        "We may reprice your loan each year to reflect our cost of funds.",
        "unilateral_change",
    ),
    (
        "reprice",
        "The margin may be reset by the bank in line with market rates.",
        "unilateral_change",
    ),
    ("reprice", "贷款利率可由贷款人根据资金成本每年调整一次。", "unilateral_change"),
    ("reprice", "我行可根据市场利率变化对本产品定价进行调整。", "unilateral_change"),
    (
        "reprice",
        "Pricing may be revised at each anniversary, at our discretion.",
        "unilateral_change",
    ),
    # A schedule line: a label, then an amount per item or period.
    ("per_unit", "Stop payment request: $30 per item.", "hidden_fee"),
    ("per_unit", "Paper statement: $2 per statement cycle.", "hidden_fee"),
    ("per_unit", "Replacement card: £10 per card.", "hidden_fee"),
    ("per_unit", "Account maintenance: $9 a month.", "hidden_fee"),
    ("per_unit", "纸质账单：每期收取5元。", "hidden_fee"),
    # Reported to the bureaus, in chat words.
    ("bureau", "Nothing by Friday and it goes to the bureaus.", "credit_report"),
    ("bureau", "I'll report you to the credit bureaus tonight.", "credit_report"),
    ("bureau", "逾期信息将报送征信系统。", "credit_report"),
    ("bureau", "不还的话今天就上报征信。", "credit_report"),
    ("bureau", "We furnish account information to Experian every month.", "credit_report"),
    # The deal said to stand on the call, not on the paper.
    (
        "on_call",
        "The extra discount agreed on the call does not need to appear in this letter.",
        "verbal_promise",
    ),
    (
        "on_call",
        "What we agreed today won't be written in the agreement, it's approved.",
        "verbal_promise",
    ),
    ("on_call", "额外减免以通话内容为准。", "verbal_promise"),
    ("on_call", "优惠已经电话里答应你了，以聊天记录为准。", "verbal_promise"),
    (
        "on_call",
        "That waiver need not be included in the confirmation; it's on the call.",
        "verbal_promise",
    ),
]

QUIET_3 = [
    (
        "due_option",
        "You may pay the whole balance early at any time without a fee.",
        "acceleration",
    ),
    ("due_option", "逾期一期不会导致后面没到期的款项提前到期。", "acceleration"),
    (
        "reprice",
        "The rate is fixed and can be modified only in a writing signed by both parties.",
        "unilateral_change",
    ),
    ("reprice", "本合同的任何变更须经双方书面签署。", "unilateral_change"),
    ("per_unit", "Minimum payment: $25 per month.", "hidden_fee"),
    ("per_unit", "Interest rate: 9% a year.", "hidden_fee"),
    (
        "per_unit",
        "You may cancel this extension at no cost by returning the fee within two days.",
        "hidden_fee",
    ),
    (
        "bureau",
        "If you think we reported something wrong to a credit bureau, "
        "write to us and we will correct it.",
        "credit_report",
    ),
    ("bureau", "借款人对征信记录有异议的，可向贷款人提出更正申请。", "credit_report"),
    ("bureau", "You may dispute any item on your credit report free of charge.", "credit_report"),
    (
        "not_imposed",
        "We will never ask you to pay a person, buy a voucher, or pay a fee to unlock a plan.",
        "hidden_fee",
    ),
    ("not_imposed", "The whole $1,900 plus fees is due by Friday.", "hidden_fee"),
    ("not_imposed", "This includes a waiver of all remaining fees.", "hidden_fee"),
    ("not_imposed", "The account will be reported as a charge-off.", "hidden_fee"),
    ("not_imposed", "截至今日违约金已达1,200元。", "hidden_fee"),
    ("not_imposed", "我行不会要求您支付任何手续费、解冻费。", "hidden_fee"),
    (
        "not_imposed",
        "A non-refundable arrangement charge of $90 is taken from the loan.",
        "deposit_request",
    ),
    ("not_imposed", "Why would a bank ask me to pay in gift cards?", "deposit_request"),
    ("not_imposed", "为什么要我先交保证金？", "deposit_request"),
    ("ordinary", "Interest accrues on the unpaid principal at 9% a year.", "penalty_interest"),
    ("ordinary", "利息按未还本金每日计算，年利率9%。", "penalty_interest"),
    (
        "ordinary",
        "Interest is charged each month on the unpaid loan balance at the contract rate.",
        "penalty_interest",
    ),
    ("ordinary", "借款利息按实际未还本金计算，按月支付。", "penalty_interest"),
    (
        "ordinary",
        "Interest accrues daily on the unpaid principal and is payable monthly.",
        "penalty_interest",
    ),
]


# Written after the round's rules and run once before any change (see SCORES.md: 26 of 30
# risky lines raised and 14 of 15 protective ones left quiet); the misses then got their
# classes below.
FRESH_RAISED = [
    (
        "fresh",
        "If two instalments go unpaid, the remaining balance is payable on our demand.",
        "acceleration",
    ),
    (
        "fresh",
        "Should the debtor break this plan, every concession above "
        "is cancelled and collection of the original amount restarts.",
        "acceleration",
    ),
    ("fresh", "违约后，贷款人可宣布借款提前到期并要求借款人立即清偿。", "acceleration"),
    ("fresh", "你这期再不还，公司就按原来的欠款全额追了，之前减的都不算。", "acceleration"),
    (
        "fresh",
        "The account will be closed and the outstanding amount will be due in full within 7 days.",
        "acceleration",
    ),
    (
        "fresh",
        "To process your hardship application we require a one-off "
        "$80 assessment payment by bank transfer to our adviser.",
        "deposit_request",
    ),
    ("fresh", "Top up $200 via this QR code to verify your repayment ability.", "deposit_request"),
    ("fresh", "先转5000到这个账户走个流水，系统核验通过就放款。", "deposit_request"),
    ("fresh", "解冻您的还款通道需支付通道维护金300元。", "deposit_request"),
    ("fresh", "Please send Amazon vouchers worth £150 and read me the codes.", "deposit_request"),
    (
        "fresh",
        "An administration charge of $4 applies to every payment made by phone.",
        "hidden_fee",
    ),
    ("fresh", "每笔还款另收取平台技术服务费2元。", "hidden_fee"),
    ("fresh", "A $35 arrangement fee will be deducted from the amount you receive.", "hidden_fee"),
    ("fresh", "放款时预先扣除首期利息及咨询费共计800元。", "hidden_fee"),
    ("fresh", "Credit Shield: $3.90 per month, billed on your statement.", "hidden_fee"),
    (
        "fresh",
        "We may amend the fees payable under this agreement by giving you 30 days' notice.",
        "unilateral_change",
    ),
    ("fresh", "借款利率将根据我司经营情况适时调整，调整结果以短信方式告知。", "unilateral_change"),
    (
        "fresh",
        "The Terms & Conditions on our site, as revised "
        "from time to time, form part of this agreement.",
        "unilateral_change",
    ),
    ("fresh", "本协议未尽事宜，按平台届时有效的规则执行。", "unilateral_change"),
    (
        "fresh",
        "Overdue sums bear interest at 0.1% per day from the due date until paid.",
        "penalty_interest",
    ),
    ("fresh", "逾期未还部分按日加收0.05%的违约金。", "penalty_interest"),
    (
        "fresh",
        "Unpaid interest is added to the principal each month and itself earns interest.",
        "penalty_interest",
    ),
    ("fresh", "逾期后，未付利息计入本金一并计息。", "penalty_interest"),
    (
        "fresh",
        "Relax, I've already got it approved on my end, you don't need a letter.",
        "verbal_promise",
    ),
    ("fresh", "放心，我们经理口头同意了，不用再签什么。", "verbal_promise"),
    (
        "fresh",
        "The discount was agreed by phone and won't be in the written plan.",
        "verbal_promise",
    ),
    ("fresh", "Missed payments will be reported to credit reference agencies.", "credit_report"),
    ("fresh", "本次协商结果将同步至人民银行征信系统。", "credit_report"),
    ("fresh", "日利率0.1%。", "rate_above_cap"),
    ("fresh", "Monthly interest rate: 3%.", "rate_above_cap"),
    # The classes its misses showed, probed again in other words.
    (
        "capitalised",
        "Any interest left unpaid will be capitalised into the balance.",
        "penalty_interest",
    ),
    (
        "capitalised",
        "Overdue interest is rolled into the principal at month end.",
        "penalty_interest",
    ),
    ("capitalised", "拖欠的利息每月转入本金。", "penalty_interest"),
    ("capitalised", "应付未付的利息并入本金计收利息。", "penalty_interest"),
    (
        "capitalised",
        "Accrued interest not paid on time is added to the principal.",
        "penalty_interest",
    ),
    ("waiver_void", "再不还的话，减掉的部分都不算了，按原欠款全额追。", "acceleration"),
    ("waiver_void", "如再次逾期，已减免的金额不作数，恢复原欠款。", "acceleration"),
    (
        "waiver_void",
        "If you miss again, the reduction no longer applies and the original debt is due.",
        "acceleration",
    ),
    ("waiver_void", "Miss a payment and the waived interest is added back.", "acceleration"),
    ("waiver_void", "逾期一次，之前减的都不算，全额追偿。", "acceleration"),
    ("to_a_person", "Transfer the £60 review payment to our consultant today.", "deposit_request"),
    ("to_a_person", "Send the fee to your case handler and we start tomorrow.", "deposit_request"),
    ("to_a_person", "Pay $120 to the negotiator assigned to you.", "deposit_request"),
    ("to_a_person", "把服务费转给我们的顾问个人微信。", "deposit_request"),
    ("to_a_person", "钱直接打给负责你这单的专员就行。", "deposit_request"),
]
FRESH_QUIET = [
    (
        "fresh",
        "If you miss a payment we will contact you first; the loan will not become due early.",
        "acceleration",
    ),
    ("fresh", "即使逾期，本协议的减免也不会被撤销。", "acceleration"),
    ("fresh", "We never charge anyone to set up a hardship plan.", "deposit_request"),
    ("fresh", "本公司从不通过个人账户收款，请只向对公账户还款。", "deposit_request"),
    ("fresh", "There are no set-up, monthly or early repayment fees.", "hidden_fee"),
    ("fresh", "本方案不收取任何服务费、手续费。", "hidden_fee"),
    ("fresh", "Your rate is fixed for the life of the loan.", "unilateral_change"),
    ("fresh", "任何条款的变更均须经双方书面同意。", "unilateral_change"),
    ("fresh", "No penalty interest will be charged while the plan is kept.", "penalty_interest"),
    ("fresh", "方案期间停止计收罚息。", "penalty_interest"),
    (
        "fresh",
        "Only terms in this signed letter apply; anything said on calls does not.",
        "verbal_promise",
    ),
    ("fresh", "口头承诺不作为本协议的组成部分。", "verbal_promise"),
    ("fresh", "Your credit file will not be affected by this plan.", "credit_report"),
    ("fresh", "本次协商不会上报征信。", "credit_report"),
    ("fresh", "年利率7.2%。", "rate_above_cap"),
    ("capitalised", "Unpaid interest is never added to the principal.", "penalty_interest"),
    ("waiver_void", "已减免的金额在任何情况下都不会恢复。", "acceleration"),
    (
        "to_a_person",
        "Never pay our consultant or anyone else directly; use the app.",
        "deposit_request",
    ),
    ("to_a_person", "请勿向任何专员个人转账。", "deposit_request"),
    ("verbal_safe", "电话沟通内容不属于本协议的内容。", "verbal_promise"),
    ("verbal_safe", "What was said on the phone is not part of this agreement.", "verbal_promise"),
    ("verbal_safe", "Nothing agreed verbally forms part of this plan.", "verbal_promise"),
    ("verbal_safe", "口头沟通的内容不构成本方案的一部分。", "verbal_promise"),
    (
        "verbal_safe",
        "Promises made on calls are not binding; only this letter counts.",
        "verbal_promise",
    ),
]


# A second batch written after the rules above and run once (SCORES.md: 22 of 25 raised,
# 14 of 15 left quiet; the scanner before round 3 scored the same), then the classes of its
# misses, probed again in other words.
FRESH2_RAISED = [
    (
        "fresh2",
        "Failure to pay any sum when due entitles the Lender "
        "to terminate this Agreement and recover all monies owing forthwith.",
        "acceleration",
    ),
    (
        "fresh2",
        "Any default cancels the instalment arrangement "
        "and the balance becomes immediately collectable.",
        "acceleration",
    ),
    ("fresh2", "本金及利息在借款人违约时视为全部到期。", "acceleration"),
    ("fresh2", "分期协议作废，剩余本息须在三日内一次付清。", "acceleration"),
    ("fresh2", "一旦断供，优惠取消，按原合同金额追讨。", "acceleration"),
    (
        "fresh2",
        "Your loan is pre-approved. A small insurance deposit "
        "of $99 is needed before funds are released.",
        "deposit_request",
    ),
    (
        "fresh2",
        "To clear your file from our blacklist, a clearance payment of ₹2,000 is required via UPI.",
        "deposit_request",
    ),
    ("fresh2", "为证明还款诚意，请先打2000元到经理指定的账户。", "deposit_request"),
    ("fresh2", "账户被冻结，需缴纳解冻保证金后方可提现。", "deposit_request"),
    (
        "fresh2",
        "Kindly remit the processing sum through Western Union to our agent in Lagos.",
        "deposit_request",
    ),
    (
        "fresh2",
        "A monthly service charge of 1.5% of the outstanding balance applies.",
        "hidden_fee",
    ),
    (
        "fresh2",
        "Each draw incurs a 3% disbursement charge, taken from the amount sent to you.",
        "hidden_fee",
    ),
    ("fresh2", "借款人需一次性支付评估费500元。", "hidden_fee"),
    ("fresh2", "每月收取账户维护费15元，逾期期间照收。", "hidden_fee"),
    ("fresh2", "Optional payment holiday: $20 per holiday taken.", "hidden_fee"),
    ("fresh2", "We reserve the right to vary the interest rate at any time.", "unilateral_change"),
    ("fresh2", "本行有权视市场变化调整贷款利率并于官网公告。", "unilateral_change"),
    (
        "fresh2",
        "Fees are subject to change; the current schedule is on our website.",
        "unilateral_change",
    ),
    ("fresh2", "平台可不时修订本服务协议，修订后的协议一经发布即生效。", "unilateral_change"),
    ("fresh2", "Late balances attract a default rate of 2% a month.", "penalty_interest"),
    ("fresh2", "逾期后按未还本息的万分之五每日计收罚息。", "penalty_interest"),
    (
        "fresh2",
        "If you pay late, interest will be charged at double the contract rate.",
        "penalty_interest",
    ),
    (
        "fresh2",
        "The agent confirmed by phone that the remaining £300 will be written off.",
        "verbal_promise",
    ),
    ("fresh2", "你放心，减免的事我跟你保证，不用写进协议。", "verbal_promise"),
    (
        "fresh2",
        "We will update your status with Experian once the settlement is paid.",
        "credit_report",
    ),
    (
        "lapse_balance",
        "Breach of the plan ends the arrangement; the balance is then recoverable in full.",
        "acceleration",
    ),
    (
        "lapse_balance",
        "If you default, we cancel the hardship plan and the balance becomes due.",
        "acceleration",
    ),
    (
        "lapse_balance",
        "Missing a payment ends this repayment plan "
        "and the remaining balance is enforceable at once.",
        "acceleration",
    ),
    ("lapse_balance", "任一期逾期，本分期方案自动失效，剩余欠款立即到期。", "acceleration"),
    ("lapse_balance", "违约即终止本还款安排，余下款项须一次性结清。", "acceleration"),
    ("per_any_unit", "Payment deferral: $15 per deferral granted.", "hidden_fee"),
    ("per_any_unit", "Due date change: $10 per change.", "hidden_fee"),
    ("per_any_unit", "Statement reprint: $3 each reprint.", "hidden_fee"),
    ("per_any_unit", "还款日变更：每次收取20元。", "hidden_fee"),
    ("per_any_unit", "Card courier delivery: $25 per delivery.", "hidden_fee"),
    (
        "multiple_once_late",
        "Once you are late, interest runs at twice the contract rate.",
        "penalty_interest",
    ),
    (
        "multiple_once_late",
        "If a payment is missed we will charge interest at 1.5 times the normal rate.",
        "penalty_interest",
    ),
    ("multiple_once_late", "逾期后按合同利率的1.5倍计收利息。", "penalty_interest"),
    ("multiple_once_late", "逾期期间利率上浮50%。", "penalty_interest"),
    (
        "multiple_once_late",
        "Late accounts are charged the standard rate plus 10%.",
        "penalty_interest",
    ),
]
FRESH2_QUIET = [
    (
        "fresh2",
        "The lender will not demand early repayment as long as the plan is kept.",
        "acceleration",
    ),
    ("fresh2", "提前还款不收取任何违约金。", "hidden_fee"),
    ("fresh2", "No arrangement fee is charged for setting up this plan.", "hidden_fee"),
    ("fresh2", "We do not take deposits or upfront payments of any kind.", "deposit_request"),
    ("fresh2", "如有人以“解冻费”名义要求转账，请立即报警。", "deposit_request"),
    (
        "fresh2",
        "The interest rate is fixed and will not change during the term.",
        "unilateral_change",
    ),
    ("fresh2", "利率在借款期限内保持不变。", "unilateral_change"),
    (
        "fresh2",
        "While you keep to the plan, no further interest or charges will be added.",
        "penalty_interest",
    ),
    ("fresh2", "本方案执行期间不再产生罚息。", "penalty_interest"),
    ("fresh2", "Any change must be agreed by you in writing.", "unilateral_change"),
    ("fresh2", "请以书面协议为准，电话中的任何承诺均无效。", "verbal_promise"),
    ("fresh2", "This letter is the full record of what was agreed.", "verbal_promise"),
    ("fresh2", "不会因本次协商影响您的征信记录。", "credit_report"),
    ("fresh2", "You can pay into our company account shown in the app only.", "deposit_request"),
    ("fresh2", "The APR is 9.9%.", "rate_above_cap"),
    ("no_effect", "本次展期不会因此影响您的信用记录。", "credit_report"),
    (
        "no_effect",
        "This plan will not, by itself, be reported to any credit bureau.",
        "credit_report",
    ),
    ("no_effect", "不会因为协商还款上报征信。", "credit_report"),
    ("no_effect", "Settling early won't affect your credit file.", "credit_report"),
    ("no_effect", "您的征信不会因本次延期受到影响。", "credit_report"),
]


# The figure still read where one is stated.
RATE_RAISED = [
    ("relative", "逾期罚息按日0.1%计收。", "rate_above_cap"),
    ("owed", "逾期的，按日加收万分之五的罚息。", "penalty_interest"),
    ("owed", "Default interest of 0.05% a day applies to any overdue balance.", "penalty_interest"),
]


# Severity classes: a one-off fee above 1% of what is owed is high (1% or less, medium); a
# penalty folded into the debt and charged interest is compounding (high).
SEVERITY = [
    (
        "share",
        "A collection charge of 20% of the outstanding balance applies.",
        "hidden_fee",
        "high",
    ),
    ("share", "展期手续费为剩余本金的3%，签约时一次性支付。", "hidden_fee", "high"),
    ("share", "催收费用按欠款余额的10%收取。", "hidden_fee", "high"),
    ("share", "A one-time processing fee equal to 5% of the amount drawn.", "hidden_fee", "high"),
    ("share", "An extension fee of 1% of the principal is payable once.", "hidden_fee", "medium"),
    ("share", "展期费按本金的1%一次性收取。", "hidden_fee", "medium"),
    ("folded", "罚息计入本金后一并计收利息。", "penalty_interest", "high"),
    ("folded", "逾期利息并入欠款，按合同利率计息。", "penalty_interest", "high"),
    (
        "folded",
        "Late fees are added to the principal and bear interest at the loan rate.",
        "penalty_interest",
        "high",
    ),
    (
        "folded",
        "Default interest capitalised into the balance will itself accrue interest.",
        "penalty_interest",
        "high",
    ),
    ("folded", "违约金计入欠款总额后与本金一并计息。", "penalty_interest", "high"),
]


@pytest.mark.parametrize(("kind", "text", "code", "severity"), SEVERITY)
def test_the_class_carries_its_severity(kind, text, code, severity):
    found = {f.code: str(f.severity) for f in scan(text)}
    assert found.get(code) == severity, (kind, text, found)


@pytest.mark.parametrize(
    ("kind", "text", "code"), RAISED + RAISED_3 + FRESH_RAISED + FRESH2_RAISED + RATE_RAISED
)
def test_the_class_is_raised(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), QUIET + QUIET_3 + FRESH_QUIET + FRESH2_QUIET)
def test_the_protective_or_neutral_near_miss_is_not(kind, text, code):
    assert code not in codes(text), (kind, text)


def test_every_class_has_five_probes_in_both_languages():
    assert_five_probes_in_both_languages(
        RAISED + QUIET + RAISED_3 + QUIET_3 + FRESH_RAISED + FRESH_QUIET + RATE_RAISED
    )
