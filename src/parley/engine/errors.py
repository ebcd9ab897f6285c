"""The one error type the engine raises for input a person typed."""


class InputError(ValueError):
    """Input that cannot be used; `str(error)` is a sentence in the user's language."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
