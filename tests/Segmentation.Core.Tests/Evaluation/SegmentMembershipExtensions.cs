using Segmentation.Evaluation;

namespace Segmentation.Tests.Evaluation;

internal static class SegmentMembershipExtensions
{
    public static List<int> ToList(this SegmentMembership membership)
    {
        var list = new List<int>();
        foreach (var index in membership)
        {
            list.Add(index);
        }

        return list;
    }
}
