using Segmentation.Definitions;

namespace Segmentation.Serialization;

/// <summary>The JSON spellings of <see cref="SegmentSetMode"/>.</summary>
internal static class SetModes
{
    internal const string AllMatches = "allMatches";
    internal const string FirstMatch = "firstMatch";

    internal static string Of(SegmentSetMode mode) => mode == SegmentSetMode.FirstMatch ? FirstMatch : AllMatches;

    internal static bool TryParse(string text, out SegmentSetMode mode)
    {
        mode = text switch
        {
            AllMatches => SegmentSetMode.AllMatches,
            FirstMatch => SegmentSetMode.FirstMatch,
            _ => (SegmentSetMode)(-1),
        };
        return Enum.IsDefined(mode);
    }
}
