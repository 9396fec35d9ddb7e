"""Project-wide periodic tasks."""

import socket

from celery import shared_task
from django.core.management import call_command


@shared_task(name="mmc.publish_scheduled")
def publish_scheduled():
    """Publish pages whose go_live_at has passed and unpublish expired ones.

    Wagtail's command is idempotent, so a redelivered message does no harm.
    """
    call_command("publish_scheduled")


@shared_task(name="mmc.ping")
def ping(token: str) -> dict:
    """Echo a token with the worker's host, to prove a broker round trip."""
    return {"token": token, "host": socket.gethostname()}
