#!/bin/bash
# n1sms's bash completion, loaded as bash-completion loads it, asked what a
# user's Tab would be: commands, a command's options, and option values.
set -eu
completion=$1
source /usr/share/bash-completion/bash_completion
source "$completion"

complete_line() {
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    read -r -a COMP_WORDS <<<"$COMP_LINE"
    if [[ $COMP_LINE == *" " ]]; then
        COMP_WORDS+=("")
    fi
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _n1sms n1sms "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]:-}"
    echo "${COMPREPLY[*]}"
}

expect() {
    local got
    got=$(complete_line "$1")
    if [[ " $got " != *" $2 "* ]]; then
        echo "completing '$1': expected '$2' in '$got'" >&2
        exit 1
    fi
}

refuse() {
    local got
    got=$(complete_line "$1")
    if [[ " $got " == *" $2 "* ]]; then
        echo "completing '$1': did not expect '$2' in '$got'" >&2
        exit 1
    fi
}

expect "n1sms bu" buy
expect "n1sms " prices
expect "n1sms --json " orders
expect "n1sms buy whatsapp GH --ma" --max-price
expect "n1sms buy whatsapp GH --" --wait
expect "n1sms prices whatsapp --sort " success
expect "n1sms orders --status " expired
expect "n1sms login --" --password-stdin
expect "n1sms help " cancel
refuse "n1sms prices whatsapp --" --max-price
refuse "n1sms login --" --password
echo "completion: all as expected"
