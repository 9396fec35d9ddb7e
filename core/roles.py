"""The newsroom's roles: Django groups that data migrations create (news/ and desk/migrations)."""

PEWARTA, REDAKTUR, ANALIS, ADMINISTRATOR = "Pewarta", "Redaktur", "Analis", "Administrator"
# The OPD data desk: an agency's own staff, and Diskominfo's statistics section who chase them.
OPERATOR_OPD, PENGELOLA_DATA = "Operator OPD", "Pengelola Data"


def has_role(user, *roles: str) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    names = getattr(user, "_role_names", None)
    if names is None:
        names = set(user.groups.values_list("name", flat=True))
        user._role_names = names
    return bool(names & set(roles))


def is_editor(user) -> bool:
    return has_role(user, REDAKTUR, ADMINISTRATOR)


def works_on_articles(user) -> bool:
    return has_role(user, PEWARTA, REDAKTUR, ADMINISTRATOR)


# Roles that can publish or change the site's settings and social accounts: a stolen
# password alone must not be enough for them (accounts/middleware.py).
TWO_FACTOR_ROLES = (REDAKTUR, ADMINISTRATOR)


def needs_two_factor(user) -> bool:
    return has_role(user, *TWO_FACTOR_ROLES)
