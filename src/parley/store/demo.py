"""A realistic example file: seven debts at different stages, with payments, contacts, two
offers and an agreement, all dated relative to `today` so the stages stay true.

Lenders are invented; names, notes and the agreement are in Chinese, as a borrower's own
records would be.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from parley.engine.budget import Budget, IncomeSource
from parley.engine.debt import Debt, Intensity, LegalStage, LenderKind, Method, Settings
from parley.engine.offers import OfferKind, OfferTerms
from parley.engine.rates import parse_rate
from parley.i18n import _, language
from parley.store.db import Store
from parley.store.errors import StoreError
from parley.store.records import (
    AbuseFlag,
    ChecklistItem,
    Event,
    EventKind,
    OfferRecord,
    OfferStatus,
    Payment,
    Promise,
)

AGREEMENT_TEXT = """个人借款分期还款协议（草稿）

甲方（出借人）：安盈消费金融有限公司
乙方（借款人）：张某

一、截至本协议签署日，乙方尚欠本金人民币 18,600.00 元，利息及罚息人民币 1,420.00 元。
二、甲方同意将上述欠款分 36 期偿还，每期还款人民币 556.11 元，每月 15 日为还款日。
三、分期期间乙方每月另行支付账户管理费人民币 45.00 元，随每期还款一并扣收。
四、如乙方任意一期未按时足额还款，甲方有权宣布剩余全部欠款立即到期，乙方应一次性清偿。
五、甲方有权根据经营需要调整服务费标准，调整后以短信方式通知乙方。
六、本协议履行情况将如实报送金融信用信息基础数据库。
七、本协议自双方电子签章之日起生效。
"""


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _months_before(day: date, months: int) -> date:
    month = day.month - 1 - months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, 28))


def fill(store: Store, today: date) -> dict[str, int]:
    """Write the example into an empty store; refuses a store that already holds debts.

    The emptiness check and every write are one transaction: two `parley demo` at once
    cannot both see an empty file and fill it twice."""
    with store.transaction():
        return _fill(store, today)


def _fill(store: Store, today: date) -> dict[str, int]:
    if not store.is_empty():
        raise StoreError(
            _("{path} already holds debts; the demo only fills a new, empty file.").format(
                path=store.path
            )
        )
    d = timedelta
    debts = [
        # A bank card instalment still being paid on time.
        Debt(
            lender="瑞丰银行信用卡中心",
            kind=LenderKind.BANK,
            contract_no="RF-CC-2025-118204",
            principal=2_400_000,
            start_date=_months_before(today, 8),
            term=24,
            method=Method.ANNUITY,
            rate_text="月息0.6%",
            annual_rate=parse_rate("月息0.6%").annual,
            instalments_paid=8,
            principal_repaid=723_516,
            interest_repaid=106_484,
            outstanding=1_676_484,
            notes="账单分期，目前按时还款。",
        ),
        # Best window: under a month overdue.
        Debt(
            lender="安盈消费金融",
            kind=LenderKind.CONSUMER_FINANCE,
            contract_no="AY2024110573",
            principal=3_000_000,
            start_date=_months_before(today, 14),
            term=36,
            method=Method.ANNUITY,
            rate_text="年化24%",
            annual_rate=parse_rate("年化24%").annual,
            instalments_paid=12,
            principal_repaid=1_140_000,
            interest_repaid=560_000,
            outstanding=2_002_000,
            first_missed=today - d(days=18),
            collection_intensity=Intensity.LOW,
            notes="失业后断供，已有离职证明。",
        ),
        # Fee cut up front (砍头息) and a daily rate, two months overdue.
        Debt(
            lender="快闪借",
            kind=LenderKind.ONLINE,
            contract_no="KSJ-88231907",
            principal=1_000_000,
            received=900_000,
            start_date=_months_before(today, 7),
            term=12,
            method=Method.ANNUITY,
            rate_text="日息0.05%",
            annual_rate=parse_rate("日息0.05%").annual,
            fee_upfront=100_000,
            instalments_paid=5,
            principal_repaid=395_000,
            interest_repaid=75_000,
            outstanding=680_000,
            first_missed=today - d(days=55),
            collection_intensity=Intensity.MEDIUM,
            notes="到账 9,000 元，合同写 10,000 元，1,000 元是“服务费”。",
        ),
        # Flat-rate instalments (等本等息): the real rate is about double the quote.
        Debt(
            lender="好分期商城",
            kind=LenderKind.ONLINE,
            contract_no="HFQ-2025-0042871",
            principal=600_000,
            start_date=_months_before(today, 6),
            term=12,
            method=Method.FLAT,
            rate_text="等本等息 月息1.5%",
            annual_rate=parse_rate("等本等息 月息1.5%").annual,
            instalments_paid=4,
            principal_repaid=200_000,
            interest_repaid=36_000,
            outstanding=472_000,
            first_missed=today - d(days=72),
            collection_intensity=Intensity.MEDIUM,
            notes="买手机分期，每月按原始本金收利息。",
        ),
        # Past 90 days on an ex-P2P platform.
        Debt(
            lender="恒信普惠（原网贷平台）",
            kind=LenderKind.EX_P2P,
            contract_no="HXPH-P2P-20230915-77",
            principal=1_500_000,
            start_date=_months_before(today, 26),
            term=24,
            method=Method.EQUAL_PRINCIPAL,
            rate_text="年化36%",
            annual_rate=parse_rate("年化36%").annual,
            instalments_paid=15,
            principal_repaid=937_500,
            interest_repaid=310_000,
            outstanding=820_000,
            first_missed=today - d(days=140),
            collection_intensity=Intensity.HIGH,
            credit_reported=True,
            notes="平台要求先付 30% 才谈分期。",
        ),
        # A lawyer's letter has arrived.
        Debt(
            lender="佳禾消费金融",
            kind=LenderKind.CONSUMER_FINANCE,
            contract_no="JH-CF-2023-551920",
            principal=2_000_000,
            start_date=_months_before(today, 30),
            term=36,
            method=Method.ANNUITY,
            rate_text="年化23.9%",
            annual_rate=parse_rate("年化23.9%").annual,
            instalments_paid=20,
            principal_repaid=1_020_000,
            interest_repaid=480_000,
            outstanding=1_260_000,
            first_missed=today - d(days=210),
            collection_intensity=Intensity.MEDIUM,
            legal_stage=LegalStage.LAWYER_LETTER,
            credit_reported=True,
            notes="上月收到律师函，称 30 日内不处理将起诉。",
        ),
        # A small-loan company, recently overdue.
        Debt(
            lender="鑫源小额贷款",
            kind=LenderKind.SMALL_LOAN,
            contract_no="XY-XD-2025-3310",
            principal=500_000,
            start_date=_months_before(today, 5),
            term=6,
            method=Method.INTEREST_ONLY,
            rate_text="月息2%",
            annual_rate=parse_rate("月息2%").annual,
            instalments_paid=4,
            interest_repaid=40_000,
            outstanding=510_000,
            first_missed=today - d(days=9),
            notes="先息后本，最后一期要还全部本金。",
        ),
    ]
    ids = [store.add_debt(debt) for debt in debts]
    bank, anying, kuaishan, haofenqi, hengxin, jiahe, xinyuan = ids

    payments = 0
    for debt_id, debt in zip(ids, debts, strict=True):
        if not debt.instalments_paid or debt.start_date is None:
            continue
        # The last three instalments actually paid, a month apart, for the true-rate check.
        paid = min(debt.instalments_paid, 3)
        last = (debt.first_missed or today) - d(days=30)
        each = (debt.principal_repaid + debt.interest_repaid) // debt.instalments_paid
        for k in range(paid):
            store.add_payment(Payment(debt_id, last - d(days=30 * k), each, "按期还款"))
            payments += 1

    events = [
        Event(
            anying,
            EventKind.CALL_RECEIVED,
            _at(today - d(days=15), 10, 20),
            channel="电话",
            party="安盈消费金融客服",
            agent_id="AY10382",
            agent_verified=True,
            summary="客服提醒逾期，询问还款意愿。说明失业情况。",
        ),
        Event(
            anying,
            EventKind.CALL_MADE,
            _at(today - d(days=6), 14, 5),
            channel="官方客服热线",
            party="安盈消费金融客服",
            agent_id="AY20917",
            agent_verified=False,
            summary="申请停息挂账。客服口头答应可以停息，分 36 期还本金。",
            follow_up=today + d(days=3),
            promises=[
                Promise("停息挂账，剩余本金分 36 期", written=False),
                Promise("三个工作日内发送书面确认函", written=False),
            ],
        ),
        Event(
            anying,
            EventKind.OFFER_PROPOSED,
            _at(today - d(days=2), 9, 30),
            channel="邮件",
            party="安盈消费金融客服",
            summary="发出两个方案：A 停息分 36 期；B 年化 15.4% 分 24 期。",
            follow_up=today + d(days=5),
        ),
        Event(
            kuaishan,
            EventKind.COLLECTION_CONTACT,
            _at(today - d(days=3), 22, 40),
            channel="电话",
            party="快闪借催收",
            summary="夜间来电催收，语气强硬。",
            abuse=frozenset({AbuseFlag.NIGHT_CALL}),
        ),
        Event(
            kuaishan,
            EventKind.COLLECTION_CONTACT,
            _at(today - d(days=1), 12, 15),
            channel="电话",
            party="快闪借催收",
            summary="给我母亲打电话，说要上门。",
            abuse=frozenset({AbuseFlag.THIRD_PARTY, AbuseFlag.THREAT}),
        ),
        Event(
            kuaishan,
            EventKind.MESSAGE,
            _at(today - d(days=20), 8, 0),
            channel="短信",
            party="快闪借",
            summary="短信通知已逾期，将产生罚息。",
        ),
        Event(
            haofenqi,
            EventKind.COLLECTION_CONTACT,
            _at(today - d(days=12), 19, 10),
            channel="App 消息",
            party="好分期商城",
            summary="App 内催收消息，要求三日内结清。",
        ),
        Event(
            hengxin,
            EventKind.COLLECTION_CONTACT,
            _at(today - d(days=5), 23, 5),
            channel="电话",
            party="自称第三方催收公司",
            summary="已要求停止夜间来电，对方仍然打来。",
            abuse=frozenset({AbuseFlag.NIGHT_CALL, AbuseFlag.AFTER_STOP_REQUEST}),
        ),
        Event(
            hengxin,
            EventKind.COLLECTION_CONTACT,
            _at(today - d(days=25), 11, 0),
            channel="电话",
            party="恒信普惠",
            summary="要求先付 30% 首付才可以谈分期。",
        ),
        Event(
            jiahe,
            EventKind.LETTER,
            _at(today - d(days=28), 16, 0),
            channel="快递",
            party="某律师事务所",
            summary="收到律师函，要求 30 日内清偿全部欠款。",
            follow_up=today + d(days=2),
        ),
        Event(
            jiahe,
            EventKind.COMPLAINT,
            _at(today - d(days=10), 15, 30),
            channel="金融纠纷调解中心",
            party="调解中心工作人员",
            summary="申请调解，已受理，等待通知。",
            follow_up=today + d(days=10),
        ),
        Event(
            xinyuan,
            EventKind.CALL_MADE,
            _at(today - d(days=4), 11, 45),
            channel="官方客服热线",
            party="鑫源小额贷款客服",
            agent_id="XY0071",
            agent_verified=True,
            summary="说明下月可先还利息，本金申请延期三个月。",
            promises=[Promise("本金延期三个月，以短信确认为准", written=True)],
        ),
        Event(
            bank,
            EventKind.PAYMENT,
            _at(today - d(days=12), 9, 0),
            channel="手机银行",
            party="瑞丰银行",
            summary="按期还款。",
        ),
    ]
    for event in events:
        store.add_event(event)

    first_due = today + d(days=30)
    store.save_offer(
        OfferRecord(
            anying,
            "A",
            OfferTerms(kind=OfferKind.FREEZE, rate=0.0, count=36, first_due=first_due),
            status=OfferStatus.PROPOSED,
            proposed_by="me",
        )
    )
    store.save_offer(
        OfferRecord(
            anying,
            "B",
            OfferTerms(kind=OfferKind.RESTRUCTURE, rate=0.154, count=24, first_due=first_due),
            status=OfferStatus.PROPOSED,
            proposed_by="me",
        )
    )
    store.add_agreement_version(anying, AGREEMENT_TEXT, "安盈消费金融 邮件附件")
    store.set_checklist_item(
        ChecklistItem(anying, "official_channel", True, today - d(days=6), "官方热线 95xxx")
    )
    store.set_checklist_item(ChecklistItem(anying, "agent_id_checked", False, None, ""))

    store.save_settings(Settings(monthly_income=850_000, language=language()))
    # The household's month, as a budget: what is left after essentials is for the debts.
    income = (IncomeSource(_("Salary"), 650_000), IncomeSource(_("Part-time work"), 200_000))
    essentials = (
        ("housing", 250_000),
        ("food", 150_000),
        ("utilities", 40_000),
        ("transport", 30_000),
        ("medical", 30_000),
    )
    store.save_budget(Budget(income, essentials, lump_sum=150_000))
    return {"debts": len(ids), "payments": payments, "events": len(events), "offers": 2}
