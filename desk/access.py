"""Who sees which of the desk's data: an Operator OPD only their own agency's, always.

Every admin URL of the desk's viewsets and choosers goes through these functions (see
desk.viewsets), so the scope holds for lists, searches, exports and each object's URLs.
"""

from core.roles import (
    ADMINISTRATOR,
    ANALIS,
    OPERATOR_OPD,
    PENGELOLA_DATA,
    PEWARTA,
    REDAKTUR,
    has_role,
)
from desk.models import AgencyOperator, ReviewStatus

NO_AGENCY = object()


def operator_agency_id(user):
    """The agency an Operator OPD works for; None for staff; NO_AGENCY for an operator
    not yet tied to one (who then sees nothing)."""
    if not user.is_authenticated or user.is_superuser:
        return None
    if not hasattr(user, "_desk_agency_id"):
        link = AgencyOperator.objects.filter(user=user).values_list("agency_id", flat=True)
        agency_id = link.first()
        if agency_id is None and has_role(user, OPERATOR_OPD):
            agency_id = NO_AGENCY
        user._desk_agency_id = agency_id
    return user._desk_agency_id


def is_operator(user) -> bool:
    return operator_agency_id(user) is not None


def sees_all_desk_data(user) -> bool:
    return not is_operator(user) and has_role(user, PENGELOLA_DATA, REDAKTUR, ADMINISTRATOR)


def reports_for(user, reports):
    agency_id = operator_agency_id(user)
    if agency_id is NO_AGENCY:
        return reports.none()
    if agency_id is not None:
        return reports.filter(agency_id=agency_id)
    if sees_all_desk_data(user):
        return reports
    if has_role(user, PEWARTA):
        # Reporters see what the newsroom accepted: the reports a story can be made from.
        return reports.filter(review_status=ReviewStatus.ACCEPTED)
    return reports.none()


def requests_for(user, requests):
    agency_id = operator_agency_id(user)
    if agency_id is NO_AGENCY:
        return requests.none()
    if agency_id is not None:
        return requests.filter(recipients__agency_id=agency_id)
    return requests if sees_all_desk_data(user) else requests.none()


def operators_for(user, operators):
    return operators if sees_all_desk_data(user) else operators.none()


def can_see_board(user) -> bool:
    """Kinerja Data OPD: an operator sees their agency's row; the newsroom's staff see all."""
    return is_operator(user) or has_role(user, PENGELOLA_DATA, REDAKTUR, ANALIS, ADMINISTRATOR)


def agencies_for(user, agencies):
    """The agencies whose figures the user may read on the board."""
    agency_id = operator_agency_id(user)
    if agency_id is NO_AGENCY:
        return agencies.none()
    if agency_id is not None:
        return agencies.filter(pk=agency_id)
    return agencies if can_see_board(user) else agencies.none()
