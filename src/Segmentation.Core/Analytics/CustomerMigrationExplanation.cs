using System.Text;

namespace Segmentation.Analytics;

/// <summary>
/// Why one customer moved between two runs: the segments before and after, and for every segment
/// entered, exited or kept, the explain traces of both runs.
/// </summary>
public sealed class CustomerMigrationExplanation
{
    internal CustomerMigrationExplanation(IReadOnlyList<string> earlier, IReadOnlyList<string> later, IReadOnlyList<SegmentChangeExplanation> segments)
    {
        EarlierSegments = earlier;
        LaterSegments = later;
        Segments = segments;
    }

    /// <summary>Gets the customer's segments in the earlier run, in set order (the fallback name when an exclusive set assigned none).</summary>
    public IReadOnlyList<string> EarlierSegments { get; }

    /// <summary>Gets the customer's segments in the later run, in set order.</summary>
    public IReadOnlyList<string> LaterSegments { get; }

    /// <summary>Gets the segments the customer was in in either run: entered, exited and stayed, earlier run's order first.</summary>
    public IReadOnlyList<SegmentChangeExplanation> Segments { get; }

    /// <summary>Gets the names of the segments entered.</summary>
    public IEnumerable<string> Entered => Segments.Where(s => !s.WasMember && s.IsMember).Select(s => s.Name);

    /// <summary>Gets the names of the segments exited.</summary>
    public IEnumerable<string> Exited => Segments.Where(s => s.WasMember && !s.IsMember).Select(s => s.Name);

    /// <summary>Gets the names of the segments kept.</summary>
    public IEnumerable<string> Stayed => Segments.Where(s => s.WasMember && s.IsMember).Select(s => s.Name);

    /// <summary>Gets a value indicating whether the segments differ between the runs.</summary>
    public bool Changed => !EarlierSegments.SequenceEqual(LaterSegments, StringComparer.Ordinal);

    /// <summary>Renders the move and both traces of each segment as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("before: ").AppendJoin(", ", EarlierSegments).Append("; after: ").AppendJoin(", ", LaterSegments).AppendLine();
        foreach (var segment in Segments)
        {
            text.Append(segment.Name).Append(": ").AppendLine(segment.Change);
            if (segment.Earlier is { } earlier)
            {
                text.AppendLine("  earlier run:").AppendLine(Indent(earlier.ToString()));
            }

            if (segment.Later is { } later)
            {
                text.AppendLine("  later run:").AppendLine(Indent(later.ToString()));
            }
        }

        return text.ToString();
    }

    private static string Indent(string block) => string.Join(Environment.NewLine, block.Split('\n').Select(line => "    " + line.TrimEnd('\r')));
}
