using Segmentation.Analytics;

namespace Segmentation.Tests.Analytics;

internal static class SegmentMaskExtensions
{
    public static List<int> ToList(this SegmentMask mask)
    {
        var list = new List<int>();
        foreach (var index in mask)
        {
            list.Add(index);
        }

        return list;
    }
}
