"""The audit log in the admin: read by administrators, written by no one through it."""

from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from .models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("at", "username", "action", "headline", "denied", "changed_fields")
    list_filter = ("action", "denied")
    search_fields = ("username",)
    date_hierarchy = None
    show_full_result_count = False
    fields = ("at", "username", "action", "article", "headline", "denied", "change_table")
    readonly_fields = fields

    @admin.display(description=_("changed fields"))
    def changed_fields(self, entry):
        return ", ".join(entry.changes)

    @admin.display(description=_("before → after"))
    def change_table(self, entry):
        rows = ((name, str(old)[:500], str(new)[:500]) for name, (old, new) in entry.changes.items())
        return format_html_join("", "<p><b>{}</b>: {} → {}</p>", rows)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        return {}  # not even the bulk delete
