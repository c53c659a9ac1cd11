using Segmentation.Definitions;
using Segmentation.Explain;

namespace Segmentation.Analytics;

/// <summary>The reason for one customer's move: both runs' explain traces.</summary>
public static partial class SegmentMigration
{
    /// <summary>
    /// Explains one customer's move between two runs: their segments in each, and for every segment
    /// they were in in either run, why it matched or not in both runs.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="earlier">The earlier run: its set, the customer's record then and its as-of instant.</param>
    /// <param name="later">The later run; its set may be the same one or a re-segmentation (segments are matched by name).</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="SegmentationException">A set uses async criteria, which cannot be explained synchronously.</exception>
    /// <remarks>
    /// In an exclusive set a customer leaves a segment either because it stops matching or because a
    /// segment of higher priority starts matching; both traces show which. Segments are evaluated one by
    /// one, as <see cref="SegmentExplainer"/> does, and give the same answers as the set.
    /// </remarks>
    public static CustomerMigrationExplanation Explain<T>(CustomerRun<T> earlier, CustomerRun<T> later)
    {
        ArgumentNullException.ThrowIfNull(earlier.Set);
        ArgumentNullException.ThrowIfNull(later.Set);
        var before = MembersOf(earlier);
        var after = MembersOf(later);
        var names = before.Concat(after.Where(n => !before.Contains(n, StringComparer.Ordinal))).ToArray();
        var segments = names
            .Select(name => new SegmentChangeExplanation(
                name,
                before.Contains(name, StringComparer.Ordinal),
                after.Contains(name, StringComparer.Ordinal),
                ExplainIn(earlier, name),
                ExplainIn(later, name)))
            .ToArray();
        return new CustomerMigrationExplanation(before, after, segments);
    }

    private static string[] MembersOf<T>(CustomerRun<T> run)
    {
        var set = run.Set;
        if (set.Mode == SegmentSetMode.AllMatches)
        {
            return [.. set.Segments.Where(s => s.IsMatch(run.Customer, run.AsOf)).Select(s => s.Name)];
        }

        var first = set.Segments.FirstOrDefault(s => s.IsMatch(run.Customer, run.AsOf));
        return [first?.Name ?? set.FallbackName!];
    }

    private static SegmentExplanation? ExplainIn<T>(CustomerRun<T> run, string name)
    {
        var index = run.Set.IndexOf(name);
        return index >= 0 && index < run.Set.Segments.Count ? SegmentExplainer.Explain(run.Set.Segments[index], run.Customer, run.AsOf) : null;
    }
}
