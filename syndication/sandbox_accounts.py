"""Social accounts wired to the local platform sandbox (demo and tests)."""

from syndication.models import SocialAccount

# The demo accounts the sandbox seeds (syndication/sandbox/seed.py).
SANDBOX_ACCOUNTS = [
    ("facebook", "MMC Kalteng (Facebook)", "100000000000001", "sandbox-facebook-page-token"),
    ("instagram", "@mmckalteng (Instagram)", "17841400000000001", "sandbox-instagram-token"),
    ("x", "@mmckalteng (X)", "1500000000000000001", "sandbox-x-token"),
    ("youtube", "MMC Kalteng (YouTube)", "UCmmcKaltengSandbox00001", "sandbox-youtube-token"),
]
SANDBOX_VIDEO_IDS = [f"MMCdemo000{n}" for n in range(1, 6)]


def connect_sandbox_accounts(base_url: str) -> list[SocialAccount]:
    """Create (or repoint) one account per platform on the sandbox at `base_url`."""
    accounts = []
    for platform, name, external_id, token in SANDBOX_ACCOUNTS:
        account, created = SocialAccount.objects.get_or_create(
            platform=platform,
            external_id=external_id,
            defaults={"name": name, "base_url": base_url, "access_token": token},
        )
        if not created and account.base_url != base_url:
            account.base_url = base_url
            account.save(update_fields=["base_url"])  # moving an account clears its token
            account.access_token = token
            account.save(update_fields=["access_token"])
        accounts.append(account)
    return accounts
