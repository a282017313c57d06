from django import template

from newsdesk.desk.dashboard import board

register = template.Library()


@register.simple_tag(takes_context=True)
def desk_board(context):
    return board(context["request"].user)
