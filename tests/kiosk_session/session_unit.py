"""Reads deploy/kiosk/nok-kiosk.service the way systemd would for the kiosk user, and gives the
command line and environment of its ExecStart, so the session test boots exactly what the box
runs. Only what the unit uses is supported: %h, Environment=, EnvironmentFile=-, $VAR words."""
import shlex


def _service_lines(unit_text):
    section = None
    for raw in unit_text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if section == "Service" and "=" in line:
            key, value = line.split("=", 1)
            yield key.strip(), value.strip()


def read_env_file(path):
    """KEY=VALUE lines of an EnvironmentFile (comments and blank lines skipped)."""
    env = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith(("#", ";")):
                continue
            key, sep, value = line.partition("=")
            if not sep:
                raise SystemExit(f"FAIL: {path}: not KEY=VALUE: {line!r}")
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            env[key.strip()] = value
    return env


def session_command(unit_path, home):
    """(argv, environment) of the unit's ExecStart for a user whose home is `home`."""
    with open(unit_path, encoding="utf-8") as f:
        lines = list(_service_lines(f.read()))
    env, files, exec_start = {}, [], None
    for key, value in lines:
        value = value.replace("%h", home)
        if key == "Environment":
            for word in shlex.split(value):
                name, _, val = word.partition("=")
                env[name] = val
        elif key == "EnvironmentFile":
            files.append(value)
        elif key == "ExecStart":
            exec_start = value
    if exec_start is None:
        raise SystemExit(f"FAIL: {unit_path} has no ExecStart")
    # systemd: variables from EnvironmentFile= override Environment=; a leading "-" means optional.
    for path in files:
        optional = path.startswith("-")
        path = path.lstrip("-")
        try:
            env.update(read_env_file(path))
        except FileNotFoundError:
            if not optional:
                raise SystemExit(f"FAIL: {unit_path}: EnvironmentFile {path} is missing")
    argv = []
    for word in shlex.split(exec_start):
        if word.startswith("${") and word.endswith("}"):
            argv.append(env.get(word[2:-1], ""))
        elif word.startswith("$"):
            argv.extend(env.get(word[1:], "").split())  # $VAR: split at whitespace, like systemd
        else:
            argv.append(word)
    return argv, env
