"""Lists of names and whole numbers read exactly as babel writes them, in both languages."""

import pytest
from babel import lists

from parley import i18n
from parley.i18n import format as fmt


@pytest.mark.parametrize("lang", sorted(fmt.LIST_PATTERNS))
def test_names_match_babel(lang):
    i18n.set_language(lang)
    for n in range(6):
        items = [f"名{i} x" for i in range(n)]
        assert fmt.names(items) == lists.format_list(items, locale=lang), n
        assert fmt.names(iter(items)) == lists.format_list(items, locale=lang), n


def test_names_read_naturally():
    i18n.set_language("en")
    assert fmt.names(["Lender", "Principal", "Rate"]) == "Lender, Principal, and Rate"
    i18n.set_language("zh_CN")
    assert fmt.names(["贷款机构", "本金", "利率"]) == "贷款机构、本金和利率"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_integers_match_babel(lang):
    from babel import numbers

    i18n.set_language(lang)
    for value in (0, 7, -7, 999, 1000, -1234, 50_000, 1_234_567, 10**15):
        assert fmt.integer(value) == numbers.format_decimal(value, format="#,##0", locale=lang)
