"""Operators hear of a request once, 3 days before it is due, then once a week while it is
late; the Pengelola Data get a weekly digest of who is late. One email, never more."""

import threading
from contextlib import contextmanager
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from celery.contrib.testing.worker import start_worker
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection

from core.roles import PENGELOLA_DATA
from desk.factories import DataRequestFactory, UserFactory
from desk.models import DataRequestRecipient, Reminder
from desk.reminders import MAX_ATTEMPTS, send_digests, send_request_reminders
from desk.tasks import send_request_reminders_task
from mmc.celery import app

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
WIB = ZoneInfo("Asia/Jakarta")
PROGRAMME = "Realisasi program bedah rumah triwulan III"
DUE = date(2026, 10, 15)  # a Thursday


@contextmanager
def at(day: date, hour=7, minute=0):
    """Beat's morning run on that WIB day (or any WIB moment)."""
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIB)
    with time_machine.travel(moment, tick=False):
        yield


def remind_on(day: date, hour=7, minute=0):
    with at(day, hour, minute):
        return send_request_reminders()


@pytest.fixture
def request_to_dinkes(dinkes):
    return DataRequestFactory(programme=PROGRAMME, due_date=DUE, agencies=[dinkes])


def test_the_operator_hears_once_three_days_before_the_due_date_however_often_beat_runs(
    dinkes, operator_of, request_to_dinkes, mailoutbox
):
    operator = operator_of(dinkes, user__first_name="Rahmat", user__last_name="Hidayat")

    assert remind_on(date(2026, 10, 11)).sent == 0  # 4 days ahead: not yet
    assert remind_on(date(2026, 10, 12)).sent == 1
    assert remind_on(date(2026, 10, 12)).sent == 0  # beat fired twice
    assert remind_on(date(2026, 10, 13)).sent == 0

    [email] = mailoutbox
    assert email.to == [operator.email]
    assert email.subject == f"Pengingat: permintaan data “{PROGRAMME}” jatuh tempo 3 hari lagi"
    assert "Yth. Rahmat Hidayat" in email.body
    assert "jatuh tempo 3 hari lagi, pada 15 Oktober 2026" in email.body
    request_url = f"http://testserver/admin/desk/permintaan/inspect/{request_to_dinkes.pk}/"
    assert request_url in email.body
    assert "http://testserver/admin/desk/laporan/add/" in email.body
    [(html, mimetype)] = email.alternatives
    assert mimetype == "text/html"
    assert f'<a href="{request_url}">Lihat permintaan</a>' in html
    assert email.extra_headers["Auto-Submitted"] == "auto-generated"


def test_three_days_ahead_is_counted_in_wib_days(dinkes, operator_of, request_to_dinkes):
    operator_of(dinkes)

    # 23:50 WIB on the 11th: the 15th is still 4 days away.
    assert remind_on(date(2026, 10, 11), hour=23, minute=50).sent == 0
    # 00:10 WIB on the 12th, still the 11th in UTC: now it is 3.
    assert remind_on(date(2026, 10, 12), hour=0, minute=10).sent == 1


def test_a_request_due_sooner_than_three_days_is_announced_on_the_next_run(
    dinkes, operator_of, mailoutbox
):
    """A request sent with a short deadline, or a morning beat missed, still gets its one email."""
    operator_of(dinkes)
    DataRequestFactory(programme=PROGRAMME, due_date=DUE, agencies=[dinkes])

    assert remind_on(date(2026, 10, 14)).sent == 1
    assert remind_on(date(2026, 10, 15)).sent == 0
    assert mailoutbox[0].subject.endswith("jatuh tempo besok")


def test_each_operator_of_the_agency_gets_one_and_the_unreachable_none(
    dinkes, pupr, operator_of, request_to_dinkes, mailoutbox
):
    first, second = operator_of(dinkes), operator_of(dinkes)
    operator_of(dinkes, user__is_active=False)
    operator_of(dinkes, user__email="")
    operator_of(pupr)  # the request did not go to PUPR

    assert remind_on(date(2026, 10, 12)).sent == 2

    assert sorted(email.to[0] for email in mailoutbox) == sorted([first.email, second.email])


def test_a_late_request_reminds_at_most_once_a_week_while_unanswered(
    dinkes, operator_of, request_to_dinkes, mailoutbox
):
    operator_of(dinkes)
    remind_on(date(2026, 10, 12))  # the due-soon email
    mailoutbox.clear()

    assert remind_on(date(2026, 10, 15)).sent == 0  # due today: not late yet
    assert remind_on(date(2026, 10, 16)).sent == 1  # Friday, the first day late
    assert remind_on(date(2026, 10, 17)).sent == 0
    assert remind_on(date(2026, 10, 18), hour=23, minute=50).sent == 0  # Sunday night, WIB
    assert remind_on(date(2026, 10, 19), hour=0, minute=10).sent == 1  # Monday: a new week
    assert remind_on(date(2026, 10, 19)).sent == 0
    assert [email.subject for email in mailoutbox] == [
        f"Terlambat 1 hari: permintaan data “{PROGRAMME}” belum dijawab",
        f"Terlambat 4 hari: permintaan data “{PROGRAMME}” belum dijawab",
    ]

    DataRequestRecipient.objects.update(answered_on=date(2026, 10, 21))
    assert remind_on(date(2026, 10, 26)).sent == 0


def test_a_request_answered_in_time_gets_nothing(
    dinkes, operator_of, request_to_dinkes, mailoutbox
):
    operator_of(dinkes)
    DataRequestRecipient.objects.update(answered_on=date(2026, 10, 10))

    for day in (12, 13, 16, 19):
        remind_on(date(2026, 10, day))

    assert mailoutbox == []


def test_a_reminder_planned_before_the_answer_is_not_sent_after_it(
    dinkes, operator_of, request_to_dinkes, mailoutbox, settings
):
    operator_of(dinkes)
    settings.EMAIL_BACKEND = "tests.support.mail.RefusingBackend"
    assert remind_on(date(2026, 10, 12)).failed == 1

    DataRequestRecipient.objects.update(answered_on=date(2026, 10, 12))
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    assert remind_on(date(2026, 10, 13)).sent == 0
    assert mailoutbox == []


def test_a_mail_server_failure_leaves_the_reminder_for_the_next_run(
    dinkes, operator_of, request_to_dinkes, mailoutbox, settings
):
    operator_of(dinkes)
    settings.EMAIL_BACKEND = "tests.support.mail.RefusingBackend"

    outcome = remind_on(date(2026, 10, 12))

    assert (outcome.sent, outcome.failed) == (0, 1)
    reminder = Reminder.objects.get()
    assert reminder.sent_at is None and reminder.claimed_until is None
    assert reminder.last_error.startswith("SMTPServerDisconnected")

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert remind_on(date(2026, 10, 12), hour=7, minute=15).sent == 1  # the task's retry
    assert remind_on(date(2026, 10, 13)).sent == 0
    assert len(mailoutbox) == 1
    reminder.refresh_from_db()
    assert reminder.sent_at is not None and reminder.attempts == 2


def test_a_reminder_the_server_keeps_refusing_is_given_up_after_a_few_attempts(
    dinkes, operator_of, request_to_dinkes, settings
):
    operator_of(dinkes)
    settings.EMAIL_BACKEND = "tests.support.mail.RefusingBackend"

    failures = [remind_on(date(2026, 10, 12), minute=run).failed for run in range(MAX_ATTEMPTS + 2)]

    assert failures == [1] * MAX_ATTEMPTS + [0, 0]
    assert Reminder.objects.get().attempts == MAX_ATTEMPTS


def test_a_refused_mailbox_does_not_hold_up_the_others(
    dinkes, operator_of, request_to_dinkes, mailoutbox, settings
):
    operator_of(dinkes, user__email="ditolak@dinkes.kalteng.go.id")
    colleague = operator_of(dinkes)
    settings.EMAIL_BACKEND = "tests.support.mail.RefusingOneMailboxBackend"

    outcome = remind_on(date(2026, 10, 12))

    assert (outcome.sent, outcome.failed) == (1, 1)
    assert [email.to for email in mailoutbox] == [[colleague.email]]
    refused = Reminder.objects.get(sent_at__isnull=True)
    assert refused.last_error.startswith("SMTPRecipientsRefused")


def test_a_run_out_of_time_leaves_the_rest_to_its_continuation(
    dinkes, operator_of, request_to_dinkes, mailoutbox, monkeypatch
):
    operator_of(dinkes)
    monkeypatch.setattr("desk.reminders.RUN_SECONDS", 0)

    outcome = remind_on(date(2026, 10, 12))

    assert (outcome.sent, outcome.unfinished) == (0, True)
    assert Reminder.objects.get().claimed_until is None  # nothing held
    monkeypatch.undo()
    assert remind_on(date(2026, 10, 12), minute=1).sent == 1


@pytest.fixture
def pengelola(people):
    return people[PENGELOLA_DATA]


def late_requests(dinkes, pupr):
    """Dinkes: two late (10 and 3 days on 19 October), one answered; PUPR: one, 3 days."""
    DataRequestFactory(due_date=date(2026, 10, 9), agencies=[dinkes])
    DataRequestFactory(due_date=DUE + date.resolution, agencies=[dinkes, pupr])
    answered = DataRequestFactory(due_date=date(2026, 10, 1), agencies=[pupr])
    answered.recipients.update(answered_on=date(2026, 10, 5))
    DataRequestFactory(due_date=date(2026, 10, 20), agencies=[pupr])  # not due yet


def test_the_weekly_digest_tells_the_pengelola_data_who_is_late(
    dinkes, pupr, pengelola, django_user_model, mailoutbox
):
    late_requests(dinkes, pupr)
    django_user_model.objects.create_superuser("kepala", "kepala@kalteng.go.id", "x")
    away = UserFactory(is_active=False)
    away.groups.add(Group.objects.get(name=PENGELOLA_DATA))

    with at(date(2026, 10, 19)):
        assert send_digests().sent == 1
        assert send_digests().sent == 0
    with at(date(2026, 10, 21)):
        assert send_digests().sent == 0  # same ISO week

    [digest] = mailoutbox
    assert digest.to == [pengelola.email]
    assert digest.subject == "Rekap mingguan: 2 OPD terlambat mengirim data (3 permintaan)"
    assert "Per 19 Oktober 2026, 2 OPD belum menjawab 3 permintaan data" in digest.body
    dinkes_line = "- Dinas Kesehatan: 2 permintaan terlambat, paling lama 10 hari"
    pupr_line = (
        "- Dinas Pekerjaan Umum dan Penataan Ruang: 1 permintaan terlambat, paling lama 3 hari"
    )
    assert digest.body.index(dinkes_line) < digest.body.index(pupr_line)
    assert "http://testserver/admin/desk/permintaan/" in digest.body
    [(html, _mimetype)] = digest.alternatives
    assert "<td>Dinas Kesehatan</td>" in html

    with at(date(2026, 10, 26)):
        assert send_digests().sent == 1  # a new week


def test_no_digest_when_nobody_is_late(dinkes, pengelola, mailoutbox):
    DataRequestFactory(due_date=date(2026, 10, 30), agencies=[dinkes])

    with at(date(2026, 10, 19)):
        assert send_digests().sent == 0

    assert mailoutbox == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_at_once_send_each_reminder_once(
    dinkes, pupr, operator_of, pengelola, mailoutbox, settings
):
    """Two workers run the daily and weekly tasks at the same moment, on a slow mail server."""
    operator_of(dinkes), operator_of(dinkes), operator_of(pupr)
    late_requests(dinkes, pupr)
    settings.EMAIL_BACKEND = "tests.support.mail.SlowBackend"
    start = threading.Barrier(4)
    errors = []

    def run(job):
        try:
            start.wait()
            job()
        except Exception as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            connection.close()

    jobs = [send_request_reminders, send_request_reminders, send_digests, send_digests]
    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    with at(date(2026, 10, 19)):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert errors == []
    # Dinkes' 2 operators × 2 late requests; PUPR's operator: 1 late, 1 due tomorrow; 1 digest.
    assert len(mailoutbox) == 7
    assert len({(email.to[0], email.subject) for email in mailoutbox}) == 7
    assert Reminder.objects.filter(sent_at__isnull=False).count() == 7


def test_beat_reminds_every_morning_and_sends_the_digest_on_mondays_at_seven_wib():
    schedule = settings.CELERY_BEAT_SCHEDULE
    daily, weekly = schedule["send-data-request-reminders"], schedule["send-late-digest"]

    assert app.conf.timezone == "Asia/Jakarta"
    assert {daily["task"], weekly["task"]} <= set(app.tasks)
    assert (daily["schedule"].hour, daily["schedule"].minute) == ({7}, {0})
    assert len(daily["schedule"].day_of_week) == 7
    assert (weekly["schedule"].hour, weekly["schedule"].day_of_week) == ({7}, {1})


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_daily_task_sends_through_a_worker(dinkes, operator_of, mailoutbox):
    operator_of(dinkes)
    DataRequestFactory(programme=PROGRAMME, due_date=DUE, agencies=[dinkes])

    with (
        time_machine.travel(datetime(2026, 10, 15, 7, 0, tzinfo=WIB), tick=True),
        start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10),
    ):
        sent = send_request_reminders_task.delay().get(timeout=30)

    assert sent == 1
    assert mailoutbox[0].subject.endswith("jatuh tempo hari ini")
