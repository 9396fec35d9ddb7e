"""Which accounts an article will be posted to when it goes live (for Jadwal Terbit)."""

from syndication.models import SocialAccount
from syndication.payloads import skip_reason


def planned_accounts(article) -> list[str]:
    return [
        str(account)
        for account in SocialAccount.objects.filter(enabled=True)
        if not skip_reason(article, account.platform)
    ]


def planned_posts_note(article) -> str:
    """The calendar's line under a scheduled article; "" when it goes nowhere."""
    accounts = planned_accounts(article)
    return f"Media sosial: {', '.join(accounts)}" if accounts else ""
