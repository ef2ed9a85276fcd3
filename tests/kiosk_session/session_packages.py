"""Checks that deploy/kiosk/install-kiosk-session.sh installs everything the running session
loads: every shared library, plugin and font mapped by cage, Xwayland and nok-kiosk must come
from a Debian package that the script's list pulls in through Depends alone (it installs with
--no-install-recommends). Files no package owns (the nok-kiosk binary itself) are left out."""
import subprocess


def mapped_files(pids):
    """Regular files mapped into the given processes (shared libraries, plugins, fonts)."""
    files = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/maps", encoding="utf-8", errors="replace") as f:
                for line in f:
                    parts = line.split(None, 5)
                    if len(parts) == 6 and parts[5].startswith("/"):
                        path = parts[5].strip()
                        if not path.endswith("(deleted)") and not path.startswith(("/dev/", "/memfd:")):
                            files.add(path)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return files


def _owners(paths):
    """path → Debian package owning it (dpkg knows /lib paths of merged /usr under either name)."""
    found = {}
    if not paths:
        return found
    run = subprocess.run(["dpkg-query", "-S", *sorted(paths)], capture_output=True, text=True)
    for line in run.stdout.splitlines():
        pkgs, sep, path = line.partition(": ")
        if not sep:
            continue
        found[path.strip()] = pkgs.split(",")[0].strip().split(":")[0]
    return found


def owning_packages(files):
    owners = _owners(files)
    missing = [p for p in files if p not in owners]
    # /usr/lib/x86_64-linux-gnu/libc.so.6 is known to dpkg as /lib/x86_64-linux-gnu/libc.so.6.
    alias = {}
    for path in missing:
        if path.startswith("/usr/lib/"):
            alias[path[len("/usr"):]] = path
        elif path.startswith("/lib/"):
            alias["/usr" + path] = path
    for other, path in _owners(set(alias)).items():
        owners[alias[other]] = path
    return owners


def depends_closure(packages):
    """The packages apt installs for `packages` without Recommends (what is on a lean box)."""
    run = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--installed", "--no-recommends", "--no-suggests",
         "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *packages],
        capture_output=True, text=True, check=True)
    closure = set(packages)
    # Essential packages (libc-bin's locales, coreutils...) are on every Debian system.
    essential = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Essential}\\n"],
                               capture_output=True, text=True, check=True)
    closure.update(line.split()[0] for line in essential.stdout.splitlines() if line.endswith(" yes"))
    for line in run.stdout.splitlines():
        if line and not line.startswith(" "):
            closure.add(line.strip().split(":")[0])
        elif "Depends:" in line:
            name = line.split(":", 1)[1].strip()
            if not name.startswith("<"):
                closure.add(name.split(":")[0])
    return closure


def check(pids, packages):
    """Returns a list of 'file (package)' lines the session loads from outside the closure."""
    files = mapped_files(pids)
    owners = owning_packages(files)
    closure = depends_closure(packages)
    outside = sorted(f"{path} ({pkg})" for path, pkg in owners.items() if pkg not in closure)
    return files, owners, outside
