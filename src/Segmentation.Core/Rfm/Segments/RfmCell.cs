using System.Globalization;

namespace Segmentation.Rfm.Segments;

/// <summary>One cell of the score space: a combination of R, F and M scores.</summary>
/// <param name="R">The recency score.</param>
/// <param name="F">The frequency score.</param>
/// <param name="M">The monetary score.</param>
public readonly record struct RfmCell(int R, int F, int M)
{
    /// <summary>Formats the cell as its <c>rfm</c> code, e.g. <c>541</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => (100 * R + 10 * F + M).ToString(CultureInfo.InvariantCulture);
}
