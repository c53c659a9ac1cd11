using Segmentation.Privacy;

namespace Segmentation.Cli.Report;

/// <summary>
/// The small-cell rule the page's figures went through, and the library's sentence about it. A
/// section whose figures count customers asks <see cref="SmallCellSuppression.Apply(ReadOnlySpan{long})"/>
/// (or the run, for the run's own tables) which groups to hide, writes them with null figures and
/// <c>suppressed: true</c>, and renders them with <c>Report.hidden(...)</c>.
/// </summary>
internal sealed record ReportPrivacy(int MinGroupSize, bool Enabled, string Marker, string Notice)
{
    public static ReportPrivacy Of(SmallCellSuppression suppression) =>
        new(suppression.MinGroupSize, suppression.IsEnabled, suppression.Marker, suppression.Describe());
}
