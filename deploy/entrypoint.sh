#!/bin/sh
# The image's entry point: takes one snapshot with the kube-runbook CLI and publishes it: writes it
# to a folder (dir) or commits and pushes it to the site's repository (git). Arguments are passed on
# to the CLI (npm run snapshot -- --help).
#
# The CronJob runs it twice, so the API token and the push never share a container (docs/deploy.md):
# KUBE_RUNBOOK_STEP=capture in an initContainer that alone mounts the token and writes the snapshot
# to a shared emptyDir, then KUBE_RUNBOOK_STEP=publish in the main container, without a token.
#
# Environment (set by deploy/ manifests; docs/deploy.md):
#   KUBE_RUNBOOK_STEP             all (default: capture and publish in one run), capture or publish
#   KUBE_RUNBOOK_HANDOFF_DIR      capture/publish: the shared folder holding the one new snapshot (/handoff)
#   KUBE_RUNBOOK_OUTPUT           dir (default) or git
#   KUBE_RUNBOOK_NAMESPACE        namespace to snapshot (kube-system)
#   KUBE_RUNBOOK_OUT_DIR          dir mode: where snapshot files are written (/snapshots)
#   KUBE_RUNBOOK_GIT_REPOSITORY   git mode: ssh or https URL of the repository, no credentials in it
#   KUBE_RUNBOOK_GIT_BRANCH       git mode: branch to push to (main)
#   KUBE_RUNBOOK_GIT_DIRECTORY    git mode: directory in the repository for snapshots (snapshots)
#   KUBE_RUNBOOK_GIT_CREDENTIALS  git mode: directory holding ssh-privatekey + known_hosts, or token
#                                 (+ username); nothing when the URL needs no credentials
#   KUBE_RUNBOOK_APP              where the CLI lives (/app)
set -eu
umask 077

app=${KUBE_RUNBOOK_APP:-/app}
namespace=${KUBE_RUNBOOK_NAMESPACE:-kube-system}
output=${KUBE_RUNBOOK_OUTPUT:-dir}

log() { printf 'kube-runbook: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# $1 as one word for a shell that reads it again (GIT_SSH_COMMAND is run by sh): single-quoted.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# Copies the snapshot $1 into folder $2 under its own name, never over a file already there
# (ln fails when the name exists, as the CLI's own write does); sets $written to the new path.
place() {
  mkdir -p "$2"
  written=$2/$(basename "$1")
  partial=$2/.$(basename "$1").partial
  cp "$1" "$partial"
  if ! ln "$partial" "$written" 2>/dev/null; then
    rm -f "$partial"
    die "$written already exists and snapshots are never replaced; nothing was published (move that file away to replace it)"
  fi
  rm -f "$partial"
}

# The one snapshot the capture step left in the handoff folder; sets $handed.
handed_over() {
  handoff=${KUBE_RUNBOOK_HANDOFF_DIR:-/handoff}
  set -- "$handoff"/*.json
  [ -f "$1" ] || die "no snapshot in $handoff: the capture step (initContainer) wrote none"
  [ "$#" -eq 1 ] || die "$# snapshots in $handoff, expected the one the capture step wrote"
  handed=$1
}

# Runs the CLI with --out "$1" (and the entry point's arguments); sets $written to the file it wrote.
take_snapshot() {
  out_dir=$1
  shift
  mkdir -p "$out_dir"
  # As package.json's `snapshot` script runs it (the CLI built to plain JavaScript, no tsx): a small
  # young generation keeps a big capture's peak low.
  stdout=$(cd "$app" && node --max-semi-space-size=8 build/cli/snapshot.mjs --namespace "$namespace" --out "$out_dir" "$@")
  written=$(printf '%s\n' "$stdout" | tail -n 1)
  case $written in /*) ;; *) written="$app/$written" ;; esac
  [ -f "$written" ] || die "the CLI did not print the path of a written file as its last line (got: $written)"
}

dir_mode() {
  if [ "$step" = publish ]; then
    handed_over
    place "$handed" "${KUBE_RUNBOOK_OUT_DIR:-/snapshots}"
  else
    take_snapshot "${KUBE_RUNBOOK_OUT_DIR:-/snapshots}" "$@"
  fi
  printf '%s\n' "$written"
}

git_mode() {
  repository=${KUBE_RUNBOOK_GIT_REPOSITORY:-}
  branch=${KUBE_RUNBOOK_GIT_BRANCH:-main}
  directory=${KUBE_RUNBOOK_GIT_DIRECTORY:-snapshots}
  credentials=${KUBE_RUNBOOK_GIT_CREDENTIALS:-}
  [ -n "$repository" ] || die "KUBE_RUNBOOK_GIT_REPOSITORY is empty; set 'repository' in the ConfigMap kube-runbook-git (docs/deploy.md)"
  # A token in the URL would land in .git/config and in git's messages: it belongs in the Secret.
  # (ssh://git@host is fine: a user name; any user part of an https URL may be a token.)
  authority=${repository#*://}
  authority=${authority%%/*}
  case $repository in
    http://*@* | https://*@*) case $authority in *@*) userinfo=yes ;; *) userinfo=no ;; esac ;;
    *://*) case $authority in *:*@*) userinfo=yes ;; *) userinfo=no ;; esac ;;
    *) userinfo=no ;;
  esac
  [ "$userinfo" = no ] || die "the repository URL carries credentials; put them in the Secret kube-runbook-git-credentials instead (docs/deploy.md)"
  case $directory in
    /* | *..*) die "KUBE_RUNBOOK_GIT_DIRECTORY must be a relative path inside the repository, got: $directory" ;;
  esac

  # Nothing that could print a credential: no tracing, no prompts, no system or user git config.
  unset GIT_TRACE GIT_TRACE_CURL GIT_TRACE_PACKET GIT_TRACE_SETUP GIT_TRACE2 GIT_TRACE2_EVENT GIT_CURL_VERBOSE
  export GIT_TERMINAL_PROMPT=0 GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
  export GIT_AUTHOR_NAME="${GIT_AUTHOR_NAME:-kube-runbook}"
  export GIT_AUTHOR_EMAIL="${GIT_AUTHOR_EMAIL:-kube-runbook@localhost}"
  export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"

  work=$(mktemp -d "${TMPDIR:-/tmp}/kube-runbook-git.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  trap 'exit 143' TERM
  trap 'exit 130' INT

  if [ -n "$credentials" ] && [ -f "$credentials/ssh-privatekey" ]; then
    [ -f "$credentials/known_hosts" ] || die "the Secret kube-runbook-git-credentials has ssh-privatekey but no known_hosts; add the host's key (docs/deploy.md)"
    # ssh refuses a key file others can read; the Secret volume's mode depends on the runtime.
    cp "$credentials/ssh-privatekey" "$work/ssh-key"
    chmod 600 "$work/ssh-key"
    # Read again by a shell, and the file option by ssh's own parser: each path quoted for both.
    case $credentials in *'"'*) die "KUBE_RUNBOOK_GIT_CREDENTIALS must not contain a double quote, got: $credentials" ;; esac
    export GIT_SSH_COMMAND="ssh -i $(quote "$work/ssh-key") -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes -o $(quote "UserKnownHostsFile=\"$credentials/known_hosts\"")"
  elif [ -n "$credentials" ] && [ -f "$credentials/token" ]; then
    case $repository in
      https://*) ;;
      *) die "the Secret kube-runbook-git-credentials holds a token, which needs an https:// repository URL, got: $repository" ;;
    esac
    # git-askpass.sh answers only for this scheme, host and port (a redirect elsewhere gets nothing).
    git_origin=${repository%%://*}://${authority}
    export GIT_ASKPASS="$app/deploy/git-askpass.sh" KUBE_RUNBOOK_GIT_CREDENTIALS="$credentials" KUBE_RUNBOOK_GIT_ORIGIN="$git_origin"
  elif [ -n "$credentials" ]; then
    die "$credentials holds neither ssh-privatekey nor token; create the Secret kube-runbook-git-credentials (docs/deploy.md)"
  fi

  # A missing handoff is known before anything is cloned.
  if [ "$step" = publish ]; then handed_over; fi

  log "cloning branch $branch of $repository"
  git clone --quiet --depth 1 --single-branch --branch "$branch" -- "$repository" "$work/repo"

  if [ "$step" = publish ]; then
    place "$handed" "$work/repo/$directory"
  else
    take_snapshot "$work/repo/$directory" "$@"
  fi
  name=$(basename "$written")
  git -C "$work/repo" add -- "$directory/$name"
  git -C "$work/repo" commit --quiet -m "snapshot: $namespace $name"

  # Another writer (a person, another cluster) may have pushed meanwhile: rebase the one new file and retry.
  attempt=1
  until git -C "$work/repo" push --quiet origin "HEAD:refs/heads/$branch"; do
    [ "$attempt" -lt 3 ] || die "push to $branch failed $attempt times; the snapshot was not published"
    attempt=$((attempt + 1))
    log "push rejected; rebasing on $branch and retrying ($attempt/3)"
    git -C "$work/repo" pull --quiet --rebase origin "$branch"
  done
  log "pushed $directory/$name to $branch"
  printf '%s\n' "$directory/$name"
}

step=${KUBE_RUNBOOK_STEP:-all}
case $step in
  capture)
    # The token's container: no git, no credentials; the snapshot goes to the shared folder only.
    take_snapshot "${KUBE_RUNBOOK_HANDOFF_DIR:-/handoff}" "$@"
    printf '%s\n' "$written"
    exit 0
    ;;
  all | publish) ;;
  *) die "KUBE_RUNBOOK_STEP must be all, capture or publish, got: $step" ;;
esac
case $output in
  dir) dir_mode "$@" ;;
  git) git_mode "$@" ;;
  *) die "KUBE_RUNBOOK_OUTPUT must be dir or git, got: $output" ;;
esac
