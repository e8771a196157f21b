#!/bin/sh
# GIT_ASKPASS for HTTPS pushes: answers git's prompts from the mounted Secret, so the token is never
# in the repository URL, .git/config, the environment or the logs. It answers only for the
# repository's own scheme, host and port (KUBE_RUNBOOK_GIT_ORIGIN, set by entrypoint.sh): a prompt
# for any other server (a redirect, a submodule) gets nothing, and git fails without the token.
set -eu
credentials=${KUBE_RUNBOOK_GIT_CREDENTIALS:?KUBE_RUNBOOK_GIT_CREDENTIALS is not set}
origin=${KUBE_RUNBOOK_GIT_ORIGIN:?KUBE_RUNBOOK_GIT_ORIGIN is not set}
prompt=${1-}

# git asks "Username for 'https://host': " and "Password for 'https://user@host': ".
case $prompt in
  *"'"*"'"*) ;;
  *) echo "git-askpass: not a prompt for a URL; answering nothing" >&2; exit 1 ;;
esac
url=${prompt#*\'}
url=${url%\'*}
scheme=${url%%://*}
authority=${url#*://}
authority=${authority%%/*}
authority=${authority##*@}
if [ "$scheme://$authority" != "$origin" ]; then
  echo "git-askpass: git asked for $scheme://$authority, not the repository's $origin; answering nothing" >&2
  exit 1
fi

case $prompt in
  Username*)
    if [ -f "$credentials/username" ]; then
      head -n 1 "$credentials/username"
    else
      # GitHub ignores the user name for tokens; GitLab and Gitea want a name: set `username`.
      echo x-access-token
    fi
    ;;
  Password*) head -n 1 "$credentials/token" ;;
  *) echo "git-askpass: not a user name or password prompt; answering nothing" >&2; exit 1 ;;
esac
