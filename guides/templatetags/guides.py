from django import template

from guides.catalogue import guides_for

register = template.Library()


@register.simple_tag
def role_guides(user):
    """The guides of a user's roles, for the dashboard's account summary."""
    return guides_for(user)
