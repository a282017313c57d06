"""Every API address answers GET and HEAD (OPTIONS is answered by headers.ApiHeadersMiddleware)
and nothing else: the API has no write path.

HEAD runs the GET (servers drop its body) and stays out of the OpenAPI document, where it would
repeat the GET's operation id.
"""


def read_only(router, path: str, **options):
    def register(view):
        options.setdefault("operation_id", view.__name__)
        router.get(path, **options)(view)
        router.add_api_operation(path, ["HEAD"], view, include_in_schema=False, response=options.get("response"))
        return view

    return register
