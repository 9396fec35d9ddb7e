"""The client's IP address, for lockouts and throttles.

Only production may sit behind a reverse proxy; there TRUSTED_PROXY_COUNT says how many of
our own proxies append to X-Forwarded-For. Everywhere else the header is ignored, because a
client can send any X-Forwarded-For it likes and would choose its own lockout key.
"""

from django.conf import settings


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if not proxies:
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    # Each trusted proxy appends the address it received from, so the client is the entry
    # our outermost proxy wrote: the proxies-th from the right. Anything left of it is the
    # client's own claim.
    if len(hops) < proxies:
        return remote
    return hops[-proxies]
