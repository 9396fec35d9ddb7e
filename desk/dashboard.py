"""The desk's panels on the admin home page: an operator's requests due soon and late; for
the staff who chase the data, which agencies are late. A few queries each, whatever the data."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from desk.access import NO_AGENCY, operator_agency_id, sees_all_desk_data
from desk.lateness import DUE_SOON_HORIZON_DAYS, late_agencies, late_totals, open_requests_of

TOP_AGENCIES = 10


class OperatorRequestsPanel(Component):
    """Permintaan data: the operator's own agency's late and soon-due requests."""

    name = "desk_permintaan_opd"
    template_name = "desk/admin/panel_operator_requests.html"
    order = 30

    def __init__(self, agency_id):
        self.agency_id = agency_id

    def get_context_data(self, parent_context):
        late, due_soon = open_requests_of(self.agency_id, timezone.localdate())
        return {"late": late, "due_soon": due_soon, "horizon": DUE_SOON_HORIZON_DAYS}


class LateAgenciesPanel(Component):
    """OPD terlambat: who has late requests, the most first, with the oldest's days late."""

    name = "desk_opd_terlambat"
    template_name = "desk/admin/panel_late_agencies.html"
    order = 35

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        return {"agencies": late_agencies(today, limit=TOP_AGENCIES), "totals": late_totals(today)}


def desk_panels(request, panels):
    agency_id = operator_agency_id(request.user)
    if agency_id is NO_AGENCY:
        return
    if agency_id is not None:
        panels.append(OperatorRequestsPanel(agency_id))
    elif sees_all_desk_data(request.user):
        panels.append(LateAgenciesPanel())
