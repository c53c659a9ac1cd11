using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>Orders two bound values of the same kind.</summary>
internal static class ValueOrder
{
    internal static int Compare(SegmentValue a, SegmentValue b) => a.Kind switch
    {
        ValueKind.Number => a.Number.CompareTo(b.Number),
        ValueKind.DateTime => a.DateTime.CompareTo(b.DateTime),
        ValueKind.Date => a.Date.CompareTo(b.Date),
        ValueKind.String => string.CompareOrdinal(a.String, b.String),
        _ => a.Boolean.CompareTo(b.Boolean),
    };
}
