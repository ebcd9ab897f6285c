"""The call-script wizard: six steps from a debt to a script and a request in writing.

`state` holds what the user typed and every calculation (no textual, so the `parley
script` verb can use it); `steps` composes each step; `screen` is the mode screen.
"""
