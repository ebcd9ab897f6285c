"""Round 4, second part: the classes of wording tuning4 showed (scored untouched first, then
read line by line), probed with paraphrases written for this file, and a fresh batch of lines
written after every rule and run once before any change (see SCORES.md, round 4).
"""

from __future__ import annotations

import pytest

from parley.engine.clauses import scan

from .clause_probes import assert_five_probes_in_both_languages, codes

# tuning4's classes, probed the same way. Written after the rules for them; the scanner before
# those rules (fb8d1e1) answers 9 of 23 raised, 22 of 35 quiet and 3 of 5 severities right.
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


# A second fresh batch (other registers: card terms, agency letters, scam chats, clean plans),
# written after the first batch's classes and run once before any change: 21 of 23 raised and
# 29 of 30 left quiet (the scanner before round 4: 22 and 29; round 4 had lost one line, a
# consent the lender does without, to the consent-only class). Its misses became the classes
# after it.
FRESH5_RAISED = [
    (
        "accel",
        "Upon any Event of Default, the Lender may declare the unpaid principal and accrued "
        "interest immediately payable.",
        "acceleration",
    ),
    (
        "accel",
        "分期付款期间连续两期未还的，银行有权要求持卡人一次性清偿全部剩余分期本金及手续费。",
        "acceleration",
    ),
    (
        "accel",
        "If the plan fails, we go back to collecting the original $8,400, not the agreed $5,000.",
        "acceleration",
    ),
    (
        "accel",
        "减免承诺以按期还款为前提，任一期未按时足额还款的，减免部分将重新计入欠款。",
        "acceleration",
    ),
    ("fee", "An annual card fee of $95 will be charged to your account each year.", "hidden_fee"),
    ("fee", "本次协商需收取方案办理费500元，随首期还款一并支付。", "hidden_fee"),
    ("fee", "Returned payment fee: $29.", "hidden_fee"),
    ("fee", "每笔提现收取手续费1%，最低2元。", "hidden_fee"),
    (
        "deposit",
        "To start the debt relief process, please send $199 by Zelle to Mark Ellis.",
        "deposit_request",
    ),
    (
        "deposit",
        "为证明还款诚意，请先转2000元到工作人员王涛的支付宝，方案才能提交审批。",
        "deposit_request",
    ),
    (
        "deposit",
        "Pay the verification charge with Apple gift cards and read me the codes.",
        "deposit_request",
    ),
    ("deposit", "律师函撤销需要先交3000元撤案费，到账后马上给您撤。", "deposit_request"),
    (
        "unilateral",
        "We can change the minimum payment calculation at any time by notice.",
        "unilateral_change",
    ),
    (
        "unilateral",
        "贷款人有权根据国家政策及市场变化调整贷款利率，无需征得借款人同意。",
        "unilateral_change",
    ),
    (
        "unilateral",
        "Continued use of your card after a change notice means you accept the new terms.",
        "unilateral_change",
    ),
    ("verbal", "我们是电话口头协商的，不签协议也没关系。", "verbal_promise"),
    (
        "verbal",
        "Just keep paying $100 a month like we said on the phone, no letter needed.",
        "verbal_promise",
    ),
    ("penalty", "Past due balances will incur a default rate of 29.99% APR.", "penalty_interest"),
    ("penalty", "逾期罚息按借款利率上浮50%计收，并按月计收复利。", "penalty_interest"),
    (
        "credit",
        "We may share information about your account with credit reference agencies.",
        "credit_report",
    ),
    ("credit", "逾期信息将纳入个人征信系统。", "credit_report"),
    ("rate", "日利率万分之六，按日计息。", "rate_above_cap"),
    ("rate", "Representative APR 49.9%.", "rate_above_cap"),
    # Consent the lender does without is no consent.
    ("no_consent", "甲方可调整服务费标准，无需经乙方同意。", "unilateral_change"),
    ("no_consent", "本行有权未经借款人同意变更还款计划。", "unilateral_change"),
    ("no_consent", "We may vary the rate without your consent.", "unilateral_change"),
    (
        "no_consent",
        "The lender can amend the fees regardless of whether you agree.",
        "unilateral_change",
    ),
    ("no_consent", "平台可单方调整利率，不需要取得用户同意。", "unilateral_change"),
    # A plan that fails, and collection going back to the original sum.
    (
        "plan_fails",
        "If the arrangement breaks down, we will go back to chasing the full balance.",
        "acceleration",
    ),
    (
        "plan_fails",
        "Should the deal fall through, collection of the original debt resumes in full.",
        "acceleration",
    ),
    ("plan_fails", "如分期方案失败，将恢复按原欠款全额追收。", "acceleration"),
    ("plan_fails", "协议破裂的，债权人恢复追偿原全部债务。", "acceleration"),
    (
        "plan_fails",
        "If the settlement fails, the original balance is reinstated.",
        "acceleration",
    ),
]
FRESH5_QUIET = [
    (
        "accel",
        "If you miss a payment, we will contact you first and give you 30 days to catch up; "
        "the plan stays in place.",
        "acceleration",
    ),
    ("accel", "提前还款的，按实际使用天数计息，不收取提前还款违约金。", "acceleration"),
    ("accel", "The settlement amount of $4,200 is payable in full by 31 March.", "acceleration"),
    ("accel", "本协议履行完毕后，债权人不再就剩余债务向债务人主张任何权利。", "acceleration"),
    ("accel", "Your balance in full is shown at the top of every statement.", "acceleration"),
    (
        "fee",
        "No annual fee for the first year; we'll remind you before any fee applies.",
        "hidden_fee",
    ),
    ("fee", "您无需为本次协商支付任何费用。", "hidden_fee"),
    ("fee", "This plan has no fees of any kind.", "hidden_fee"),
    ("fee", "如对费用有疑问，可拨打客服热线咨询。", "hidden_fee"),
    (
        "fee",
        "The total you will repay is $6,240, made up of $6,000 principal and $240 interest.",
        "hidden_fee",
    ),
    (
        "deposit",
        "Pay by direct debit from your own bank account, or by card in the app.",
        "deposit_request",
    ),
    (
        "deposit",
        "本公司所有还款均通过官方App或对公账户完成，不接受任何形式的个人转账。",
        "deposit_request",
    ),
    (
        "deposit",
        "Security deposits held for the tenancy are not part of this agreement.",
        "deposit_request",
    ),
    (
        "deposit",
        "Nobody from our team will ask you to buy gift cards or pay an upfront fee.",
        "deposit_request",
    ),
    ("deposit", "首期还款日为2026年1月15日，此前无需支付任何款项。", "deposit_request"),
    (
        "unilateral",
        "The rate is fixed at 7.5% for the whole term of the loan.",
        "unilateral_change",
    ),
    (
        "unilateral",
        "If you want to change your repayment date, contact us and we will agree it with you.",
        "unilateral_change",
    ),
    ("unilateral", "本合同利率在合同期限内固定不变。", "unilateral_change"),
    ("unilateral", "任何一方不得单方变更本协议内容。", "unilateral_change"),
    (
        "unilateral",
        "Your plan payment will never be increased without your agreement in writing.",
        "unilateral_change",
    ),
    (
        "verbal",
        "We will confirm everything we discussed today in a letter before you pay anything.",
        "verbal_promise",
    ),
    ("verbal", "口头约定与本协议不一致的，以本协议为准。", "verbal_promise"),
    ("verbal", "请以书面协议为准，不要相信任何口头承诺。", "verbal_promise"),
    ("verbal", "This confirmation letter replaces anything said on the phone.", "verbal_promise"),
    (
        "penalty",
        "While you are on the plan, no late fees or default interest will be added.",
        "penalty_interest",
    ),
    ("penalty", "本协议签署后，原罚息、违约金全部免除。", "penalty_interest"),
    (
        "penalty",
        "Interest is charged at 6.9% a year on the outstanding principal.",
        "penalty_interest",
    ),
    (
        "credit",
        "This arrangement will not be reported to the credit bureaus as a default.",
        "credit_report",
    ),
    ("credit", "如您对征信记录有异议，可向我行提出申请。", "credit_report"),
    ("rate", "年利率6%（单利）。", "rate_above_cap"),
    ("no_consent", "未经借款人书面同意，贷款人不得调整利率。", "unilateral_change"),
    ("no_consent", "We will not change the rate without your consent.", "unilateral_change"),
    ("no_consent", "任何变更须经双方协商一致。", "unilateral_change"),
    (
        "no_consent",
        "No term of this plan can be changed without your signed agreement.",
        "unilateral_change",
    ),
    ("no_consent", "非经您本人同意，本方案内容不作任何调整。", "unilateral_change"),
    ("plan_fails", "If a payment fails, we will try again three days later.", "acceleration"),
    ("plan_fails", "如扣款失败，系统将于次日再次尝试扣款。", "acceleration"),
    (
        "plan_fails",
        "We go back to the original payment date once the holiday ends.",
        "acceleration",
    ),
    (
        "plan_fails",
        "Even if the plan fails, we will not ask for the full balance at once.",
        "acceleration",
    ),
    ("plan_fails", "方案失败不影响您已还款项的效力。", "acceleration"),
    # Nobody will ask: a promise, not a request.
    ("nobody_asks", "No one from the bank will ever ask you to pay a deposit.", "deposit_request"),
    ("nobody_asks", "Nobody at our company collects cash at your door.", "deposit_request"),
    ("nobody_asks", "任何人以本公司名义要求您转账到个人账户，均属诈骗。", "deposit_request"),
    ("nobody_asks", "本公司没有任何工作人员会收取保证金。", "deposit_request"),
    ("nobody_asks", "No-one will ask you for a verification fee.", "deposit_request"),
]


# A third fresh batch, mostly the neutral lines clean agreements are made of (loan terms,
# reminders, settlement confirmations), run once before any change: 9 of 10 raised, 33 of 35
# lines with no finding at all (credit-bureau updates left aside), the same as before round 4.
# Its miss and two false alarms became the classes after it.
FRESH6_RAISED = [
    ("mixed", "Late payment fee: $15 or 5% of the payment, whichever is less.", "hidden_fee"),
    (
        "mixed",
        "借款人未按期还款的，贷款人有权自逾期之日起按合同利率的1.5倍计收罚息。",
        "penalty_interest",
    ),
    ("mixed", "If the Borrower defaults, the Lender may accelerate the Loan.", "acceleration"),
    ("mixed", "借款人同意贷款人将本合同信息报送金融信用信息基础数据库。", "credit_report"),
    ("mixed", "Service fee of 2% of the loan amount, deducted on disbursement.", "hidden_fee"),
    ("mixed", "出借人可根据经营情况不时调整费率，并于官网公示。", "unilateral_change"),
    (
        "mixed",
        "Your settlement offer is valid only if the $300 holding payment reaches our agent today.",
        "deposit_request",
    ),
    ("mixed", "这次的方案就咱俩知道，不用跟公司说，也不用签什么。", "verbal_promise"),
    ("mixed", "年化利率28.8%。", "rate_above_cap"),
    ("mixed", "The monthly rate is 3%.", "rate_above_cap"),
    (
        "holding",
        "A holding payment of $250 keeps this discount open until Friday.",
        "deposit_request",
    ),
    ("holding", "To hold the offer, send a holding sum of £100 today.", "deposit_request"),
    ("holding", "先交200元占位费，名额给您留到周五。", "deposit_request"),
    ("holding", "这个优惠要先付500元锁定方案才能保留。", "deposit_request"),
    ("holding", "We need a holding deposit before we can freeze the interest.", "deposit_request"),
    (
        "record_update",
        "Your account terms will be updated from time to time by notice.",
        "unilateral_change",
    ),
    (
        "record_update",
        "The fees on your account may be changed at our discretion.",
        "unilateral_change",
    ),
    ("record_update", "账户相关费率可由本行随时调整。", "unilateral_change"),
    ("record_update", "您的账户利率将根据本行政策调整。", "unilateral_change"),
    ("record_update", "Rates on your account can be increased at any time.", "unilateral_change"),
    ("own_account", "Pay it into our partner's account, not the bank's.", "deposit_request"),
    ("own_account", "Send the money to the nominated account of our agent.", "deposit_request"),
    ("own_account", "请把钱转到合作方账户，不要转到公司账户。", "deposit_request"),
    ("own_account", "这次还款请打到第三方代收账户。", "deposit_request"),
    (
        "own_account",
        "Please transfer the fee to a third-party account we will text you.",
        "deposit_request",
    ),
]
FRESH6_QUIET = [
    (
        '1. Parties. This agreement is between Northbay Credit Union ("we") '
        'and the member named below ("you").',
        None,
    ),
    ("2. Loan amount: $4,000. Term: 24 months. APR: 8.99% fixed.", None),
    ("3. You may prepay all or part of the loan at any time without penalty.", None),
    (
        "4. Payments are due on the 1st of each month by direct debit from your nominated account.",
        None,
    ),
    ("5. If a payment is late, we will send you a reminder and will not charge a late fee.", None),
    (
        "6. We report your payment history to the credit bureaus only if you ask us to in writing.",
        "credit_report_skip",
    ),
    ("7. Any change to this agreement must be in writing and signed by both of us.", None),
    ("8. Governing law: State of Oregon.", None),
    (
        "9. If you are having difficulty paying, call us; hardship options are "
        "available at no cost.",
        None,
    ),
    ("10. Nothing in this agreement limits your rights under consumer protection law.", None),
    ("第一条 借款金额人民币30,000元，借款期限12个月。", None),
    ("第二条 年利率7.2%，按月等额本息还款，每月还款2,598.11元。", None),
    ("第三条 借款人可随时提前还款，贷款人不收取任何费用。", None),
    ("第四条 本合同项下不收取任何服务费、管理费、担保费。", None),
    ("第五条 如借款人还款困难，可向贷款人申请延期，贷款人将在5个工作日内书面答复。", None),
    ("第六条 本合同的变更须经双方协商一致并以书面形式确认。", None),
    ("第七条 因本合同发生的争议，双方协商解决；协商不成的，向贷款人所在地人民法院起诉。", None),
    ("第八条 本合同一式两份，双方各执一份，自双方签字之日起生效。", None),
    (
        "Dear Ms Lowe, thank you for your call today. We have set up the "
        "payment plan you asked for.",
        None,
    ),
    ("Your new payment is $150 a month for 12 months, starting 5 February.", None),
    ("We have frozen interest and charges on your account while the plan runs.", None),
    ("If your circumstances change, let us know and we can review the plan together.", None),
    ("You can cancel this plan at any time without any charge.", None),
    ("尊敬的客户：您本期账单应还金额为1,250.00元，最后还款日为2026年3月10日。", None),
    ("您可通过App、网银或柜台还款，还款成功后将实时到账。", None),
    ("本行不会通过电话、短信要求您向个人账户转账，请注意防范诈骗。", None),
    ("如您已还款，请忽略本提醒。", None),
    ("客服热线：95588（24小时）。", None),
    ("Reminder: your instalment of $212.50 is due on 14 May. Reply STOP to opt out.", None),
    ("We've received your payment of $212.50. Thank you.", None),
    ("经双方友好协商，债权人同意债务人以人民币18,000元一次性结清全部欠款。", None),
    ("债务人按约付清上述款项后，双方债权债务关系终结，债权人不再追偿。", None),
    ("债权人将在收到款项后10个工作日内向征信机构更新为已结清状态。", "credit_report_skip"),
    (
        "Once the settlement sum is paid, we will close the account and stop "
        "all collection activity.",
        None,
    ),
    (
        "Your account will be updated with the credit bureaus to show it as settled.",
        "credit_report_skip",
    ),
    (
        "Your account will be updated with the credit bureaus to show it as settled.",
        "code:unilateral_change",
    ),
    ("Your address details may be changed online at any time.", "code:unilateral_change"),
    ("Your statement will be updated within two working days.", "code:unilateral_change"),
    ("您的账户状态将在3个工作日内更新。", "code:unilateral_change"),
    ("您的联系信息可随时在App中修改。", "code:unilateral_change"),
    ("Payments are collected by direct debit from your nominated account.", "code:deposit_request"),
    ("Repayments will be debited from your own account on the due date.", "code:deposit_request"),
    ("还款将从您本人名下的绑定银行卡中自动扣划。", "code:deposit_request"),
    ("您可以从个人账户向本公司对公账户还款。", "code:deposit_request"),
    (
        "You can pay from your personal account by bank transfer to our company account.",
        "code:deposit_request",
    ),
]


# The round's own rules read again for lines they might wrongly catch or drop (written after
# them, from the wording of real contracts and chats): each rule was narrowed until these held.
NARROWED_RAISED = [
    (
        "fee_for_interest",
        "Interest-free for 3 months, but a monthly account fee applies.",
        "hidden_fee",
    ),
    ("fee_for_interest", "免息期内每月仍收取账户管理费。", "hidden_fee"),
    ("discount_line", "优惠期满后每月收取账户管理费50元。", "hidden_fee"),
    ("discount_line", "Discount period over: a $9 monthly fee applies from June.", "hidden_fee"),
    (
        "consent_only",
        "The new rate applies only after you accept it by continuing to use the card; we may "
        "change it at any time.",
        "unilateral_change",
    ),
    ("consent_only", "利率调整经您继续使用即视为同意，本行可随时调整。", "unilateral_change"),
]
NARROWED_QUIET = [
    (
        "discount_line",
        "Discount applied: $412.00 (default interest and late fees)",
        "penalty_interest",
    ),
    ("discount_line", "减免金额：2,360元（含罚息及违约金）", "penalty_interest"),
    ("only_me", "借款人只能通过本人账户还款。", "deposit_request"),
    ("only_me", "请不要转到公司以外的任何账户。", "deposit_request"),
    ("said_counts", "我们承诺的减免方案有效期为30天。", "verbal_promise"),
    ("still_running", "逾期后仍按原还款计划执行。", "penalty_interest"),
    ("periodic_update", "Your payment amount is reviewed regularly with you.", "unilateral_change"),
]


@pytest.mark.parametrize(
    ("kind", "text", "code"), RAISED_4B + FRESH4_RAISED + FRESH5_RAISED + FRESH6_RAISED
)
def test_round4b_class_is_raised(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), QUIET_4B + FRESH4_QUIET + FRESH5_QUIET)
def test_round4b_near_miss_is_not(kind, text, code):
    assert code not in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code", "severity"), RAISED_4B_SEVERITY)
def test_round4b_fee_severity(kind, text, code, severity):
    found = {f.code: str(f.severity) for f in scan(text)}
    assert found.get(code) == severity, (kind, text, found)


def test_every_class_has_five_probes_in_both_languages():
    for probes in (
        RAISED_4B,
        QUIET_4B,
        FRESH4_RAISED[30:],
        FRESH4_QUIET[25:],
        FRESH5_RAISED[23:],
        FRESH5_QUIET[30:],
    ):
        assert_five_probes_in_both_languages(
            probes,
            one_sided=(
                "fee_severity",
                "call_restated",
                "programme_deposit",
                "waived_more",
                "nobody_asks",
            ),
        )


@pytest.mark.parametrize(("text", "skip"), FRESH6_QUIET)
def test_a_neutral_line_raises_nothing(text, skip):
    """Each line raises no finding at all; "credit_report_skip" leaves a bureau update aside
    (labellers mark it as reporting), "code:X" asks only that X is not raised."""
    found = {f.code for f in scan(text)}
    if skip and skip.startswith("code:"):
        assert skip[5:] not in found, text
        return
    if skip == "credit_report_skip":
        found.discard("credit_report")
    assert not found, (text, found)


def test_fresh6_classes_have_five_probes_in_both_languages():
    kinds: dict[str, list[str]] = {}
    for kind, text, _code in FRESH6_RAISED[10:]:
        kinds.setdefault(kind, []).append(text)
    for _text, skip in FRESH6_QUIET:
        if skip and skip.startswith("code:"):
            kinds.setdefault(skip, []).append(_text)
    for kind, texts in kinds.items():
        assert len(texts) >= 5, kind
        assert any(ord(c) > 0x3000 for t in texts for c in t), kind
        assert any(t.isascii() for t in texts), kind


@pytest.mark.parametrize(("kind", "text", "code"), NARROWED_RAISED)
def test_a_narrowed_rule_still_raises(kind, text, code):
    assert code in codes(text), (kind, text)


@pytest.mark.parametrize(("kind", "text", "code"), NARROWED_QUIET)
def test_a_narrowed_rule_stays_quiet(kind, text, code):
    assert code not in codes(text), (kind, text)
