#!/bin/sh
# GIT_ASKPASS for HTTPS pushes: answers git's prompts from the mounted Secret, so the token is never
# in the repository URL, .git/config, the environment or the logs.
set -eu
credentials=${KUBE_RUNBOOK_GIT_CREDENTIALS:?KUBE_RUNBOOK_GIT_CREDENTIALS is not set}
case ${1-} in
  Username*)
    if [ -f "$credentials/username" ]; then
      head -n 1 "$credentials/username"
    else
      # GitHub ignores the user name for tokens; GitLab and Gitea want a name: set `username`.
      echo x-access-token
    fi
    ;;
  *) head -n 1 "$credentials/token" ;;
esac
