using System.Globalization;
using Segmentation.Binding;

namespace Segmentation.Definitions;

/// <summary>
/// The rules of a segment set, checked in one place for every way a set is made: the
/// <see cref="SegmentSetDocument"/> constructor (which the JSON reader, the <c>segment</c> tool and
/// the <c>SegmentSet&lt;T&gt;</c> factories all go through) and the registered definitions of the
/// dependency-injection provider.
/// </summary>
/// <remarks>
/// Every broken rule is a <see cref="DefinitionException"/> located by the JSON path of a segment set
/// document (<c>$.segments[1].name</c>, <c>$.fallback</c>, <c>$.mode</c>), whether the set came from
/// JSON or from code, so the same bad set gets the same message on every path.
/// </remarks>
internal static class SegmentSetRules
{
    internal const string SegmentsPath = "$.segments";
    internal const string ModePath = "$.mode";
    internal const string FallbackPath = "$.fallback";

    // As the JSON reader's messages: long names are cut so a hostile document cannot blow up a message.
    private const int ShownNameLength = 60;

    /// <summary>Checks a whole set document and returns its segments as an array.</summary>
    /// <exception cref="ArgumentException">The list holds a <see langword="null"/> segment (a programming error, not a set rule).</exception>
    /// <exception cref="DefinitionException">A rule of the set is broken.</exception>
    internal static SegmentDefinition[] Check(IEnumerable<SegmentDefinition> segments, SegmentSetMode mode, string? fallback, string parameterName)
    {
        var items = segments.ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The list holds a null segment definition at index {i}."), parameterName);
            }
        }

        if (!Enum.IsDefined(mode))
        {
            throw InvalidMode(((int)mode).ToString(CultureInfo.InvariantCulture));
        }

        if (items.Length == 0)
        {
            throw new DefinitionException(SegmentsPath, "the set has no segments.", "Expected at least one segment definition.");
        }

        var positions = CheckDistinctNames(items);
        if (fallback is not null)
        {
            CheckFallbackName(fallback);
        }

        if (EffectiveFallback(mode, fallback) is { } effective && positions.ContainsKey(effective))
        {
            throw new DefinitionException(
                FallbackPath,
                $"the fallback {Quote(effective)} is also the name of a segment.",
                $"Expected a fallback name no segment uses (a first-match set without one falls back to {Quote(SegmentSetDocument.DefaultFallback)}).");
        }

        return items;
    }

    /// <summary>Checks that no two segments share a name (ordinal) and returns each name's position.</summary>
    /// <exception cref="DefinitionException">Two segments share a name; located at the second one.</exception>
    internal static Dictionary<string, int> CheckDistinctNames(IReadOnlyList<SegmentDefinition> segments)
    {
        var positions = new Dictionary<string, int>(segments.Count, StringComparer.Ordinal);
        for (var i = 0; i < segments.Count; i++)
        {
            if (!positions.TryAdd(segments[i].Name, i))
            {
                throw new DefinitionException(
                    SegmentPath(i) + ".name",
                    $"the name {Quote(segments[i].Name)} is used by {SegmentPath(positions[segments[i].Name])} already.",
                    "Expected distinct segment names.");
            }
        }

        return positions;
    }

    /// <summary>The error for a mode that is not one of <see cref="SegmentSetMode"/>'s values.</summary>
    /// <param name="shown">The mode as the input spells it: the JSON string quoted, or the number.</param>
    internal static DefinitionException InvalidMode(string shown) =>
        new(ModePath, $"{shown} is not a mode.", "Expected \"allMatches\" or \"firstMatch\".");

    /// <summary>The name customers in no segment get: the set's fallback, else in first-match mode <see cref="SegmentSetDocument.DefaultFallback"/>.</summary>
    internal static string? EffectiveFallback(SegmentSetMode mode, string? fallback) =>
        fallback ?? (mode == SegmentSetMode.FirstMatch ? SegmentSetDocument.DefaultFallback : null);

    /// <summary>Quotes a name for a message, shortened so a hostile document cannot blow up the message.</summary>
    internal static string Quote(string text) =>
        "\"" + (text.Length <= ShownNameLength ? text : string.Concat(text.AsSpan(0, ShownNameLength), "...")) + "\"";

    private static void CheckFallbackName(string fallback)
    {
        if (string.IsNullOrWhiteSpace(fallback))
        {
            throw new DefinitionException(FallbackPath, "the fallback is empty.", "Expected a non-blank name, or no fallback.");
        }

        if (fallback.Length > DefinitionRules.MaxNameLength)
        {
            throw new DefinitionException(
                FallbackPath,
                string.Create(CultureInfo.InvariantCulture, $"the fallback is {fallback.Length} characters long."),
                string.Create(CultureInfo.InvariantCulture, $"Expected at most {DefinitionRules.MaxNameLength} characters."));
        }
    }

    private static string SegmentPath(int index) => string.Create(CultureInfo.InvariantCulture, $"{SegmentsPath}[{index}]");
}
