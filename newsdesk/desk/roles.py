"""The three roles, as Django groups with their permissions.

Contributors write and submit their own drafts; editors publish, schedule, withdraw and edit any
article; administrators also manage sources, users and portal settings. The audit log is read by
administrators only and written by nobody through the admin.
"""

ADMINISTRATOR, EDITOR, CONTRIBUTOR = "administrator", "editor", "contributor"

CONTRIBUTOR_PERMISSIONS = [
    "articles.add_article", "articles.change_article", "articles.view_article",
    "articles.view_section", "articles.view_place",
]
EDITOR_PERMISSIONS = CONTRIBUTOR_PERMISSIONS + [
    "articles.publish_article",
    "articles.add_section", "articles.change_section", "articles.add_place", "articles.change_place",
    "stories.view_alsoreported", "sources.view_source",
]
# Administrators hold every permission but these: the log is never written through the admin.
NEVER = {"desk.add_auditentry", "desk.change_auditentry", "desk.delete_auditentry"}


def permissions_of(role: str, every: list[str]) -> set[str]:
    """The "app.codename" permissions a role holds, out of `every` one there is."""
    if role == ADMINISTRATOR:
        return set(every) - NEVER
    wanted = EDITOR_PERMISSIONS if role == EDITOR else CONTRIBUTOR_PERMISSIONS
    return set(wanted) & set(every)


ROLES = (ADMINISTRATOR, EDITOR, CONTRIBUTOR)


def sync(apps) -> None:
    """Create the groups and give each its permissions (`apps`: a migration's or the live registry)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    rows = Permission.objects.values_list("pk", "content_type__app_label", "codename")
    by_name = {f"{app}.{code}": pk for pk, app, code in rows}
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set([by_name[name] for name in permissions_of(role, list(by_name))])


def sync_after_migrate(sender, using="default", **kwargs):
    if sender.name != "newsdesk.desk":
        return  # once per migrate, after every app has its permissions
    from django.apps import apps

    sync(apps)


def role_of(user) -> str | None:
    if user.is_superuser:
        return ADMINISTRATOR
    names = set(user.groups.values_list("name", flat=True))
    return next((role for role in ROLES if role in names), None)


def can_publish(user) -> bool:
    return user.is_active and user.has_perm("articles.publish_article")
