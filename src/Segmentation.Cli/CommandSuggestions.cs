using System.Reflection;
using System.Text.RegularExpressions;
using Segmentation.Catalog;
using Segmentation.Cli.Commands;
using Spectre.Console.Cli;

namespace Segmentation.Cli;

/// <summary>"Did you mean" for a mistyped command or option, from the command tree's own names.</summary>
internal static partial class CommandSuggestions
{
    /// <summary>The commands and their settings, whose option attributes give the names an option may have.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Commands = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["demo"] = typeof(DemoSettings),
        ["rfm"] = typeof(RfmSettings),
        ["report"] = typeof(ReportSettings),
        ["types"] = typeof(TypesSettings),
        ["predict"] = typeof(PredictSettings),
        ["evaluate"] = typeof(EvaluateSettings),
    };

    /// <summary>Gets " Did you mean '...'?" for a parse error about an unknown name, or an empty string.</summary>
    public static string For(string message, IReadOnlyList<string> args)
    {
        var match = UnknownName().Match(message);
        if (!match.Success)
        {
            return string.Empty;
        }

        var name = match.Groups["name"].Value;
        if (match.Groups["kind"].Value == "command")
        {
            return Phrase(NameSuggester.Closest(name, Commands.Keys));
        }

        var command = args.FirstOrDefault(Commands.ContainsKey);
        var options = command is null ? new Dictionary<string, string> { ["help"] = "help", ["version"] = "version" } : OptionNames(Commands[command]);
        return NameSuggester.Closest(name.TrimStart('-'), options.Keys) is { } option ? Phrase("--" + options[option]) : string.Empty;
    }

    // Every long name of each option (aliases such as --output included), mapped to the first,
    // the one the help shows, so a near miss of an alias suggests the documented name.
    private static Dictionary<string, string> OptionNames(Type settings)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["help"] = "help" };
        foreach (var option in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.GetCustomAttribute<CommandOptionAttribute>()))
        {
            foreach (var name in option?.LongNames ?? [])
            {
                names[name] = option!.LongNames[0];
            }
        }

        return names;
    }

    private static string Phrase(string? suggestion) => suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";

    [GeneratedRegex("^(Unknown|Unexpected) (?<kind>command|option) '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownName();
}
