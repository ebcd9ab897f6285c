"""The call-script wizard: six steps from a debt to a script and a request in writing.

`parley.engine.wizard` holds what the user typed and every calculation (pure, so the
`parley script` verb uses it too); `steps` composes each step; `screen` is the mode screen.
"""
