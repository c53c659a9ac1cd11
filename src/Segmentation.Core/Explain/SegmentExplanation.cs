using System.Globalization;
using System.Text;

namespace Segmentation.Explain;

/// <summary>Why a customer is or is not in a segment: a tree of criteria with their results and observed values.</summary>
public sealed class SegmentExplanation
{
    internal SegmentExplanation(string segmentName, DateTimeOffset asOf, ExplainNode root)
    {
        SegmentName = segmentName;
        AsOf = asOf;
        Root = root;
    }

    /// <summary>Gets the segment's name.</summary>
    public string SegmentName { get; }

    /// <summary>Gets the as-of instant the explanation was made at.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>Gets a value indicating whether the customer is in the segment (the same answer as the compiled delegate).</summary>
    public bool IsMatch => Root.Result;

    /// <summary>Gets the root criterion.</summary>
    public ExplainNode Root { get; }

    /// <summary>Renders the tree as indented text, <c>[x]</c> for criteria that hold and <c>[ ]</c> for those that do not.</summary>
    /// <returns>The text, one criterion per line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(SegmentName).Append(": ").Append(IsMatch ? "match" : "no match")
            .Append(" (as of ").Append(AsOf.ToString("O", CultureInfo.InvariantCulture)).Append(')').Append('\n');
        Render(text, Root, 0);
        return text.ToString();
    }

    private static void Render(StringBuilder text, ExplainNode node, int depth)
    {
        text.Append(' ', depth * 2).Append(node).Append('\n');
        foreach (var child in node.Children)
        {
            Render(text, child, depth + 1);
        }
    }
}
