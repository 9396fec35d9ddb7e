"""The /healthz probe: is the database answering, and is Redis?"""

import redis
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_redis() -> None:
    client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
    try:
        client.ping()
    finally:
        client.close()


CHECKS = {"database": check_database, "redis": check_redis}


@never_cache
@require_GET
def healthz(request):
    """200 when every dependency answers; 503 naming the ones that do not."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # a probe reports every failure, whatever its type
            results[name] = f"error: {type(error).__name__}"
        else:
            results[name] = "ok"
    failing = [name for name, result in results.items() if result != "ok"]
    body = {"status": "error" if failing else "ok", "checks": results, "failing": failing}
    return JsonResponse(body, status=503 if failing else 200)
