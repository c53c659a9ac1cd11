namespace Segmentation.Analytics;

/// <summary>Who entered, left or stayed in one segment between two runs.</summary>
/// <param name="SegmentIndex">The segment's index.</param>
/// <param name="Name">The segment's name.</param>
/// <param name="Earlier">Customers in the segment in the earlier run (<paramref name="Stayed"/> + <paramref name="Exited"/>).</param>
/// <param name="Later">Customers in the segment in the later run (<paramref name="Stayed"/> + <paramref name="Entered"/>).</param>
/// <param name="Entered">Customers in the segment in the later run but not in the earlier one, new customers included.</param>
/// <param name="Exited">Customers in the segment in the earlier run but not in the later one, vanished customers included.</param>
/// <param name="Stayed">Customers in the segment in both runs.</param>
public readonly record struct SegmentFlow(int SegmentIndex, string Name, long Earlier, long Later, long Entered, long Exited, long Stayed);
