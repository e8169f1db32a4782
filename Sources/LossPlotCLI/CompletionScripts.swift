import ArgumentParser
import LossFunctions

/// The shell completion scripts `--generate-completion-script` prints: argument-parser's, plus
/// what it does not know of `plot` being the default subcommand. A first word that is not a
/// subcommand is a loss, so `loss-plot hu<TAB>` offers huber, and the words after it complete as
/// `plot`'s (losses from the catalog, then plot's options).
enum CompletionScripts {
    /// The script asked for by a command line that is only `--generate-completion-script SHELL`.
    static func requested(by arguments: [String]) -> String? {
        let shellName: String
        switch arguments.count {
        case 1 where arguments[0].hasPrefix("--generate-completion-script="):
            shellName = String(arguments[0].dropFirst("--generate-completion-script=".count))
        case 2 where arguments[0] == "--generate-completion-script":
            shellName = arguments[1]
        default:
            return nil
        }
        return CompletionShell(rawValue: shellName).map(script)
    }

    /// argument-parser's script for `shell`, with loss names completed as the first word.
    static func script(for shell: CompletionShell) -> String {
        let generated = LossPlot.completionScript(for: shell)
        switch shell {
        case .bash: return generated + bashDefaultSubcommand
        case .fish: return generated + fishLossNames
        default: return generated
        }
    }

    /// The subcommands' names, `help` included.
    static var subcommandNames: [String] {
        LossPlot.configuration.subcommands.map { $0._commandName } + ["help"]
    }

    static var bashDefaultSubcommand: String {
        """

        # plot is the default subcommand: unless the first word is a subcommand, complete the
        # words as if `plot` stood before them (the first word also offers the subcommands).
        _loss-plot_default_plot() {
            case "${COMP_WORDS[1]}" in
            \(subcommandNames.joined(separator: "|")))
                _loss-plot "$@"
                return
                ;;
            esac
            [[ "${COMP_CWORD}" -eq 1 ]] && _loss-plot "$@"
            local -a COMP_WORDS=("${COMP_WORDS[0]}" plot "${COMP_WORDS[@]:1}")
            local -i COMP_CWORD=$((COMP_CWORD + 1))
            local COMP_LINE="${COMP_WORDS[0]} plot${COMP_LINE:${#COMP_WORDS[0]}}"
            local -i COMP_POINT=$((COMP_POINT + 5))
            _loss-plot "${1}" "${2}" "${COMP_WORDS[COMP_CWORD - 1]}"
        }
        complete -o filenames -F _loss-plot_default_plot loss-plot

        """
    }

    static var fishLossNames: String {
        """

        # plot is the default subcommand: before any subcommand, a word may be a loss.
        complete -c 'loss-plot' -n 'not __fish_seen_subcommand_from \(subcommandNames.joined(separator: " "))' -f -a '\(Catalog.names.joined(separator: " "))'

        """
    }
}
